// Small text helpers shared by the emitters.

/**
 * What a sentence says besides the given names and anything in brackets (`MCP (Model Context Protocol).` leaves only
 * marks): how a bare lead-in (`**Decagon.**`) is told from a sentence about the thing.
 */
export function besidesNames(text: string, names: readonly string[]): string {
  let rest = text;
  for (const n of names) if (n) rest = rest.split(n).join(' ');
  return rest.replace(/\([^()]*\)/g, ' ');
}

/** YYYY-MM-DD from an ISO date, or '' when there is none. */
export function dayOf(iso: string | undefined): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso ?? '');
  return m ? m[1] : '';
}

/** Whitespace other than a single space, or a wikilink, markdown link or comment opener: what `inlineText` replaces. */
const NEEDS_INLINING = /[^\S ]| {2}|\[\[|\]\]|\]\(|<!--/;

/**
 * One line of prose that cannot break the page: no newlines, no wikilink, markdown link (`[label](other.md)` quoted
 * from code becomes `[label]\(other.md)`) or comment openers.
 */
export function inlineText(text: string): string {
  // Most text needs none of the replacements: one test instead of five passes.
  if (!NEEDS_INLINING.test(text)) return text.trim();
  return text
    .replace(/\s+/g, ' ')
    .replace(/\[\[/g, '[ [')
    .replace(/\]\]/g, '] ]')
    .replace(/\]\(/g, ']\\(')
    .replace(/<!--/g, '&lt;!--')
    .trim();
}

/**
 * A sentence quoted from a post as one line of markdown: `inlineText`, with the characters that would turn plain text
 * into formatting escaped (`__array_function__` is no bold word, `*` no italics, a backtick no code span). An
 * underscore inside a word (`snake_case`) formats nothing and is left as it is.
 */
export function proseText(text: string): string {
  const t = inlineText(text);
  if (!PROSE_MARKUP.test(t)) return t;
  // A bare address is linked as written: escaping it would put a backslash into the link.
  return t
    .split(/(\bhttps?:\/\/[^\s<>()]+(?:\([^\s<>()]*\)[^\s<>()]*)*)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (c) => `\\${c}`)))
    .join('');
}
const PROSE_MARKUP = /[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;

/** Removes markdown markup from a line so it reads as plain text (headings, outline, descriptions). */
export function plainText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|$|[.,;:!?])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** A wikilink to a page by its exact file name, with a label when it differs. */
export function wikilink(page: string, label?: string): string {
  const l = label === undefined ? undefined : label.replace(/[|\]\[\n]/g, ' ').replace(/\s+/g, ' ').trim();
  return l && l !== page ? `[[${page}|${l}]]` : `[[${page}]]`;
}

/** Compares strings by code unit, the same on every machine and locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const lowerCache = new Map<string, string>();
const lower = (s: string): string => {
  let l = lowerCache.get(s);
  if (l === undefined) {
    if (lowerCache.size > 200_000) lowerCache.clear();
    lowerCache.set(s, (l = s.toLowerCase()));
  }
  return l;
};

/** Case-insensitive order with a case-sensitive tie-break, locale-independent. */
export function byName(a: string, b: string): number {
  return byString(lower(a), lower(b)) || byString(a, b);
}

/** Plural label of a count: `1 post`, `3 posts`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
