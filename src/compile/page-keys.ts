// Render keys: a hash of everything an entity, topic or post page is made from. Two compiles that
// give a page the same key give it the same bytes (with the same compiler, settings and templates,
// which the render state checks apart), so an unchanged key lets compile skip rendering the page.
// Every value a page's emitter reads must be in its key; the incremental tests compare compiles
// that reuse keys against compiles from scratch, byte for byte.
import { createHash } from 'node:crypto';
import type { EntityNode, PostNode, VaultModel } from './model.js';
import { urlKey } from './model.js';
import { linkDestinations, type LinkTarget } from './link-text.js';
import { leadingWord } from './linker-words.js';

/**
 * The values a page is made from, in a fixed order (lists preceded by their lengths), hashed as one
 * JSON array. Each part is turned into JSON as it is added; parts already in JSON (a post's token,
 * another key's text) go in as they are, not escaped again as strings.
 */
class KeyHash {
  private readonly parts: string[] = [];
  add(...values: unknown[]): this {
    for (const v of values) this.parts.push(typeof v === 'number' ? String(v) : JSON.stringify(v ?? null));
    return this;
  }
  /** A value already in JSON. */
  json(text: string): this {
    this.parts.push(text);
    return this;
  }
  /** The parts as JSON, to go into another key whole. */
  text(): string {
    return `[${this.parts.join(',')}]`;
  }
  done(): string {
    return createHash('sha256').update(this.text()).digest('base64url');
  }
}

/**
 * What a link to a post shows and how posts sort (name, title, date, id), and its raw file by hash:
 * the sentences, summary and outline pages quote come from it and from the extractor, whose version
 * is part of the compiler's. Made once per post, as a JSON string of their hash, however many pages
 * cite it: short, so a page cited by hundreds of posts has a short key to hash.
 */
const postTokens = new WeakMap<PostNode, string>();
function postToken(p: PostNode | undefined): string {
  if (!p) return 'null';
  let t = postTokens.get(p);
  if (t === undefined) postTokens.set(p, (t = JSON.stringify(createHash('sha256').update(JSON.stringify([p.name, p.title, p.date, p.doc.id, p.doc.hash])).digest('base64url'))));
  return t;
}

/** Key of an entity or topic page. */
export function entityPageKey(node: EntityNode, model: VaultModel): string {
  const e = node.entity;
  const k = new KeyHash().add(node.path, node.name, node.type, e.name, e.aliases, e.url ?? '', node.mentionCount, node.firstSeen, node.lastSeen);
  k.json(postToken(node.firstPost)).add(node.posts.length);
  for (const p of node.posts) {
    k.json(postToken(p));
    for (const m of node.mentionsByPost.get(p.doc.id) ?? []) k.add(m.sentence, m.surface);
  }
  k.add(node.categoryPosts.length);
  for (const p of node.categoryPosts) k.json(postToken(p)).add(node.mentionsByPost.has(p.doc.id));
  k.add(e.lead ? [e.lead.docId, e.lead.text] : null).json(postToken(e.lead ? model.postById.get(e.lead.docId) : undefined));
  k.add(e.facts.length);
  for (const f of e.facts) k.add(f.docId, f.text, f.date ?? '').json(postToken(model.postById.get(f.docId)));
  k.add(node.related.length);
  for (const r of node.related) k.add(r.node.name, r.weight, r.via);
  k.add(node.backlinks);
  return k.done();
}

/**
 * Keys of a post's page. `urls`: post URL key -> page name, as the text linker uses it; `relatedNotes`:
 * one per related post. `base`: all the key is made from but its text's link targets, which
 * `sourcePageKey` adds (with the surfaces that could match in the text, so an alias a new post gives
 * an entity changes only the pages whose text holds it). `quick`: instead of those surfaces (finding them
 * reads the whole post), every name of every entity it mentions whose first word is one of the post's
 * words (the linker tries a name only where its first word is written); it changes whenever the key could.
 */
export function sourcePageKeys(post: PostNode, urls: Map<string, string>, relatedNotes: string[]): { quick: string; base: string } {
  const k = new KeyHash().add(post.path).json(postToken(post)).add(post.url, post.topics.map((t) => t.name), post.byline.map((b) => [b.text, b.person?.name ?? null]), post.formerTitles, post.mentions.size);
  for (const [n, count] of post.mentions) k.add(n.name, n.type, count);
  k.add(post.related.length);
  post.related.forEach((r, i) => k.json(postToken(r)).add(relatedNotes[i]));
  // The pages of the posts this one links to: the text linker turns those links into wikilinks.
  for (const d of linkDestinations(post.doc.body)) k.add(urls.get(urlKey(d.replace(/^<|>$/g, ''))) ?? null);
  const base = k.text();
  const quick = new KeyHash().json(base).add('every name', post.mentions.size);
  const words = new Set(post.ext.words.split(' '));
  for (const n of post.mentions.keys()) quick.add(n.name, linkableNames(n, words), [...new Set((n.mentionsByPost.get(post.doc.id) ?? []).map((m) => m.surface))]);
  return { quick: quick.done(), base };
}

/**
 * A post page's key from `base` (everything but its text's link targets, as `sourcePageKeys` makes it)
 * and those targets: a function of plain data, so another thread can make it.
 */
export function sourcePageKey(base: string, targets: LinkTarget[]): string {
  const full = new KeyHash().json(base).add(targets.length);
  for (const t of targets) full.add(t.page, t.surfaces);
  return full.done();
}

/** An entity's own names (name, page name, aliases, as its link target lists them), each with its first word. */
const firstWordsOf = new WeakMap<EntityNode, Array<[name: string, first: string]>>();

/**
 * The entity's own names a post could link, in order: those whose first word is one of the post's
 * `words`. A superset of what the text linker could find, as the key needs: an alias added to an
 * entity many posts mention changes only the quick keys of the posts that hold its first word.
 */
function linkableNames(n: EntityNode, words: Set<string>): string[] {
  let names = firstWordsOf.get(n);
  if (names === undefined) {
    names = [];
    for (const name of new Set([n.entity.name, n.name, ...n.entity.aliases])) {
      const first = leadingWord(name.trim());
      if (first !== null) names.push([name, first]);
    }
    firstWordsOf.set(n, names);
  }
  const out: string[] = [];
  for (const [name, first] of names) if (words.has(first)) out.push(name);
  return out;
}
