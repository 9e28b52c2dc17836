// A table cell quoted alone says little (`Llama 3.1 70B`, `$2.10`): what a post says about the thing
// a cell names is the rest of its row. The sentence kept for a data cell is its row, the cells under their
// column headers, so facts, leads and mention lists quote the row.
import type { DocContext } from './document.js';

export interface StoredSentence {
  text: string;
  quantified: boolean;
  tableRow?: true;
  /** Where the sentence's own text starts in `text` (mentions' offsets move by as much). */
  shift?: number;
}

/**
 * Per sentence of the post: the text and quantity flag extraction keeps. A sentence that is a whole data
 * cell of the first column becomes `cell (Header: value; Header: value)`; one of a later column, the row in
 * column order (`Vendor: Wiz; Owner: Google (pending); Pricing: Per workload`), with `shift` saying where
 * the cell's own text now starts. Every other sentence is kept as it is.
 */
export function storedSentences(ctx: DocContext): StoredSentence[] {
  const out: StoredSentence[] = ctx.sentences.map((s) => ({ text: s.text, quantified: s.quantified }));
  const bySegment = new Map<number, number[]>();
  for (const [k, s] of ctx.sentences.entries()) {
    const list = bySegment.get(s.segment);
    if (list) list.push(k);
    else bySegment.set(s.segment, [k]);
  }
  const segs = ctx.segments;
  const isDataCell = (i: number): boolean => segs[i]?.kind === 'table-cell' && !segs[i].header;
  const labelled = (j: number, text: string): string => {
    const header = segs[j].columnHeader?.trim();
    return header ? `${header}: ${text}` : text;
  };
  for (let i = 0; i < segs.length; i++) {
    if (!isDataCell(i)) continue;
    // The row: the data cells of the same table row (empty cells have no segment).
    const sameRow = (j: number): boolean => isDataCell(j) && segs[j].row === segs[i].row;
    let first = i;
    while (first > 0 && sameRow(first - 1)) first--;
    let last = i;
    while (sameRow(last + 1)) last++;
    const own = bySegment.get(i);
    if (first === last || own?.length !== 1) continue;
    const cell = out[own[0]].text;
    const leads = segs[i].col === 0;
    const parts: string[] = [];
    let others = 0;
    let quantified = out[own[0]].quantified;
    let shift = 0;
    for (let j = first; j <= last; j++) {
      if (j === i) {
        if (leads) continue;
        const part = labelled(j, cell);
        shift = parts.reduce((n, p) => n + p.length + 2, 0) + part.length - cell.length;
        parts.push(part);
        continue;
      }
      const text = segs[j].text.trim();
      if (!text) continue;
      parts.push(labelled(j, text));
      others++;
      for (const k of bySegment.get(j) ?? []) quantified ||= ctx.sentences[k].quantified;
    }
    if (others === 0) continue;
    const text = leads ? `${cell} (${parts.join('; ')})` : parts.join('; ');
    out[own[0]] = shift > 0 ? { text, quantified, tableRow: true, shift } : { text, quantified, tableRow: true };
  }
  return out;
}
