// Definitions in both orders: `Model Context Protocol (MCP)` and `ACP (Agentic Commerce Protocol)`,
// and renames: `Bird (formerly MessageBird)`.
import { GENERIC_TERMS } from '../data/words.js';
import type { DocContext } from '../document.js';
import { acronymFits, isAcronym, isCamelCase, words } from '../names.js';
import { asName, type Candidate } from './candidate.js';
import { isDictionaryWord } from '../nlp.js';
import { wellKnownType } from '../data/well-known.js';

const NAME_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}\-.&+'’]*`;
// (`Department for Science, Innovation and Technology (DSIT)`: a comma may list the subjects a body is named for.)
const LONG_THEN_SHORT = new RegExp(String.raw`(${NAME_WORD}(?:,?\s+(?:of|for|and|the|on|to|in|&|${NAME_WORD})){0,8})\s+\(([^()]{2,24})\)`, 'gu');
const SHORT_THEN_LONG = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Ll}?[\p{Lu}][\p{L}\p{N}\-&]{1,11})\s+\(([^()]{3,90})\)`, 'gu');
// `ISO 21448, better known as SOTIF`, `Genivi (now COVESA)`: a second name now or once in use; group 2 is set for a synonym.
const FORMERLY = new RegExp(String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){0,4})\s*(?:\(|,\s*)(?:formerly|previously|née|now|renamed from|formerly known as|(better known as|also known as|aka))\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,4})`, 'gu');

const FORMERLY_HINT = /formerly|previously|née|now|renamed|known as|aka/;

function shortForm(s: string): string | null {
  const t = s.trim();
  if (/\s/.test(t)) return null;
  return isAcronym(t) || isCamelCase(t) || /^[\p{Lu}][\p{L}\p{N}-]*$/u.test(t) ? t : null;
}

/** The shortest tail of `long` whose words the acronym spells. */
function fittingTail(short: string, long: string): string | null {
  const w = words(long);
  for (let k = 1; k <= w.length; k++) {
    const tail = w.slice(w.length - k).join(' ');
    // `Assignment and Grade Services (AGS)`: a tail opening with a joiner (`and Grade Services`) is no name.
    if (tail[0].toLowerCase() !== short[0].toLowerCase() || /^\p{Ll}/u.test(tail)) continue;
    if (k === 1 && !/[-\p{Lu}].*[\p{Lu}\p{N}]/u.test(tail.slice(1))) continue; // one plain word cannot spell an acronym
    if (acronymFits(short, tail)) return tail;
  }
  return null;
}

/**
 * `OpenTelemetry Collector (OTel Collector)`: a short form of several words that keeps the long
 * form's last words and abbreviates the ones before (or keeps its first words and abbreviates the rest).
 * Returns the long form it shortens, or null.
 */
function shortenedName(inner: string, run: string): string | null {
  const sw = words(inner.trim());
  const lw = words(run);
  if (sw.length < 2 || sw.length > 3 || !/^[\p{Lu}\p{N}]/u.test(sw[0])) return null;
  // `21st Century Integrated Digital Experience Act (21st Century IDEA)`: the first words kept, the rest spelled by initials.
  const last = sw[sw.length - 1];
  // (Capitals, not `isAcronym`: `IDEA` is a word too.)
  if (/^\p{Lu}{2,}$/u.test(last)) {
    const kept = sw.slice(0, -1).map((x) => x.toLowerCase());
    for (let p = 0; p + kept.length < lw.length; p++) {
      if (kept.every((x, q) => lw[p + q].toLowerCase() === x) && acronymFits(last, lw.slice(p + kept.length).join(' '))) return lw.slice(p).join(' ');
    }
  }
  if (!/^\p{Lu}/u.test(sw[0])) return null;
  let k = 0;
  while (k < sw.length - 1 && k < lw.length - 1 && sw[sw.length - 1 - k].toLowerCase() === lw[lw.length - 1 - k].toLowerCase()) k++;
  if (k === 0) return null;
  const head = sw.slice(0, sw.length - k).join(' ');
  const rest = lw.slice(0, lw.length - k);
  for (let j = 1; j <= Math.min(3, rest.length); j++) {
    const part = rest.slice(rest.length - j).join(' ');
    if (head.length < part.length && acronymFits(head, part)) return [...rest.slice(rest.length - j), ...lw.slice(lw.length - k)].join(' ');
  }
  return null;
}

/**
 * `Children's Online Privacy Protection Act (COPPA)`: a possessive of an ordinary word may stand inside a defined name;
 * one of a name (`Google's Kubernetes Engine (GKE)`) is its owner's, and the name starts after it.
 */
function commonPossessive(long: string): boolean {
  const owners = [...long.matchAll(/([\p{L}\p{N}.-]+)['’]s\s/gu)].map((m) => m[1]);
  return owners.length > 0 && owners.every((w) => isDictionaryWord(w.toLowerCase()) && !wellKnownType(w));
}

export function definitionSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  const pair = (sStart: number, long: string, longAt: number, short: string, shortAt: number): void => {
    const l = asName(long, { title: true, possessive: commonPossessive(long) });
    if (!l) return;
    // `Continuous Integration (CI)`, `Large Language Model (LLM)`: a generic term defined, not a named thing.
    if (GENERIC_TERMS.has(short.toLowerCase().replace(/s$/, '')) || GENERIC_TERMS.has(short.toLowerCase())) return;
    out.push({ start: sStart + longAt, end: sStart + longAt + long.length, surface: l, signal: 'definition', strength: 'strong', alias: short });
    out.push({ start: sStart + shortAt, end: sStart + shortAt + short.length, surface: short, signal: 'definition', strength: 'strong', alias: l });
  };
  for (const s of ctx.sentences) {
    if (ctx.segments[s.segment].kind === 'heading') continue;
    const text = s.text;
    // Most sentences have no bracket and no renaming word; the patterns below are costly to try on them.
    const bracket = text.includes('(');
    for (const m of bracket ? text.matchAll(LONG_THEN_SHORT) : []) {
      const shortened = shortenedName(m[2], m[1]);
      if (shortened) {
        pair(s.start, shortened, m.index + m[1].length - shortened.length, m[2].trim(), m.index + m[0].lastIndexOf(m[2].trim()));
        continue;
      }
      const short = shortForm(m[2]);
      if (!short || short.length > 12) continue;
      const long = fittingTail(short, m[1]);
      if (!long || long === short) continue;
      const longAt = m.index + m[1].length - long.length;
      pair(s.start, long, longAt, short, m.index + m[0].lastIndexOf(short));
    }
    for (const m of bracket ? text.matchAll(SHORT_THEN_LONG) : []) {
      const inner = m[2].trim();
      // `eBPF (extended Berkeley Packet Filter)`: an acronym may open with a lower-case letter; `LoRA (Low-Rank
      // Adaptation)`: a mixed-case one must spell the long form's words.
      if (!isAcronym(m[1]) && !/\d/.test(m[1]) && !/^\p{Ll}\p{Lu}{2,}$/u.test(m[1]) && !(isCamelCase(m[1]) && acronymFits(m[1], inner))) continue;
      if (/[,;:]/.test(inner)) continue;
      if (!acronymFits(m[1], inner) && !(inner.replace(/[\s-]/g, '').toLowerCase().startsWith(m[1][0].toLowerCase()) && /\p{Lu}.*\p{Lu}/u.test(inner) && inner.length <= 16 && !/\s/.test(inner))) continue;
      pair(s.start, inner, m.index + m[0].indexOf(inner), m[1], m.index);
    }
    for (const m of FORMERLY_HINT.test(text) ? text.matchAll(FORMERLY) : []) {
      const a = asName(m[1]);
      const b = asName(m[3]);
      if (!a || !b) continue;
      // `World Forum for Harmonization of Vehicle Regulations, better known as WP.29`: only the whole name has the synonym;
      // and only a name that ends its clause (not `Gabe Newell, better known as Valve's boss`).
      if (m[2] && (/\b(?:of|for|and|on|to|in|at|by|from|with|&)\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index)) ||
        /['’]s$/.test(m[3]) || !/^\s*(?:[,.;:()]|$)/.test(text.slice(m.index + m[0].length)))) continue;
      out.push({ start: s.start + m.index, end: s.start + m.index + m[1].length, surface: a, signal: 'definition', strength: 'strong', alias: b });
      const bAt = m.index + m[0].lastIndexOf(m[3]);
      const other: Candidate = { start: s.start + bAt, end: s.start + bAt + m[3].length, surface: b, signal: 'definition', strength: 'medium', alias: a };
      if (!m[2]) other.formerName = true;
      out.push(other);
    }
  }
  return out;
}
