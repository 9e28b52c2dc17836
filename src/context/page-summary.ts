// What one page contributes to retrieval, as a pure function of its text: the small summary a
// context call ranks with (kept between calls), and the detail only the pages it quotes need.
import { FrontmatterError, splitFrontmatter } from '../wiki/frontmatter.js';
import { parsePage } from '../wiki/vault.js';
import { countTerms, type TermCounts } from './bm25.js';
import { isContentPage, readContextPage, sourceRefOf, type ContextPage, type LinkResolver, type LoadedPage, type SourceRef } from './page-model.js';
import { nameKey, terms, termsOfWords, words } from './tokenize.js';

/** A page's name (title or alias) with its folded key. */
export interface PageName {
  name: string;
  key: string;
  /** False for names made only of stopwords ("The", "It") or of one letter: they say nothing. */
  informative: boolean;
}

/** What ranking needs of a content page. */
export interface PageMeta {
  path: string;
  title: string;
  type: string;
  aliases: string[];
  url?: string;
}

export interface ContentSummary {
  meta: PageMeta;
  /** Index terms of the page (names twice, then lead and items). */
  terms: TermCounts;
  names: PageName[];
  /** Index terms of the page's names, for "which protocol" matching "A2A Protocol". */
  nameWords: string[];
  /** Link targets the page's reading looked up, with the post each named (null for none). */
  lookups: [string, string | null][];
}

export interface PageSummary {
  path: string;
  /** Set on post pages: what pages citing them are told. */
  ref?: SourceRef;
  /** Set on content pages. */
  content?: ContentSummary;
}

/** The full reading of a content page and its text folded for whole-word search. */
export interface PageDetail {
  page: ContextPage;
  /** The page's text as folded words, padded with spaces. */
  text: string;
}

/** A page's frontmatter and body; a page whose frontmatter does not parse keeps its body and no data. */
export function loadedPageOf(p: string, text: string): LoadedPage {
  try {
    const doc = splitFrontmatter(text);
    return { path: p, data: doc.data, body: doc.body };
  } catch (err) {
    if (!(err instanceof FrontmatterError)) throw err;
    const parsed = parsePage(p, text);
    return { path: p, data: parsed.frontmatter, body: parsed.body };
  }
}

/** The words of a page's lead and items: split once, for both its index terms and its folded text. */
function bodyWords(p: ContextPage): string[] {
  return words([p.lead?.text ?? '', ...p.items.map((i) => i.text)].join(' '));
}

/** Index terms of a page: its names twice, then the words of its lead and items (`bodyWords`). */
function pageTerms(p: ContextPage, body: readonly string[]): string[] {
  const names = [p.title, ...p.aliases].join(' . ');
  // Names count twice: a page is first of all about what it is called.
  return [...terms(names), ...terms(names), ...termsOfWords(body)];
}

export function pageNames(p: ContextPage): PageName[] {
  return [p.title, ...p.aliases].map((name) => {
    const key = nameKey(name);
    return { name: name.trim(), key, informative: key.length >= 2 && terms(name).length > 0 };
  });
}

export function pageNameWords(p: ContextPage): string[] {
  return [...new Set(terms([p.title, ...p.aliases].join(' ')))];
}

export function metaOf(p: ContextPage): PageMeta {
  return { path: p.path, title: p.title, type: p.type, aliases: p.aliases, url: p.url };
}

/** The summary and detail of a content page already read. */
export function summariseContent(page: ContextPage, lookups: [string, string | null][] = []): { content: ContentSummary; detail: PageDetail } {
  const body = bodyWords(page);
  return {
    content: { meta: metaOf(page), terms: countTerms(pageTerms(page, body)), names: pageNames(page), nameWords: pageNameWords(page), lookups },
    // The lead's and items' words, folded and spaced, for whole-word search.
    detail: { page, text: ` ${body.join(' ')} ` },
  };
}

/** Wraps a resolver to remember every lookup, so a changed set of posts can tell which readings it changes. */
class RecordingResolver implements LinkResolver {
  readonly seen = new Map<string, string | null>();
  constructor(private readonly inner: LinkResolver) {}
  resolve(target: string): string | undefined {
    const r = this.inner.resolve(target);
    this.seen.set(target, r ?? null);
    return r;
  }
}

/** Reads one page. Pure given the resolver; the lookups it made are part of the summary. */
export function summarisePage(loaded: LoadedPage, resolver: LinkResolver): { summary: PageSummary; detail?: PageDetail } {
  const summary: PageSummary = { path: loaded.path, ref: sourceRefOf(loaded) };
  if (!isContentPage(loaded)) return { summary };
  const rec = new RecordingResolver(resolver);
  const page = readContextPage(loaded, rec);
  const lookups = [...rec.seen.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const { content, detail } = summariseContent(page, lookups);
  summary.content = content;
  return { summary, detail };
}

/** Whether a summary's reading still holds under `resolver`: every link it looked up names the same post. */
export function lookupsHold(content: ContentSummary, resolver: LinkResolver): boolean {
  for (const [target, was] of content.lookups) if ((resolver.resolve(target) ?? null) !== was) return false;
  return true;
}
