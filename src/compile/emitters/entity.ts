// Entity pages: one per company, person, product, model, protocol, paper, benchmark, event, ...
import type { WikiPage } from '../../types.js';
import type { EntityNode } from '../model.js';
import { NOTES_BLOCK } from '../notes.js';
import { count, inlineText, plainText, wikilink } from '../text.js';
import { postsOf, spanOf } from '../describe.js';
import type { EmitContext, Emitter } from './types.js';
import { cite, entityFrontmatter, factsOf, postLink, relatedOf, sentencesIn } from './shared.js';

/** The lead: the entity's best defining sentence with its citation, else where it appears. */
export function leadOf(node: EntityNode, ctx: EmitContext): string {
  const lead = node.entity.lead;
  const post = lead ? ctx.model.postById.get(lead.docId) : undefined;
  if (lead && post && lead.text.trim()) return `${inlineText(lead.text)} (${cite(post)})`;
  const n = postsOf(node);
  const span = spanOf(node);
  return `**${inlineText(node.name)}** is a ${node.type} mentioned in ${count(n, 'post')}${span ? ` (${span})` : ''}${node.firstPost ? `, first in ${postLink(node.firstPost)}` : ''}.`;
}

export function renderEntity(node: EntityNode, ctx: EmitContext): WikiPage {
  const mentions = node.posts.map((p) => ({ source: `${postLink(p)}${p.date ? ` (${p.date})` : ''}`, sentences: sentencesIn(node, p) }));
  for (const p of node.categoryPosts) {
    if (!node.mentionsByPost.has(p.doc.id)) {
      mentions.push({ source: `${postLink(p)}${p.date ? ` (${p.date})` : ''}`, sentences: [`Filed under ${inlineText(plainText(node.name))}.`] });
    }
  }
  const content = ctx.templates.get('entity.md')({
    frontmatter: entityFrontmatter(node),
    title: inlineText(node.entity.name) || inlineText(node.name),
    lead: leadOf(node, ctx),
    url: /^https?:\/\/[^\s<>]+$/.test(node.entity.url ?? '') ? node.entity.url : '',
    facts: factsOf(node, ctx.model),
    mentions,
    related: relatedOf(node),
    backlinks: node.backlinks.length > 0 ? node.backlinks.map((n) => `- ${wikilink(n)}`).join('\n') : 'No other pages link here yet.',
    notes: NOTES_BLOCK.trimEnd(),
  });
  return { path: node.path, content };
}

export const entityEmitter: Emitter = {
  kind: 'entity',
  emit: (ctx) => ctx.model.entities.filter((n) => n.type !== 'topic').map((n) => renderEntity(n, ctx)),
};
