// Finds many names in text in time linear in the text: words are looked up as runs in a map,
// longest run first, instead of trying every name at every position.

export interface NameSpan {
  start: number;
  end: number;
  /** The name as given to the index. */
  name: string;
}

const TOKEN = /[^\s,;:!?()[\]{}"“”]+/g;

/** Trims what sticks to a word in prose but is not part of a name: a final period, quotes, a possessive. */
function trimToken(t: string, start: number): { text: string; start: number; end: number } {
  let s = 0;
  let e = t.length;
  while (s < e && /['‘’*_]/.test(t[s])) s++;
  const poss = /['’]s$/.exec(t.slice(s, e));
  if (poss) e -= poss[0].length;
  while (e > s && /['‘’.*_]/.test(t[e - 1])) e--;
  return { text: t.slice(s, e), start: start + s, end: start + e };
}

export class NameIndex {
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string>();
  private maxWords = 1;

  /** Names of four characters or fewer (acronyms) must match case; longer ones may differ in case unless `exactCase`. */
  constructor(names: Iterable<string>, exactCase = false) {
    for (const raw of names) {
      const words = raw.trim().split(/\s+/);
      const name = words.join(' ');
      if (name.length < 2) continue;
      this.maxWords = Math.max(this.maxWords, words.length);
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
      let hit: NameSpan | undefined;
      let used = 0;
      for (let n = Math.min(this.maxWords, tokens.length - i); n >= 1 && !hit; n--) {
        const run = tokens.slice(i, i + n);
        // Words of a name sit next to each other, separated by spaces only.
        if (run.some((t, k) => k > 0 && !/^\s+$/.test(text.slice(run[k - 1].end, t.start)))) continue;
        const name = this.lookup(run.map((t) => t.text).join(' '));
        if (name !== undefined) {
          hit = { start: run[0].start, end: run[n - 1].end, name };
          used = n;
        }
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
