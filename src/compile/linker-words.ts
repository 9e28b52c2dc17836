// The words of a post's markdown at which the text linker (link-text.ts) tries names: a name whose
// first word is not among them cannot be linked in that post, whatever else it is.
const WORDS = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /[\p{L}\p{N}]+/u;

/**
 * A word that ends where a URL may start: the linker's URL pattern knows only ASCII letters at `\b`, so in
 * `Caféhttps://x` the URL starts after `é` and the linker sees the word `Café`.
 */
const URL_GLUED = /^(.+?)(?:https?|ftp|www)$/u;

/** Calls `visit` with each word of `markdown` the linker tries names at, and where it starts. */
export function forEachLinkerWord(markdown: string, visit: (word: string, at: number) => void): void {
  const words = new RegExp(WORDS.source, WORDS.flags);
  let m: RegExpExecArray | null;
  while ((m = words.exec(markdown))) {
    visit(m[0], m.index);
    // The linker may also see the part of this word before a URL glued to it. The cheap test first:
    // nearly every word is followed by neither `://` nor `.`.
    const end = m.index + m[0].length;
    const next = markdown.charCodeAt(end);
    if (next !== 0x3a && next !== 0x2e) continue;
    const glued = URL_GLUED.exec(m[0]);
    if (glued && (next === 0x2e || markdown.startsWith('://', end))) visit(glued[1], m.index);
  }
}

/** Every word the linker tries names at in `markdown`, each once, space-separated (words hold no spaces). */
export function linkerWords(markdown: string): string {
  const seen = new Set<string>();
  forEachLinkerWord(markdown, (w) => seen.add(w));
  return [...seen].join(' ');
}

/** The first word of each surface, or null when the surface does not start with one; names recur across posts. */
let firstWords = new Map<string, string | null>();
export function leadingWord(surface: string): string | null {
  let w = firstWords.get(surface);
  if (w === undefined) {
    const m = FIRST_WORD.exec(surface);
    w = m && (m.index === 0 || (m.index === 1 && surface[0] === '.')) ? m[0] : null;
    if (firstWords.size > 200_000) firstWords = new Map();
    firstWords.set(surface, w);
  }
  return w;
}
