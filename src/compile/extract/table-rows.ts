// A table cell quoted alone says little (`Llama 3.1 70B`, `$2.10`): what a post says about the thing
// a cell names is the rest of its row. The sentence kept for a data cell is its row, the cells under their
// column headers, so facts, leads and mention lists quote the row.
import type { DocContext } from './document.js';
import { isRowLabelHeader } from './signals/cells.js';

export interface StoredSentence {
  text: string;
  quantified: boolean;
  tableRow?: true;
  /** A cell of a later column: the row is about the thing its first cell names, not about this cell's. */
  rowValue?: true;
  /** Where the sentence's own text starts in `text` (mentions' offsets move by as much). */
  shift?: number;
}

/** A first cell that is a figure, a date or a rank, not a name. */
const NOT_A_LABEL = /^(?:[#~<>≈$€£]?\s?[\d.,:/%\s-]+[KMBkmb%]?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,4}(?:,\s*\d{4})?|Q[1-4]\s+\d{4}|H[12]\s+\d{4})$/;
/**
 * A first column of dates, ranks or periods, or of who makes or runs the thing the row is about (`| Provider | Model |
 * Price |`, `| Team | Service | Cost |`): the row is about the later cells as much as the first.
 */
const NOT_A_LABEL_HEADER = /^(?:date|dates|year|years|when|rank|#|no\.?|quarter|month|week|day|time|period|step|providers?|vendors?|compan(?:y|ies)|makers?|labs?|teams?|orgs?|organi[sz]ations?|owners?|developers?|publishers?)$/i;

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
    // A row is about what its first cell names, unless that cell is a date, a rank or a figure (`| 2024-03 | Acme | $5M |`)
    // or a kind of row (`| Approach | Product | Price |`: the product is what the row is about).
    const header = segs[first].columnHeader?.trim() ?? '';
    const labelCell = segs[first].col === 0 && !NOT_A_LABEL.test(segs[first].text.trim()) && !NOT_A_LABEL_HEADER.test(header) && !isRowLabelHeader(header);
    const value = !leads && labelCell;
    out[own[0]] = { text, quantified, tableRow: true, ...(value ? { rowValue: true as const } : {}), ...(shift > 0 ? { shift } : {}) };
  }
  return out;
}
