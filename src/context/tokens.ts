// The token rule of context packs. It over-counts on purpose: an agent that trusts the budget
// must not be surprised by a tokenizer that splits words more finely than the estimate.

/** The rule in words, printed in --help and in every JSON pack. */
export const TOKEN_RULE =
  'each run of ASCII letters counts ceil(length/4) tokens, each run of digits ceil(length/3), every line break and every other non-space character 1; spaces count 0';

/**
 * Counts tokens by TOKEN_RULE. Additive over text joined by spaces or line breaks, so a pack's
 * lines can be counted one at a time: a line costs its own count plus one for its line break.
 */
export function countTokens(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[A-Za-z]+|[0-9]+|\n|\S/g)) {
    const s = m[0];
    const c = s.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n += Math.ceil(s.length / 4);
    else if (c >= 48 && c <= 57) n += Math.ceil(s.length / 3);
    else n += 1;
  }
  return n;
}
