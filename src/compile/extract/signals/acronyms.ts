// Acronyms and CamelCase words (`MCP`, `AG-UI`, `CopilotKit`, `iMessage`): names by their shape alone.
import { insideInternalLink, type DocContext } from '../document.js';
import { NAME_SUFFIXES, isAcronym, isCamelCase, isModelNumber, isNonEntity, isVersion } from '../names.js';
import type { Candidate } from './candidate.js';
import { PERSON_TITLES } from '../data/words.js';

export function acronymSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  const { words, text } = ctx;
  for (const s of ctx.sentences) {
    const seg = ctx.segments[s.segment];
    const heading = seg.kind === 'heading' || (seg.kind === 'table-cell' && seg.header);
    for (let i = s.w0; i < s.w1; i++) {
      const w = words[i];
      if (insideInternalLink(ctx, w.start)) continue;
      // `HTTP/2`, `HTTP/1.1`: an acronym with a version after a slash is one name, even when the acronym alone
      // is a generic term (`HTTP`). Not two acronyms (`CI/CD`, `UI/UX` are fields) nor a port (`TCP/443`).
      const slashed = text.charCodeAt(w.end) === 47 && /^\p{Lu}{2,}$/u.test(w.text) && !w.possessive ? /^\/\d(?:\.\d)?(?![\p{L}\p{N}/]|\.\d)/u.exec(text.slice(w.end, w.end + 12)) : null;
      if (slashed) {
        out.push({
          start: w.start,
          end: w.end + slashed[0].length,
          surface: w.text + slashed[0],
          signal: 'acronym',
          strength: heading ? 'weak' : 'medium',
          midSentence: !w.initial && !heading,
        });
        i++;
        continue;
      }
      const acronym = isAcronym(w.text);
      if (!acronym && !isCamelCase(w.text)) continue;
      // Part of a longer capitalised run: the run is the name.
      const prev = words[i - 1];
      const next = words[i + 1];
      // Only words a capitalised run would take: `33in FFmpeg` and `FOSDEM 2024` leave the acronym alone.
      const nameWord = (x: typeof w): boolean => /^\p{Lu}/u.test(x.text) || isCamelCase(x.text) || (/^\d/.test(x.text) && /\p{Lu}/u.test(x.text));
      const joined = (a: typeof w | undefined, b: typeof w | undefined): boolean =>
        !!a && !!b && a.sentence === b.sentence && text.slice(a.end + (a.possessive ? 2 : 0), b.start) === ' ' && !a.possessive &&
        nameWord(a) && (nameWord(b) || (b !== w && (isVersion(b.text) || isModelNumber(a.text, b.text))));
      // `IBM CEO Arvind Krishna`: a job title before a person's name ends the run there (as for capitalised
      // runs), so the acronym stands alone; `GPT Researcher is ...` is one name.
      const after = words[i + 2];
      const title = !!next && /^\p{Lu}/u.test(next.text) && PERSON_TITLES.has(next.text.toLowerCase()) &&
        !!after && after.sentence === w.sentence && /^\p{Lu}\p{Ll}/u.test(after.text) && text.slice(next.end, after.start) === ' ';
      // `Radeon RX 9070 XT`: a suffix after a model number is part of the run too.
      const before = words[i - 2];
      const afterModel = !!prev && !!before && (isVersion(prev.text) || isModelNumber(before.text, prev.text)) && /\d/.test(prev.text) && joined(before, prev) &&
        text.slice(prev.end, w.start) === ' ' && prev.sentence === w.sentence;
      if (joined(prev, w) || afterModel || (joined(w, next) && !title)) continue;
      if (isNonEntity(w.text)) continue;
      // `optOutLink`, `getElementById`: identifiers from code, not names.
      if (/^\p{Ll}{2,}(?:\p{Lu}\p{Ll}+){2,}$/u.test(w.text)) continue;
      // `libSQL-based`, `OpenAI-compatible`: the name before a suffix of use.
      const dash = w.text.lastIndexOf('-');
      const surface = dash > 0 && NAME_SUFFIXES.test(w.text.slice(dash)) ? w.text.slice(0, dash) : w.text;
      out.push({
        start: w.start,
        end: w.start + surface.length,
        surface,
        signal: acronym ? 'acronym' : 'camelcase',
        strength: heading ? 'weak' : 'medium',
        midSentence: !w.initial && !heading,
        possessive: w.possessive || undefined,
      });
    }
  }
  return out;
}
