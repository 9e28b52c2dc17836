// Paper titles: `Paper 1: Title`, and quoted titles in a sentence that speaks of a paper or study.
import type { DocContext } from '../document.js';
import { asName, type Candidate } from './candidate.js';

const PAPER_N = /\b(?:Paper|Study|Preprint)\s+\d+\s*[:.]\s+(.+?)(?:\s+[—–-]\s+|\s*\(|$)/g;
const QUOTED = /["“]([^"”]{6,160})["”]/g;
const PAPER_CUE = /\b(paper|papers|preprint|study|survey|arxiv|et al\.?|titled|published|publication|proceedings|workshop paper)\b/i;

export function paperTitleSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(PAPER_N)) {
      const name = asName(m[1].replace(/[.]$/, ''), { title: true, paper: true, maxWords: 16 });
      if (!name) continue;
      const at = s.start + m.index + m[0].indexOf(m[1]);
      out.push({ start: at, end: at + name.length, surface: name, signal: 'paper-title', strength: 'strong', typeHint: 'paper' });
    }
    for (const m of s.text.matchAll(QUOTED)) {
      const inner = m[1].replace(/[.,]$/, '');
      const name = asName(inner, { title: true, maxWords: 16 });
      if (!name || name.split(/\s+/).length < 2) continue;
      const at = s.start + m.index + 1;
      const paper = PAPER_CUE.test(s.text);
      out.push({
        start: at,
        end: at + name.length,
        surface: name,
        signal: 'quoted-title',
        strength: paper ? 'strong' : 'weak',
        typeHint: paper ? 'paper' : undefined,
      });
    }
  }
  return out;
}
