import type { Random } from './random.js';

// Finds the names in the source posts that the generator may rename, and invents new ones.

const MONTHS_AND_DAYS = new Set(
  [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
);

const WORD = /[A-Za-z][A-Za-z0-9]*/g;
const ACRONYM = /^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$/;
const CAPITALISED = /^[A-Z][A-Za-z0-9]*$/;

/** Shape of a renamable word: a capitalised name or an acronym of a given length. */
export type NameShape = 'word' | `acronym${number}`;

export function shapeOf(word: string): NameShape {
  return ACRONYM.test(word) ? `acronym${Math.min(word.length, 6)}` as NameShape : 'word';
}

/** Strips tags (block tags become paragraph breaks) and decodes the few entities that matter for words. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/?(p|div|li|ul|ol|h[1-6]|td|th|tr|table|blockquote|pre|br|hr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

function startsSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '\'' || ch === '(' || ch === '*' || ch === '_' || ch === '\u201c' || ch === '\u2018') continue;
    return ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':';
  }
  return true;
}

/**
 * Words that behave like names across the source posts: capitalised in mid-sentence at least once and
 * never written in lower case (so "Protocol" in "Model Context Protocol" stays, "Anthropic" is a name),
 * or acronyms. Words found in more than a quarter of the posts are the blog's core vocabulary and are kept.
 * Returns, per post, the set of its renamable words.
 */
export function findRenamableWords(texts: string[]): Set<string>[] {
  const midCapital = new Set<string>();
  const lower = new Set<string>();
  const docFreq = new Map<string, number>();
  const perDoc: Set<string>[] = [];
  for (const text of texts) {
    const seen = new Set<string>();
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      if (w[0] >= 'a' && w[0] <= 'z') {
        lower.add(w);
        continue;
      }
      if (!CAPITALISED.test(w)) continue;
      seen.add(w);
      if (ACRONYM.test(w) || !startsSentence(text, m.index!)) midCapital.add(w);
    }
    for (const w of seen) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
    perDoc.push(seen);
  }
  const core = Math.max(2, texts.length / 4);
  const renamable = (w: string): boolean => {
    if ((docFreq.get(w) ?? 0) > core) return false;
    if (ACRONYM.test(w)) return w.length >= 2 && w.length <= 6;
    return w.length >= 3 && midCapital.has(w) && !lower.has(w.toLowerCase()) && !MONTHS_AND_DAYS.has(w.toLowerCase());
  };
  return perDoc.map((seen) => new Set([...seen].filter(renamable).sort()));
}

const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'qu', 'r', 's', 'sk', 'st', 't', 'tr', 'v', 'z', 'sh', 'th'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'x', 's', 'th', 'nd', 'rk', 'm', 'v'];
const LETTERS = 'ABCDEFGHJKLMNPQRSTVWXZ';

/** Invents plausible, unique names that collide with no word of the source posts. */
export class NameInventor {
  private readonly used: Set<string>;

  constructor(
    private readonly rng: Random,
    sourceWords: Iterable<string>,
  ) {
    this.used = new Set([...sourceWords].map((w) => w.toLowerCase()));
  }

  invent(shape: NameShape): string {
    for (let attempt = 0; ; attempt++) {
      // Short acronyms run out; after many collisions take a longer one.
      const length = shape === 'word' ? 0 : Number(shape.slice('acronym'.length)) + Math.floor(attempt / 50);
      const name = shape === 'word' ? this.word() : this.acronym(length);
      const key = name.toLowerCase();
      if (this.used.has(key)) continue;
      this.used.add(key);
      return name;
    }
  }

  private word(): string {
    const syllables = 2 + (this.rng.next() < 0.3 ? 1 : 0);
    let s = '';
    for (let i = 0; i < syllables; i++) s += this.rng.pick(ONSETS) + this.rng.pick(VOWELS);
    s += this.rng.pick(CODAS);
    return s[0].toUpperCase() + s.slice(1);
  }

  private acronym(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += LETTERS[this.rng.int(LETTERS.length)];
    return s;
  }
}

/** Every word of the texts, for collision checks. */
export function allWords(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(WORD)) out.add(m[0]);
  return out;
}
