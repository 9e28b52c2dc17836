// Sentence boundaries for trimming: a pack drops whole sentences, never half of one.

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'st', 'no', 'fig', 'al', 'approx', 'u.s']);

/** Splits text into sentences at `.`, `!` or `?` followed by a space and a capital, digit, quote or bracket. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /([.!?]["')\]]*)\s+(?=["'(\[*_]*[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[1].length;
    const before = text.slice(start, m.index ?? 0);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "e.g. The", "Inc. Its", single initials ("J. Smith") are not boundaries.
    if (m[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}
