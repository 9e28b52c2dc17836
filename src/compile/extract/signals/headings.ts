// Headings that name their subject: `## 4. SpecEyes: CPU Architecture Ideas ...`, `## Karpathy's AutoResearch: ...`.
import type { DocContext } from '../document.js';
import { asName, workTitle, type Candidate } from './candidate.js';
import { isOrdinaryPhrase, words } from '../names.js';

export function headingSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  for (const seg of ctx.segments) {
    if (seg.kind !== 'heading') continue;
    const numbered = /^\s*(?:\d+[.)]|[IVX]+\.|Part\s+\d+[:.]?)\s*/.exec(seg.text);
    const body = numbered ? seg.text.slice(numbered[0].length) : seg.text;
    const offset = seg.start + (numbered ? numbered[0].length : 0);
    // `### "The Tail at Scale" (2013)`, `## 4. "Python for Data Analysis", third edition`: a heading that is a quoted
    // title with its year or edition heads the summary of a work (without them it may be a slogan: `"Just Use Postgres"`).
    const quoted = /^["“]([^"”?!]{6,160})["”]\s*(?:\((?:19|20)\d\d\)|,\s*(?:\w+\s+)?edition)\s*$/iu.exec(body);
    if (quoted) {
      const title = workTitle(quoted[1]);
      if (title && words(title).length >= 2) {
        out.push({ start: offset + 1, end: offset + 1 + title.length, surface: title, signal: 'heading', strength: 'strong', typeHint: 'paper' });
        continue;
      }
    }
    const colon = body.indexOf(': ');
    if (colon <= 0) continue;
    let left = body.slice(0, colon);
    let at = offset;
    const owned = /^(.+?)['’]s\s+(.+)$/.exec(left);
    if (owned) {
      const owner = asName(owned[1]);
      if (owner) out.push({ start: at, end: at + owned[1].length, surface: owner, signal: 'heading', strength: 'medium', possessive: true });
      at += left.length - owned[2].length;
      left = owned[2];
    }
    const name = asName(left, { maxWords: 5 });
    if (!name) continue;
    // `## The Infrastructure Startups: Follow the Money`: several ordinary words title a section, they name nothing.
    const titling = words(name).length >= 2 && isOrdinaryPhrase(name.replace(/^the\s+/i, ''));
    out.push({ start: at, end: at + name.length, surface: name, signal: 'heading', strength: titling ? 'weak' : 'strong' });
  }
  return out;
}
