// Pieces several emitters use: citations, entity frontmatter, facts and mentions lists.
import type { EntityNode, PostNode, VaultModel } from '../model.js';
import { fastFrontmatter as stringifyFrontmatter } from '../frontmatter-fast.js';
import { besidesNames, byName, byString, count, inlineText, proseText, wikilink } from '../text.js';
import { NOTES_BLOCK } from '../notes.js';
import { statedDate } from '../stated-date.js';
import { safeFileName } from '../extract/names.js';

/** `[[Post]]`, labelled with the post's title when the page name differs. */
export function postLink(post: PostNode): string {
  return wikilink(post.name, post.title);
}

/** `[[Post]] (date)`: a post as the heading of the lines quoted from it. */
export function datedPostLink(post: PostNode): string {
  return `${postLink(post)}${post.date ? ` (${post.date})` : ''}`;
}

/** A citation: the post's page and date. */
export function cite(post: PostNode): string {
  return post.date ? `${postLink(post)}, ${post.date}` : postLink(post);
}

export function entityFrontmatter(node: EntityNode): string {
  const posts = [...new Set([...node.posts, ...node.categoryPosts])].sort((a, b) => byString(a.date, b.date) || byString(a.doc.id, b.doc.id));
  const aliasSet = new Map<string, string>();
  for (const a of [node.entity.name, ...node.entity.aliases]) {
    const t = a.replace(/\s+/g, ' ').trim();
    if (t && t.toLowerCase() !== node.name.toLowerCase() && !aliasSet.has(t.toLowerCase())) aliasSet.set(t.toLowerCase(), t);
  }
  return stringifyFrontmatter({
    type: node.type,
    aliases: [...aliasSet.values()].sort(byName),
    tags: [node.type],
    url: node.entity.url || undefined,
    sources: posts.map((p) => `[[${p.name}]]`),
    mentions: node.mentionCount,
    // Undated posts only: the field stays (every page of a kind has it) with no date in it.
    first_seen: node.firstSeen || null,
    last_seen: node.lastSeen || null,
  }).trimEnd();
}

export interface FactView {
  date: string;
  text: string;
  source: string;
}

export function factsOf(node: EntityNode, model: VaultModel): FactView[] {
  // The lead's sentence stays in Facts when it is one: an agent reading Facts alone must not miss a dated fact.
  const seen = new Set<string>();
  const out: Array<FactView & { key: string }> = [];
  for (const f of node.entity.facts) {
    const post = model.postById.get(f.docId);
    if (!post) continue;
    const text = proseText(f.text);
    if (!text || seen.has(`${f.docId}\u0000${text}`)) continue;
    seen.add(`${f.docId}\u0000${text}`);
    // The date the sentence itself gives for what it reports, else its post's: Facts read as a timeline of events.
    const date = statedDate(f.text) ?? (post.date || f.date || 'undated');
    out.push({ date, text, source: postLink(post), key: `${date}\u0000${post.date}\u0000${post.doc.id}` });
  }
  return out.sort((a, b) => byString(a.key, b.key)).map(({ key: _k, ...rest }) => rest);
}

const cleaned = new WeakMap<PostNode, string[]>();

/** One of a post's sentences as one-line text, cleaned once however many pages quote it. */
function sentenceText(post: PostNode, i: number): string {
  let list = cleaned.get(post);
  if (!list) cleaned.set(post, (list = new Array<string>(post.ext.sentences.length)));
  return (list[i] ??= proseText(post.ext.sentences[i].text));
}

/** A sentence that is names and marks only (`Decagon.`, `MCP (Model Context Protocol).`). */
function namesOnly(text: string, names: string[]): boolean {
  // A sentence of names alone is short: most sentences are settled by their length.
  return text.length <= 120 && !/\p{L}{2,}/u.test(besidesNames(text, names));
}

/** The sentences of one post that mention the entity, in order. */
export function sentencesIn(node: EntityNode, post: PostNode): string[] {
  const idx = [...new Set((node.mentionsByPost.get(post.doc.id) ?? []).map((m) => m.sentence))]
    .filter((i) => i >= 0 && i < post.ext.sentences.length)
    .sort((a, b) => a - b);
  const out: string[] = [];
  const seen = new Set<string>();
  const surfaces = (node.mentionsByPost.get(post.doc.id) ?? []).map((m) => m.surface);
  for (const i of idx) {
    let t = sentenceText(post, i);
    // `**Decagon.**` alone: the lead-in says only the name, and the sentence after it what the thing is.
    // (A table row quotes its cells in brackets: never a bare name.)
    if (t && !post.ext.sentences[i].tableRow && namesOnly(post.ext.sentences[i].text, surfaces)) {
      const next = post.ext.sentences[i].ends || i + 1 >= post.ext.sentences.length ? undefined : sentenceText(post, i + 1);
      const bare = t.replace(/[.:]\s*$/, '');
      // `**Acme.** Acme raised ...`: the next sentence names it itself, and is listed as it is.
      t = next && !next.startsWith(bare.replace(/\s*\([^()]*\)$/, '')) ? `${bare}: ${next}` : '';
    }
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  if (out.length === 0) {
    const surfaces = [...new Set((node.mentionsByPost.get(post.doc.id) ?? []).map((m) => inlineText(m.surface)))].filter(Boolean);
    if (surfaces.length > 0) out.push(`Named as ${surfaces.map((s) => `"${s}"`).join(', ')}.`);
  }
  return out;
}

/**
 * Related pages with what they share. Not their type: a page's type may change with a new post, and every page that
 * lists it would then change too (its own page and the link's preview show it).
 */
export function relatedOf(node: EntityNode): Array<{ link: string; note: string }> {
  return node.related.map((r) => ({
    link: wikilink(r.node.name),
    note: count(r.weight, r.via === 'sentence' ? 'shared sentence' : 'shared post'),
  }));
}

/**
 * The name as the posts write it, for the page's heading: a name whose file-safe form is the page's own
 * (`ISO 26262:2018` for `ISO 26262 -2018`, a title with its colon) rather than that form.
 */
function displayName(node: EntityNode): string {
  const e = node.entity;
  return e.aliases.find((a) => a !== e.name && /[:/\\|]/.test(a) && safeFileName(a) === e.name) ?? e.name;
}

/** The template fields entity and topic pages share: frontmatter, title, facts, related, backlinks, notes. */
export function commonPageFields(node: EntityNode, model: VaultModel) {
  return {
    frontmatter: entityFrontmatter(node),
    title: inlineText(displayName(node)) || inlineText(node.name),
    facts: factsOf(node, model),
    related: relatedOf(node),
    backlinks: node.backlinks.length > 0 ? node.backlinks.map((n) => `- ${wikilink(n)}`).join('\n') : 'No other pages link here yet.',
    notes: NOTES_BLOCK.trimEnd(),
  };
}
