// What maintain needs to know about every page of the vault, small enough to keep between runs:
// the frontmatter fields the checks read across pages, aliases, block ids and the distinct links.
// A page restored from the cache (CachedPage) carries only this; its text, body, full frontmatter,
// headings and link positions are read from disk the first time something asks for them, so a check
// that needs them for a few pages (the ones it reports) pays for those pages only.
import { readFileSync } from 'node:fs';
import { parsePage, type FrontmatterProblem, type PageLink, type VaultPage } from '../wiki/vault.js';
import type { Heading, WikiLink } from '../wiki/links.js';

/** Frontmatter fields the checks read on every page (schema reads the rest through its own cached result). */
export const SUMMARY_FIELDS = ['type', 'raw', 'published', 'url', 'mentions', 'sources', 'last_seen', 'title'] as const;

export interface PageSummary {
  hasFrontmatter: boolean;
  frontmatterError?: FrontmatterProblem;
  bodyLine: number;
  aliases: string[];
  /** The SUMMARY_FIELDS present in the frontmatter. */
  fm: Record<string, unknown>;
  blockIds: string[];
  /** Distinct links of the page (see linkKey), in order of first appearance. */
  links: string[];
}

type LinkParts = Pick<WikiLink, 'format' | 'target' | 'subpath'>;

/** One string for what resolving a link depends on: its format, target and subpath. */
export function linkKey(l: LinkParts): string {
  return `${l.format === 'wiki' ? 'w' : 'm'}${l.subpath === undefined ? '-' : '#'}${l.target}\u0000${l.subpath ?? ''}`;
}

export function parseLinkKey(key: string): LinkParts {
  const nul = key.indexOf('\u0000', 2);
  return { format: key[0] === 'w' ? 'wiki' : 'markdown', target: key.slice(2, nul), subpath: key[1] === '#' ? key.slice(nul + 1) : undefined };
}

function distinctKeys(links: readonly LinkParts[]): string[] {
  const keys = new Set<string>();
  for (const l of links) keys.add(linkKey(l));
  return [...keys];
}

/** The summary of a parsed page. Pure. */
export function summarise(page: VaultPage): PageSummary {
  const fm: Record<string, unknown> = {};
  for (const k of SUMMARY_FIELDS) if (k in page.frontmatter) fm[k] = page.frontmatter[k];
  const s: PageSummary = {
    hasFrontmatter: page.hasFrontmatter,
    bodyLine: page.bodyLine,
    aliases: page.aliases,
    fm,
    blockIds: page.blockIds,
    links: distinctKeys(page.links),
  };
  if (page.frontmatterError) s.frontmatterError = page.frontmatterError;
  return s;
}

/** A page known from its summary; the rest is read from `file` when first asked for. */
export class CachedPage implements VaultPage {
  readonly name: string;
  readonly folder: string;
  readonly hasFrontmatter: boolean;
  readonly frontmatterError?: FrontmatterProblem;
  readonly type?: string;
  readonly aliases: string[];
  readonly bodyLine: number;
  readonly blockIds: string[];
  private parsed?: VaultPage;

  constructor(
    readonly path: string,
    readonly summary: PageSummary,
    private readonly file: string,
    private textRead?: string,
  ) {
    const base = path.split('/').pop()!;
    const slash = path.lastIndexOf('/');
    this.name = base.replace(/\.md$/i, '');
    this.folder = slash < 0 ? '' : path.slice(0, slash);
    this.hasFrontmatter = summary.hasFrontmatter;
    if (summary.frontmatterError) this.frontmatterError = summary.frontmatterError;
    this.type = typeof summary.fm.type === 'string' ? summary.fm.type : undefined;
    this.aliases = summary.aliases;
    this.bodyLine = summary.bodyLine;
    this.blockIds = summary.blockIds;
  }

  /** The page parsed from its text (read once). */
  full(): VaultPage {
    this.parsed ??= parsePage(this.path, (this.textRead ??= readFileSync(this.file, 'utf8')));
    return this.parsed;
  }

  get text(): string {
    return (this.textRead ??= readFileSync(this.file, 'utf8'));
  }
  get frontmatter(): Record<string, unknown> {
    return this.full().frontmatter;
  }
  get body(): string {
    return this.full().body;
  }
  get headings(): Heading[] {
    return this.full().headings;
  }
  get links(): PageLink[] {
    return this.full().links;
  }
}

const summaries = new WeakMap<VaultPage, PageSummary>();

/** Keeps the summary made while reading a page (see readPage). */
export function keepSummary(page: VaultPage, s: PageSummary): void {
  summaries.set(page, s);
}

/** The summary of any page: the cached one, or one made from the parsed page (kept). */
export function summaryOf(page: VaultPage): PageSummary {
  if (page instanceof CachedPage) return page.summary;
  let s = summaries.get(page);
  if (!s) {
    s = summarise(page);
    summaries.set(page, s);
  }
  return s;
}

/** The frontmatter fields of SUMMARY_FIELDS, without reading a cached page's text. */
export const fieldsOf = (page: VaultPage): Record<string, unknown> => (page instanceof CachedPage ? page.summary.fm : page.frontmatter);
