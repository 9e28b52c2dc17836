// Finds many names in text in time linear in the text: words are looked up as runs in a map,
// longest run first, instead of trying every name at every position.

export interface NameSpan {
  start: number;
  end: number;
  /** The name as given to the index. */
  name: string;
}

const TOKEN = /[^\s,;:!?()[\]{}"“”]+/g;

const LEADING = new Set(["'", '‘', '’', '*', '_']);
const TRAILING = new Set(["'", '‘', '’', '.', '*', '_']);

/** Trims what sticks to a word in prose but is not part of a name: a final period, quotes, a possessive. */
function trimToken(t: string, start: number): { text: string; start: number; end: number } {
  let s = 0;
  let e = t.length;
  while (s < e && LEADING.has(t[s])) s++;
  if (e - s >= 2 && t[e - 1] === 's' && (t[e - 2] === "'" || t[e - 2] === '’')) e -= 2;
  while (e > s && TRAILING.has(t[e - 1])) e--;
  return { text: t.slice(s, e), start: start + s, end: start + e };
}

/** The words of a text as find() sees them: trimmed, with their offsets; empty ones dropped. */
function words(text: string): Array<{ text: string; start: number; end: number; raw: string }> {
  const out: Array<{ text: string; start: number; end: number; raw: string }> = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = trimToken(m[0], m.index!);
    if (t.text !== '') out.push({ ...t, raw: m[0] });
  }
  return out;
}

/**
 * The runs of words of `text` that a name made of `isWord` words could match: words next to each
 * other (spaces only between them) that each pass `isWord`, as written, joined by one space.
 * find() over these runs (joined by ", ") finds the same names as over the whole text when every
 * name of the index is made of such words: a match never spans a word that fails, nor a gap that
 * is not spaces, and the runs keep each word's trimmed part and its neighbours.
 */
export function nameRuns(text: string, isWord: (w: string) => boolean): string[] {
  const runs = new Set<string>();
  let run: string[] = [];
  let prevEnd = 0;
  const flush = (): void => {
    if (run.length > 0) runs.add(run.join(' '));
    run = [];
  };
  for (const w of words(text)) {
    if (!isWord(w.text)) {
      flush();
      continue;
    }
    // find()'s own rule for words of one name: only whitespace between the trimmed words. Then
    // trimming took nothing off the sides that meet, so the run's text joins them the same way.
    if (run.length > 0 && !/^\s+$/.test(text.slice(prevEnd, w.start))) flush();
    run.push(w.raw);
    prevEnd = w.end;
  }
  flush();
  return [...runs];
}

export class NameIndex {
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string>();
  /** Lower-cased proper word prefixes of every name: a run that is none of them cannot grow into a name. */
  private readonly prefixes = new Set<string>();
  private maxWords = 1;

  /** Names of four characters or fewer (acronyms) must match case; longer ones may differ in case unless `exactCase`. */
  constructor(names: Iterable<string>, exactCase = false) {
    for (const raw of names) {
      const words = raw.trim().split(/\s+/);
      const name = words.join(' ');
      if (name.length < 2) continue;
      this.maxWords = Math.max(this.maxWords, words.length);
      for (let k = 1; k < words.length; k++) this.prefixes.add(words.slice(0, k).join(' ').toLowerCase());
      if (name.length <= 4 || exactCase) {
        if (!this.exact.has(name)) this.exact.set(name, raw);
      } else if (!this.folded.has(name.toLowerCase())) this.folded.set(name.toLowerCase(), raw);
    }
  }

  private lookup(key: string): string | undefined {
    return this.exact.get(key) ?? (key.length > 4 && this.folded.size > 0 ? this.folded.get(key.toLowerCase()) : undefined);
  }

  /** Non-overlapping mentions, longest first at each position. */
  find(text: string): NameSpan[] {
    const tokens = [...text.matchAll(TOKEN)].map((m) => trimToken(m[0], m.index!)).filter((t) => t.text !== '');
    const out: NameSpan[] = [];
    for (let i = 0; i < tokens.length; ) {
      // The longest run at i that is a name: grow the run one word at a time while the words sit next
      // to each other, separated by spaces only, and the run is still the start of some name.
      let hit: NameSpan | undefined;
      let used = 0;
      let key = '';
      const max = Math.min(this.maxWords, tokens.length - i);
      for (let n = 1; n <= max; n++) {
        const t = tokens[i + n - 1];
        if (n > 1) {
          if (!/^\s+$/.test(text.slice(tokens[i + n - 2].end, t.start))) break;
          key += ' ';
        }
        key += t.text;
        const name = this.lookup(key);
        if (name !== undefined) {
          hit = { start: tokens[i].start, end: t.end, name };
          used = n;
        }
        if (!this.prefixes.has(key.toLowerCase())) break;
      }
      if (hit) {
        out.push(hit);
        i += used;
      } else i++;
    }
    return out;
  }

  /** Whether the text mentions `name` (which must be in the index). */
  mentions(text: string, name: string): boolean {
    return this.find(text).some((s) => s.name === name);
  }
}
