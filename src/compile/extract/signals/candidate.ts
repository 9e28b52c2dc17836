// What a signal reports, and the name-shape test signals share.
import type { EntityType, Signal } from '../../../types.js';
import {
  JOINERS,
  cleanSurface,
  isCapitalised,
  isDistinctive,
  isNonEntity,
  isNonEntityWork,
  isVersion,
  words,
} from '../names.js';
import { STOP_WORDS } from '../data/words.js';

/** How much a mention proves by itself: strong and medium make an entity; weak only add to one. */
export type Strength = 'strong' | 'medium' | 'weak';

export interface Candidate {
  start: number;
  end: number;
  surface: string;
  signal: Signal;
  strength: Strength;
  typeHint?: EntityType;
  url?: string;
  alias?: string;
  /** A mid-sentence capitalised occurrence (evidence a dictionary word is used as a name). */
  midSentence?: boolean;
  /** Other names in the same coordinated list (`A, B, and C`). */
  listedWith?: string[];
  /** The mention owns the next noun phrase (`X's product`). */
  possessive?: boolean;
  /** A bold lead-in closed by a period or colon (`**Vapi.** ...`): the paragraph defines it. */
  boldLead?: boolean;
  /** The finder is sure the span is no name (a descriptive link anchor): other finds of the same span stay weak. */
  demote?: boolean;
  /** The alias is the current name and this surface an old one (`formerly X`). */
  formerName?: boolean;
}

export interface NameOptions {
  /** Titles and anchors may hold short lower-case function words (`Agentic AI in the Wild`). */
  title?: boolean;
  /** A paper's title: longer function words may be lower-case too (`Agents Suffer from Hallucinations`). */
  paper?: boolean;
  /** A possessive may stand inside the name: an acronym spells it (`Children's Online Privacy Protection Act (COPPA)`). */
  possessive?: boolean;
  /**
   * The title of a work placed by its cue (`the paper "How Complex Systems Fail"`): three words or more may open
   * and end with any word.
   */
  work?: boolean;
  /** Allow a single lower-case word (bold project names, repository anchors). */
  lowercase?: boolean;
  maxWords?: number;
}

/** Function words (prepositions, conjunctions, determiners, auxiliaries) that title case may leave lower-case, beyond the short ones. */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'from', 'with', 'into', 'onto', 'over', 'upon', 'than', 'when', 'what', 'where', 'which', 'without', 'within', 'through',
  'toward', 'towards', 'across', 'about', 'beyond', 'under', 'using', 'versus', 'does', 'your', 'their',
]);

const CLAUSE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'did', 'does', "isn't", "wasn't", "don't"]);

/**
 * A work's title in sentence case (`Array programming with NumPy`, `Numba: a LLVM-based Python JIT compiler`):
 * three to sixteen words, the first capitalised, and a name or a subtitle's colon after it, so a quoted remark
 * (`this is fine`) is not one.
 */
export function sentenceCaseTitle(text: string): string | null {
  const name = cleanSurface(text.replace(/\s*\([^()]*\)\s*$/, ''));
  const w = words(name);
  if (w.length < 3 || w.length > 16 || !/^\p{Lu}/u.test(w[0]) || /[.!?]\s/.test(name) || /:\/\/|[()\[\]{}<>|]/.test(name)) return null;
  const bare = w.map((x) => x.replace(/[,;:.!?]+$/, ''));
  if (!/:\s/.test(name) && !bare.slice(1).some((x) => isCapitalised(x) || (isDistinctive(x) && /\p{L}/u.test(x)))) return null;
  // A clause (`The botnet was only about 20,000 machines`) is a quoted remark, not a title.
  if (w.some((x) => CLAUSE_VERBS.has(x))) return null;
  return isNonEntityWork(name) ? null : name;
}

/**
 * A title its citation places beyond doubt (its authors and year after it, its journal in italics): any sentence of
 * three words or more that opens with a capital, clause verbs and all (`"Ethereum is a Dark Forest", Dan Robinson ...`).
 */
export function citedTitle(text: string): string | null {
  const found = workTitle(text);
  if (found) return found;
  const name = cleanSurface(text.replace(/\s*\([^()]*\)\s*$/, ''));
  const w = words(name);
  if (w.length < 3 || w.length > 16 || !/^\p{Lu}/u.test(w[0]) || /[.!?]\s/.test(name) || /:\/\/|[()\[\]{}<>|]/.test(name)) return null;
  return isNonEntityWork(name) ? null : name;
}

/**
 * The title of a work its cue places (`the paper "..."`, `her book *...*`, a quoted heading with its year): a title
 * keeping its small words and opening or ending with any word, else one in sentence case.
 */
export function workTitle(text: string): string | null {
  return asName(text, { title: true, paper: true, work: true, maxWords: 16 }) ?? sentenceCaseTitle(text);
}

/** Returns the cleaned name when `text` reads as a name, else null. */
export function asName(text: string, opts: NameOptions = {}): string | null {
  if (/:\/\/|^www\.|[()\[\]{}<>|]/.test(text.replace(/\s*\([^()]*\)\s*$/, ''))) return null;
  const name = cleanSurface(text.replace(/\s*\([^()]*\)\s*$/, ''));
  const w = words(name);
  const max = opts.maxWords ?? 8;
  if (!w.length || w.length > max) return null;
  const work = !!opts.work && w.length >= 3;
  if (work ? isNonEntityWork(name) : isNonEntity(name)) return null;
  const first = w[0];
  const last = w[w.length - 1];
  if (!work && STOP_WORDS.has(last.toLowerCase())) return null;
  if (/^(19|20)\d\d$/.test(first)) return null;
  // `**The ransomware.**`: after an article, a name is capitalised (`The Verge`); a lower-case word is a noun.
  if (/^(?:The|A|An)$/.test(first) && w.length > 1 && /^\p{Ll}/u.test(w[1])) return null;
  // A possessive ends a name (`Google's Gemini` is two), except inside a work's title (`Humanity's Last Exam`).
  if (!opts.paper && !opts.possessive && w.slice(0, -1).some((x) => /['’]s$/.test(x))) return null;
  const firstOk = isCapitalised(first) || isDistinctive(first) || /^\d/.test(first) || (opts.lowercase && w.length === 1);
  if (!firstOk) return null;
  let lower = 0;
  for (const x of w.slice(1)) {
    if (isCapitalised(x) || isDistinctive(x) || isVersion(x) || /^[\d+&]/.test(x)) continue;
    if (JOINERS.has(x.toLowerCase()) && (opts.title || ['of', '&', 'de', 'von', 'van', 'der', 'la', 'du'].includes(x.toLowerCase()))) {
      lower++;
      continue;
    }
    if (opts.title && ((x.length <= 3 && /^\p{Ll}+$/u.test(x)) || (opts.paper && TITLE_FUNCTION_WORDS.has(x)))) {
      lower++;
      continue;
    }
    return null;
  }
  if (lower * 3 > w.length) return null;
  return name;
}

/** Host without `www.`, or undefined for relative or malformed links. */
export function hostOf(href: string): string | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  try {
    return new URL(href).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
