// Finds many names in text in time linear in the text: words are looked up as runs in a map,
// longest run first, instead of trying every name at every position.
import { escapeRegExp } from '../compile/extract/name-key.js';

/**
 * Whether a text may hold any of the index keys `keys` (as `entries()` gives them, `~` for a name matched in any case):
 * a name's words stand apart by whitespace wherever the search can find it, whatever their case.
 */
export function keysOccurIn(keys: Iterable<string>): RegExp {
  return new RegExp([...keys].map((k) => k.replace(/^~/, '').split(' ').map(escapeRegExp).join('\\s+')).join('|'), 'i');
}

export interface NameSpan {
  start: number;
  end: number;
  /** The name as given to the index. */
  name: string;
  /** The index entry that matched (see entries()). */
  key: string;
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

const SPACES = /\s+/y;

/** Whether text[from, to) is one or more whitespace characters. */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  SPACES.lastIndex = from;
  return SPACES.test(text) && SPACES.lastIndex >= to;
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
  let run = '';
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const w = trimToken(m[0], m.index);
    if (w.text === '') continue;
    if (!isWord(w.text)) {
      if (run) runs.add(run);
      run = '';
      continue;
    }
    // find()'s own rule for words of one name: only whitespace between the trimmed words. Then
    // trimming took nothing off the sides that meet, so the run's text joins them the same way.
    if (run && !spacesOnly(text, prevEnd, w.start)) {
      runs.add(run);
      run = '';
    }
    run = run ? `${run} ${m[0]}` : m[0];
    prevEnd = w.end;
  }
  if (run) runs.add(run);
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

  /** Non-overlapping mentions, longest first at each position. */
  find(text: string): NameSpan[] {
    // Words as parallel arrays: one pass, no object per word.
    const texts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(text))) {
      const t = trimToken(m[0], m.index);
      if (t.text === '') continue;
      texts.push(t.text);
      starts.push(t.start);
      ends.push(t.end);
    }
    const out: NameSpan[] = [];
    const count = texts.length;
    for (let i = 0; i < count; ) {
      // The longest run at i that is a name: grow the run one word at a time while the words sit next
      // to each other, separated by spaces only, and the run is still the start of some name.
      let hit: NameSpan | undefined;
      let used = 0;
      let key = '';
      const max = Math.min(this.maxWords, count - i);
      for (let n = 1; n <= max; n++) {
        const j = i + n - 1;
        if (n > 1) {
          if (!spacesOnly(text, ends[j - 1], starts[j])) break;
          key += ' ';
        }
        key += texts[j];
        const lower = key.toLowerCase();
        let name = this.exact.get(key);
        let entry = key;
        if (name === undefined && key.length > 4 && this.folded.size > 0) {
          name = this.folded.get(lower);
          entry = `~${lower}`;
        }
        if (name !== undefined) {
          hit = { start: starts[i], end: ends[j], name, key: entry };
          used = n;
        }
        if (!this.prefixes.has(lower)) break;
      }
      if (hit) {
        out.push(hit);
        i += used;
      } else i++;
    }
    return out;
  }

  /**
   * What the index matches, one `key\u0000name` string per entry (`~` before a key matched in any
   * case). Two indexes with the same entries find the same names in any text.
   */
  entries(): string[] {
    return [...[...this.exact].map(([k, n]) => `${k}\u0000${n}`), ...[...this.folded].map(([k, n]) => `~${k}\u0000${n}`)];
  }

  /** Whether the text mentions `name` (which must be in the index). */
  mentions(text: string, name: string): boolean {
    return this.find(text).some((s) => s.name === name);
  }
}
