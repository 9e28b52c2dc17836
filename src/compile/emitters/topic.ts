// Topic pages: one per feed category that does not name an entity of its own.
import type { WikiPage } from '../../types.js';
import type { EntityNode } from '../model.js';
import { byString, count, inlineText, proseText } from '../text.js';
import { spanOf, summaryOf } from '../describe.js';
import { renderPlanned, type EmitContext, type Emitter, type PlannedPage } from './types.js';
import { entityPageKey } from '../page-keys.js';
import { cite, commonPageFields, datedPostLink, sentencesIn } from './shared.js';

export function renderTopic(node: EntityNode, ctx: EmitContext): WikiPage {
  const filed = node.categoryPosts;
  const span = spanOf(node);
  const parts = [`Posts filed under **${inlineText(node.entity.name)}**: ${filed.length}${span ? ` (${span})` : ''}.`];
  const lead = node.entity.lead;
  const leadPost = lead ? ctx.model.postById.get(lead.docId) : undefined;
  if (lead && leadPost && lead.text.trim()) parts.unshift(`${proseText(lead.text)} (${cite(leadPost)})`);
  else if (node.posts.length > 0) parts.push(`The name appears in the text of ${count(node.posts.length, 'post')}.`);

  const filedSet = new Set(filed);
  const all = [...new Set([...filed, ...node.posts])].sort((a, b) => byString(a.date, b.date) || byString(a.doc.id, b.doc.id));
  const posts = all.map((p) => ({
    source: datedPostLink(p),
    summary: filedSet.has(p) ? summaryOf(p, 300) : '',
    sentences: node.mentionsByPost.has(p.doc.id) ? sentencesIn(node, p) : [],
  }));
  const content = ctx.templates.get('topic.md')({
    ...commonPageFields(node, ctx.model),
    lead: parts.join(' '),
    posts,
  });
  return { path: node.path, content };
}

function plan(ctx: EmitContext): PlannedPage[] {
  return ctx.model.entities
    .filter((n) => n.type === 'topic')
    .map((n) => ({ path: n.path, key: entityPageKey(n, ctx.model), render: () => renderTopic(n, ctx).content }));
}

export const topicEmitter: Emitter = {
  kind: 'topic',
  plan,
  emit: (ctx) => renderPlanned(plan(ctx)),
};
