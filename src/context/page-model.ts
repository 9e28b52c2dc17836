// Reads the parts of a vault page that a context pack quotes: lead, facts, mentions, sources.
// Pure functions over already-loaded pages; the vault itself is read elsewhere.
import path from 'node:path';
import { NOTES_MARKER, SOURCES_FOLDER } from '../wiki/schema.js';
import { splitSentences } from './sentences.js';

/** A page as loaded from the vault: path relative to the vault, parsed frontmatter, markdown body. */
export interface LoadedPage {
  path: string;
  data: Record<string, unknown>;
  body: string;
}

/** A post a page cites. */
export interface SourceRef {
  /** Path of the post page in the vault. */
  path: string;
  title: string;
  url?: string;
  published?: string;
}

export type ItemKind = 'lead' | 'fact' | 'mention' | 'summary' | 'text' | 'note';

/** One quotable piece of a page: a lead, a fact, a mention sentence or a sentence of a post. */
export interface PageItem {
  kind: ItemKind;
  /** Plain markdown text, wikilinks turned into their labels, citation links removed. */
  text: string;
  /** Path of the post it comes from, when the page says. */
  source?: string;
  date?: string;
}

export interface ContextPage {
  path: string;
  title: string;
  type: string;
  aliases: string[];
  url?: string;
  lead?: PageItem;
  items: PageItem[];
  /** Paths of the posts the page cites, in the page's order. */
  sources: string[];
}

const WIKILINK = /\[\[([^\]|#^]+)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g;

/** Page kinds that are catalogues of the vault rather than pages about something. */
const NON_CONTENT_TYPES = new Set(['index', 'log', 'agents']);

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

function strList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((x): x is string => x !== undefined);
  const s = str(v);
  return s ? [s] : [];
}

function stem(p: string): string {
  return p.replace(/\.md$/i, '');
}

/** What reading a page needs of the vault's posts: the post page a link target names, if any. */
export interface LinkResolver {
  resolve(target: string): string | undefined;
}

/** The reference a post page offers to the pages that cite it; undefined for other pages. */
export function sourceRefOf(p: LoadedPage): SourceRef | undefined {
  if (!isSourcePage(p)) return undefined;
  const title = str(p.data.title) ?? path.posix.basename(stem(p.path));
  return { path: p.path, title, url: str(p.data.url), published: dateOf(p.data.published) };
}

/** Resolves link targets (file names, paths, URLs of posts) to post page paths. */
export class SourceResolver implements LinkResolver {
  private readonly byKey = new Map<string, string>();
  private readonly memo = new Map<string, string | undefined>();
  readonly refs = new Map<string, SourceRef>();

  constructor(pages: readonly LoadedPage[]) {
    for (const p of pages) {
      const ref = sourceRefOf(p);
      if (ref) this.add(ref);
    }
  }

  /** A resolver over post references already known, in vault path order. */
  static of(refs: readonly SourceRef[]): SourceResolver {
    const r = new SourceResolver([]);
    for (const ref of refs) r.add(ref);
    return r;
  }

  private add(ref: SourceRef): void {
    this.memo.clear();
    this.refs.set(ref.path, ref);
    this.byKey.set(stem(ref.path).toLowerCase(), ref.path);
    this.byKey.set(path.posix.basename(stem(ref.path)).toLowerCase(), ref.path);
    if (ref.url) this.byKey.set(ref.url, ref.path);
  }

  resolve(target: string): string | undefined {
    // Pages cite the same posts over and over; the resolver never changes once built.
    if (this.memo.has(target)) return this.memo.get(target);
    const r = this.lookup(target);
    this.memo.set(target, r);
    return r;
  }

  private lookup(target: string): string | undefined {
    const t = target.trim();
    const m = /^\[\[([^\]|#]+)/.exec(t);
    const key = stem(m ? m[1] : t).trim();
    return this.byKey.get(key) ?? this.byKey.get(key.toLowerCase()) ?? this.byKey.get(path.posix.basename(key).toLowerCase());
  }
}

export function isSourcePage(p: LoadedPage): boolean {
  return p.data.type === 'source' || p.path.startsWith(`${SOURCES_FOLDER}/`);
}

export function isContentPage(p: LoadedPage): boolean {
  if (!p.path.endsWith('.md')) return false;
  const type = str(p.data.type);
  if (!type || NON_CONTENT_TYPES.has(type)) return false;
  return true;
}

function dateOf(v: unknown): string | undefined {
  const s = str(v);
  const m = s ? /^\d{4}-\d{2}-\d{2}/.exec(s) : null;
  return m ? m[0] : undefined;
}

/** Splits a markdown body into its preamble (before the first `## `) and its `## ` sections. */
export function splitSections(body: string): { preamble: string[]; sections: Map<string, string[]> } {
  const preamble: string[] = [];
  const sections = new Map<string, string[]>();
  let current: string[] = preamble;
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const h = fence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      current = [];
      sections.set(h[1].trim(), current);
      continue;
    }
    current.push(line);
  }
  return { preamble, sections };
}

/** Groups lines into blocks: list items (with their continuation lines) and paragraphs. */
export function blocks(lines: readonly string[]): { text: string; heading?: boolean }[] {
  const out: { text: string; heading?: boolean }[] = [];
  let buf: string[] = [];
  const flush = () => {
    if (buf.length) out.push({ text: buf.join(' ').replace(/\s+/g, ' ').trim() });
    buf = [];
  };
  let fence = false;
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const line = raw.replace(/^\s*>\s?/, '');
    if (/^\s*<!--.*-->\s*$/.test(line)) continue;
    if (/^\s*$/.test(line) || /^\s*(\||-{3,}|\*{3,})/.test(line)) {
      flush();
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      flush();
      out.push({ text: line.replace(/^#{1,6}\s+/, '').trim(), heading: true });
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      buf.push(item[1]);
      continue;
    }
    buf.push(line.trim());
  }
  flush();
  return out.filter((b) => b.text.length > 0);
}

/** Turns wikilinks into their labels and drops parenthesised citations that only link posts. */
export function cleanText(text: string, resolver: LinkResolver): { text: string; sources: string[]; date?: string } {
  const sources: string[] = [];
  for (const m of text.matchAll(WIKILINK)) {
    const src = resolver.resolve(m[1]);
    if (src && !sources.includes(src)) sources.push(src);
  }
  let t = text;
  // "(… [[post]] …)" citations become the pack's own source line.
  t = t.replace(/\s*[([]\s*((?:[^()[\]]|\[\[[^\]]*\]\])*?)\s*[)\]]/g, (whole, inner: string) => {
    const links = [...inner.matchAll(WIKILINK)];
    if (links.length === 0 || !links.every((l) => resolver.resolve(l[1]))) return whole;
    const rest = inner.replace(WIKILINK, '').replace(/\d{4}-\d{2}-\d{2}/g, '').replace(/[\s,;:—–-]+/g, '');
    return rest ? whole : '';
  });
  let date: string | undefined;
  // `**2026-02-10**:`; a fact's own date may be a month or a year, in bold (`**2024-06**:`, `**2023**:`).
  const lead = /^\s*(?:(?:\*\*|__)?(\d{4}-\d{2}-\d{2})(?:\*\*|__)?|(?:\*\*|__)(\d{4}(?:-\d{2})?)(?:\*\*|__))\s*(?:[:—–|-]\s*)?/.exec(t);
  if (lead) {
    date = lead[1] ?? lead[2];
    t = t.slice(lead[0].length);
  }
  t = t.replace(WIKILINK, (_w, target: string, label?: string) => (label && label.trim()) || path.posix.basename(target.trim()));
  // Inline links and emphasis cost tokens and add nothing a reader of the pack needs.
  t = t.replace(/!?\[([^\[\]\n]*)\]\((?:<[^<>\n]*>|[^()\s]+)(?:\s+"[^"\n]*")?\)/g, '$1');
  t = t.replace(/\*\*([^*\n]+)\*\*/g, '$1').replace(/(^|[\s(])\*([^*\s][^*\n]*?)\*(?=[\s).,;:!?]|$)/g, '$1$2');
  // Markdown escapes (`\_\_init\_\_`, `1\.`) are for the renderer: the pack gives the characters (not inside code,
  // where a backslash is the code's own).
  t = t.split(/(`[^`\n]*`)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/\\([\\`*_{}[\]()#+.!|~<>-])/g, '$1'))).join('');
  t = t.replace(/\s+/g, ' ').trim();
  return { text: t, sources, date };
}

function itemsOf(
  lines: readonly string[],
  kind: ItemKind,
  resolver: LinkResolver,
  fallbackSource?: string,
): PageItem[] {
  const out: PageItem[] = [];
  let current = fallbackSource;
  for (const b of blocks(lines)) {
    const c = cleanText(b.text, resolver);
    if (b.heading) {
      // A `### [[post]]` heading groups the mentions of one post.
      current = c.sources[0] ?? current;
      continue;
    }
    if (!c.text || !/[\p{L}\p{N}]/u.test(c.text)) continue;
    const source = c.sources[0] ?? current;
    // Facts and mentions always cite a post; a line that cites none is a placeholder ("No facts yet.").
    if ((kind === 'fact' || kind === 'mention') && !source && !c.date) continue;
    out.push({ kind, text: c.text, source, date: c.date });
  }
  return out;
}

/** The author's part of a `## Notes` section: what follows the marker line, or all of it without one. */
function authorNotes(lines: readonly string[]): string[] {
  const at = lines.findIndex((l) => l.trim() === NOTES_MARKER);
  return at >= 0 ? lines.slice(at + 1) : [...lines];
}

function sectionLines(sections: Map<string, string[]>, ...names: string[]): string[] | undefined {
  for (const [k, v] of sections) if (names.some((n) => n.toLowerCase() === k.toLowerCase())) return v;
  return undefined;
}

/** Builds the context view of one page. */
export function readContextPage(page: LoadedPage, resolver: LinkResolver): ContextPage {
  const type = str(page.data.type) ?? 'page';
  const { preamble, sections } = splitSections(page.body);
  const h1 = preamble.map((l) => /^#\s+(.+?)\s*$/.exec(l)).find((m) => m);
  const fileTitle = path.posix.basename(stem(page.path));
  const title = str(page.data.title) ?? (h1 ? h1[1] : fileTitle);
  const aliases = strList(page.data.aliases).filter((a) => a !== title);
  const url = str(page.data.url);
  const items: PageItem[] = [];
  let lead: PageItem | undefined;
  let sources: string[];

  if (isSourcePage(page)) {
    const self = page.path;
    sources = [self];
    const summary = itemsOf(sectionLines(sections, 'Summary') ?? [], 'summary', resolver, self);
    lead = summary[0] ?? undefined;
    const text = sectionLines(sections, 'Text') ?? [];
    // A post's paragraphs are long; its sentences are what a question matches.
    for (const para of itemsOf(text, 'text', resolver, self)) {
      for (const sentence of splitSentences(para.text)) items.push({ kind: 'text', text: sentence, source: self });
    }
  } else {
    const pre = itemsOf(
      preamble.filter((l) => !/^#\s/.test(l)),
      'lead',
      resolver,
    );
    lead = pre[0];
    items.push(...itemsOf(sectionLines(sections, 'Facts') ?? [], 'fact', resolver));
    items.push(...itemsOf(sectionLines(sections, 'Mentions') ?? [], 'mention', resolver));
    items.push(...itemsOf(authorNotes(sectionLines(sections, 'Notes') ?? []), 'note', resolver));
    const listed = strList(page.data.sources)
      .map((s) => resolver.resolve(s))
      .filter((s): s is string => s !== undefined);
    sources = [...new Set([...listed, ...[lead, ...items].flatMap((i) => (i?.source ? [i.source] : []))])];
  }
  return { path: page.path, title, type, aliases, url, lead, items, sources };
}
