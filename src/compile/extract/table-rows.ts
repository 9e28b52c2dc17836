// A table cell quoted alone says little (`Llama 3.1 70B`, `$2.10`): what a post says about the thing
// a cell names is the rest of its row. The sentence kept for a data cell is the cell followed by its
// row's other cells under their column headers, so facts, leads and mention lists quote the row.
import type { DocContext } from './document.js';

export interface StoredSentence {
  text: string;
  quantified: boolean;
  tableRow?: true;
}

/**
 * Per sentence of the post: the text and quantity flag extraction keeps. A sentence that is a whole
 * data cell becomes `cell (Header: value; Header: value)`; it still begins with the cell, so offsets of
 * the mentions in it hold. Every other sentence is kept as it is.
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
  for (let i = 0; i < segs.length; i++) {
    if (!isDataCell(i)) continue;
    // The row: data cells in rising column order (empty cells have no segment).
    let first = i;
    while (first > 0 && isDataCell(first - 1) && (segs[first - 1].col ?? 0) < (segs[first].col ?? 0)) first--;
    let last = i;
    while (isDataCell(last + 1) && (segs[last + 1].col ?? 0) > (segs[last].col ?? 0)) last++;
    const own = bySegment.get(i);
    if (first === last || own?.length !== 1) continue;
    const others: string[] = [];
    let quantified = out[own[0]].quantified;
    for (let j = first; j <= last; j++) {
      if (j === i) continue;
      const text = segs[j].text.trim();
      if (!text) continue;
      const header = segs[j].columnHeader?.trim();
      others.push(header ? `${header}: ${text}` : text);
      for (const k of bySegment.get(j) ?? []) quantified ||= ctx.sentences[k].quantified;
    }
    if (others.length === 0) continue;
    out[own[0]] = { text: `${out[own[0]].text} (${others.join('; ')})`, quantified, tableRow: true };
  }
  return out;
}
