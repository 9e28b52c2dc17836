import { describe, expect, it } from 'vitest';
import { foldNames, withoutNames } from '../../src/maintain/own-names.js';

/** What withoutNames stands in for: the case-blind RegExp of the names, tried in order. */
function byRegExp(text: string, names: string[]): string {
  const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?:['’]s)?(?![\\w-])`, 'gi'), ' ');
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Units whose case-blind matching differs between Unicode's case mappings and a RegExp without `u`:
// ligatures and ß (upper case of two units), ſ and ı (upper case in ASCII), the Kelvin and Ångström signs,
// µ, final sigma, titlecase ǅ, dotted İ, a surrogate pair; and the word, hyphen and possessive edges.
const ALPHABET = [...'aAbBsSkK09_-\'’ .,é É ßẞſıİIiKÅåµμΜσςΣǅǄǆﬀ€', '😀', 'x'];

describe('withoutNames', () => {
  it('removes what the case-blind RegExp of the names removes, on random text', () => {
    const next = random(7);
    const pick = (n: number): string => Array.from({ length: n }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
    let removedSomething = 0;
    for (let trial = 0; trial < 20000; trial++) {
      const names = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(1 + Math.floor(next() * 3)));
      // Names a page would have: built from the text's own units, so matches are frequent.
      const text = pick(Math.floor(next() * 24));
      const expected = byRegExp(text, names);
      expect(withoutNames(text, foldNames(names)), JSON.stringify({ text, names })).toBe(expected);
      if (expected !== text) removedSomething++;
    }
    // The comparison means something only if names are often found.
    expect(removedSomething).toBeGreaterThan(2000);
  });

  it('keeps names inside words and hyphenated words, removes possessives and other cases', () => {
    const names = foldNames(['Open AI', 'AI']);
    expect(withoutNames("open ai's model beats AI-ish FAIR and ai.", names)).toBe('  model beats AI-ish FAIR and  .');
    expect(withoutNames('No name here', names)).toBe('No name here');
    expect(withoutNames('anything', [])).toBe('anything');
  });

  it('folds case as a RegExp without the u flag does, unit by unit', () => {
    const pairs: Array<[string, string]> = [['ß', 's S ss SS ß ẞ'], ['ﬀ', 'f ff FF ﬀ'], ['s', 'ſ s S'], ['i', 'ı İ i I'], ['k', 'K k K'], ['µ', 'μ Μ µ'], ['σ', 'ς Σ σ'], ['ǅ', 'ǆ Ǆ ǅ'], ['ΐ', 'ι Ι ΐ'], ['ŉ', 'ʼ ŉ']];
    for (const [name, text] of pairs) expect(withoutNames(text, foldNames([name])), name).toBe(byRegExp(text, [name]));
    expect(withoutNames('s S ss ß', foldNames(['ß']))).toBe('s S ss  ');
  });
});
