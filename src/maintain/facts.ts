// Reads the claims of `## Facts` lines: (attribute, value, time) triples about the page's own entity.
// Built to keep false alarms rare: a value is kept only when the entity itself is the nearest name to
// it, sentences that describe a change or a comparison or a forecast are left out, and approximate
// values ("more than $1B") are never compared.

export interface Claim {
  /** e.g. `valuation`, `arr`, `funding:series b`, `users:monthly active`, `release`. */
  attribute: string;
  /** Normalised value: a number (money in its currency unit, counts) or a date prefix (YYYY, YYYY-MM, YYYY-MM-DD). */
  value: number | string;
  /** What the value looked like in the sentence. */
  shown: string;
  /** Currency for money, '' otherwise: values in different currencies are not compared. */
  unit: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-Qn`, `always` for things that never change, `post:<id>` when the sentence gives no time. */
  time: string;
  approximate: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const monthIndex = (s: string): number => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace('.', '').slice(0, 3)));

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, t: 1e12, tn: 1e12, trillion: 1e12 };
const SCALE_RE = '(k|thousand|mn|mm|m|million|bn|b|billion|tn|t|trillion)?';
const NUM_RE = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
// Made once: building a RegExp costs more than most of the sentences it runs on. The global ones are used
// only through matchAll, which copies them, so their lastIndex never carries over.
const MONTH_DATE = new RegExp(`\\b(?:(?:early|mid|late|end of|start of|beginning of)[ -])?(${MONTH_RE})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_RE})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const MONEY = new RegExp(`(US\\$|\\$|€|£)\\s?${NUM_RE}\\s*${SCALE_RE}\\b`, 'gi');
const COUNT = new RegExp(`(?<![$€£\\d.,])${NUM_RE}\\s*${SCALE_RE}(?=[\\s+-])`, 'gi');
const DATE_START = new RegExp(`^(?:(?:early|mid|late)[ -])?(?:${MONTH_RE}|\\d)`, 'i');
const APPROX_RE = /(more than|over|at least|north of|exceed\w*|nearly|almost|about|around|roughly|approximately|close to|under|less than|up to|upwards of|some|~|≈)\s*$/i;

/** Sentences about change, comparison or the future hold values for other times or other things. */
const SKIP_SENTENCE = /\b(from\b[^.]*\bto\b|up from|down from|compared (to|with)|versus|vs\.?|grew|grow(s|ing)?|increas\w*|decreas\w*|rose|jump\w*|doubl\w*|tripl\w*|surg\w*|climb\w*|fell|drop\w*|expect\w*|project\w*|forecast\w*|aims? to|could|would|might|will|goal|estimat\w*|rumou?r\w*|reportedly|in talks)\b/i;

interface Span {
  start: number;
  end: number;
}
interface TimeExpr extends Span {
  key: string;
}

const toNumber = (num: string, scale?: string): number => parseFloat(num.replace(/,/g, '')) * (scale ? SCALE[scale.toLowerCase()] ?? 1 : 1);

/** Time expressions in a sentence, as period keys; `postDate` (YYYY-MM-DD) fills in missing years. */
export function timeExpressions(s: string, postDate?: string, docId?: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  const postYear = postDate ? parseInt(postDate.slice(0, 4), 10) : undefined;
  const postMonth = postDate ? parseInt(postDate.slice(5, 7), 10) : undefined;
  const taken: Span[] = [];
  const free = (a: number, b: number): boolean => !taken.some((t) => a < t.end && b > t.start);
  const push = (start: number, end: number, key: string): void => {
    if (!free(start, end)) return;
    taken.push({ start, end });
    out.push({ start, end, key });
  };
  for (const m of s.matchAll(/\b(\d{4})-(\d{2})(?:-\d{2})?\b/g)) push(m.index!, m.index! + m[0].length, `${m[1]}-${m[2]}`);
  for (const m of s.matchAll(MONTH_DATE)) {
    // "may" is a month only with a day or a year next to it, or capitalised.
    if (/^may$/i.test(m[1]) && !(m[2] || /^May/.test(m[1]))) continue;
    let year = m[2] ? parseInt(m[2], 10) : postYear;
    if (year === undefined) continue;
    const month = monthIndex(m[1]) + 1;
    if (!m[2] && postMonth !== undefined && month > postMonth) year -= 1;
    push(m.index!, m.index! + m[0].length, `${year}-${String(month).padStart(2, '0')}`);
  }
  for (const m of s.matchAll(/\b(?:Q([1-4])|(first|second|third|fourth) quarter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi)) {
    const q = m[1] ?? String(['first', 'second', 'third', 'fourth'].indexOf(m[2].toLowerCase()) + 1);
    const year = m[3] ?? (postYear !== undefined ? String(postYear) : undefined);
    if (year) push(m.index!, m.index! + m[0].length, `${year}-Q${q}`);
  }
  for (const m of s.matchAll(/\b(FY|H[12]\s?)?((?:19|20)\d{2})\b/g)) push(m.index!, m.index! + m[0].length, m[1] ? `${m[1].trim()}${m[2]}` : m[2]);
  // "now", "today": the time of the post itself, the same as a sentence that names no time.
  for (const m of s.matchAll(/\b(now|currently|today|this week|as of (?:today|now))\b/gi)) push(m.index!, m.index! + m[0].length, docId !== undefined ? `post:${docId}` : postDate?.slice(0, 7) ?? 'now');
  if (postDate) {
    for (const m of s.matchAll(/\b(this month)\b/gi)) push(m.index!, m.index! + m[0].length, postDate.slice(0, 7));
    for (const m of s.matchAll(/\b(this|last) year\b/gi)) push(m.index!, m.index! + m[0].length, String(postYear! - (m[1].toLowerCase() === 'last' ? 1 : 0)));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A date value ("March 5, 2025", "2025", "June 2024") as a YYYY[-MM[-DD]] prefix. */
function dateValue(s: string): { value: string; text: string } | undefined {
  const iso = /\b(\d{4}-\d{2}(?:-\d{2})?)\b/.exec(s);
  if (iso) return { value: iso[1], text: iso[0] };
  const m = MONTH_DAY_YEAR.exec(s);
  if (m) return { value: `${m[3]}-${String(monthIndex(m[1]) + 1).padStart(2, '0')}${m[2] ? `-${m[2].padStart(2, '0')}` : ''}`, text: m[0] };
  const y = /\b((?:19|20)\d{2})\b/.exec(s);
  if (y) return { value: y[1], text: y[0] };
  return undefined;
}

const MONEY_CUES: Array<[string, RegExp]> = [
  ['valuation', /\bvalu(ed|ation|ing)\b/gi],
  ['arr', /\b(ARR|annual(ized|ised)? recurring revenue|run[- ]rate|annuali[sz]ed revenue)\b/gi],
  ['revenue', /\b(revenue|sales)\b/gi],
  ['funding', /\b(rais(ed|es|ing)|closed|funding|round|series [a-h]|seed|pre-seed)\b/gi],
  ['price', /\b(price[ds]?|pricing|costs?|charges?|per (month|seat|user|year|hour|day|million (input |output )?tokens?)|subscription)\b|\/(mo(nth)?|hr|hour|day|M)\b/gi],
];

/** The unit right after a price; a price without one (a list of hourly rates, a plan) is not compared. */
const PRICE_UNIT = /^\s*(?:\/\s*|per\s+)(?:(?:seat|user)\s*\/\s*)?(month|mo|seat|user|year|yr|hour|hr|day|gpu[- ]hour|(?:million|m|1m)\s*(?:input |output )?tokens?|m\b(?:\s*(?:input|output))?)/i;

const COUNT_UNITS = /^\s*\+?\s*(?:(monthly|weekly|daily)(?:\s+active)?\s+)?(users|customers|developers|subscribers|downloads|installs|(?:GitHub\s+)?stars|(?:total\s+|active\s+)?param(?:eter)?s)\b/i;

function nearestCue(s: string, at: Span, clause: Span): { attr: string; qualifier: string } | undefined {
  let best: { attr: string; d: number; qualifier: string } | undefined;
  for (const [attr, re] of MONEY_CUES) {
    for (const m of s.matchAll(re)) {
      const a = m.index!;
      const b = a + m[0].length;
      if (a < clause.start || b > clause.end) continue;
      const d = b <= at.start ? at.start - b : a >= at.end ? a - at.end : 0;
      if (d > 45) continue;
      let qualifier = '';
      if (attr === 'funding') qualifier = /series [a-h]|pre-seed|seed/i.exec(s.slice(clause.start, clause.end))?.[0].toLowerCase() ?? '';
      if (attr === 'price') qualifier = PRICE_UNIT.exec(s.slice(at.end, Math.min(clause.end, at.end + 40)))?.[0].toLowerCase().replace(/^\//, 'per ') ?? '';
      if (!best || d < best.d) best = { attr, d, qualifier };
    }
  }
  return best;
}

/** Clause boundaries: values and times pair up inside a clause first. */
function clauses(s: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of s.matchAll(/;|,(?!\d{3})|\s[—–]\s|\bwhile\b|\bwhereas\b|\bbut\b/g)) {
    out.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ start, end: s.length });
  return out;
}

export interface ClaimInput {
  /** The fact sentence as plain text (links replaced by their text). */
  sentence: string;
  /** Spans of mentions of the page's entity in the sentence. */
  self: Span[];
  /** Spans of mentions of other entities. */
  others: Span[];
  /** The post's id and date, for sentences that carry no time of their own. */
  docId: string;
  postDate?: string;
}

const gap = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/** A name right after one of these words is an investor, a source or a partner, not the subject. */
const NOT_SUBJECT_BEFORE = /\b(from|by|with|including|and|to|via|through|per|at|on|investors?|backers?)\s*$/i;

/**
 * Whether a value belongs to the page's entity. Company-level amounts (valuation, ARR, revenue,
 * funding) belong to the name that owns them by possessive ("Acme's $30B ARR"), else to the
 * sentence's subject (its first name before the value, leaving out investors after "led by",
 * "from", ...), else to the first such name after the value. Prices and counts belong to the
 * nearest name, which is the product they describe ("the $200/month Max plan").
 */
function aboutSelf(input: ClaimInput, at: Span, clause: Span, companyLevel = false): boolean {
  if (input.self.length === 0) return false;
  const s = input.sentence;
  const subjectLike = (m: Span): boolean => !NOT_SUBJECT_BEFORE.test(s.slice(Math.max(0, m.start - 20), m.start));
  const all = [...input.self.map((m) => ({ ...m, self: true })), ...input.others.map((m) => ({ ...m, self: false }))].sort((a, b) => a.start - b.start);
  if (!companyLevel) {
    // "10,000 stars on GitHub", "downloads from PyPI": the place a count is measured does not own it.
    const near = all.filter((m) => !/\b(on|from|via|through|at)\s*$/i.test(s.slice(Math.max(0, m.start - 10), m.start)));
    if (near.length === 0) return false;
    const best = near.reduce((x, y) => (gap(y, at) < gap(x, at) || (gap(y, at) === gap(x, at) && y.self) ? y : x));
    return best.self;
  }
  const possessive = all.find((m) => m.end <= at.start && /^['’]s\s+(?:\S+\s+){0,2}$/.test(s.slice(m.end, at.start)));
  if (possessive) return possessive.self;
  // The value's own clause speaks first ("Acme, unlike Globex at $5B, ..."), then the whole sentence.
  // A name after the amount is an investor, a customer or a product, so only names before it count.
  for (const scope of [all.filter((m) => m.start >= clause.start && m.end <= clause.end), all]) {
    const before = scope.filter((m) => m.end <= at.start && subjectLike(m));
    if (before.length > 0) return before[0].self;
  }
  return false;
}

/** A clause that is an amount and a time and little else: the continuation of a list. */
function bareClause(s: string, clause: Span, times: TimeExpr[]): boolean {
  let text = s.slice(clause.start, clause.end);
  for (const t of times.filter((x) => x.start >= clause.start && x.end <= clause.end).sort((a, b) => b.start - a.start)) {
    text = text.slice(0, t.start - clause.start) + text.slice(t.end - clause.start);
  }
  const words = text
    .replace(/(US\$|\$|€|£)\s?[\d.,]+\s*\w*/g, ' ')
    .split(/[^A-Za-z]+/)
    .filter((w) => w && !/^(and|then|by|in|at|to|of|the|a|an|as|for|on|now|later|only|over|about|around|nearly|almost)$/i.test(w));
  return words.length <= 1;
}

/** Words that make a number about a part (a tier, a region, a segment), not about the whole entity. */
const SEGMENT = /\b(tier|plan|segment|division|unit|business|enterprise|consumer|paid|free|cloud|international|domestic|region|regional|europe|asia|china|india|of which|including|among|per|each|average|median)\b/i;

const MONEY_HINT = /[$€£]\s?\d/;
const COUNT_HINT = /\d\s*(?:k|thousand|mn|mm|m|million|bn|b|billion|tn|t|trillion)?[\s+-]+(?:(?:monthly|weekly|daily)(?:\s+active)?\s+)?(?:users|customers|developers|subscribers|downloads|installs|(?:GitHub\s+)?stars|(?:total\s+|active\s+)?param(?:eter)?s)\b/i;
const DATE_VERB = /\b(?:founded|established|incorporated|released|launched|shipped|debuted)\b/i;

/**
 * False when extractClaims can only return nothing for this sentence, whatever names it holds:
 * every claim needs an amount after a currency sign, a count before a unit word, or a founding or
 * release verb, in a sentence that is not about a change. A cheap test that spares the name search.
 */
export function mayHoldClaims(s: string): boolean {
  // The hints first: most sentences hold none, and they are cheaper to look for than every change word.
  return holdsHint(s) && !SKIP_SENTENCE.test(s);
}

function holdsHint(s: string): boolean {
  return MONEY_HINT.test(s) || COUNT_HINT.test(s) || DATE_VERB.test(s);
}

const DATE_VERB_END = /(?:founded|established|incorporated|released|launched|shipped|debuted)\b/i;

/**
 * False when no part of `s` cut at its ends can pass mayHoldClaims's hints: the hints looked for in
 * all of `s`, the verb without its leading word boundary (a part may start right after a digit).
 */
export function partMayHoldHint(s: string): boolean {
  return MONEY_HINT.test(s) || COUNT_HINT.test(s) || DATE_VERB_END.test(s);
}

/** Claims a sentence makes about the page's entity. */
export function extractClaims(input: ClaimInput): Claim[] {
  const s = input.sentence;
  if (SKIP_SENTENCE.test(s)) return [];
  const out: Claim[] = [];
  const times = timeExpressions(s, input.postDate, input.docId);
  const cls = clauses(s);
  const clauseOf = (at: Span): Span => cls.find((c) => at.start >= c.start && at.start < c.end) ?? { start: 0, end: s.length };
  const timeFor = (at: Span, never: Span[] = []): string => {
    const c = clauseOf(at);
    const usable = times.filter((t) => !never.some((n) => gap(n, t) === 0));
    const inClause = usable.filter((t) => t.start >= c.start && t.end <= c.end);
    const pool = inClause.length > 0 ? inClause : usable.length === 1 ? usable : [];
    if (pool.length === 0) return `post:${input.docId}`;
    return pool.reduce((a, b) => (gap(a, at) <= gap(b, at) ? a : b)).key;
  };

  // Money.
  let lastCue: { attr: string; qualifier: string } | undefined;
  for (const m of s.matchAll(MONEY)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    // "$100M ARR by November, $150M by February": a bare amount continues the list it follows.
    const cue = nearestCue(s, at, clauseOf(at)) ?? (bareClause(s, clauseOf(at), times) ? lastCue : undefined);
    if (!cue) continue;
    lastCue = cue;
    if (!aboutSelf(input, at, clauseOf(at), cue.attr !== 'price')) continue;
    if (cue.attr !== 'price' && SEGMENT.test(s.slice(clauseOf(at).start, clauseOf(at).end))) continue;
    const always = cue.attr === 'funding' && cue.qualifier !== '';
    // Unnamed rounds may be several rounds; a price without its unit may be any of a product's prices.
    if ((cue.attr === 'funding' || cue.attr === 'price') && cue.qualifier === '') continue;
    out.push({
      attribute: cue.qualifier ? `${cue.attr}:${cue.qualifier}` : cue.attr,
      value: toNumber(m[2], m[3]),
      shown: m[0].trim(),
      unit: m[1] === 'US$' ? '$' : m[1],
      time: always ? 'always' : timeFor(at),
      approximate: APPROX_RE.test(s.slice(0, at.start)),
    });
  }
  // Counts with a unit word.
  for (const m of s.matchAll(COUNT)) {
    const after = s.slice(m.index! + m[0].length).replace(/^-/, ' ');
    const u = COUNT_UNITS.exec(after);
    if (!u) continue;
    const at = { start: m.index!, end: m.index! + m[0].length + u[0].length };
    if (!aboutSelf(input, at, clauseOf(at))) continue;
    if (SEGMENT.test(s.slice(clauseOf(at).start, clauseOf(at).end))) continue;
    const unit = u[2].toLowerCase().replace(/^github\s+/, '');
    const isParams = /^(total |active )?param/.test(unit);
    const attribute = isParams ? `parameters${/active/.test(unit) ? ':active' : ''}` : `${unit}${u[1] ? `:${u[1].toLowerCase()}` : ''}`;
    out.push({
      attribute,
      value: toNumber(m[1], m[2]),
      shown: s.slice(at.start, at.end).trim(),
      unit: '',
      time: isParams ? 'always' : timeFor(at),
      approximate: APPROX_RE.test(s.slice(0, at.start)) || /^\s*\+/.test(after),
    });
  }
  // Founding and release dates, only when the entity is the one founded or released.
  for (const self of input.self) {
    const name = s.slice(self.start, self.end);
    const rest = s.slice(self.end);
    const before = s.slice(0, self.start);
    const passive = /^[’']?s?,?\s+(?:(?:was|were|is|has been|had been|first|officially|publicly)\s+)*(founded|established|incorporated|released|launched|shipped|debuted)\b(?:\s+(?:in|on|back in|around))?\s+((?:[^,;.]|,\s*(?=\d)){4,30})/i.exec(rest);
    const active = /\b(founded|established|released|launched|shipped)\s+$/i.exec(before);
    let kind: string | undefined;
    let when: string | undefined;
    let whenAt = 0;
    if (passive) {
      kind = passive[1];
      when = passive[2];
      whenAt = self.end + passive.index + passive[0].length - passive[2].length;
    } else if (active) {
      const after = /^\s+(?:in|on|back in)\s+((?:[^,;.]|,\s*(?=\d)){4,30})/i.exec(rest);
      if (after) {
        kind = active[1];
        when = after[1];
        whenAt = self.end + after.index + after[0].length - after[1].length;
      }
    }
    // The date must follow the verb directly: "founded Acme in 2015" is about Acme, not the subject.
    if (when && !DATE_START.test(when.trim())) continue;
    if (!kind || !when || /\b(beta|preview|alpha|early access|waitlist|general availability|GA|version|update)\b/i.test(s)) continue;
    const date = dateValue(when);
    if (!date) continue;
    out.push({
      attribute: /found|establish|incorporat/i.test(kind) ? 'founded' : 'release',
      value: date.value,
      shown: `${name} ${kind} ${date.text}`,
      unit: '',
      time: 'always',
      approximate: /\b(around|about|circa|c\.|late|early|mid)\b/i.test(s.slice(Math.max(0, whenAt - 12), whenAt)),
    });
  }
  return dropAmbiguous(out);
}

/** Two values for one attribute and one time in the same sentence are a list or a range, not a claim. */
function dropAmbiguous(claims: Claim[]): Claim[] {
  const count = new Map<string, number>();
  for (const c of claims) count.set(`${c.attribute}|${c.time}`, (count.get(`${c.attribute}|${c.time}`) ?? 0) + 1);
  return claims.filter((c) => count.get(`${c.attribute}|${c.time}`) === 1);
}

/**
 * Whether two claims for the same attribute and time disagree. Without a time of their own, two
 * sentences of one post are compared only for a valuation: counts and revenues in one post are too
 * often about different parts of the entity.
 */
export function disagree(a: Claim, b: Claim): boolean {
  if (a.approximate || b.approximate || a.unit !== b.unit) return false;
  if (a.time.startsWith('post:') && a.attribute !== 'valuation') return false;
  if (typeof a.value === 'string' || typeof b.value === 'string') {
    const x = String(a.value);
    const y = String(b.value);
    return !(x.startsWith(y) || y.startsWith(x));
  }
  const hi = Math.max(a.value, b.value);
  const lo = Math.min(a.value, b.value);
  return hi > 0 && (hi - lo) / hi > 0.1;
}

const LABELS: Record<string, string> = { arr: 'ARR', founded: 'founding date', release: 'release date' };

/** `valuation`, `funding (series b)`, `users (monthly)`: for messages. */
export function attributeLabel(attr: string): string {
  const [base, q] = attr.split(':');
  return `${LABELS[base] ?? base}${q ? ` (${q})` : ''}`;
}

export function timeLabel(time: string): string {
  if (time === 'always') return '';
  if (time.startsWith('post:')) return ` in post ${time.slice(5)}`;
  return ` for ${time}`;
}
