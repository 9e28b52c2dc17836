// Post pages in sources/: metadata, summary, outline, entities by type, related posts, and the
// post's text with its entities and links to other posts turned into wikilinks.
import { ENTITY_TYPES } from '../../types.js';
import type { PostNode, VaultModel } from '../model.js';
import { urlKey } from '../model.js';
import { fastFrontmatter as stringifyFrontmatter } from '../frontmatter-fast.js';
import type { LinkTarget } from '../link-text.js';
import { TYPE_LABELS, summaryOf } from '../describe.js';
import { byName, inlineText, wikilink } from '../text.js';
import { postLink } from './shared.js';
import { byPostCount } from '../relations.js';
import { renderPlanned, type AheadResult, type EmitContext, type Emitter, type PlannedPage } from './types.js';
import { renderSourcePage, sourceLinks, type SourceLinks, type SourcePageData } from './source-page.js';
import { sourcePageKeys } from '../page-keys.js';


function relatedNote(post: PostNode, other: PostNode): string {
  const notes: string[] = [];
  if (post.linksTo.includes(other)) notes.push('linked from this post');
  if (other.linksTo.includes(post)) notes.push('links here');
  const shared = [...post.mentions.keys()].filter((n) => other.mentions.has(n));
  if (shared.length > 0) {
    // Rarest first: what the two posts have in common that others do not.
    shared.sort((a, b) => a.posts.length - b.posts.length || byName(a.name, b.name));
    const names = shared.slice(0, 3).map((n) => inlineText(n.name));
    notes.push(`shares ${names.join(', ')}${shared.length > 3 ? ` and ${shared.length - 3} more` : ''}`);
  } else {
    const topics = post.topics.filter((t) => other.topics.includes(t));
    if (topics.length > 0) notes.push(`same topic: ${topics.map((t) => inlineText(t.name)).join(', ')}`);
  }
  return `${other.date ? `${other.date}; ` : ''}${notes.join('; ') || 'related'}`;
}

/** The byline as the feed writes it, each author who has a person page linked where they are named. */
function bylineLinks(author: string, byline: PostNode['byline']): string {
  const text = inlineText(author);
  let out = '';
  let at = 0;
  for (const b of byline) {
    if (!b.person) continue;
    const name = inlineText(b.text);
    const i = text.indexOf(name, at);
    if (i < 0) continue;
    out += text.slice(at, i) + wikilink(b.person.name, name);
    at = i + name.length;
  }
  return out + text.slice(at);
}

/** Post URL keys -> page names, for turning links between posts into wikilinks. */
export function postUrlIndex(model: VaultModel): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of model.posts) if (p.url && !m.has(urlKey(p.url))) m.set(urlKey(p.url), p.name);
  return m;
}

export function linkTargets(post: PostNode): LinkTarget[] {
  return [...post.mentions.keys()].sort(byPostCount(post)).map((n) => ({
    page: n.name,
    surfaces: [
      ...new Set([...(n.mentionsByPost.get(post.doc.id) ?? []).map((m) => m.surface), n.entity.name, n.name, ...n.entity.aliases]),
    ],
  }));
}

/** A post's page as plain data (see source-page.ts). `notes`: one per related post; `keyBase`: sourcePageKeys' `base`. */
export function sourcePageData(post: PostNode, notes: string[], keyBase: string): SourcePageData {
  const meta = post.doc.meta;
  const entities = [...post.mentions.keys()];
  const frontmatter = stringifyFrontmatter({
    type: 'source',
    title: post.title,
    // Earlier titles: Obsidian offers the page for them, and maintain points links to them here.
    aliases: post.formerTitles.length ? post.formerTitles : undefined,
    url: post.url,
    published: post.date || null,
    author: meta.author || undefined,
    raw: post.doc.id,
    topics: post.topics.map((t) => `[[${t.name}]]`),
    entities: entities.map((n) => n.name).sort(byName).map((n) => `[[${n}]]`),
  }).trimEnd();

  const byline = [
    post.date ? `Published ${post.date}` : 'Undated',
    meta.author ? `by ${bylineLinks(meta.author, post.byline)}` : '',
    post.url ? `[Original post](<${post.url}>)` : '',
    post.topics.length > 0 ? `Topics: ${post.topics.map((t) => wikilink(t.name)).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');

  const groups = ENTITY_TYPES.map((type) => {
    const list = entities.filter((n) => n.type === type).sort(byPostCount(post));
    return { label: TYPE_LABELS[type], links: list.map((n) => wikilink(n.name)).join(', '), size: list.length };
  }).filter((g) => g.size > 0);

  return {
    path: post.path,
    self: post.name,
    frontmatter,
    title: inlineText(post.title),
    byline,
    summary: summaryOf(post),
    groups,
    related: post.related.map((r, i) => ({ link: postLink(r), note: notes[i] })),
    body: post.doc.body,
    targets: linkTargets(post),
    keyBase,
  };
}

function plan(ctx: EmitContext): PlannedPage[] {
  const urls = postUrlIndex(ctx.model);
  return ctx.model.posts.map((p) => {
    const notes = p.related.map((r) => relatedNote(p, r));
    const keys = sourcePageKeys(p, urls, notes);
    // Made only for the pages the quick key does not settle (few of them after a small change).
    let data: SourcePageData | undefined;
    let links: SourceLinks | undefined;
    let ahead: AheadResult | undefined;
    const job = (): SourcePageData => (data ??= sourcePageData(p, notes, keys.base));
    const linksOf = (): SourceLinks => (links ??= sourceLinks(job()));
    return {
      path: p.path,
      quickKey: keys.quick,
      slowKey: () => ahead?.key ?? linksOf().key,
      render: () => ahead?.content ?? renderSourcePage(job(), ctx.templates, urls, linksOf().targets),
      ahead: {
        // Not kept: once sent, this thread needs it again only if the other one fails.
        job: () => data ?? sourcePageData(p, notes, keys.base),
        take: (r) => {
          ahead = r;
        },
      },
    };
  });
}

export const sourceEmitter: Emitter = {
  kind: 'source',
  plan,
  emit: (ctx) => renderPlanned(plan(ctx)),
};
