// A post's page from plain data: which names its text could link, its render key, its markdown.
// Nothing here reads the model, so the compile's second thread can render post pages (render-ahead.ts)
// while the first renders the entity pages; both make the same bytes from the same data.
import type { Templates } from '../templates.js';
import { NOTES_BLOCK } from '../notes.js';
import { NOTES_MARKER } from '../../wiki/schema.js';
import { createTextLinker, demoteHeadings, outlineOf, reachableTargets, type LinkTarget } from '../link-text.js';
import { inlineText } from '../text.js';
import { sourcePageKey } from '../page-keys.js';

/** Everything a post's page is made from but the templates and the blog's post URLs. */
export interface SourcePageData {
  path: string;
  /** The post's own page, never linked from its text. */
  self: string;
  frontmatter: string;
  title: string;
  byline: string;
  summary: string;
  groups: Array<{ label: string; links: string; size: number }>;
  related: Array<{ link: string; note: string }>;
  /** The post's markdown. */
  body: string;
  /** The entities it mentions with every surface that may name them, earlier ones winning a shared surface. */
  targets: LinkTarget[];
  /** The page's key but for its text's link targets (sourcePageKeys' `base`). */
  keyBase: string;
}

/** The link targets with the surfaces that could match the text, and the page key made with them. */
export interface SourceLinks {
  targets: LinkTarget[];
  key: string;
}

/** Finding the surfaces means reading the whole post: the quick key stands in for this while no name changes. */
export function sourceLinks(d: SourcePageData): SourceLinks {
  const targets = reachableTargets(d.targets, d.body);
  return { targets, key: sourcePageKey(d.keyBase, targets) };
}

/** `urls`: post URL key -> page name, for turning links between posts into wikilinks; `targets` as `sourceLinks` gives them. */
export function renderSourcePage(d: SourcePageData, templates: Templates, urls: Map<string, string>, targets: LinkTarget[]): string {
  const outline = outlineOf(d.body);
  const top = outline.length > 0 ? Math.min(...outline.map((o) => o.level)) : 1;
  const linker = createTextLinker(targets, urls, d.self);
  const text = demoteHeadings(linker.link(d.body.trim()), 3).split(NOTES_MARKER).join(NOTES_MARKER.replace('<!--', '&lt;!--'));
  return templates.get('source.md')({
    frontmatter: d.frontmatter,
    title: d.title,
    byline: d.byline,
    summary: d.summary,
    outline: outline.map((o) => ({ indent: '  '.repeat(o.level - top), text: inlineText(o.text) })),
    groups: d.groups,
    related: d.related,
    text: text || 'The post has no text.',
    notes: NOTES_BLOCK.trimEnd(),
  });
}
