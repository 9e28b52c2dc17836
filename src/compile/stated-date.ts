// The date a sentence states for what it reports (`MySQL was decommissioned in June 2024`), so a page's Facts
// read as a timeline of events rather than of the posts that reported them.

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** Most specific first: a date inside a longer one is not counted again. */
const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [string, number?, number?] }> = [
  // A whole ISO date, not one inside an identifier (`gpt-4o-2024-08-06`), nor a span of years (`fiscal 2011-12`).
  { re: /(?<![\w.-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\w-])/g, parts: (m) => [m[1], Number(m[2]), Number(m[3])] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), parts: (m) => [m[3], MONTHS[m[1].toLowerCase()], Number(m[2])] },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'), parts: (m) => [m[3], MONTHS[m[2].toLowerCase()], Number(m[1])] },
  { re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'), parts: (m) => [m[2], MONTHS[m[1].toLowerCase()]] },
  // A bare year only where it dates an event (`in 2023`, `during 2019`): `by 2030` is a target, `2024 models` a kind.
  { re: new RegExp(`\\b(?:in|during)\\s+(?:early\\s+|mid-?|late\\s+)?${YEAR}\\b(?![-–]\\d|\\s*(?:%|dollars|levels|terms|prices))`, 'gi'), parts: (m) => [m[1]] },
];

/** Words before a date that make it a deadline, a bound or a start rather than when the thing happened. */
const NOT_WHEN = /\b(?:by|until|till|before|after|through|since|from|to|between|and|or|than)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-?|late\s+)?$/i;

/** `up from 5% in 2024`, `compared with 2023`: a date a figure is compared against, not when the news happened. */
const BASELINE = /\b(?:(?:up|down|rising|falling|grew|grown|rose|fell|dropped|climbed)\b[^.;]{0,40}\bfrom|compared (?:with|to)|versus|vs\.?|relative to)\b[^.;]{0,40}$/i;
/**
 * `Founded in 2019, Decagon has raised ...`: an opening clause that dates the background, not the news: it ends in a
 * comma before the sentence's subject (not `Launched January 28, 2026, by Matt Schlicht`, the news itself).
 */
const BACKGROUND_OPENING = /^\s*(?:(?:founded|launched|started|released|created|built|established|introduced|acquired|formed|incorporated)\b|since\b|after\b|before\b)[^,;:]*$/i;
const SUBJECT_AFTER = /^[^,;:]*,\s*(?:the|a|an|it|its|they|their|we|our|he|she|this|that|\p{Lu})/u;
/** `it will reach positive EBITDA in 2026`, `expects to ship in March 2027`: a target, not when anything happened. */
const FUTURE = /\b(?:will|would|shall|(?:expects?|expected|plans?|planned|aims?|intends?|projected|forecast|set|on track|hopes?)\s+to|targets?|targeting)\b[^.;:]{0,60}$/i;
/** `has now reached`, `today`, `to date`: the sentence reports how things stand, whatever dates it names. */
const STANDING = /\b(?:now|today|currently|to date|so far)\b/i;
/** `Lambda Labs, which raised $480 million in February 2025, ...`: an aside about something else, or its past. */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\b[^,;]*/g;
/** `like if Microsoft had published it in 2003`: what did not happen has no date. */
const HYPOTHETICAL = /\b(?:if|imagine|as though|as if|suppose)\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const YEAR_HINT = /(?:19|20)\d\d/;

/**
 * The one date a sentence states (`2024-06`, `2023`, `2026-05-04`), or undefined when it states none or several
 * different ones. Link targets and URLs are left out: their paths often hold dates of their own.
 */
export function statedDate(sentence: string): string | undefined {
  // Every date read here has a year: most facts (amounts, counts) have none.
  if (!YEAR_HINT.test(sentence)) return undefined;
  let text = sentence.replace(/\]\([^)\s]*\)/g, ']').replace(/https?:\/\/\S+/g, ' ');
  if (STANDING.test(text)) return undefined;
  const asides: Array<[number, number]> = [...text.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index!, m.index! + m[0].length]);
  const found = new Set<string>();
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let rest = '';
    let last = 0;
    while ((m = re.exec(text))) {
      const [year, month, day] = parts(m);
      const valid = (month === undefined || (month >= 1 && month <= 12)) && (day === undefined || (day >= 1 && day <= 31));
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      if (valid && !NOT_WHEN.test(before.slice(-30)) && !BASELINE.test(before) && !FUTURE.test(before) && !HYPOTHETICAL.test(text.slice(0, m.index)) &&
        !(BACKGROUND_OPENING.test(text.slice(0, m.index)) && SUBJECT_AFTER.test(text.slice(m.index + m[0].length))) &&
        !asides.some(([a, b]) => m!.index >= a && m!.index < b)) {
        found.add(day !== undefined ? `${year}-${pad(month!)}-${pad(day)}` : month !== undefined ? `${year}-${pad(month)}` : year);
      }
      // Blank what was read, so a shorter pattern does not read a part of it again.
      rest += text.slice(last, m.index) + ' '.repeat(m[0].length);
      last = m.index + m[0].length;
    }
    text = rest + text.slice(last);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
