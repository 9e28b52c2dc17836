// Text normalisation shared by the BM25 index, name matching and sentence scoring.

/** Words too common to say anything about which page answers a question. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each even ever few for from further get gets got had has have having he her here hers ' +
    'herself him himself his how i if in into is it its itself just let like made make makes many may me might more most much must ' +
    'my myself no nor not now of off on once only or other our ours ourselves out over own please same say says she should so some ' +
    'such tell than that the their theirs them themselves then there these they this those through to too under until up upon us ' +
    'very via was we were what whats when where which while who whom whose why will with would yet you your yours yourself ' +
    'yourselves know known show give gave given find found list lists'
  ).split(' '),
);

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-cases, folds accents and turns typographic quotes into plain ones. */
export function foldText(text: string): string {
  // Plain ASCII has no accents or typographic quotes to fold.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/**
 * Words of a text: case and accents folded, punctuation dropped, possessive `'s` removed.
 * Letters and digits stay together (`gpt-4o` gives `gpt` and `4o`), so versions keep their parts.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of foldText(text).matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)) {
    let w = m[0];
    if (w.endsWith("'s")) w = w.slice(0, -2);
    else if (w.includes("'")) w = w.replace(/'/g, '');
    if (w) out.push(w);
  }
  return out;
}

/** Folds an English plural to its singular, conservatively, so `protocols` meets `protocol`. */
export function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Past forms of common irregular verbs, so "led" meets "leads" and "bought" meets "buy". */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    'led:lead bought:buy sold:sell won:win took:take taken:take built:build grew:grow grown:grow ran:run paid:pay ' +
    'spent:spend held:hold brought:bring sought:seek chose:choose chosen:choose wrote:write written:write ' +
    'began:begin begun:begin broke:break broken:break rose:rise risen:rise fell:fall fallen:fall lost:lose ' +
    'met:meet sent:send struck:strike taught:teach thought:think threw:throw thrown:throw ' +
    'drove:drive driven:drive drew:draw drawn:draw flew:fly flown:fly forgot:forget forgotten:forget ' +
    'hid:hide hidden:hide kept:keep left:leave lent:lend meant:mean spoke:speak spoken:speak stood:stand ' +
    'stole:steal stolen:steal swore:swear told:tell understood:understand woke:wake wore:wear worn:wear ' +
    'beaten:beat became:become bit:bite built:build caught:catch dealt:deal dug:dig fed:feed ' +
    'fought:fight froze:freeze frozen:freeze hung:hang laid:lay rode:ride ridden:ride rang:ring rung:ring ' +
    'shook:shake shaken:shake shot:shoot sang:sing sung:sing sank:sink sunk:sink slid:slide spun:spin ' +
    'sprang:spring stuck:stick stung:sting swept:sweep swam:swim swum:swim tore:tear torn:tear'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * A light stem: plural, `-ed`, `-ing` and a final `e` folded, so raise, raises, raised and raising
 * meet. Deliberately weaker than Porter's: names must survive it unchanged in most cases.
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) stems.set(word, (s = stemWord(word)));
  return s;
}

// Words recur across pages and questions: each is stemmed once per process.
const stems = new Map<string, string>();

function stemWord(word: string): string {
  let w = singular(IRREGULAR.get(word) ?? word);
  if (/\d/.test(w) || w.length <= 4) return w;
  if (w.endsWith('ing') && w.length - 3 >= 3) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length - 2 >= 3) w = w.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Index terms of a text: its words without stopwords, stemmed. */
export function terms(text: string): string[] {
  return termsOfWords(words(text));
}

/** Index terms of a text already split by `words`. */
export function termsOfWords(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of list) {
    if (STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** A name reduced to the form used for matching: folded words joined by single spaces. */
export function nameKey(name: string): string {
  return words(name).join(' ');
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
