// One-line descriptions and labels shared by the pages that list other pages.
import type { EntityType } from '../types.js';
import type { EntityNode, PostNode } from './model.js';
import { count, inlineText, plainText, shorten } from './text.js';

export const TYPE_LABELS: Record<EntityType, string> = {
  company: 'Companies',
  organization: 'Organizations',
  person: 'People',
  product: 'Products',
  model: 'Models',
  protocol: 'Protocols',
  paper: 'Papers',
  benchmark: 'Benchmarks',
  event: 'Events',
  topic: 'Topics',
};

/** The feed's summary of a post, else its first sentences of prose. */
export function summaryOf(post: PostNode, max = 400): string {
  const feed = post.doc.meta.summary ? inlineText(plainText(post.doc.meta.summary)) : '';
  if (feed) return feed;
  let out = '';
  let fallback = '';
  for (const s of post.ext.sentences) {
    const t = inlineText(plainText(s.text));
    // A short post (`Everything you need to know about the inquiry…`) may have no full sentence: its first
    // line of some length says what it is about.
    if (!fallback && t.length >= 20 && /\p{L}/u.test(t)) fallback = t;
    if (t.length < 40 || !/[.!?]["')\]]?$/.test(t)) continue;
    if (out && out.length + t.length + 1 > max) break;
    out = out ? `${out} ${t}` : t;
    if (out.length >= max / 2) break;
  }
  out ||= fallback;
  return out ? shorten(out, max) : 'No summary available.';
}

/** Posts an entity appears in, by text or category. */
export function postsOf(node: EntityNode): number {
  return new Set([...node.posts, ...node.categoryPosts]).size;
}

export function spanOf(node: EntityNode): string {
  if (!node.firstSeen) return '';
  return node.firstSeen === node.lastSeen ? node.firstSeen : `${node.firstSeen} to ${node.lastSeen}`;
}

/** What an entity is, in one line: its lead sentence, shortened, or where it appears. */
export function describeEntity(node: EntityNode, max = 160): string {
  const n = postsOf(node);
  const where = `${count(n, 'post')}${node.firstSeen ? `, ${spanOf(node)}` : ''}`;
  const lead = node.entity.lead?.text ? inlineText(plainText(node.entity.lead.text)) : '';
  if (lead) return `${shorten(lead, max)} (${where})`;
  return node.type === 'topic' ? `topic of ${where}` : `${node.type} mentioned in ${where}`;
}

export function describePost(post: PostNode, max = 160): string {
  return `${post.date ? `${post.date}, ` : ''}${shorten(summaryOf(post), max)}`;
}
