// Court cases named by their parties, as legal citations write them (`Mata v. Avianca`, `Epic Games v. Apple`,
// `FTC v. Amazon.com`, `The New York Times Co. v. Microsoft Corp.`): the `v.` between two names. Not `vs.`, which
// compares things (`PostgreSQL vs. MySQL`). The parties stay names of their own, except a one-word party the post
// names nowhere else (`Kadrey` of `Kadrey v. Meta`, a plaintiff's surname): the case is what the post speaks of.
import type { DocContext } from '../document.js';
import { STOP_WORDS } from '../data/words.js';
import { escapeRegExp } from '../name-key.js';
import type { Candidate } from './candidate.js';

const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*`;
const PARTY = String.raw`${WORD}(?:\s+(?:(?:of|&|the|de|for)\s+)?${WORD}){0,6}`;
const CASE = new RegExp(String.raw`(${PARTY})\s+v\.\s+(${PARTY})`, 'gu');

/** Words that open a sentence before a case's name (`Later Mata v. Avianca was cited`); not `New` of `New York Times v. ...`. */
const SENTENCE_ADVERBS = /^(?:Later|Then|Meanwhile|Also|Earlier|Recently|Since|Before|After|Following|Today|Yesterday|Now|But|So|Still|Next|Finally|Separately|Similarly|Notably|Indeed|Again|Unlike|Like|Per)$/;

export function caseNameSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  const parties: Array<{ start: number; text: string }> = [];
  for (const s of ctx.sentences) {
    if (!/\sv\.\s/.test(s.text)) continue;
    for (const m of s.text.matchAll(CASE)) {
      // The run before `v.` may open with the sentence's own words (`In Mata v. Avianca`, `After Epic v. Apple`).
      let skipped = 0;
      const opener = (w: string): boolean => STOP_WORDS.has(w.toLowerCase()) || (m.index + skipped === 0 && SENTENCE_ADVERBS.test(w));
      for (let w = /^(\S+)\s+/.exec(m[1]); w && opener(w[1]); w = /^(\S+)\s+/.exec(m[1].slice(skipped))) skipped += w[0].length;
      // A possessive after the case is the sentence's (`Mata v. Avianca's sanctions`).
      const text = m[0].slice(skipped).replace(/['’]s$/, '').replace(/[.,]$/, '');
      if (!/\p{L}/u.test(m[2])) continue;
      const start = s.start + m.index + skipped;
      out.push({ start, end: start + text.length, surface: text.replace(/\s+/g, ' '), signal: 'case-name', strength: 'strong', typeHint: 'event' });
      const v = /\s+v\.\s+/.exec(text)!;
      parties.push({ start, text: text.slice(0, v.index) }, { start: start + v.index + v[0].length, text: text.slice(v.index + v[0].length) });
    }
  }
  for (const p of parties) {
    if (/\s/.test(p.text)) continue;
    const elsewhere = [...ctx.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(p.text)}(?![\\p{L}\\p{N}])`, 'gu'))].some(
      (m) => !out.some((c) => c.start <= m.index && m.index < c.end),
    );
    // Weak and sure it is no name here: other finds of the same span stay weak too.
    if (!elsewhere) out.push({ start: p.start, end: p.start + p.text.length, surface: p.text, signal: 'propn-run', strength: 'weak', demote: true });
  }
  return out;
}
