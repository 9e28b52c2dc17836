// Whether a post is written in English: the extractor's cues, word lists and the NLP model are English, and on
// another language they make pages of ordinary words (`Standort`, `Η Google`). English prose is a quarter or more
// function words; German, French, Greek or Japanese prose has almost none of these.
const FUNCTION_WORDS = new Set(
  `the of and to in is for that on with as it this are be by at from or an was we not but have has can will which their they
  its you your our more than also all one about into when if there what so how these been were would new use used other some
  just like only no do up out most may over such time them then`.split(/\s+/),
);

/** Below this share of function words, text of at least MIN_WORDS words is not English (English posts measured 0.25 and up). */
const MIN_SHARE = 0.12;
const MIN_WORDS = 30;

/** True unless `text` has enough words to tell and few of them are English function words. */
export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= MIN_SHARE;
}
