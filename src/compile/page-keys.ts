// Render keys: a hash of everything an entity, topic or post page is made from. Two compiles that
// give a page the same key give it the same bytes (with the same compiler, settings and templates,
// which the render state checks apart), so an unchanged key lets compile skip rendering the page.
// Every value a page's emitter reads must be in its key; the incremental tests compare compiles
// that reuse keys against compiles from scratch, byte for byte.
import { createHash } from 'node:crypto';
import type { EntityNode, PostNode, VaultModel } from './model.js';
import { urlKey } from './model.js';

function digest(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** What a link to a post shows and how posts sort: name, title, date, id. */
function postRef(p: PostNode | undefined): unknown {
  return p ? [p.name, p.title, p.date, p.doc.id] : null;
}

/**
 * A post's raw file (text and metadata) by its hash: the sentences, summary and outline pages quote
 * come from it and from the extractor, whose version is part of the compiler's.
 */
function postContent(p: PostNode): unknown {
  return [postRef(p), p.doc.hash];
}

/** Key of an entity or topic page. */
export function entityPageKey(node: EntityNode, model: VaultModel): string {
  const e = node.entity;
  const postById = (id: string): PostNode | undefined => model.postById.get(id);
  return digest([
    node.path,
    node.name,
    node.type,
    e.name,
    e.aliases,
    e.url ?? '',
    node.mentionCount,
    node.firstSeen,
    node.lastSeen,
    postRef(node.firstPost),
    node.posts.map((p) => [postContent(p), (node.mentionsByPost.get(p.doc.id) ?? []).map((m) => [m.sentence, m.surface])]),
    node.categoryPosts.map((p) => [postContent(p), node.mentionsByPost.has(p.doc.id)]),
    e.lead ? [e.lead.docId, e.lead.text, postRef(postById(e.lead.docId))] : null,
    e.facts.map((f) => [f.docId, f.text, f.date ?? '', postRef(postById(f.docId))]),
    node.related.map((r) => [r.node.name, r.node.type, r.weight, r.via]),
    node.backlinks,
  ]);
}

// As the text linker reads link destinations (images too: a superset only makes keys stricter).
const LINK_DEST = /\]\(\s*(<[^>\n]*>|[^)\s]*)/g;

/** Key of a post's page. `urls`: post URL key -> page name, as the text linker uses it. */
export function sourcePageKey(post: PostNode, urls: Map<string, string>, relatedNotes: string[]): string {
  // The pages of the posts this one links to: the text linker turns those links into wikilinks.
  const linked: Array<string | null> = [];
  for (const m of post.doc.body.matchAll(LINK_DEST)) linked.push(urls.get(urlKey(m[1].replace(/^<|>$/g, ''))) ?? null);
  return digest([
    post.path,
    postContent(post),
    post.url,
    post.topics.map((t) => t.name),
    [...post.mentions].map(([n, count]) => [
      n.name,
      n.type,
      count,
      n.entity.name,
      n.entity.aliases,
      (n.mentionsByPost.get(post.doc.id) ?? []).map((m) => m.surface),
    ]),
    post.related.map((r, i) => [postRef(r), relatedNotes[i]]),
    linked,
  ]);
}
