// Shape tests for words and names, and the keys names are compared by.
import { cleanSurfaceRaw, nameKeyRaw } from './name-key.js';
import { spellOutSharp } from '../names.js';
import { isDictionaryWord } from './nlp.js';
import {
  COMMON_CAPITALISED,
  GENERIC_PHRASES,
  GENERIC_TERMS,
  LEADING_VERBS,
  MONTHS,
  ORDINAL_HEADS,
  PERSON_TITLES,
  SECTION_WORDS,
  STOP_WORDS,
  WEEKDAYS,
} from './data/words.js';
import { DEMONYMS, PLACES, PLACE_NAMES } from './data/places.js';
import { FIRST_NAMES, SURNAMES } from './data/first-names.js';
import { HEAD_WORDS, ORGANIZATION_ACRONYMS, STANDARD_NAMES, STATUTE_SECTION } from './data/type-words.js';
import { wellKnownType } from './data/well-known.js';

/** Lower-case words allowed inside a name (`Bank of America`, `S&P`, `Ministry of Statistics`). */
export const JOINERS: ReadonlySet<string> = new Set(['of', '&', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'y', 'and', 'for', 'the', 'on', 'in', 'to', 'a', 'at']);
/** Joiners that may sit inside a run found in running text (the rest only in titles and anchors). */
// Not `do`, which joins `Banco do Brasil` but also `let Claude do Research`: only in titles and anchors.
export const RUN_JOINERS: ReadonlySet<string> = new Set(['of', '&', 'de', 'du', 'des', 'la', 'von', 'van', 'der', 'den', 'da', 'di', 'dos', 'das', 'del', 'della']);

/** Shape tests run on every word of every post; words repeat, so their answers are kept. */
function memo<R extends boolean | string>(fn: (w: string) => R): (w: string) => R {
  let cache = new Map<string, R>();
  return (w: string): R => {
    let r = cache.get(w);
    if (r === undefined) {
      if (cache.size > 100_000) cache = new Map();
      r = fn(w);
      cache.set(w, r);
    }
    return r;
  };
}

/** True when the word has no capital letter in the ASCII range and no character outside it (most running words). */
function plainLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

const isCapitalisedMemo = memo(isCapitalisedRaw);
const isAcronymMemo = memo(isAcronymRaw);
const isCamelCaseMemo = memo(isCamelCaseRaw);
export const isCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return plainLower(w) ? false : isCapitalisedMemo(w);
};
export const isAcronym = (w: string): boolean => (plainLower(w) ? false : isAcronymMemo(w));
export const isCamelCase = (w: string): boolean => (plainLower(w) ? false : isCamelCaseMemo(w));
export const isDistinctive = memo(isDistinctiveRaw);

function isCapitalisedRaw(w: string): boolean {
  // iMessage, eBay; iOS, eBPF, macOS, openSUSE, gRPC (lower case before two or more capitals that end it).
  return /^\p{Lu}/u.test(w) || (/^\p{Ll}+\p{Lu}/u.test(w) && /\p{Lu}\p{Ll}/u.test(w)) || /^\p{Ll}+\p{Lu}{2,}\d*$/u.test(w);
}

/** Agencies' and standards' acronyms that the model's word list also holds in lower case. */
function knownAcronym(lower: string): boolean {
  return ORGANIZATION_ACRONYMS.has(lower) || STANDARD_NAMES.has(lower);
}

function isAcronymRaw(w: string): boolean {
  if (/^\p{Lu}{4,}$/u.test(w) && isDictionaryWord(w) && !knownAcronym(w.toLowerCase())) return false;
  return /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}][\p{Lu}\p{N}&.\-]*\p{Lu}?[s]?$/u.test(w) && /\p{Lu}/u.test(w[0] ?? '') && w.length <= 12;
}

function isCamelCaseRaw(w: string): boolean {
  // `1Password`, `4Runner` (not `5Gbps`: a unit has fewer letters; nor `2Million`, `3Times`).
  return /^\p{L}*\p{Ll}\p{Lu}/u.test(w) || /^\p{Lu}{2,}\p{Ll}{2,}/u.test(w) ||
    (/^\d\p{Lu}\p{Ll}{4,}$/u.test(w) && !/^\d(?:Million|Billion|Thousand|Hundred|Times|Percent|Years?|Months?|Weeks?|Hours?|Minutes?|Seconds?)$/.test(w));
}

/** A version or size token that may follow a name: `4`, `4.6`, `405B`, `v1.0`, `4o`, `2.5-32B`. */
export function isVersion(w: string): boolean {
  return /^v?\d+(\.\d+)*([a-zA-Z]{0,2}|[-.]\w+)*$/.test(w) && w.length <= 12 && !/^\d{4}$/.test(w);
}

/**
 * `RTX 5090`, `Exynos 2600`, `Threadripper 9000`, `RTX Pro 6000`: four digits after a short acronym, a line's
 * invented name or a tier word are a model number (not `Port 3000`, `DDR5 6000` or `by 2050`: a port, a speed, a year).
 */
export function isModelNumber(before: string, digits: string): boolean {
  // `TCP 3389`, `UDP 5353`: a protocol's port.
  if (!/^\d{4}$/.test(digits) || /^(?:19|20)\d\d$/.test(digits) || STANDARD_NAMES.has(before.toLowerCase())) return false;
  return /^\p{Lu}{2,4}$/u.test(before) || /^(?:Pro|Max|Ultra|Plus)$/.test(before) ||
    (/^\p{Lu}\p{Ll}+$/u.test(before) && !isDictionaryWord(before.toLowerCase()));
}

/**
 * `o3`, `o4-mini`, `o1-preview`: a lower-case letter and a digit, with a tier after it or not: the shape of a
 * model's name, when a sentence about models gives it a cue (see lowercase-names.ts). Not `v2`, `q3`, `h1`, `p0`
 * or `x2`: a version, quarter, heading, priority or factor.
 */
export const LOWER_MODEL_NAME = /^(?![hpqvx])[a-z]\d(?:-(?:mini|nano|pro|preview|max|turbo|lite|high|low))?$/;

export function hasDigit(w: string): boolean {
  return /\d/.test(w);
}

/**
 * An inflected, derived or prefixed form of a dictionary word (`Quarantining`, `Dependencies`, `Looped`,
 * `Transactional`, `Customization`, `Uninhibit`): the model's lexicon lists base forms, so these look like
 * names without this check. Not plurals in `-s`: many names have that shape (`Pandas`, `Windows`, `Threads`).
 */
export function isInflectedWord(w: string): boolean {
  const l = w.toLowerCase();
  if (!/^\p{Ll}{5,}$/u.test(l)) return false;
  // Suffixes and prefixes that rarely end or start a brand: `-ing`, `-ies`, `-ed`, `-al`, `-ization`, `-ability`, `-ness`, `un-`,
  // `non-`; a name that ends in one still counts once its use shows it (mid-sentence, cues, links).
  const stems = [
    l.replace(/ies$/, 'y'), l.replace(/ing$/, ''), l.replace(/ing$/, 'e'), l.replace(/(\p{Ll})\1ing$/u, '$1'),
    l.replace(/^(un|non)(?=\p{Ll}{4})/u, ''),
    l.replace(/ed$/, ''), l.replace(/ed$/, 'e'), l.replace(/(\p{Ll})\1ed$/u, '$1'),
    l.replace(/al$/, ''), l.replace(/ization$/, 'ize'), l.replace(/isation$/, 'ise'),
    // `Observability`, `Maintainability`, `Statelessness`: a quality made from a word.
    l.replace(/ability$/, 'able'), l.replace(/ibility$/, 'ible'), l.replace(/ability$/, ''), l.replace(/ness$/, ''),
  ];
  return stems.some((st) => st !== l && st.length >= 4 && isDictionaryWord(st));
}

/**
 * The singulars a word could be the plural of: `Cards` -> `Card`, `Boxes` -> `Box` or `Boxe`, `Libraries` ->
 * `Library`, `SDKs` -> `SDK`. Not `Express`, `Corpus`, `Analysis`, nor words too short to tell (`News`).
 */
export function singularsOf(word: string): string[] {
  if (/^\p{Lu}{2,}s$/u.test(word)) return [word.slice(0, -1)];
  if (word.length < 5 || !/\p{Ll}s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  return out;
}

/** A word, capitalised or not, that is the plural of a dictionary word (`Workflows`, `Hallucinations`, `startups`). */
export function isPluralOfWord(w: string): boolean {
  return /^\p{L}\p{Ll}+$/u.test(w) && singularsOf(w).some((x) => isDictionaryWord(x.toLowerCase()));
}

/** True when the word is a name by shape alone: not in the dictionary, CamelCase, acronym or with digits. */
function isDistinctiveRaw(w: string): boolean {
  const bare = w.replace(/['’]s$/, '');
  if (GENERIC_TERMS.has(bare.toLowerCase())) return false;
  if (isCamelCase(bare) || isAcronym(bare)) return true;
  if (hasDigit(bare) && (/\p{Lu}/u.test(bare) || /^\w[\w-]*\.\p{L}{2,}$/u.test(bare))) return true;
  const parts = bare.split(/[-.]/);
  if (parts.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(bare) && isInflectedWord(bare)) return false;
  return parts.some((p) => /\p{L}{2,}/u.test(p) && !isDictionaryWord(p));
}

/**
 * A phrase of ordinary words only (`Silent Hallucinations`, `Key Research Papers`): no word is a name by
 * its shape, so only its use can make the phrase one.
 */
export function isOrdinaryPhrase(phrase: string): boolean {
  return words(phrase).every((w) => {
    const bare = w.replace(/[^\p{L}]+$/u, '');
    return /^\p{L}+$/u.test(bare) && (!isDistinctive(bare) || isPluralOfWord(bare));
  });
}

/** Words that are capitalised for grammar rather than because they name something. */
export function isCommonCapitalised(w: string): boolean {
  const l = w.toLowerCase();
  return (
    STOP_WORDS.has(l) ||
    COMMON_CAPITALISED.has(l) ||
    MONTHS.has(l) ||
    WEEKDAYS.has(l) ||
    SECTION_WORDS.has(l) ||
    GENERIC_TERMS.has(l)
  );
}

export function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** Suffixes that mark what precedes them as a name even at a clause start (`Letta-style`, `YC-backed`, `libSQL-based`). */
export const NAME_SUFFIXES = /^-(?:style|backed|based|like|powered|owned|funded|led|built|made|compatible|specific|hosted|branded)$/;

/** `chatbot`, `dataset`, `multiplatform`: two dictionary words run together are vocabulary, not a name. */
export function isCompoundWord(w: string): boolean {
  for (let i = 3; i <= w.length - 3; i++) if (isDictionaryWord(w.slice(0, i)) && isDictionaryWord(w.slice(i))) return true;
  // `multiplatform`, `macrobenchmark`: a word-forming prefix before a dictionary word.
  const prefix = WORD_PREFIX.exec(w);
  return !!prefix && w.length - prefix[0].length >= 4 && isDictionaryWord(w.slice(prefix[0].length));
}

const WORD_PREFIX = /^(?:multi|macro|micro|cross|inter|hyper|super|meta|mega|auto|poly|semi|tele|trans|ultra|omni|pseudo)/;

/** Strips possessives, quotes, brackets and surrounding punctuation from a surface form. */
export const cleanSurface = memo(cleanSurfaceRaw);

/** The key names are grouped by: case, spacing, hyphens and dots folded; a leading `the` dropped. */
export const nameKey = memo(nameKeyRaw);

/** Initials of a multi-word name (`Model Context Protocol` -> `mcp`), splitting CamelCase and hyphens. */
export function initials(name: string): string {
  return words(name.replace(/[-/]/g, ' '))
    .filter((w) => !STOP_WORDS.has(w.toLowerCase()))
    .map((w) => w[0].toLowerCase())
    .join('');
}

/**
 * Whether an acronym spells a longer name the way acronyms are made: each word's first letter in order, a function
 * word's left out or kept (`ERCOT`: Electric Reliability Council of Texas), and more letters of a word after its first
 * (`CAISO`: California Independent System Operator; not with `moreLetters` false). Every letter of the acronym is used, and
 * every word but a function word.
 */
export function spellsOut(acronym: string, long: string, moreLetters = true): boolean {
  const a = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const ws = words(long.replace(/[-/]/g, ' ')).map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  if (a.length < 3 || ws.length < 2 || ws.length > 8) return false;
  const memo = new Map<number, boolean>();
  const from = (i: number, w: number): boolean => {
    if (w === ws.length) return i === a.length;
    const key = i * 16 + w;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = ws[w];
    let ok = STOP_WORDS.has(word) && from(i, w + 1);
    if (!ok && i < a.length && a[i] === word[0]) {
      ok = from(i + 1, w + 1);
      // More letters of the same word, in order.
      for (let j = i + 1, p = 1; moreLetters && !ok && j < a.length; j++) {
        const q = word.indexOf(a[j], p);
        if (q < 0) break;
        p = q + 1;
        ok = from(j + 1, w + 1);
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return from(0, 0);
}

/** True when every letter of `acronym` appears, in order, in `long`, starting with its first letter. */
export function acronymFits(acronym: string, long: string): boolean {
  const a = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const l = long.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  if (!a || !l || a[0] !== l[0]) return false;
  if (a.length < 2) return false;
  let j = 0;
  for (const ch of l) if (ch === a[j]) j++;
  if (j < a.length) return false;
  // Every word start of the long form should be used, or the match is accidental.
  const wordCount = words(l).filter((w) => !STOP_WORDS.has(w)).length;
  return wordCount <= a.length + 1;
}

const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/;

/** `American`, `Americans`, `Koreans`: of or from a place (the plural too). */
function isDemonym(word: string): boolean {
  const l = word.toLowerCase();
  return DEMONYMS.has(l) || (l.endsWith('s') && DEMONYMS.has(l.slice(0, -1)));
}

/** Places and unions written with initials (`U.S.`, `E.U`, as the tokenizer may leave them). */
export const PLACE_INITIALS = /^(?:U\.S|U\.K|E\.U|U\.N|U\.A\.E|P\.R\.C|R\.O\.C)\.?$/;

/**
 * Last words that make a name a place's (`Permian Basin`, `Las Vegas Strip`, `San Francisco Bay Area`, `Orange County`,
 * `Red Sea`, `Panama Canal`), the oceans and first words (`Cape of Good Hope`, `Strait of Hormuz`); not `Cape Privacy`,
 * `Blue Ocean` or `Digital Ocean`, firms and products.
 * Not `Valley`, `Island` or `Heights`: games, books and people end so too (`Stardew Valley`, `Monkey Island`).
 */
const PLACE_HEADS = /\s(?:Basin|Strip|Corners|County|Coast|Springs|Peninsula|Metro Area|Bay Area|Sea|Canal|Strait|Gulf|Islands|Mountains)$|^(?:Central|Silicon|Death|Napa|Imperial|Salinas|Rift|Hudson|Ohio|Indus|Jordan|Rhine|Loire|Shenandoah|Willamette|Okanagan) Valley$|^(?:Pacific|Atlantic|Indian|Arctic|Southern) Ocean$|^(?:Strait of|Gulf of|Cape of)\s|^Cape (?:Town|Cod|Horn|Canaveral|Verde|Hatteras|York)$/;

export function isPlace(name: string): boolean {
  if (PLACE_INITIALS.test(name)) return true;
  const l = name.toLowerCase();
  if (PLACE_NAMES.has(l) || (!l.includes(' ') && (PLACES.has(l) || DEMONYMS.has(l)))) return true;
  // `South Asia`, `Northern California`, `East Africa`: a point of the compass before a place.
  const compass = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern)\s+(.+)$/.exec(l);
  if (compass && PLACES.has(compass[1])) return true;
  return PLACE_HEADS.test(name);
}

/** Job titles end in these (`Software Engineer`, `Tech Lead`, `Security Program Manager`). */
export const JOB_WORDS: ReadonlySet<string> = new Set(
  'team teams engineer engineers manager managers lead leads director directors developer developers designer designers architect architects intern interns officer officers scientist scientists researcher researchers analyst analysts advocate advocates evangelist recruiter recruiters specialist specialists consultant consultants programmer programmers animator animators artist artists producer producers tester testers technician technicians administrator administrators coordinator coordinators strategist strategists accountant accountants'.split(' '),
);

/** `Layer 1`, `Series B`, `Agent A`, `Q4`, `Step 3`, `Version 2.3`: labels, not names. */
export function isOrdinalLabel(name: string): boolean {
  const w = words(name);
  if (w.length === 1) return /^(Q[1-4]|H[12]|FY\d{2,4}|\d+[A-Za-z]?)$/.test(w[0]) || /^(level|layer|step|phase|tier|stage|part)-?\d+$/i.test(w[0]);
  // `Section 230`, `Section 508`: a statute's section is cited by its number, as a name (not `Section 3` of a document).
  if (w.length === 2 && w[0] === 'Section' && STATUTE_SECTION.test(name)) return false;
  if (w.length === 2 && ORDINAL_HEADS.has(w[0].toLowerCase()) && /^([A-Z]|\d+(?:\.\d+)*|[IVX]+)$/.test(w[1])) return true;
  if (w.length === 2 && /^(Q[1-4]|H[12]|FY\d{2})$/.test(w[0]) && /^\d{4}$/.test(w[1])) return true;
  return false;
}

/** Names that are never entities whatever signal found them. */
export const isNonEntity = memo((name: string) => isNonEntityRaw(name, false));

/**
 * The same test for the title of a work (a quoted paper, book or talk of three words or more): such titles may
 * open or end with any word (`How Complex Systems Fail`, `Immutability Changes Everything`).
 */
export const isNonEntityWork = memo((name: string) => isNonEntityRaw(name, true));

function isNonEntityRaw(name: string, work: boolean): boolean {
  const w = words(name);
  // Paper titles run long (`GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers`).
  if (!w.length || name.length < 2 || name.length > 160) return true;
  if (!/\p{L}/u.test(name)) return true;
  if (/^I['’]/.test(name) || /['’](m|ve|ll|re|d|t)$/i.test(name)) return true;
  const l = name.toLowerCase();
  if (isPlace(name) || isOrdinalLabel(name)) return true;
  // `Americans`, `North American`, `South Koreans`: people of a place, not a thing.
  if (w.length <= 2 && (w.length === 1 || COMPASS.test(w[0])) && isDemonym(w[w.length - 1])) return true;
  // `Republic of China`, `Kingdom of Saudi Arabia`: a state's formal name is a place.
  if (/^(?:People['’]s\s+)?(?:Republic|Kingdom|State|Commonwealth|Federation|Emirate)\s+of\s+\p{Lu}/u.test(name) && isPlace(w.slice(w.indexOf('of') + 1).join(' '))) return true;
  if (w.length === 1 && (isCommonCapitalised(l) || PERSON_TITLES.has(l))) return true;
  // Shouted ordinary words (`OPEN`, `BETA`) are emphasis, not acronyms (`NIST`, `HTTP` are, though the model lists them).
  if (w.length === 1 && /^\p{Lu}{4,}$/u.test(name) && isDictionaryWord(l) && !knownAcronym(l)) return true;
  // `Platform Team`, `Security Engineer`: a team or a job (`Microsoft Teams` is an app).
  if (JOB_WORDS.has(w[w.length - 1].toLowerCase()) && w.length <= 4 && !wellKnownType(name)) return true;
  if (w.every((x) => isCommonCapitalised(x) || /^\d+$/.test(x)) && !firmNamedAfterWord(w) && !STATUTE_SECTION.test(name)) return true;
  // `Generative AI`, `Agentic AI`, `Machine Learning`: fields, not things.
  if (GENERIC_PHRASES.has(l) || (w.length === 2 && /^ai$/i.test(w[1]) && /^\p{Lu}\p{Ll}+(?:ive|ic|ical|ional|ial|ent|ous|ble)$/u.test(w[0]) && isDictionaryWord(w[0]))) return true;
  if (w.length === 2 && (MONTHS.has(w[0].toLowerCase()) || WEEKDAYS.has(w[0].toLowerCase())) && /^\d/.test(w[1])) return true;
  // `Gemfile`, `Dockerfile`, `setup.py`, `Server.cpp`: file names, not things (`llama.cpp` and `whisper.cpp`, lower-case
  // stems, are projects).
  if (w.length === 1 && (/^\p{Lu}\p{Ll}+file$/u.test(name) || /\.(?:rb|py|ts|json|ya?ml|toml|lock|md|txt|cfg|ini|sh|html?|css|xml|go|rs|java|c|h|cpp)$/i.test(name) && !/^[a-z][a-z0-9-]*\.cpp$/.test(name))) return true;
  // `Option+Space`, `Cmd+K`, `Ctrl+Shift+P`: keyboard shortcuts.
  if (/^(?:cmd|command|ctrl|control|option|opt|alt|shift|fn|meta|super|win|windows)\s*\+\s*\S/i.test(name)) return true;
  // `4.3 Spam`, `5.1.1 Data`: a numbered section or rule with its label.
  if (/^\d+(?:\.\d+)+\s+\p{Lu}\p{Ll}+$/u.test(name) && isDictionaryWord(w[1].toLowerCase())) return true;
  // `500M Series B`, `100M ARR`: an amount of money with what it is, from a table cell or a headline.
  if (/^[$€£]?\d+(?:\.\d+)?\s?[KMB]\s+(?:Series\s+[A-Z]|ARR|MRR|[Rr]ound|[Ss]eed|[Ff]unding|[Vv]aluation|[Rr]evenue)\b/.test(name)) return true;
  // `00:00 Intro`, `40-45 Funding`: timestamps and ranges from chapter lists.
  if (/^\d+\s*[-:–]\s*\d+\b/.test(name)) return true;
  // `Starting June 30, 2016`: a date inside a longer phrase.
  if (w.some((x, i) => MONTHS.has(x.toLowerCase()) && /^\d{1,2},?$/.test(w[i + 1] ?? ''))) return true;
  if (work && w.length >= 3) return isJunkShape(name, w, true);
  // `Will Pirkle`: a given name that is also a stop word, before a surname that is no word and no name everyone knows.
  const givenStopWord = w.length === 2 && FIRST_NAMES.has(w[0].toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(w[1]) &&
    !isDictionaryWord(w[1].toLowerCase()) && !wellKnownType(w[1]);
  if (STOP_WORDS.has(w[0].toLowerCase()) && w[0].toLowerCase() !== 'the' && !firmNamedAfterWord(w) && !givenStopWord) return true;
  if (isJunkShape(name, w)) return true;
  // `Yuxiong He`: a family name may also be a stop word.
  if (STOP_WORDS.has(w[w.length - 1].toLowerCase()) && !(w.length >= 2 && /^\p{Lu}\p{Ll}/u.test(w[0]) && /^\p{Lu}\p{Ll}/u.test(w[w.length - 1]) && SURNAMES.has(w[w.length - 1].toLowerCase()))) return true;
  return false;
}

/**
 * `GUIs`, `MLPs`, `ORMs`, `H100s`: an acronym's or model number's plural (`AWS` ends in a capital) names a kind of
 * thing, unless the posts also name the one thing it is the plural of (`LPU` beside `LPUs`), which resolution joins first.
 */
export function isPluralAcronym(name: string): boolean {
  // Three characters at least before the `s`: `K8s` and `K3s` are names of their own.
  return /^\p{Lu}[\p{Lu}\d-]{2,}s$/u.test(name);
}

/** `May Mobility`, `Build Robotics`, `Together AI`: a firm named with an everyday word, closed by its trade. */
function firmNamedAfterWord(w: string[]): boolean {
  if (w.length < 2 || w.length > 3 || !/^\p{Lu}\p{Ll}+$/u.test(w[0])) return false;
  const last = w[w.length - 1];
  // `Together AI` is a firm; `Can AI`, `How AI`, `Use AI` open sentences about AI.
  if (last === 'AI') return w.length === 2 && !AI_OPENERS.has(w[0].toLowerCase());
  return HEAD_WORDS.get(last.toLowerCase()) === 'company' && /^\p{Lu}/u.test(last);
}

/** Words that open a sentence or clause about AI (`Can AI reason?`, `Without AI, ...`), not a firm's name. */
const AI_OPENERS = new Set(`can could will would should shall may might must does do did is are was were has have had how why what when where
who which whose whether if so but and or nor yet for with without about than then use using make let not no more most all any
some every each this that these those our your their its his her my as at by from in into on onto of to via like unlike before after
during while since until because although though once just only even also still both either neither`.split(/\s+/));

/** Quantities, fragments, code identifiers and table spill-over: shapes that never name a thing. */
function isJunkShape(name: string, w: string[], work = false): boolean {
  // `500K+`, `1.5M`, `10x`: a quantity on its own.
  if (w.length === 1 && /^[~<>]?\d[\d.,]*(?:[KMBkmb]|bn)?[+x×%]?$/.test(name)) return true;
  // `Sub-100ms`, `Under-5s`: a measurement with a comparative prefix.
  if (/^(?:sub|over|under|near|up|about|around|less|more)-\d/i.test(w[0])) return true;
  // `J.P`, `C.C.`: initials alone, the start of a name found whole elsewhere.
  if (w.length === 1 && /^(?:\p{Lu}\.)+\p{Lu}\.?$/u.test(name)) return true;
  // `671B-parameter`: a size used as an adjective.
  if (w.length === 1 && /^\d+(?:\.\d+)?[KMBT]-param(?:eter)?s?$/i.test(name)) return true;
  // `300 MW`, `1.2 GWh`, `48-amp`: an amount of power, energy or current.
  if (/^\d+(?:\.\d+)?[\s-]?(?:[kMGT]?W|[kMGT]?Wh|kV|mAh|amps?|volts?)$/i.test(name)) return true;
  // `8GB DDR2`, `8GB of RAM`, `32 GB`: an amount of memory or storage with what it is.
  if (/^\d+(?:\.\d+)?\s?(?:[KMGTP]i?B|[KMGT]b)\b/.test(name)) return true;
  // `2-3x`, `10-20%`: a range of multipliers anywhere.
  if (w.some((x) => /^\d+(?:\.\d+)?[-–]\d+(?:\.\d+)?[x×%]$/.test(x))) return true;
  // `Connects Claude Code`, `Tokenizes`: a sentence fragment starting with a verb.
  const first = w[0].toLowerCase();
  if (!work && /^\p{Lu}\p{Ll}+$/u.test(w[0]) && (LEADING_VERBS.has(first) || /^\p{Ll}{4,}(?:izes|ises)$/u.test(first)) && !firmNamedAfterWord(w)) return true;
  // `ANTI_DISTILLATION_CC`: an environment variable or constant.
  if (w.length === 1 && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name)) return true;
  // `Agent B. Tracing`: an enumerated label run into the next heading, not a middle initial.
  if (w.length >= 3 && w.slice(1, -1).some((x) => /^\p{Lu}\.$/u.test(x)) && !FIRST_NAMES.has(first) && isDictionaryWord(first) && isDictionaryWord(w[w.length - 1].toLowerCase()) && !SURNAMES.has(w[w.length - 1].toLowerCase())) return true;
  // `Some Product Name 34`: a table cell's number glued to a long name.
  if (w.length >= 4 && /^\d{1,3}$/.test(w[w.length - 1]) && !/^\d+$/.test(w[w.length - 2])) return true;
  return false;
}

/** A file-name-safe version of a name: no `/ \ : * ? " < > | # ^ [ ]`, no leading dot, trimmed. */
export function safeFileName(name: string): string {
  return spellOutSharp(name)
    .replace(/[\/\\|]/g, '-')
    .replace(/:/g, ' -')
    .replace(/[*?"<>#^\[\]]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .trim();
}
