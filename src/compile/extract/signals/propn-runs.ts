// Runs of capitalised words from running text, with joiners and versions: `Bank of America`, `Gemma 4`,
// `Claude Opus 4.6`, `Tiger Global`. Single acronyms and CamelCase words are the acronym signal's.
import { insideInternalLink, type DocContext, type Word } from '../document.js';
import { GENERIC_TERMS, IMPERATIVE_VERBS, MONTHS, PERSON_TITLES, STOP_WORDS, WEEKDAYS } from '../data/words.js';
import { HEAD_WORDS, STATUTE_SECTION, headWordType } from '../data/type-words.js';
import { FIRST_NAMES } from '../data/first-names.js';
import { MODEL_FAMILIES, wellKnownType } from '../data/well-known.js';
import { isKnownModelRelease } from '../releases.js';
import { looksLikePerson, personShaped } from '../person.js';
import {
  JOB_WORDS,
  RUN_JOINERS,
  isAcronym,
  isCamelCase,
  isCapitalised,
  isCommonCapitalised,
  isDistinctive,
  isNonEntity,
  isPlace,
  isModelNumber,
  isVersion,
  NAME_SUFFIXES,
  PLACE_INITIALS,
} from '../names.js';
import { isDictionaryWord } from '../nlp.js';
import type { Candidate, Strength } from './candidate.js';

/** A party named before a politician (`Democrat Anna Gomez`). */
const PARTY_LABELS = /^(?:Democrat|Republican|Democratic|Labour|Tory|Conservative|Liberal|Independent)$/;

/** Who an edition of a product is for, written after `for` in its name (`Gemini for Education`, `Slack for Government`). */
// Not `Teams`, `Developers` or `Researchers`: names ending in those read as groups of people, and the whole run would be
// lost (`Copilot for Developers`); the product's own name is kept then.
const AUDIENCES = new Set(['Education', 'Business', 'Work', 'Enterprise', 'Enterprises', 'Government', 'Gov', 'Campus', 'Startups',
  'Healthcare', 'Nonprofits', 'Schools', 'Students', 'Teachers', 'Classrooms', 'Families', 'Kids', 'Creators',
  'Publishers', 'Retail', 'Financial', 'Nonprofit', 'Universities', 'Clinicians', 'Lawyers']);

const COMPARATIVES = new Set(['older', 'newer', 'modern', 'legacy', 'earlier', 'later', 'latest', 'recent', 'current', 'classic', 'vanilla', 'stock']);
const OPENING_QUALIFIER = (w: string): boolean => {
  const l = w.toLowerCase();
  if (COMPARATIVES.has(l)) return true;
  // `Roughly 0.4 percent`, `Currently Kafka`: an adverb made from a word (`rough`, `current`, `easy`,
  // `probable`); not `Family`, `Daily` or `Firefly`, not `Grammarly`, not `Emily`.
  if (/^\p{Lu}\p{Ll}{2,}ly$/u.test(w) && !FIRST_NAMES.has(l) && isDictionaryWord(l)) {
    const stems = [l.slice(0, -2), l.replace(/ily$/, 'y'), l.replace(/ly$/, 'le')];
    return stems.some((x) => x !== l && x.length >= 4 && isDictionaryWord(x));
  }
  if (!/^\p{Lu}\p{Ll}{3,}ing$/u.test(w) || FIRST_NAMES.has(l)) return false;
  // A verb's -ing form: its stem is a word too (`enabling` enable, `running` run; not `spring`, `sterling`).
  const stem = l.slice(0, -3);
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((x) => x.length >= 3 && isDictionaryWord(x));
};

/** `CEO`, `CISO`, `Director`: a title a person holds, before or after their name. */
function jobTitle(w: string): boolean {
  return PERSON_TITLES.has(w.toLowerCase()) || /^C\p{Lu}{1,2}O$/u.test(w);
}

/** Ranks before a title (`Executive Vice-President`, `Senior Director`). */
const RANKS = new Set(['Executive', 'Senior', 'Deputy', 'Acting', 'Interim', 'Former', 'Associate', 'Assistant']);

/** `CEOs`, `Co-CEOs`, `Co-founders`: a title in the plural or shared, before the names of those who hold it. */
function pluralTitle(w: string): boolean {
  return /^(?:Co-)?C\p{Lu}{1,2}Os$/u.test(w) || (/^Co-/i.test(w) && PERSON_TITLES.has(w.toLowerCase().slice(3).replace(/s$/, '')));
}

/** `General Availability`, `General Purpose`: ordinary phrases, not a name after `General`. */
const GENERAL_PHRASES = new Set(['availability', 'purpose', 'public', 'release', 'counsel', 'manager', 'assembly', 'election', 'knowledge', 'use', 'access', 'terms', 'settings', 'data']);

/** Units written after a number (`141 GB`, `5 GHz`): a capital letter that opens no name. */
const UNITS = new Set(['KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'Kb', 'Mb', 'Gb', 'Tb', 'KiB', 'MiB', 'GiB', 'TiB', 'Hz', 'KHz', 'MHz', 'GHz', 'THz',
  'W', 'KW', 'MW', 'GW', 'TW', 'Wh', 'KWh', 'MWh', 'GWh', 'TWh', 'V', 'A', 'TFLOPS', 'PFLOPS', 'FLOPS', 'TOPS', 'Gbps', 'Mbps', 'Tbps', 'Kbps', 'RPM']);

/** Capitalised words that, after a lower-case brand, finish a name (`dbt Labs`, `dbt Cloud`, `tailscale Inc`). */
const BRAND_HEADS = new Set(['labs', 'inc', 'core', 'cloud', 'studio', 'enterprise', 'server', 'desktop', 'mobile', 'platform', 'ai']);

/** Words before a date: `in April`, `on Monday`, `since March`, `last Tuesday` (not `from` or `by`: `from March Networks`). */
const DATE_PREPOSITION = /\b(?:in|on|since|until|till|last|next|early|late|mid|during|through)\s+$/i;

/** A capitalised ordinary word (`Competition`, `Markets`): a part of a name only by its place in one. */
function commonWord(w: Word): boolean {
  return !w.possessive && /^\p{Lu}\p{Ll}+$/u.test(w.text) && isDictionaryWord(w.text.toLowerCase());
}

/**
 * `phrase` occurs in `text` after a lower-case word (or a number or comma) and a space somewhere other than at
 * `except`: a name's own words. Not after a capital: a title-case heading capitalises every word.
 */
function writtenMidSentence(text: string, phrase: string, except: number): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (at === except || at < 2 || text[at - 1] !== ' ') continue;
    // The word before: its first character, lower case (`We used Hugging Face`), or a number or a comma.
    let w = at - 2;
    while (w > 0 && /[\p{L}\p{N}'’-]/u.test(text[w - 1])) w--;
    if (/[\p{Ll}\p{N},]/u.test(text[w]) || text[at - 2] === ',') return true;
  }
  return false;
}

/**
 * `Noh-jung` after `Kwak`, `Eui-sun` after `Chung`: a hyphenated given name after a family name, its second
 * part a syllable (no word, or a word of three letters at most) where `Uber-style` has a suffix of use.
 */
function hyphenatedGiven(word: string, before: string): boolean {
  // The word before must look like a family name: no ordinary word (`The Slack-app pattern`).
  if (!/^\p{Lu}\p{Ll}+$/u.test(before) || !/^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u.test(word) || isCommonCapitalised(before) || isDictionaryWord(before.toLowerCase())) return false;
  const second = word.slice(word.indexOf('-') + 1);
  return second.length <= 3 || !isDictionaryWord(second);
}

function startsName(w: Word): boolean {
  return isCapitalised(w.text) || (/\d/.test(w.text) && /\p{Lu}/u.test(w.text) && isDistinctive(w.text));
}

/** `YC-backed`, `Uber-style`, `ex-Google`: the capitalised part before a lower-case suffix is the name. */
function hyphenHead(text: string): string | null {
  if (!text.includes('-')) return null;
  const parts = text.replace(/^(ex|non|pre|post|anti|pro)-/i, '').split('-');
  if (parts.length < 2) return null;
  let k = 0;
  while (k < parts.length && /^[\p{Lu}\p{N}]/u.test(parts[k])) k++;
  if (k === 0 || k === parts.length) return null;
  if (!parts.slice(k).every((p) => /^\p{Ll}+$/u.test(p))) return null;
  // `SWE-bench`, `Terminal-bench`: a benchmark's own name, not a name with a use after it.
  if (/^(?:bench|eval|evals)$/.test(parts.slice(k).join('-'))) return null;
  const head = parts.slice(0, k).join('-');
  // `GPT-4o-mini`, `Llama-3-8b-instruct`: after a version, a lower-case part names a variant, not a use.
  if (/\d/.test(head) && !NAME_SUFFIXES.test(`-${parts.slice(k).join('-')}`)) return null;
  return head;
}

/** Initials as the tokenizer leaves them, without the last dot: `C.C`, `J.R.R`. */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

const LOWER_VARIANTS = /^(?:mini|nano|turbo|lite)$/;

/** Heads of bodies made of members (not `Department of Defense, NASA and NIST`: a department has none). */
const MEMBER_HEADS = /^(?:Alliance|Consortium|Coalition|Group|Federation|Union|Partnership|Association|Cooperation)$/;

/** The rest of a list after its first member: `, B, C and D` (names, commas, a closing `and`). */
const MEMBER_LIST = /^,\s+\p{Lu}[^,.;:()]{0,40}(?:,\s+\p{Lu}[^,.;:()]{0,40})*,?\s+and\s+\p{Lu}/u;

/** Honours and degrees written after a person's name (`AC SC`, `OBE`, `KC`, `PhD`). */
const POST_NOMINALS = new Set(['AC', 'AO', 'AM', 'SC', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'FREng', 'PhD', 'MD']);

/** An organisation's head word, or its plural (`Centers`, `Institutes`). */
function isBodyHead(word: string): boolean {
  return headWordType(word.toLowerCase()) === 'organization';
}

/** `& Scale AI`, `& Vector Institute`, `& University of Washington`: what follows an ampersand names a body or firm of its own. */
function secondBody(nx: Word, rest: Word[]): boolean {
  return [nx, ...rest].some((x) => isBodyHead(x.text) || x.text === 'AI');
}

/** Whether `A & B` is one name: one capitalised word each side, one of them a given name, no name of its own, not two ordinary words, nothing capitalised after. */
function ampersandName(ws: Word[], nx: Word, after: Word | undefined, heading: boolean, bodyAhead = false, rest: Word[] = []): boolean {
  const prev = ws[ws.length - 1];
  const word = /^\p{Lu}\p{Ll}+$/u;
  // `the Bill & Melinda Gates Foundation`, `the Michael & Susan Dell Foundation`: a given name (or the article) and an
  // ampersand, then capitalised words ending in a body's head word, name one body; not two bodies (`Google & Stanford
  // University`): neither side a name everyone knows.
  if (bodyAhead && !heading && !prev.possessive && ws.length === (ws[0].text === 'The' ? 2 : 1) && word.test(prev.text) && word.test(nx.text) &&
    (ws[0].text === 'The' || FIRST_NAMES.has(prev.text.toLowerCase())) && !wellKnownType(prev.text) && !wellKnownType(nx.text)) return true;
  // `Centers for Medicare & Medicaid Services`, `MIT Center for Transportation & Logistics`: after a body's head and its
  // `for` or `of`, the ampersand joins the subjects the body is named for (not a name everyone knows: `... & OpenAI`).
  if (!heading && !prev.possessive && /^\p{Lu}/u.test(nx.text) && !wellKnownType(nx.text) && !secondBody(nx, rest) &&
    ws.some((x, k) => k > 0 && k < ws.length - 1 && (x.text === 'for' || x.text === 'of') && isBodyHead(ws[k - 1].text))) return true;
  // `DAT Freight & Analytics`, `DCSA Track & Trace`: after an acronym and a word of its name, one ordinary word that
  // closes the name (not a second name: `AWS Lambda & DynamoDB`, `AWS Lambda & Google Cloud`).
  if (!heading && !prev.possessive && ws.length === 2 && /^\p{Lu}{2,6}$/u.test(ws[0].text) && word.test(prev.text) && word.test(nx.text) &&
    isDictionaryWord(prev.text.toLowerCase()) &&
    (isDictionaryWord(nx.text.toLowerCase()) || isDictionaryWord(nx.text.toLowerCase().replace(/s$/, ''))) && !wellKnownType(nx.text) && !(after && /^\p{Lu}/u.test(after.text))) return true;
  if (heading || ws.length !== 1 || prev.possessive) return false;
  if (!word.test(prev.text) || !word.test(nx.text) || (after && /^\p{Lu}/u.test(after.text))) return false;
  if (wellKnownType(prev.text) || wellKnownType(nx.text)) return false;
  // Firms named after their founders (`Marks & Spencer`, `Ernst & Young`): a given name on one side only; not `Kafka &
  // Flink`, nor two people (`thanks to Sarah & James`).
  if (FIRST_NAMES.has(prev.text.toLowerCase()) === FIRST_NAMES.has(nx.text.toLowerCase())) return false;
  return !(isDictionaryWord(prev.text.toLowerCase()) && isDictionaryWord(nx.text.toLowerCase()));
}

export function propnRunSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  /** Opening phrases already looked for elsewhere in the post (the answer ignores where each one is). */
  const openers = new Map<string, boolean>();
  const { words, text } = ctx;
  for (const s of ctx.sentences) {
    const seg = ctx.segments[s.segment];
    const heading = seg.kind === 'heading' || (seg.kind === 'table-cell' && seg.header);
    const runs: { ws: Word[]; end: number; hyphen?: boolean; body?: boolean }[] = [];
    /** The capitalised words (at most three) spaced as one name right after word `k`. */
    const capitalsAfter = (k: number): Word[] => {
      const out: Word[] = [];
      for (let n = k + 1; n < s.w1 && n <= k + 3 && startsName(words[n]) && text.slice(words[n - 1].end, words[n].start) === ' '; n++) out.push(words[n]);
      return out;
    };
    /** Capitalised words from word `k` on, spaced as one name, that end (within four) in an organisation's head word. */
    const bodyAhead = (k: number): boolean => {
      for (let n = k; n < s.w1 && n < k + 4 && /^\p{Lu}/u.test(words[n].text); n++) {
        if (HEAD_WORDS.get(words[n].text.toLowerCase()) === 'organization') return true;
        if (n + 1 < s.w1 && text.slice(words[n].end, words[n + 1].start) !== ' ') break;
      }
      return false;
    };
    /**
     * Initials right before word `k` that open a person's name: one surname after them that no other name
     * follows (`C.C. Wei`, `J.R.R. Tolkien`; not `U.S. Nvidia`, `U.S. Commerce`, or `J.P. Morgan Chase`).
     */
    const initialsBefore = (k: number): boolean => {
      const a = words[k - 1];
      const b = words[k];
      const c = words[k + 1];
      return !!a && !!b && k < s.w1 && INITIALS.test(a.text) && !PLACE_INITIALS.test(a.text) && text.slice(a.end, b.start) === '. ' &&
        /^\p{Lu}\p{Ll}/u.test(b.text) && !isDictionaryWord(b.text.toLowerCase()) && !wellKnownType(b.text) &&
        !(c && k + 1 < s.w1 && text.slice(b.end, c.start) === ' ' && startsName(c));
    };
    let i = s.w0;
    while (i < s.w1) {
      const w = words[i];
      if (insideInternalLink(ctx, w.start)) {
        i++;
        continue;
      }
      // `Dirk-jan Mollema`, `Jean-luc Picard`: a given name with a lower-case second part opens a person's name.
      const given = /^(\p{Lu}\p{Ll}+)-\p{Ll}+$/u.exec(w.text);
      const next = words[i + 1];
      const head = given && FIRST_NAMES.has(given[1].toLowerCase()) && next && i + 1 < s.w1 && text.slice(w.end, next.start) === ' ' &&
        /^\p{Lu}\p{Ll}/u.test(next.text) ? null : hyphenHead(w.text);
      // `Crypto-native agents`: a plain word before a lower-case suffix at a clause start is capitalised by position;
      // a real name there is almost always met again elsewhere.
      if (head && /^\p{Lu}\p{Ll}+$/u.test(head) && !isCamelCase(head) && !NAME_SUFFIXES.test(w.text.slice(w.text.indexOf(head) + head.length)) &&
        (i === s.w0 || /[:.!?]\s*$/.test(text.slice(words[i - 1].end, w.start)))) {
        i++;
        continue;
      }
      if (head) {
        const at = w.start + w.text.indexOf(head);
        runs.push({ ws: [{ ...w, start: at, end: at + head.length, text: head, possessive: false }], end: at + head.length, hyphen: true });
        i++;
        continue;
      }
      // `dbt Labs`, `dbt Core`: a lower-case brand before a capitalised head word opens the name.
      const nextWord = words[i + 1];
      // The word list last: nearly every lower-case word is followed by no brand head.
      const lowerBrand = !!nextWord && i + 1 < s.w1 && BRAND_HEADS.has(nextWord.text.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(nextWord.text) &&
        /^\p{Ll}[\p{Ll}\p{N}]{1,}$/u.test(w.text) && text.slice(w.end, nextWord.start) === ' ' && !isDictionaryWord(w.text);
      // `C.C. Wei`, `J.R.R. Tolkien`: initials open a person's name.
      if (!startsName(w) && !lowerBrand && !initialsBefore(i + 1)) {
        i++;
        continue;
      }
      const ws: Word[] = [w];
      let j = i + 1;
      let joinedBody = false;
      while (j < s.w1 && !ws[ws.length - 1].possessive) {
        const prev = ws[ws.length - 1];
        const gap = text.slice(prev.start + prev.text.length + (prev.possessive ? 2 : 0), words[j].start);
        // `Joseph E. Gonzalez`, `C.C. Wei` (not `U.S. Commerce`, initials before an ordinary word).
        // `Warner Bros. Games`: the abbreviation goes on to the rest of the name.
        // `Alice & Bob`, `Marks & Spencer`: two words joined by an ampersand name one firm, unless either is a name of its
        // own or both are ordinary words (`Research & Development`); not in headings, where `&` lists things.
        if (gap === ' & ' && ampersandName(ws, words[j], words[j + 1] && j + 1 < s.w1 && text.slice(words[j].end, words[j + 1].start) === ' ' ? words[j + 1] : undefined, !!heading, bodyAhead(j + 1), capitalsAfter(j))) {
          ws.push(words[j]);
          j++;
          continue;
        }
        if (gap !== ' ' && !(gap === '. ' && (/^\p{Lu}$/u.test(prev.text) || initialsBefore(j) || prev.text === 'Bros'))) break;
        const nx = words[j];
        // `Arm CEO Rene Haas`; but an office's title closes its name (`Office of the United States Trade Representative`).
        if (PERSON_TITLES.has(nx.text.toLowerCase()) && /^\p{Lu}/u.test(nx.text) &&
          !ws.some((x, k) => x.text === 'of' && ws[k + 1]?.text === 'the' && k > 0 && isBodyHead(ws[k - 1].text))) break;
        if (hyphenHead(nx.text) && !hyphenatedGiven(nx.text, prev.text)) break;
        // `BitNet b1.58 2B4T`, `Kimi k1.5`: a version may carry a lower-case letter before it.
        if (startsName(nx) || isVersion(nx.text) || isModelNumber(prev.text, nx.text) || /^\p{Ll}\d+(?:\.\d+)+$/u.test(nx.text)) {
          ws.push(nx);
          j++;
          continue;
        }
        // `GPT-4.1 mini`, `GPT-4o mini`: after a model family's version, a lower-case size or variant word is the name's.
        if (LOWER_VARIANTS.test(nx.text) && /\d/.test(prev.text) && isKnownModelRelease(text.slice(ws[0].start, prev.end))) {
          ws.push(nx);
          j++;
          break;
        }
        const after = words[j + 1];
        // `Center for AI Safety`, `Centers for Disease Control`: `for` after a body's head opens the rest of its name
        // (not `a Foundation for Apple developers`).
        if (nx.text === 'for' && isBodyHead(prev.text) && after && j + 1 < s.w1 && startsName(after) &&
          text.slice(nx.end, after.start) === ' ' && !wellKnownType(after.text)) {
          ws.push(nx, after);
          j += 2;
          continue;
        }
        // `Department of Health and Human Services`, `Family Educational Rights and Privacy Act`: `and` inside a body's
        // name after its head and `of`, or inside a law's name (capitalised words closed by `Act`); not in a heading,
        // where `and` joins things listed.
        if (nx.text === 'and' && !heading && after && j + 1 < s.w1 && startsName(after) && text.slice(nx.end, after.start) === ' ' && !wellKnownType(after.text)) {
          const ofAt = ws.findIndex((x) => x.text === 'of');
          const body = ofAt > 0 && HEAD_WORDS.get(ws[ofAt - 1].text.toLowerCase()) === 'organization' && ofAt < ws.length - 1;
          let end = j + 1;
          while (end + 1 < s.w1 && end < j + 5 && text.slice(words[end].end, words[end + 1].start) === ' ' && startsName(words[end + 1])) end++;
          // Not two bodies (`London School of Economics and Champlain College`), nor a word qualifying a noun after it
          // (`the Department of Justice and State attorneys general`): one word after `and` only when it is a place
          // (`Law Society of England and Wales`) or closes the clause.
          const afterAnd = text.slice(words[j + 1].start, words[end].end);
          // Nor a body and a person (`the Department of Commerce and Howard Lutnick`).
          const second = words.slice(j + 1, end + 1).some((x) => HEAD_WORDS.get(x.text.toLowerCase()) === 'organization') ||
            looksLikePerson(afterAnd) || personShaped(afterAnd);
          const closes = end + 1 >= s.w1 || !/^\s+\p{Ll}/u.test(text.slice(words[end].end, words[end + 1].end));
          const whole = end > j + 1 || isPlace(words[end].text) || closes;
          if ((body && !second && whole) || words[end].text === 'Act') {
            ws.push(nx);
            j++;
            continue;
          }
        }
        const sofar = text.slice(ws[0].start, prev.end);
        // `Gemini for Education`, `ChatGPT for Teams`, `Coursera for Campus`: an edition of a product named for its
        // buyers. Only where capitals mean a name (not a heading or a sentence's first words: `Tools for Teachers`),
        // and not after a person (`thanks to Maria for Science`).
        // `Code for America`, `Teach for America`: an ordinary word, capitalised mid-sentence, for a country names a body.
        const forPlace = ws.length === 1 && isDictionaryWord(ws[0].text.toLowerCase()) && !wellKnownType(ws[0].text) && !MODEL_FAMILIES.has(ws[0].text.toLowerCase()) && !!after && isPlace(after.text) &&
          !PLACE_INITIALS.test(after.text);
        if (nx.text === 'for' && !heading && i > s.w0 && after && j + 1 < s.w1 && (AUDIENCES.has(after.text) || forPlace) && text.slice(nx.end, after.start) === ' ' &&
          !/[:.!?]\s*$/.test(text.slice(words[i - 1].end, ws[0].start)) && !looksLikePerson(sofar) && !personShaped(sofar)) {
          ws.push(nx, after);
          j += 2;
          continue;
        }
        if (nx.text === 'of' && (looksLikePerson(sofar) || personShaped(sofar))) break; // `Yuxiong He of Microsoft`
        // `Dinh Ho Anh Khoa of Viettel`: three or more words that are mostly no dictionary words, with no head word
        // last (`National Institute of Standards`), are a person's name, not the start of a name with `of` (a
        // title's words are ordinary ones: `Sharp Capacity Scaling of Spectral Optimizers`).
        if (nx.text === 'of' && ws.length >= 3 && !HEAD_WORDS.has(prev.text.toLowerCase()) &&
          ws.filter((x) => !isDictionaryWord(x.text.toLowerCase())).length * 2 > ws.length) break;
        if (RUN_JOINERS.has(nx.text) && after && after.sentence === nx.sentence && startsName(after) &&
          text.slice(nx.end, after.start) === ' ') {
          ws.push(nx, after);
          j += 2;
          continue;
        }
        // `Ursula von der Leyen`, `Vincent van der Berg`: two particles before a family name.
        const third = words[j + 2];
        // `Executive Office of the President`, `Bureau of the Fiscal Service`: a body's head, `of the`, and the rest of its name.
        // Not a second body (`Initiative of the US Department of Defense`).
        if (nx.text === 'of' && after?.text === 'the' && isBodyHead(prev.text) && !heading && third && third.sentence === nx.sentence && startsName(third) &&
          !wellKnownType(third.text) && text.slice(nx.end, after.start) === ' ' && text.slice(after.end, third.start) === ' ' && !bodyAhead(j + 2)) {
          ws.push(nx, after, third);
          j += 3;
          continue;
        }
        if (RUN_JOINERS.has(nx.text) && nx.text !== 'of' && after && RUN_JOINERS.has(after.text) && after.text !== 'of' && third &&
          third.sentence === nx.sentence && /^\p{Lu}\p{Ll}/u.test(third.text) && text.slice(nx.end, after.start) === ' ' && text.slice(after.end, third.start) === ' ') {
          ws.push(nx, after, third);
          j += 3;
          continue;
        }
        // `the Competition and Markets Authority`, `the Food and Drug Administration`: `and` between common words
        // of a body named with its article or owner, when the words after it end with an organisation's head.
        // Before `and`, common words only (after `The` or a country's acronym), none a head of its own: `Khosla
        // Ventures and Founders Fund`, `Apple and Signal Foundation`, `Cloudflare, Signal and EFF` are two names.
        const bodyAt = ws[0].text === 'The' ? 1 : 0;
        const articled = (): boolean => ws[0].text === 'The' || /(?:\bthe|['’]s)\s+$/.test(text.slice(Math.max(0, ws[0].start - 4), ws[0].start));
        if (nx.text === 'and' && !heading && articled() &&
          ws.every((x, n) => commonWord(x) || (n === 0 && x.text === 'The') || (n <= 1 && isAcronym(x.text)) || (n === bodyAt + 1 && (x.text === 'of' || x.text === 'for'))) && commonWord(prev) &&
          !HEAD_WORDS.has(prev.text.toLowerCase()) && text.slice(nx.end, after?.start ?? nx.end) === ' ') {
          const tail: Word[] = [];
          for (let k = j + 1; k < s.w1 && tail.length < 4 && startsName(words[k]) && text.slice(words[k - 1].end, words[k].start) === ' '; k++) {
            tail.push(words[k]);
            if (words[k].possessive) break;
          }
          const last = tail[tail.length - 1];
          // `the Bureau of Industry and Security`, `the Center for Security and Emerging Technology`: a body's head, `of` or `for`,
          // then common words on both sides of `and`; not a firm's name (`the Department of Justice and Apple`), a second
          // body (`and Federal Trade Commission`) or a word qualifying the noun after it (`and State attorneys general`).
          const ofBody = ws[bodyAt + 1]?.text === 'of' || ws[bodyAt + 1]?.text === 'for';
          const lastIsHead = !!last && HEAD_WORDS.get(last.text.toLowerCase()) === 'organization';
          const headOf = !!last && ofBody && HEAD_WORDS.get(ws[bodyAt].text.toLowerCase()) === 'organization' && tail.length <= 3 &&
            tail.every((x) => commonWord(x) && !wellKnownType(x.text)) && !lastIsHead && words[j + 1 + tail.length]?.pos !== 'NOUN';
          if (headOf || (!ofBody && lastIsHead && tail.slice(0, -1).every(commonWord) && tail.length >= 2)) {
            ws.push(nx, ...tail);
            j += 1 + tail.length;
            joinedBody = true;
            continue;
          }
        }
        break;
      }
      // `The Ocean Alliance of CMA CGM, COSCO Shipping, Evergreen and OOCL`: `of` before a list names the body's members,
      // not the rest of its name; the members are names of their own.
      const membersAt = ws.findIndex((x, k) => k > 0 && x.text === 'of' && MEMBER_HEADS.test(ws[k - 1].text));
      // (Not a body of a place: `the University of California, Berkeley and Stanford`.)
      if (membersAt > 0 && ws[ws.length - 1] === words[j - 1] && !isPlace(text.slice(ws[membersAt + 1].start, ws[ws.length - 1].end)) && MEMBER_LIST.test(text.slice(words[j - 1].end, Math.min(s.end, words[j - 1].end + 160)))) {
        j = i + membersAt + 1;
        ws.length = membersAt;
      }
      // `21st Century Integrated Digital Experience Act`, `21st Century Fox`: the century's ordinal is the name's first word.
      const ordinal = words[i - 1];
      if (ws.length > 1 && ws[0].text === 'Century' && i > s.w0 && /^\d{1,2}(?:st|nd|rd|th)$/.test(ordinal.text) && text.slice(ordinal.end, w.start) === ' ') ws.unshift(ordinal);
      runs.push({ ws, end: ws[ws.length - 1].end, body: joinedBody || undefined });
      i = j;
    }

    // `Historically, Google has`, `Thankfully, YAGNI smells`: an adverb opening the sentence, alone, is no name
    // and no list's first member.
    // Only before its comma: `Rippling raised $450M` opens with a name that is a verb's -ing form too.
    const openingAdverb = (run: (typeof runs)[number]): boolean =>
      run.ws.length === 1 && run.ws[0].initial && !heading && text[run.end] === ',' && OPENING_QUALIFIER(run.ws[0].text);
    // Coordinated lists (`A, B, and C`) vouch for their members.
    const listGroups: number[][] = [];
    for (let r = 0; r < runs.length; r++) {
      const last = listGroups[listGroups.length - 1];
      const prevRun = runs[r - 1];
      // `Koray Kavukcuoglu, CTO of Google DeepMind`: a job title opens an appositive, not a list's next member.
      if (prevRun && last && last[last.length - 1] === r - 1 && !jobTitle(runs[r].ws[0].text) && !openingAdverb(prevRun)) {
        const gap = text.slice(prevRun.end + (prevRun.ws[prevRun.ws.length - 1].possessive ? 2 : 0), runs[r].ws[0].start);
        if (/^(,\s*(and\s+|or\s+)?|\s+(and|or|&)\s+)$/.test(gap)) {
          last.push(r);
          continue;
        }
      }
      listGroups.push([r]);
    }
    const listOf = new Map<number, number[]>();
    for (const g of listGroups) if (g.length >= 2) for (const r of g) listOf.set(r, g);

    for (const [r, run] of runs.entries()) {
      if (openingAdverb(run)) continue;
      let ws = run.ws;
      // Trim grammar: a common word opening a sentence, and joiners or stop words at either end.
      // Not a word the post also writes with the next one mid-sentence (`We used Hugging Face`, `at New Relic`).
      const keepOpener = (): boolean => {
        if (ws.length < 2) return false;
        const phrase = `${ws[0].text} ${ws[1].text}`;
        let kept = openers.get(phrase);
        // `Hugging Face Transformers now ships`: a name everyone knows needs no second sighting.
        if (kept === undefined) openers.set(phrase, (kept = !!wellKnownType(phrase) || writtenMidSentence(text, phrase, ws[0].start)));
        return kept;
      };
      // (`Section 508 of the Rehabilitation Act requires`: a statute's section is a name wherever it stands.)
      while (ws.length && (ws[0].initial || heading) && isCommonCapitalised(ws[0].text) && !isAcronym(ws[0].text) && !keepOpener() &&
        !(ws.length === 2 && STATUTE_SECTION.test(`${ws[0].text} ${ws[1].text}`))) ws = ws.slice(1);
      // `Will Kalshi survive?`: a question's opening auxiliary, though also a given name, is no part of a name.
      if (ws.length > 1 && (ws[0].initial || heading) && STOP_WORDS.has(ws[0].text.toLowerCase()) && /\?["'”’)\s]*$/.test(s.text)) ws = ws.slice(1);
      // `General Patton` is Patton; `General Catalyst`, `General Mills`: before one ordinary word, `General` is the name's.
      // `141 GB HBM3E`, `3 nm N3E`: a unit after a number measures; the name starts after it.
      while (ws.length > 1 && UNITS.has(ws[0].text) && /\d\s?$/.test(text.slice(Math.max(0, ws[0].start - 2), ws[0].start))) ws = ws.slice(1);
      // `Executive Vice-President Henna Virkkunen`, `Founders Imran Chaudhri and ...`: a rank before a title, a title with
      // `Vice-`, and a title in the plural before a given name are no part of the name either.
      while (ws.length > 2 && RANKS.has(ws[0].text) && (jobTitle(ws[1].text) || /^Vice-\p{L}/u.test(ws[1].text))) ws = ws.slice(1);
      while (ws.length > 1 && (/^Vice-\p{L}/u.test(ws[0].text) && jobTitle(ws[0].text.slice(5))) ||
        (ws.length > 2 && /^\p{Lu}\p{Ll}+s$/u.test(ws[0].text) && PERSON_TITLES.has(ws[0].text.toLowerCase().slice(0, -1)) && FIRST_NAMES.has(ws[1].text.toLowerCase()))) ws = ws.slice(1);
      while (ws.length > 1 && (PERSON_TITLES.has(ws[0].text.toLowerCase()) || pluralTitle(ws[0].text)) &&
        !(ws.length === 2 && ws[0].text === 'General' && isDictionaryWord(ws[1].text.toLowerCase()) && !FIRST_NAMES.has(ws[1].text.toLowerCase()) &&
          !GENERAL_PHRASES.has(ws[1].text.toLowerCase()))) ws = ws.slice(1);
      // `Then-Commissioner Thierry Breton`, `Ex-CEO Jane Roe`: an office held before is no word of the holder's name.
      if (ws.length >= 3 && /^(?:Then|Ex|Former)-\p{L}+$/u.test(ws[0].text)) ws = ws.slice(1);
      // `Democrat Anna Gomez`, `Republican Olivia Trusty`: a party before a person's name is no word of it.
      if (ws.length >= 3 && PARTY_LABELS.test(ws[0].text)) {
        const rest = text.slice(ws[1].start, ws[ws.length - 1].end);
        if (looksLikePerson(rest) || personShaped(rest)) ws = ws.slice(1);
      }
      // `Catherine Holmes AC SC`, `Jane Roe OBE`: honours after a person's name are no part of it.
      let honours = ws.length;
      while (honours > 2 && POST_NOMINALS.has(ws[honours - 1].text)) honours--;
      if (honours < ws.length && (looksLikePerson(text.slice(ws[0].start, ws[honours - 1].end)) || personShaped(text.slice(ws[0].start, ws[honours - 1].end)))) ws = ws.slice(0, honours);
      // `In April Fortinet warned`, `On Monday Google shipped`: a date after a preposition is no part of the name.
      // `On January 27 Nvidia lost`: the day of the month goes with it.
      // `By Monday Cognition had agreed`: a weekday after a sentence's opening `By` too (not a month: `by Jan van
      // Schoot`; nor `a column by Sunday Times`).
      while (ws.length > 1 && (MONTHS.has(ws[0].text.toLowerCase()) || WEEKDAYS.has(ws[0].text.toLowerCase())) &&
        (DATE_PREPOSITION.test(text.slice(Math.max(0, ws[0].start - 12), ws[0].start)) ||
          (WEEKDAYS.has(ws[0].text.toLowerCase()) && text.slice(s.start, ws[0].start).trim() === 'By'))) {
        ws = ws.slice(1);
        if (ws.length > 1 && /^\d{1,2}(?:st|nd|rd|th)?$/.test(ws[0].text)) ws = ws.slice(1);
      }
      // `Carl Windsor, CISO of Fortinet`: a job title and `of` before a name belong to the person, not the name.
      if (ws.length >= 3 && ws[1].text === 'of' && jobTitle(ws[0].text)) ws = ws.slice(2);
      // `Enabling R8 full mode broke ...`, `Running Llama 70B`, `Older Android devices`, `Currently Kafka`: a verb's
      // -ing form, a comparative or an adverb opening the sentence qualifies the name after it.
      // Not before a plural noun that opens a firm's name with its head word (`Thinking Machines Lab`; but `Monitoring
      // Palo Alto Networks`, `Porting Epic Games`).
      const pluralBody = (): boolean => ws.length >= 3 && ['company', 'organization'].includes(HEAD_WORDS.get(ws[ws.length - 1].text.toLowerCase()) ?? '') &&
        /^\p{Lu}\p{Ll}+s$/u.test(ws[1].text) && isDictionaryWord(ws[1].text.slice(0, -1).toLowerCase());
      if (ws.length > 1 && ws[0].initial && !heading && OPENING_QUALIFIER(ws[0].text) && !keepOpener() && !pluralBody()) ws = ws.slice(1);
      // `Let's look at Kafka`: the contraction alone is no name (`Let's Encrypt` is one).
      if (ws.length === 1 && /^let['’]s$/i.test(ws[0].text)) continue;
      // `Add Thinking Machines Lab`, `Meet Alice`, `Expect Mistral`; but `Take Holdings` would leave only a head word.
      if (ws.length > 1 && ws[0].initial && IMPERATIVE_VERBS.has(ws[0].text.toLowerCase()) &&
        !(ws.length === 2 && HEAD_WORDS.has(ws[1].text.toLowerCase()))) ws = ws.slice(1);
      while (ws.length && RUN_JOINERS.has(ws[0].text)) ws = ws.slice(1);
      while (ws.length && RUN_JOINERS.has(ws[ws.length - 1].text)) ws = ws.slice(0, -1);
      // `Usage of Java 6`: an ordinary noun opening the sentence before `of` is grammar, not part of the name.
      if (ws.length >= 3 && ws[0].initial && ws[1].text === 'of' && isDictionaryWord(ws[0].text) && !HEAD_WORDS.has(ws[0].text.toLowerCase()) &&
        !isDistinctive(ws[0].text)) ws = ws.slice(2);
      // `Nvidia H100 GPUs`: a plural generic word closing the run is what the name qualifies.
      // `Blackwell Ultra GPU`, `Oryon CPU`: the kind of chip after a chip's name, in the singular too.
      while (ws.length > 1 && ((/s$/.test(ws[ws.length - 1].text) && GENERIC_TERMS.has(ws[ws.length - 1].text.toLowerCase())) ||
        /^(?:GPU|CPU|NPU|SoC)$/.test(ws[ws.length - 1].text))) ws = ws.slice(0, -1);
      if (!ws.length) continue;
      if (ws.every((w) => isVersion(w.text) || /^\d/.test(w.text) && !isDistinctive(w.text))) continue;
      if (!run.hyphen && ws.length === 1 && run.ws.length === 1 && (isAcronym(ws[0].text) || isCamelCase(ws[0].text))) continue; // acronym signal
      const start = ws[0].start;
      const end = ws[ws.length - 1].end;
      const surface = text.slice(start, end);
      if (isNonEntity(surface)) continue;
      const following = text.slice(end, end + 24);
      // `in Hillsboro, Oregon`, `near Veldhoven, the Netherlands`: a place named with the region it lies in.
      const region = /^,\s+(?:the\s+)?(\p{Lu}[^,.;:()\n]{0,30})/u.exec(following);
      if (region && isPlace(region[1].trim()) && /\b(?:in|near|outside|around)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
      // `between Decatur, Illinois, and Boone, Iowa`: a plain word named with the region it lies in, whatever comes before.
      const plainWords = ws.length <= 2 && ws.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) && !wellKnownType(surface);
      if (plainWords && region && isPlace(region[1].trim().replace(/\s+and$/, '')) && /^,\s+(?:the\s+)?\p{Lu}[^,.;:()\n]{0,30}?(?:[,.;)]|\s+and\b|$)/u.test(following)) continue;
      // `near Jeddah, including`, `outside Lodi and`, `wrapped up in Coimbra last week`: a plain word where a place goes.
      // (Not a word of the language: `in Nature this spring` is where a paper appeared.)
      const placeWord = plainWords && ws.length === 1 && !isDictionaryWord(ws[0].text.toLowerCase());
      if (placeWord && /\b(?:near|outside)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && /^(?:\s*[,.;)]|\s+and\b)/.test(following)) continue;
      if (placeWord && /\bin\s+$/.test(text.slice(Math.max(0, start - 4), start)) && /^\s+(?:last|this|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b/.test(following)) continue;
      // `Continuous Integration (CI)`: a generic term with its usual abbreviation.
      const abbr = /^\s*\(([\p{L}/&-]{2,8})\)/u.exec(following);
      if (abbr && ws.length >= 2 && GENERIC_TERMS.has(abbr[1].toLowerCase())) continue;
      // `Open Research Lead`: ordinary words before a job word are the job's title.
      const job = /^\s+(\p{Lu}\p{Ll}+)/u.exec(following);
      if (job && ws.length >= 2 && JOB_WORDS.has(job[1].toLowerCase()) && ws.every((w) => isDictionaryWord(w.text) || RUN_JOINERS.has(w.text))) continue;
      const initial = ws[0].initial;
      const distinctive = ws.some((w) => isDistinctive(w.text));
      const multi = ws.filter((w) => !RUN_JOINERS.has(w.text)).length >= 2;
      let strength: Strength;
      // `Let's Talk About Kafka.` opening a sentence is as likely a suggestion as `Let's Encrypt`: it needs support elsewhere.
      if (heading || (initial && /^let['’]s$/i.test(ws[0].text))) strength = 'weak';
      else if (distinctive || run.body) strength = 'medium';
      else if (multi && !initial) strength = 'medium';
      else if (multi && initial && ws.slice(1).every((w) => !isDictionaryWord(w.text) || w.pos === 'PROPN')) strength = 'medium';
      else strength = 'weak';
      const group = listOf.get(r);
      out.push({
        start,
        end,
        surface,
        signal: 'propn-run',
        strength,
        midSentence: !initial && !heading,
        possessive: ws[ws.length - 1].possessive || undefined,
        listedWith: group
          ? group.filter((g) => g !== r).map((g) => text.slice(runs[g].ws[0].start, runs[g].end))
          : undefined,
      });
    }
  }
  return out;
}
