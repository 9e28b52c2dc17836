// The vault model: every page the compile will write (entities, topics, posts) with its unique
// name, its path and the relations between them. Built once; emitters only read it.
import type { Entity, EntityType, Mention, RawDoc } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import type { DocExtraction } from './extract/index.js';
import { AGENTS_FILE, ENTITY_FOLDERS, INDEX_FILE, LOG_FILE, SOURCES_FOLDER } from '../wiki/schema.js';
import { NameRegistry, nameKey } from './names.js';
import { byName, byString, dayOf } from './text.js';

export interface PostNode {
  doc: RawDoc;
  ext: DocExtraction;
  name: string;
  path: string;
  title: string;
  /** YYYY-MM-DD, or '' when the post has no date. */
  date: string;
  url: string;
  /** Pages of the post's categories, in the feed's order. */
  topics: EntityNode[];
  /** Entities mentioned in the text, with how many times. */
  mentions: Map<EntityNode, number>;
  /** Posts this post links to, and posts that link here. */
  linksTo: PostNode[];
  linkedFrom: PostNode[];
  /** Most related posts: linked ones first, then by shared entities. */
  related: PostNode[];
  pagerank: number;
  /** The byline's names, each with the person page of that name (when there is one). */
  byline: Array<{ text: string; person?: EntityNode }>;
  /** The post's former titles its page gives as aliases: those no other page is named or known by. */
  formerTitles: string[];
}

export interface EntityNode {
  entity: Entity;
  name: string;
  path: string;
  type: EntityType;
  /** Posts whose text mentions it, in date order. */
  posts: PostNode[];
  /** Posts filed under it as a category, in date order. */
  categoryPosts: PostNode[];
  /** Text mentions grouped by post id. */
  mentionsByPost: Map<string, Mention[]>;
  mentionCount: number;
  firstSeen: string;
  lastSeen: string;
  /** The post where it first appears (text or category). */
  firstPost?: PostNode;
  /** Strongest co-occurring entities: `sentence` = weight shared sentences, `post` = weight shared posts. */
  related: Array<{ node: EntityNode; weight: number; via: 'sentence' | 'post' }>;
  /** Names of the pages linking here (hub pages aside): other pages first, then posts by date. */
  backlinks: string[];
  pagerank: number;
  /**
   * Place of its name in byName order among all entity and topic pages, equal names equal: the hot
   * sorts compare two numbers instead of two folded strings.
   */
  nameOrder: number;
}

export interface VaultModel {
  /** Title of the blog (the feed's title; several joined by `and` for a vault of several blogs), '' when unknown. */
  title: string;
  /** How many blogs the title names. */
  blogs: number;
  /** Posts in (date, id) order. */
  posts: PostNode[];
  /** Entity and topic pages in (type, name) order. */
  entities: EntityNode[];
  postById: Map<string, PostNode>;
  /** Page name (case-folded) -> the page's kind and path, for every page the compile writes. */
  pages: Map<string, { name: string; path: string; kind: 'entity' | 'topic' | 'source' | 'hub' }>;
}

/** Base names of the top-level pages; no entity or post may take them. */
export const HUB_NAMES = [INDEX_FILE, LOG_FILE, AGENTS_FILE].map((f) => f.replace(/\.md$/, ''));

const TYPE_ORDER = new Map(ENTITY_TYPES.map((t, i) => [t, i]));

/** Key a category and an entity name are matched on. */
export function categoryKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/['’]s$/, '').trim();
}

/** A post URL reduced to what identifies it: no scheme, `www.`, query, fragment or trailing slash. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '').replace(/\/index\.html?$/, '')}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

/** `reserved`: base names of files in the vault that compile did not make; no page may take them. */
export function buildModel(docs: RawDoc[], extractions: DocExtraction[], entities: Entity[], reserved: readonly string[] = []): VaultModel {
  const extById = new Map(extractions.map((e) => [e.docId, e]));
  const posts: PostNode[] = docs
    .filter((d) => extById.has(d.id))
    .map((doc) => ({
      doc,
      ext: extById.get(doc.id)!,
      name: '',
      path: '',
      // `What [[wikilinks]] are`: double brackets in a title would be links wherever the title is written.
      title: unlinkTitle((doc.meta.title ?? '').trim()) || doc.id,
      date: dayOf(doc.meta.published) || dayOf(doc.meta.updated),
      url: doc.meta.url ?? '',
      topics: [],
      mentions: new Map(),
      linksTo: [],
      linkedFrom: [],
      related: [],
      pagerank: 0,
      byline: [],
      formerTitles: [],
    }));
  posts.sort((a, b) => byString(a.date, b.date) || byString(a.doc.id, b.doc.id));
  const postById = new Map(posts.map((p) => [p.doc.id, p]));
  const postRank = new Map(posts.map((p, i) => [p, i]));

  // Entities: drop mentions of posts we do not have; keep only entities still mentioned somewhere.
  const nodes: EntityNode[] = [];
  for (const entity of entities) {
    const mentionsByPost = new Map<string, Mention[]>();
    let mentionCount = 0;
    for (const m of entity.mentions) {
      if (!postById.has(m.docId)) continue;
      if (m.signal === 'category') continue;
      let list = mentionsByPost.get(m.docId);
      if (!list) mentionsByPost.set(m.docId, (list = []));
      list.push(m);
      mentionCount++;
    }
    nodes.push({
      entity,
      name: '',
      path: '',
      // A type the vault has no folder for would make a page nobody can find; products are the catch-all.
      type: TYPE_ORDER.has(entity.type) ? entity.type : 'product',
      posts: [...mentionsByPost.keys()].map((id) => postById.get(id)!).sort((a, b) => postRank.get(a)! - postRank.get(b)!),
      categoryPosts: [],
      mentionsByPost,
      mentionCount,
      firstSeen: '',
      lastSeen: '',
      related: [],
      backlinks: [],
      pagerank: 0,
      nameOrder: 0,
    });
  }

  attachCategories(posts, nodes);
  const live = nodes.filter((n) => n.posts.length > 0 || n.categoryPosts.length > 0);

  for (const n of live) {
    const all = [...n.posts, ...n.categoryPosts].sort((a, b) => postRank.get(a)! - postRank.get(b)!);
    n.firstPost = all[0];
    const dates = all.map((p) => p.date).filter(Boolean);
    n.firstSeen = dates[0] ?? n.entity.firstSeen ?? '';
    n.lastSeen = dates[dates.length - 1] ?? n.entity.lastSeen ?? '';
    for (const p of n.posts) p.mentions.set(n, n.mentionsByPost.get(p.doc.id)!.length);
  }

  assignNames(posts, live, reserved);
  linkPosts(posts);

  live.sort((a, b) => TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! || byName(a.name, b.name));
  setNameOrder(live);
  attachBylines(posts, live);
  const pages: VaultModel['pages'] = new Map();
  for (const h of HUB_NAMES) pages.set(nameKey(h), { name: h, path: `${h}.md`, kind: 'hub' });
  for (const n of live) pages.set(nameKey(n.name), { name: n.name, path: n.path, kind: n.type === 'topic' ? 'topic' : 'entity' });
  for (const p of posts) pages.set(nameKey(p.name), { name: p.name, path: p.path, kind: 'source' });

  return { ...blogTitle(docs), posts, entities: live, postById, pages };
}

function setNameOrder(nodes: EntityNode[]): void {
  const sorted = [...nodes].sort((a, b) => byName(a.name, b.name));
  sorted.forEach((n, i) => (n.nameOrder = i > 0 && byName(sorted[i - 1].name, n.name) === 0 ? sorted[i - 1].nameOrder : i));
}

/** Points each post's categories at the entity of that name, or at a topic page made for it. */
function attachCategories(posts: PostNode[], nodes: EntityNode[]): void {
  const byKey = new Map<string, EntityNode>();
  // Entities with the most mentions win a shared name; topic pages only when nothing else has it.
  const ranked = [...nodes].sort(
    (a, b) =>
      Number(a.type === 'topic') - Number(b.type === 'topic') ||
      b.mentionCount - a.mentionCount ||
      byName(a.entity.name, b.entity.name) ||
      byString(a.type, b.type),
  );
  for (const n of ranked) {
    for (const s of [n.entity.name, ...n.entity.aliases]) {
      const k = categoryKey(s);
      if (k && !byKey.has(k)) byKey.set(k, n);
    }
  }
  // Where resolution already placed a category (its `category` mentions), that decision wins.
  const placed = new Map<string, EntityNode>();
  for (const n of ranked) {
    for (const m of n.entity.mentions) {
      if (m.signal !== 'category') continue;
      const k = `${m.docId}\u0000${categoryKey(m.surface)}`;
      if (!placed.has(k)) placed.set(k, n);
    }
  }
  for (const post of posts) {
    const seen = new Set<EntityNode>();
    for (const raw of post.doc.meta.categories ?? []) {
      const cat = String(raw).replace(/\s+/g, ' ').trim();
      const k = categoryKey(cat);
      if (!k) continue;
      let node = placed.get(`${post.doc.id}\u0000${k}`) ?? byKey.get(k) ?? pluralTwin(byKey, k);
      if (!node) {
        node = {
          entity: { name: cat, type: 'topic', aliases: [], mentions: [], facts: [] },
          name: '',
          path: '',
          type: 'topic',
          posts: [],
          categoryPosts: [],
          mentionsByPost: new Map(),
          mentionCount: 0,
          firstSeen: '',
          lastSeen: '',
          related: [],
          backlinks: [],
          pagerank: 0,
          nameOrder: 0,
        };
        nodes.push(node);
        byKey.set(k, node);
      }
      if (seen.has(node)) continue;
      seen.add(node);
      post.topics.push(node);
      node.categoryPosts.push(post);
    }
  }
}

/** `Hallucination` finds the page of `Hallucinations` and back: one category, one page. */
function pluralTwin(byKey: Map<string, EntityNode>, k: string): EntityNode | undefined {
  if (k.length < 4 || !/[a-z]$/.test(k)) return undefined;
  return k.endsWith('s') ? byKey.get(k.slice(0, -1)) : byKey.get(`${k}s`);
}

/** Entities claim names first (most mentioned first), then posts, which yield with `(post)`. */
function assignNames(posts: PostNode[], nodes: EntityNode[], reserved: readonly string[]): void {
  const registry = new NameRegistry([...HUB_NAMES, ...reserved]);
  const order = [...nodes].sort(
    (a, b) =>
      b.mentionCount + b.categoryPosts.length - (a.mentionCount + a.categoryPosts.length) ||
      TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! ||
      byName(a.entity.name, b.entity.name),
  );
  for (const n of order) {
    n.name = registry.claim(n.entity.name, n.type, `Untitled ${n.type}`);
    n.path = `${ENTITY_FOLDERS[n.type]}/${n.name}.md`;
  }
  for (const p of posts) {
    p.name = registry.claim(p.title, 'post', p.doc.id);
    p.path = `${SOURCES_FOLDER}/${p.name}.md`;
  }
  // A former title is an alias of its post's page only when it names nothing else: two posts once called `Draft`, or
  // an old title that is now an entity's name, would give one alias to two pages.
  const taken = new Map<string, number>();
  for (const n of nodes) for (const k of new Set([n.name, n.entity.name, ...n.entity.aliases].map((v) => nameKey(v)))) taken.set(k, (taken.get(k) ?? 0) + 1);
  const former = new Map(posts.map((p) => [p, [...new Set((p.doc.meta.former_titles ?? []).map(unlinkTitle))].filter((t) => nameKey(t) !== nameKey(p.name))]));
  for (const p of posts) for (const k of [nameKey(p.name), ...former.get(p)!.map((t) => nameKey(t))]) taken.set(k, (taken.get(k) ?? 0) + 1);
  for (const p of posts) p.formerTitles = former.get(p)!.filter((t) => taken.get(nameKey(t)) === 1);
}

/**
 * The names a byline may hold: `Jane Doe`, `Jane Doe and John Roe`, `Jane Doe, John Roe & Ann Poe`, RSS's
 * `jane@example.com (Jane Doe)`; a note after them (`Jane Doe (guest author)`) is not one. Parts that name
 * no one (`Staff Writer` in `Jane Doe, Staff Writer`) are simply never matched to a page.
 */
export function bylineNames(author: string): string[] {
  let a = author.replace(/\s+/g, ' ').trim();
  const mailed = /^\S+@\S+ \((.+)\)$/.exec(a);
  if (mailed) a = mailed[1].trim();
  a = a.replace(/\s*\([^()]*\)$/, '');
  return a.split(/ *, *(?:and |& )?| +(?:and|&) +/).map((x) => x.trim()).filter(Boolean);
}

/** Points each post's byline at the person pages of its authors (by page name, entity name or alias). */
function attachBylines(posts: PostNode[], nodes: EntityNode[]): void {
  const people = new Map<string, EntityNode>();
  for (const n of nodes) {
    if (n.type !== 'person') continue;
    for (const x of [n.name, n.entity.name, ...n.entity.aliases]) if (!people.has(nameKey(x))) people.set(nameKey(x), n);
  }
  for (const p of posts) {
    const author = p.doc.meta.author?.trim();
    if (!author) continue;
    const names = bylineNames(author);
    if (names.some((x) => people.has(nameKey(x)))) p.byline = names.map((text) => ({ text, person: people.get(nameKey(text)) }));
  }
}

/** Finds links between posts by URL, in both directions. */
function linkPosts(posts: PostNode[]): void {
  const rank = new Map(posts.map((p, i) => [p, i]));
  const byUrl = new Map<string, PostNode>();
  for (const p of posts) {
    if (p.url && !byUrl.has(urlKey(p.url))) byUrl.set(urlKey(p.url), p);
  }
  for (const p of posts) {
    const targets = new Set<PostNode>();
    for (const href of p.ext.links ?? []) {
      const t = byUrl.get(urlKey(href));
      if (t && t !== p) targets.add(t);
    }
    p.linksTo = [...targets].sort((a, b) => rank.get(a)! - rank.get(b)!);
    for (const t of p.linksTo) t.linkedFrom.push(p);
  }
}

/** A title with its double brackets made single, so Obsidian and maintain read no link in it. */
export function unlinkTitle(title: string): string {
  return title.includes('[[') || title.includes(']]') ? title.replace(/\[\[+/g, '[').replace(/\]\]+/g, ']') : title;
}

function blogTitle(docs: RawDoc[]): { title: string; blogs: number } {
  const counts = new Map<string, number>();
  for (const d of docs) {
    const t = d.meta.feed?.title?.trim();
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
  // A vault built from several blogs names each that holds a fair share of the posts (a blog renamed
  // long ago leaves only its old posts behind, under its old name, and is named by its new one alone).
  const shared = ranked.filter(([, n]) => n * 5 >= docs.length).map(([t]) => t);
  if (shared.length <= 1) return { title: ranked[0]?.[0] ?? '', blogs: ranked.length > 0 ? 1 : 0 };
  return { title: `${shared.slice(0, -1).join(', ')} and ${shared[shared.length - 1]}`, blogs: shared.length };
}
