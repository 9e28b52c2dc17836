// Links in markdown and how Obsidian resolves them.
//
// parseLinks() finds `[[target]]`, `[[target|label]]`, `[[target#heading]]`, `[[#heading]]`,
// `[[target#^block]]`, `![[embed]]` and local markdown links `[x](other.md)` / `![x](img.png)`,
// skipping code fences, code spans and comments, with 1-based line and column.
//
// buildResolver() follows Obsidian's rules: a target names a file by its base name (case-insensitive,
// `.md` optional) or by a vault-relative path (`folder/Name`); attachments by full file name; when
// several files share the name, the one in the linking page's folder wins, then the shortest path.
// A heading must exist in the target page (compared case-insensitively, ignoring the characters
// Obsidian cannot keep in a link). A frontmatter alias alone does not make a link resolve.
import path from 'node:path';

export type LinkFormat = 'wiki' | 'markdown';

export interface WikiLink {
  format: LinkFormat;
  /** `![[...]]` or `![...](...)`. */
  embed: boolean;
  /** The link exactly as written. */
  raw: string;
  /** The file part: `Name`, `folder/Name`, `Name.md`, `img.png`; '' for a link into the same page. Markdown links are URL-decoded. */
  target: string;
  /** What follows the first `#`: `Heading`, `H1#H2`, `^block-id`; undefined when absent. */
  subpath?: string;
  /** `[[target|label]]` label or the markdown link text. */
  label?: string;
  /** 1-based line and column of the link's first character in the text given to parseLinks. */
  line: number;
  col: number;
  /** 0-based character offset of the link in the text given to parseLinks; `raw.length` long. */
  offset: number;
}

const WIKI_RE = /(!?)\[\[([^\[\]\n]+?)\]\]/g;
// Link text without nested brackets; destination in <...> or without spaces; optional title.
const MD_RE = /(!?)\[([^\[\]\n]*)\]\(\s*(<[^<>\n]+>|[^()\s]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;

/** `a\[i\](j)`, `\[x](y)`: a bracket escaped with a backslash opens or closes no link (CommonMark). */
function escapedBrackets(text: string, m: RegExpExecArray): boolean {
  const open = m.index + m[1].length;
  const oddBefore = (at: number): boolean => {
    let n = 0;
    while (at - 1 - n >= 0 && text[at - 1 - n] === '\\') n++;
    return n % 2 === 1;
  };
  return oddBefore(open) || oddBefore(open + 1 + m[2].length);
}
const SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;

/** Returns the text with code fences, code spans and comments blanked out (newlines kept), so offsets still match. */
export function maskCode(text: string): string {
  // Nothing that can start code or a comment: the text is its own mask. (Searched for as plain
  // strings: one pattern with these alternatives tried each of them at every character of a page.)
  const mayHoldCode =
    text.includes('`') || text.includes('~') || text.includes('%%') || text.startsWith('    ') || text.startsWith('\t') || text.includes('\n    ') || text.includes('\n\t');
  // Only HTML comments (a compiled page's notes marker is one): blank them, with no fence or span to look for.
  if (!mayHoldCode) return text.includes('<!--') ? text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' ')) : text;
  // Blanked code units are marked here and the mask applied once at the end: a string per character
  // of every page (text.split('')) was most of the cost of reading a large vault.
  const mask = new Uint8Array(text.length);
  const blank = (from: number, to: number): void => {
    if (to > from) mask.fill(1, from, to);
  };
  // Fenced code blocks, line by line.
  let pos = 0;
  let fence: { ch: string; len: number } | null = null;
  let fenceStart = 0;
  const lines = text.split('\n');
  const proseRanges: Array<[number, number]> = [];
  let proseStart = 0;
  for (const line of lines) {
    const lineEnd = pos + line.length;
    // Only a line whose first character after up to three spaces is ` or ~ can open or close a fence.
    let k = 0;
    while (k < 3 && line.charCodeAt(k) === 32) k++;
    const c0 = line.charCodeAt(k);
    const m = c0 === 96 || c0 === 126 ? /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line) : null;
    if (fence) {
      if (m && m[1][0] === fence.ch && m[1].length >= fence.len && m[2].trim() === '') {
        blank(fenceStart, lineEnd);
        fence = null;
        proseStart = lineEnd + 1;
      }
    } else if (m && !(m[1][0] === '`' && m[2].includes('`'))) {
      proseRanges.push([proseStart, pos]);
      fence = { ch: m[1][0], len: m[1].length };
      fenceStart = pos;
    }
    pos = lineEnd + 1;
  }
  if (fence) blank(fenceStart, text.length);
  else proseRanges.push([proseStart, text.length]);

  // Indented code blocks: lines indented four spaces or a tab after a blank line, when what came
  // before the blank line is not a list (whose continuation lines are indented too).
  pos = 0;
  let prevNonBlank = '';
  let prevBlank = true;
  let inIndented = false;
  const listish = (l: string): boolean => /^\s*([-*+]|\d+[.)])\s/.test(l) || /^\s/.test(l);
  for (const line of lines) {
    // Most lines start with a character that is not whitespace: not blank, not indented.
    const c = line.charCodeAt(0);
    if (line.length > 0 && c !== 32 && c !== 9 && c > 13 && c !== 0xa0 && c < 0x1680) {
      inIndented = false;
      prevNonBlank = line;
      prevBlank = false;
      pos += line.length + 1;
      continue;
    }
    const isBlank = line.trim() === '';
    const indented = /^( {4}|\t)/.test(line) && !isBlank;
    if (indented && pos < text.length && (inIndented || (prevBlank && !listish(prevNonBlank)))) {
      inIndented = true;
      blank(pos, pos + line.length);
    } else if (!isBlank) inIndented = false;
    if (!isBlank) prevNonBlank = line;
    prevBlank = isBlank;
    pos += line.length + 1;
  }

  for (const [start, end] of proseRanges) {
    const seg = text.slice(start, end);
    // Code spans: a run of n backticks closed by the next run of exactly n, within one paragraph.
    const tick = /`+/g;
    let t: RegExpExecArray | null;
    while ((t = tick.exec(seg))) {
      const n = t[0].length;
      const close = closer(n);
      close.lastIndex = t.index + n;
      const c = close.exec(seg);
      if (!c) continue;
      const between = seg.slice(t.index + n, c.index);
      if (/\n[ \t]*\n/.test(between)) continue;
      blank(start + t.index, start + c.index + n);
      tick.lastIndex = c.index + n;
    }
    // HTML comments and Obsidian %% comments: links inside them are not links.
    for (const [re, opener] of [
      [/<!--[\s\S]*?-->/g, '<!--'],
      [/%%[\s\S]*?%%/g, '%%'],
    ] as const) {
      // Blanking only turns characters into spaces, so no comment can start where the text has none.
      if (!seg.includes(opener)) continue;
      const masked = applyMask(text, mask, start, end);
      let c2: RegExpExecArray | null;
      while ((c2 = re.exec(masked))) blank(start + c2.index, start + c2.index + c2[0].length);
    }
  }
  return applyMask(text, mask, 0, text.length);
}

const closers = new Map<number, RegExp>();
/** The pattern of a run of exactly n backticks (shared: callers set lastIndex before each use). */
function closer(n: number): RegExp {
  let re = closers.get(n);
  if (!re) {
    re = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
    closers.set(n, re);
  }
  return re;
}

/** text[start, end) with every marked code unit except newlines turned into a space. */
function applyMask(text: string, mask: Uint8Array, start: number, end: number): string {
  let out = '';
  let i = start;
  while (i < end) {
    let j = mask.indexOf(1, i);
    if (j < 0 || j > end) j = end;
    out += text.slice(i, j);
    if (j >= end) break;
    let k = mask.indexOf(0, j);
    if (k < 0 || k > end) k = end;
    out += text.slice(j, k).replace(/[^\n]/g, ' ');
    i = k;
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo] + 1 };
}

function splitSubpath(s: string): { target: string; subpath?: string } {
  const i = s.indexOf('#');
  if (i < 0) return { target: s.trim() };
  return { target: s.slice(0, i).trim(), subpath: s.slice(i + 1).trim() };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Finds every wikilink, embed and local markdown link in `markdown`, in document order.
 * `masked` is `maskCode(markdown)` when the caller already has it.
 */
export function parseLinks(markdown: string, masked = maskCode(markdown)): WikiLink[] {
  const starts = lineStarts(markdown);
  const links: WikiLink[] = [];

  let m: RegExpExecArray | null;
  WIKI_RE.lastIndex = 0;
  while ((m = WIKI_RE.exec(masked))) {
    const raw = markdown.slice(m.index, m.index + m[0].length);
    const inner = raw.slice(m[1].length + 2, -2);
    // In tables the pipe is escaped (`[[Name\|label]]`); Obsidian drops the backslash.
    const bar = inner.indexOf('|');
    let ref = bar < 0 ? inner : inner.slice(0, bar);
    if (ref.endsWith('\\')) ref = ref.slice(0, -1);
    const label = bar < 0 ? undefined : inner.slice(bar + 1);
    const { target, subpath } = splitSubpath(ref);
    links.push({ format: 'wiki', embed: m[1] === '!', raw, target, subpath, label, ...position(starts, m.index), offset: m.index });
  }

  MD_RE.lastIndex = 0;
  // A markdown link needs `](`: most compiled pages link only with [[wikilinks]], and the pattern is costly to try.
  const hasMarkdownLinks = masked.includes('](');
  while (hasMarkdownLinks && (m = MD_RE.exec(masked))) {
    if (escapedBrackets(masked, m)) continue;
    let dest = m[3];
    if (dest.startsWith('<')) dest = dest.slice(1, -1);
    if (SCHEME_RE.test(dest) || dest.startsWith('//')) continue;
    const raw = markdown.slice(m.index, m.index + m[0].length);
    const { target, subpath } = splitSubpath(dest);
    links.push({
      format: 'markdown',
      embed: m[1] === '!',
      raw,
      target: safeDecode(target),
      subpath: subpath === undefined ? undefined : safeDecode(subpath),
      label: markdown.slice(m.index + m[1].length + 1, m.index + m[1].length + 1 + m[2].length),
      ...position(starts, m.index),
      offset: m.index,
    });
  }
  return links.sort((a, b) => a.offset - b.offset);
}

/** What resolving a link needs, and its offset. */
export type LinkRef = Pick<WikiLink, 'format' | 'target' | 'subpath' | 'offset'>;

/**
 * The links parseLinks finds, in the same order, with only what resolving them needs: for callers
 * that never report a link's place or label, and skip making the rest for every link of a large page.
 */
export function linkRefs(markdown: string, masked = maskCode(markdown)): LinkRef[] {
  const refs: LinkRef[] = [];
  let m: RegExpExecArray | null;
  WIKI_RE.lastIndex = 0;
  while ((m = WIKI_RE.exec(masked))) {
    const inner = markdown.slice(m.index + m[1].length + 2, m.index + m[0].length - 2);
    const bar = inner.indexOf('|');
    let ref = bar < 0 ? inner : inner.slice(0, bar);
    if (ref.endsWith('\\')) ref = ref.slice(0, -1);
    const { target, subpath } = splitSubpath(ref);
    refs.push({ format: 'wiki', target, subpath, offset: m.index });
  }
  MD_RE.lastIndex = 0;
  // A markdown link needs `](`: most compiled pages link only with [[wikilinks]], and the pattern is costly to try.
  const hasMarkdownLinks = masked.includes('](');
  while (hasMarkdownLinks && (m = MD_RE.exec(masked))) {
    if (escapedBrackets(masked, m)) continue;
    let dest = m[3];
    if (dest.startsWith('<')) dest = dest.slice(1, -1);
    if (SCHEME_RE.test(dest) || dest.startsWith('//')) continue;
    const { target, subpath } = splitSubpath(dest);
    refs.push({ format: 'markdown', target: safeDecode(target), subpath: subpath === undefined ? undefined : safeDecode(subpath), offset: m.index });
  }
  return refs.sort((a, b) => a.offset - b.offset);
}

/** One ATX or setext heading of a page. */
export interface Heading {
  text: string;
  level: number;
  /** 1-based line in the text given to parseHeadings. */
  line: number;
}

/** Headings outside code fences, in order. `masked` as for parseLinks. */
export function parseHeadings(markdown: string, masked = maskCode(markdown)): Heading[] {
  const lines = masked.split('\n');
  const original = markdown.split('\n');
  const out: Heading[] = [];
  // The first character after up to three spaces: '#' can start an ATX heading, '=' or '-' underline a setext one.
  const lead = (l: string | undefined): number => {
    if (l === undefined) return -1;
    let k = 0;
    while (k < 3 && l.charCodeAt(k) === 32) k++;
    return l.charCodeAt(k);
  };
  for (let i = 0; i < lines.length; i++) {
    const atx = lead(original[i]) === 35 ? /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(original[i]) : null;
    if (atx && lines[i].trim() !== '') {
      out.push({ text: (atx[2] ?? '').trim(), level: atx[1].length, line: i + 1 });
      continue;
    }
    const next = lines[i + 1];
    const under = lead(next);
    if (next !== undefined && (under === 61 || under === 45) && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && lines[i].trim() !== '' && !isBlockStart(lines[i])) {
      const prev = lines[i - 1];
      // Only a one-line paragraph: a continuation line would make the setext heading span lines.
      if (prev === undefined || prev.trim() === '' || /^ {0,3}#/.test(prev)) {
        out.push({ text: original[i].trim(), level: next.trim()[0] === '=' ? 1 : 2, line: i + 1 });
        i++;
      }
    }
  }
  return out;
}

function isBlockStart(line: string): boolean {
  return /^ {0,3}([-*+]\s|\d+[.)]\s|>|\||#|`{3}|~{3})/.test(line);
}

/** Block ids (`^id` at the end of a line), without the caret. */
export function parseBlockIds(markdown: string, masked = maskCode(markdown)): string[] {
  const ids: string[] = [];
  if (!masked.includes('^')) return ids;
  for (const line of masked.split('\n')) {
    if (!line.includes('^')) continue;
    const m = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/.exec(line);
    if (m) ids.push(m[1]);
  }
  return ids;
}

/**
 * How Obsidian compares a link's heading with a page's heading: the characters it cannot keep in a
 * link (`# | ^ : % [ ] \`) become spaces, whitespace collapses, case is ignored. Inline markup is
 * stripped from the page heading because the link names the heading as displayed.
 */
export function normaliseHeading(text: string): string {
  return text
    .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~=]/g, '')
    .replace(/[#|^:%[\]\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** What the resolver needs to know about a file of the vault. */
export interface Linkable {
  /** Vault-relative path with forward slashes, with extension (`companies/OpenAI.md`, `img/chart.png`). */
  path: string;
  /** Headings of a markdown page (text or Heading objects). */
  headings?: ReadonlyArray<string | { text: string }>;
  blockIds?: readonly string[];
}

export type LinkProblem = 'no-file' | 'no-heading' | 'no-block' | 'outside-vault';

export interface Resolution<T extends Linkable> {
  /** The file the link points at (the linking page itself for `[[#heading]]`). */
  file?: T;
  /** Undefined when the link resolves completely. */
  problem?: LinkProblem;
}

export interface Resolver<T extends Linkable> {
  /** The file a link target names, seen from the page at `from` (vault-relative path), or undefined. */
  resolve(target: string, from?: string): T | undefined;
  /** Resolves a parsed link, heading and block included. */
  resolveLink(link: Pick<WikiLink, 'target' | 'subpath' | 'format'>, from: string): Resolution<T>;
  /** Whether `page` has a heading matching `heading` (Obsidian's comparison; `H1#H2` checks each). */
  hasHeading(page: T, heading: string): boolean;
  /** The shortest wikilink target that resolves to `file` from anywhere: its base name when unique, else its path. */
  linkTarget(file: T): string;
  /** False when the link resolves the same from every folder (a wikilink by a name only one file has, or none). */
  folderMatters(link: Pick<WikiLink, 'target' | 'format'>): boolean;
}

const isMarkdown = (p: string): boolean => p.toLowerCase().endsWith('.md');
const stripMd = (p: string): string => (isMarkdown(p) ? p.slice(0, -3) : p);
const dirOf = (p: string): string => {
  const d = path.posix.dirname(p);
  return d === '.' ? '' : d;
};

/** Builds an Obsidian-style resolver over the vault's files. */
export function buildResolver<T extends Linkable>(files: readonly T[]): Resolver<T> {
  // Keys are lowercase: Obsidian matches link targets case-insensitively.
  const byName = new Map<string, T[]>();
  const byPath = new Map<string, T>();
  const add = (map: Map<string, T[]>, key: string, f: T): void => {
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  };
  for (const f of files) {
    const lower = f.path.toLowerCase();
    byPath.set(lower, f);
    if (isMarkdown(f.path)) byPath.set(stripMd(lower), f);
    const base = path.posix.basename(lower);
    add(byName, base, f);
    if (isMarkdown(base)) add(byName, stripMd(base), f);
  }
  for (const list of byName.values()) list.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const pick = (list: T[] | undefined, from?: string): T | undefined => {
    if (!list || list.length === 0) return undefined;
    if (from !== undefined && list.length > 1) {
      const dir = dirOf(from).toLowerCase();
      const same = list.find((f) => dirOf(f.path).toLowerCase() === dir);
      if (same) return same;
    }
    return list[0];
  };

  const resolve = (target: string, from?: string): T | undefined => {
    let t = target.trim().replace(/\\/g, '/');
    if (t === '') return undefined;
    t = t.replace(/^\/+/, '').toLowerCase();
    if (!t.includes('/')) return pick(byName.get(t), from);
    const exact = byPath.get(t);
    if (exact) return exact;
    if (from !== undefined) {
      const rel = path.posix.normalize(path.posix.join(dirOf(from).toLowerCase(), t));
      if (!rel.startsWith('..')) {
        const r = byPath.get(rel);
        if (r) return r;
      }
    }
    // Obsidian also accepts a trailing part of a path (`people/Name` for `wiki/people/Name.md`).
    const suffix = '/' + t;
    const hits = files
      .filter((f) => f.path.toLowerCase().endsWith(suffix) || stripMd(f.path.toLowerCase()).endsWith(suffix))
      .sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
    return hits[0];
  };

  const headingSet = new Map<T, Set<string>>();
  const headingsOf = (page: T): Set<string> => {
    let s = headingSet.get(page);
    if (!s) {
      s = new Set((page.headings ?? []).map((h) => normaliseHeading(typeof h === 'string' ? h : h.text)));
      headingSet.set(page, s);
    }
    return s;
  };

  const hasHeading = (page: T, heading: string): boolean => {
    const parts = heading.split('#').map(normaliseHeading).filter((p) => p !== '');
    if (parts.length === 0) return true;
    const set = headingsOf(page);
    return parts.every((p) => set.has(p));
  };

  const checkSub = (file: T, subpath: string | undefined): Resolution<T> => {
    if (subpath === undefined || subpath === '') return { file };
    if (subpath.startsWith('^')) {
      const id = subpath.slice(1).toLowerCase();
      return (file.blockIds ?? []).some((b) => b.toLowerCase() === id) ? { file } : { file, problem: 'no-block' };
    }
    return hasHeading(file, subpath) ? { file } : { file, problem: 'no-heading' };
  };

  const self = new Map<string, T>(files.map((f) => [f.path, f]));

  const resolveLink = (link: Pick<WikiLink, 'target' | 'subpath' | 'format'>, from: string): Resolution<T> => {
    if (link.target === '') {
      const me = self.get(from);
      return me ? checkSub(me, link.subpath) : { problem: 'no-file' };
    }
    if (link.format === 'markdown') {
      // A markdown link is a path relative to the linking page first, as any markdown renderer reads it.
      // A leading slash means the vault root, as in Obsidian.
      const t = link.target.replace(/\\/g, '/');
      const rel = t.startsWith('/') ? path.posix.normalize(t.replace(/^\/+/, '')) : path.posix.normalize(path.posix.join(dirOf(from), t));
      if (rel.startsWith('../') || rel === '..') return { problem: 'outside-vault' };
      const hit = byPath.get(rel.toLowerCase());
      if (hit) return checkSub(hit, link.subpath);
    }
    const file = resolve(link.target, from);
    return file ? checkSub(file, link.subpath) : { problem: 'no-file' };
  };

  const linkTarget = (file: T): string => {
    const base = path.posix.basename(file.path);
    const key = (isMarkdown(base) ? stripMd(base) : base).toLowerCase();
    const name = isMarkdown(base) ? stripMd(base) : base;
    return (byName.get(key)?.length ?? 0) > 1 ? (isMarkdown(file.path) ? stripMd(file.path) : file.path) : name;
  };

  const folderMatters = (link: Pick<WikiLink, 'target' | 'format'>): boolean => {
    if (link.format === 'markdown' || link.target === '') return true;
    const t = link.target.trim().replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
    return t.includes('/') || (byName.get(t)?.length ?? 0) > 1;
  };

  return { resolve, resolveLink, hasHeading, linkTarget, folderMatters };
}
