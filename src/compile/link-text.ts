// A post's markdown with the first mention of each entity per section turned into a wikilink, and
// links to other posts of the blog turned into wikilinks. Code, headings, existing links, URLs and
// HTML are never touched.
import { urlKey } from './model.js';
import { plainText } from './text.js';
import { forEachLinkerWord, leadingWord } from './linker-words.js';

export interface LinkTarget {
  /** Exact page name the link names. */
  page: string;
  /** Texts that mean this page in this post, e.g. `Model Context Protocol`, `MCP`. */
  surfaces: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(\s|$)/;
// Spans that are never linked inside: code, wikilinks, images, links, autolinks, HTML, bare URLs. Alt text
// and labels may hold escaped brackets (`\]`), a label may hold an image (`[![alt](img)](url "title")`),
// and a link may have a title in double or single quotes.
const ALT = String.raw`(?:[^\]\n\\]|\\.)*`;
const IMAGE = String.raw`!\[${ALT}\]\([^)\n]*\)`;
const PROTECTED = new RegExp(
  String.raw`(\x60+)[^\x60]*?\1|\[\[[^\]\n]*\]\]|${IMAGE}|\[((?:${IMAGE}|[^\]\n\\]|\\.)*)\]\(\s*(<[^>\n]*>|[^)\s]*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)|<[^>\n]+>|\b(?:https?|ftp):\/\/[^\s)>\]]+|\bwww\.[^\s)>\]]+`,
  'g',
);
const WORD = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** Builds the label part of a wikilink; inside a table row the pipe must be escaped. */
function link(page: string, label: string, inTable: boolean): string {
  const l = label.replace(/[|[\]\n]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!l || l === page) return `[[${page}]]`;
  return inTable ? `[[${page}\\|${l}]]` : `[[${page}|${l}]]`;
}

function boundaryOk(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  if (before && (WORD.test(before) || '@/\\-'.includes(before))) return false;
  if (before === '.' && start > 1 && WORD.test(text[start - 2])) return false;
  if (after && WORD.test(after)) return false;
  // `GPT-4` inside `GPT-4-turbo`, `Gemma 4` inside `Gemma 4.5`, a name inside a domain.
  if ((after === '-' || after === '.' || after === '/') && end + 1 < text.length && WORD.test(text[end + 1])) return false;
  return true;
}

/**
 * Every destination the linker may look up in `markdown`: at each `](`, both the `<...>` reading and
 * the bare one (PROTECTED falls back to the bare reading when `>` is not followed by the link's end).
 * A superset of what `link` reads, for keys that must change whenever its lookups could.
 */
export function linkDestinations(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/\]\(\s*/g)) {
    const rest = markdown.slice(m.index + m[0].length, m.index + m[0].length + 2048);
    const angle = /^<[^>\n]*>/.exec(rest);
    if (angle) out.push(angle[0].slice(1, -1));
    out.push(/^[^)\s]*/.exec(rest)![0]);
  }
  return out;
}

/**
 * The targets with only the surfaces that could be linked in `markdown`: those that start at one of
 * its words, that word being the surface's first (the linker tries surfaces only there). What the
 * linker makes of the text depends on these alone, so a key built from them changes only when the
 * linked text could. One pass over the words, so the cost does not grow with the number of aliases.
 */
export function reachableTargets(targets: LinkTarget[], markdown: string): LinkTarget[] {
  const byFirst = new Map<string, string[]>();
  for (const t of targets) {
    for (const s of t.surfaces) {
      const surface = s.trim();
      const first = leadingWord(surface);
      if (first === null) continue;
      const list = byFirst.get(first);
      if (list) list.push(surface);
      else byFirst.set(first, [surface]);
    }
  }
  const found = new Set<string>();
  forEachLinkerWord(markdown, (word, at) => {
    const list = byFirst.get(word);
    if (list) for (const surface of list) if (!found.has(surface) && markdown.startsWith(surface, surface.startsWith('.') ? at - 1 : at)) found.add(surface);
  });
  return targets.map((t) => ({ page: t.page, surfaces: t.surfaces.filter((s) => found.has(s.trim())) }));
}

export interface TextLinker {
  link(markdown: string): string;
}

/**
 * `targets`: the entities this post mentions (earlier ones win a shared surface); `posts`: post URL
 * key -> page name, for rewriting links between posts; `self`: this post's page (never linked).
 */
export function createTextLinker(targets: LinkTarget[], posts: Map<string, string>, self?: string): TextLinker {
  const bySurface = new Map<string, string>();
  for (const t of targets) {
    for (const s of t.surfaces) {
      const surface = s.trim();
      if (surface.length < 2 || !/\p{L}/u.test(surface) || /[\n|[\]]/.test(surface)) continue;
      if (!bySurface.has(surface)) bySurface.set(surface, t.page);
    }
  }
  // Surfaces indexed by their first word: one map lookup per word of the post, whatever the number of names.
  const byFirstWord = new Map<string, string[]>();
  for (const surface of bySurface.keys()) {
    const first = leadingWord(surface);
    if (first === null) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push(surface);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

  const linkPlain = (text: string, linked: Set<string>, inTable: boolean): string => {
    if (byFirstWord.size === 0) return text;
    let out = '';
    let last = 0;
    const words = WORDS;
    words.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = words.exec(text))) {
      const list = byFirstWord.get(m[0]);
      if (!list) continue;
      // `.NET 8`: a name written with a leading dot starts one character before its first word.
      const startOf = (s: string): number => (s.startsWith('.') ? m!.index - 1 : m!.index);
      const hit = list.find((s) => startOf(s) >= 0 && text.startsWith(s, startOf(s)) && boundaryOk(text, startOf(s), startOf(s) + s.length));
      if (!hit) continue;
      const at = startOf(hit);
      if (at < last) continue;
      const page = bySurface.get(hit)!;
      if (!linked.has(page) && page !== self) {
        linked.add(page);
        // `.NET 8`: a dot written before a name (after a space, a bracket or a slash, not a full stop) is the name's;
        // the link shows it.
        const dotted = !hit.startsWith('.') && at > 0 && text[at - 1] === '.' && (at === 1 || /[\s([{"“'‘/]/.test(text[at - 2])) && /^\p{Lu}/u.test(hit);
        const from = dotted ? at - 1 : at;
        out += text.slice(last, from) + link(page, dotted ? `.${hit}` : hit, inTable);
        last = at + hit.length;
      }
      words.lastIndex = at + hit.length;
    }
    return out + text.slice(last);
  };

  const linkLine = (line: string, linked: Set<string>): string => {
    const inTable = /^\s*\|/.test(line);
    let out = '';
    let last = 0;
    PROTECTED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PROTECTED.exec(line))) {
      out += linkPlain(line.slice(last, m.index), linked, inTable);
      const [whole, , label, dest] = m;
      // `\[label](url)` is text with brackets, not a link (markdown and the extractor agree).
      const escaped = m.index > 0 && line[m.index - 1] === '\\';
      const target = label !== undefined && dest !== undefined && !whole.startsWith('!') && !escaped ? posts.get(urlKey(dest.replace(/^<|>$/g, ''))) : undefined;
      out += target && target !== self ? link(target, plainText(label).replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'), inTable) : whole;
      last = m.index + whole.length;
    }
    return out + linkPlain(line.slice(last), linked, inTable);
  };

  return {
    link(markdown: string): string {
      const lines = markdown.split('\n');
      let fence: string | null = null;
      let inComment = false;
      let linked = new Set<string>();
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const step = stepFence(line, fence);
        fence = step.fence;
        if (step.code) continue;
        if (inComment) {
          if (line.includes('-->')) inComment = false;
          continue;
        }
        if (/^\s*<!--/.test(line) && !line.includes('-->')) {
          inComment = true;
          continue;
        }
        if (HEADING.test(line)) {
          linked = new Set();
          continue;
        }
        // HTML blocks, indented code and link reference definitions stay as they are.
        if (/^\s*</.test(line) || /^( {4}|\t)/.test(line) && (i === 0 || lines[i - 1].trim() === '') || /^\s*\[[^\]]+\]:\s/.test(line)) continue;
        lines[i] = linkLine(line, linked);
      }
      return lines.join('\n');
    },
  };
}

/**
 * Tracks fenced code blocks line by line: `fence` is the open fence (or null) after `line`, and `code`
 * says whether the line is part of a fence (its delimiters included) and so must be left alone.
 */
function stepFence(line: string, fence: string | null): { fence: string | null; code: boolean } {
  const f = FENCE.exec(line);
  if (fence) {
    const closes = f !== null && f[1][0] === fence[0] && f[1].length >= fence.length;
    return { fence: closes ? null : fence, code: true };
  }
  if (f) return { fence: f[1], code: true };
  return { fence: null, code: false };
}

/** One heading of a post. */
export interface OutlineItem {
  level: number;
  text: string;
}

/** ATX headings outside code fences. */
export function outlineOf(markdown: string): OutlineItem[] {
  const out: OutlineItem[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const step = stepFence(line, fence);
    fence = step.fence;
    if (step.code) continue;
    const h = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (h) {
      const text = plainText(h[2]);
      if (text) out.push({ level: h[1].length, text });
    }
  }
  return out;
}

/** Shifts a post's headings so the highest sits at `top`, keeping the post's own nesting under the page's sections. */
export function demoteHeadings(markdown: string, top = 3): string {
  const outline = outlineOf(markdown);
  if (outline.length === 0) return markdown;
  const shift = top - Math.min(...outline.map((o) => o.level));
  if (shift <= 0) return markdown;
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const f = FENCE.exec(line);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
        return line;
      }
      if (f) {
        fence = f[1];
        return line;
      }
      const h = /^( {0,3})(#{1,6})(\s.*|)$/.exec(line);
      if (!h) return line;
      return `${h[1]}${'#'.repeat(Math.min(6, h[2].length + shift))}${h[3]}`;
    })
    .join('\n');
}
