// Entity pages: one per company, person, product, model, protocol, paper, benchmark, event, ...
import type { WikiPage } from '../../types.js';
import type { EntityNode } from '../model.js';
import { count, inlineText, plainText, proseText } from '../text.js';
import { postsOf, spanOf } from '../describe.js';
import { renderPlanned, type EmitContext, type Emitter, type PlannedPage } from './types.js';
import { entityPageKey } from '../page-keys.js';
import { cite, commonPageFields, datedPostLink, postLink, sentencesIn } from './shared.js';

/** The lead: the entity's best defining sentence with its citation, else where it appears. */
export function leadOf(node: EntityNode, ctx: EmitContext): string {
  const lead = node.entity.lead;
  const post = lead ? ctx.model.postById.get(lead.docId) : undefined;
  if (lead && post && lead.text.trim()) return `${proseText(lead.text)} (${cite(post)})`;
  const n = postsOf(node);
  const span = spanOf(node);
  return `**${inlineText(node.name)}** is a ${node.type} mentioned in ${count(n, 'post')}${span ? ` (${span})` : ''}${node.firstPost ? `, first in ${postLink(node.firstPost)}` : ''}.`;
}

export function renderEntity(node: EntityNode, ctx: EmitContext): WikiPage {
  const mentions = node.posts.map((p) => ({ source: datedPostLink(p), sentences: sentencesIn(node, p) }));
  for (const p of node.categoryPosts) {
    if (!node.mentionsByPost.has(p.doc.id)) {
      mentions.push({ source: datedPostLink(p), sentences: [`Filed under ${inlineText(plainText(node.name))}.`] });
    }
  }
  const content = ctx.templates.get('entity.md')({
    ...commonPageFields(node, ctx.model),
    lead: leadOf(node, ctx),
    url: /^https?:\/\/[^\s<>]+$/.test(node.entity.url ?? '') ? node.entity.url : '',
    mentions,
  });
  return { path: node.path, content };
}

function plan(ctx: EmitContext): PlannedPage[] {
  return ctx.model.entities
    .filter((n) => n.type !== 'topic')
    .map((n) => ({ path: n.path, key: entityPageKey(n, ctx.model), render: () => renderEntity(n, ctx).content }));
}

export const entityEmitter: Emitter = {
  kind: 'entity',
  plan,
  emit: (ctx) => renderPlanned(plan(ctx)),
};
