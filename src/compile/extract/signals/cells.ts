// First cells of table rows and the lead of list items (`- Claude Code`, `- Layer 1 (Session): ...`).
// A table's header names the column's type (`| Company | Funding |`).
import type { EntityType } from '../../../types.js';
import type { DocContext } from '../document.js';
import { HEAD_WORDS } from '../data/type-words.js';
import { asName, type Candidate } from './candidate.js';
import { isDistinctive, isOrdinaryPhrase } from '../names.js';
import { isDictionaryWord } from '../nlp.js';

function headerType(header: string | undefined): EntityType | undefined {
  if (!header) return undefined;
  const last = header.trim().toLowerCase().split(/\s+/).pop() ?? '';
  const t = HEAD_WORDS.get(last) ?? HEAD_WORDS.get(last.replace(/s$/, ''));
  if (t) return t;
  if (/^(name|who|person|people|author|founder|ceo|speaker|host|guest)s?$/.test(last)) return last === 'name' ? undefined : 'person';
  // Not `client`: an Ethereum, email or MCP client is software.
  if (/^(investor|backer|acquirer|buyer|lender|customer|employer|maker|manufacturer|provider)s?$/.test(last)) return 'company';
  if (/^(vendor|startup|org|organisation|organization)s?$/.test(last)) return last.startsWith('vendor') || last.startsWith('startup') ? 'company' : 'organization';
  if (/^(product|tool|project|framework|library)s?$/.test(last)) return 'product';
  if (/^(workload|task|dataset|suite|eval)s?$/.test(last)) return 'benchmark';
  return undefined;
}

/** Headers of a column of row labels: kinds, steps and qualities of things, not the things. */
const ROW_LABEL_HEADS = new Set(`approach method feature metric step category aspect criterion criteria dimension factor layer level mode
pattern phase stage strategy technique tier type kind capability property parameter setting area question issue problem risk
benefit pro con scenario requirement component concern lesson trend challenge goal principle practice role use case
journey flow endpoint screen route operation action task query request job check variant configuration config build
device test change fix improvement optimization optimisation experiment attempt`.split(/\s+/));

export function isRowLabelHeader(header: string | undefined): boolean {
  const last = header?.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return ROW_LABEL_HEADS.has(last) || ROW_LABEL_HEADS.has(last.replace(/e?s$/, ''));
}

/** Headers of a first column that lists models: the other columns are what they were scored on. */
const SCORED_ROWS = /^(?:models?|llms?|checkpoints?)$/i;
/** Columns of facts about the row, not scores on something named. */
const COLUMN_WORDS = /^(?:params?|parameters|size|price|cost|latency|context|window|length|tokens|year|date|released?|licen[cs]e|speed|throughput|memory|vram|ram|score|average|avg|mean|rank|total|overall|accuracy|f1|top-\d+|pass@\w+|bleu|rouge(?:-\w+)?|wer|perplexity|ttft|tpot|qps|rps|p\d{2,3})$/i;
/** A score, a share or a time in a cell, or a dash for none. */
const SCORE_CELL = /^(?:[~≈<>]?\s?[$€]?\d[\d.,]*\s?(?:%|pp|ms|s|x|×|k|K|M|B)?|[-–—]|n\/a|N\/A)$/;

/**
 * `| Model | SWE-bench Verified | GPQA Diamond |` over rows of scores: each named column header is a
 * benchmark (not `Params`, `Price` or `Input $/M tokens`, facts about the row).
 */
function scoredColumns(ctx: DocContext, out: Candidate[]): void {
  const segs = ctx.segments;
  for (let i = 0; i < segs.length; i++) {
    if (segs[i].kind !== 'table-cell' || !segs[i].header || segs[i].col !== 0 || !SCORED_ROWS.test(segs[i].text.trim())) continue;
    let j = i + 1;
    while (j < segs.length && segs[j].kind === 'table-cell' && segs[j].header) j++;
    const heads = segs.slice(i + 1, j);
    const numeric = new Map<number, boolean>();
    for (let k = j; k < segs.length && segs[k].kind === 'table-cell' && !segs[k].header; k++) {
      const col = segs[k].col ?? 0;
      if (col > 0) numeric.set(col, (numeric.get(col) ?? true) && SCORE_CELL.test(segs[k].text.trim()));
    }
    for (const h of heads) {
      if (!numeric.get(h.col ?? 0)) continue;
      const name = asName(h.text);
      // The last word: `Active Params`, `Context Length`, `TTFT (ms)` are facts about the row too.
      if (!name || (isOrdinaryPhrase(name) && !/\d/.test(name)) || COLUMN_WORDS.test(name.split(/\s+/).pop()!) || COLUMN_WORDS.test(name)) continue;
      const at = h.start + Math.max(0, h.text.indexOf(name));
      out.push({ start: at, end: at + name.length, surface: name, signal: 'table-cell', strength: 'medium', typeHint: 'benchmark' });
    }
    i = j - 1;
  }
}

/** `Inc.`, `Ltd` after a comma belong to the name before them. */
const NAME_SUFFIX = /^(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|GmbH|PLC|S\.A|AG|N\.V|B\.V|Jr|Sr|[IVX]+)\.?$/i;

/**
 * A row's first cell, as the names it holds with their offsets: `IntelliJ IDEA, GoLand, PyCharm` is three (each
 * part capitalised, four words at most, none a company suffix; no parentheses); anything else is one.
 */
function rowNames(text: string): Array<[string, number]> {
  if (!text.includes(',') || /[()]/.test(text)) return [[text, 0]];
  const parts: Array<[string, number]> = [];
  const re = /[^,]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0].replace(/^\s*and\s+/, (x) => ' '.repeat(x.length));
    const lead = raw.length - raw.trimStart().length;
    parts.push([raw.trim(), m.index + lead]);
  }
  const listed = parts.length >= 2 && parts.every(([p]) => /^[\p{Lu}\d]/u.test(p) && p.split(/\s+/).length <= 4 && !NAME_SUFFIX.test(p));
  return listed ? parts : [[text, 0]];
}

/**
 * The type a column's header gives one of its cells: not a person's to a name with a figure in it (a `| Host |` column
 * of `Logic Pro 11`, `REAPER 7`: plugin hosts, not people).
 */
function cellType(typeHint: EntityType | undefined, name: string): EntityType | undefined {
  return typeHint === 'person' && /\d/.test(name) ? undefined : typeHint;
}

/** Types a column of other cells may name: the people, firms and things a row is about, not its kinds or figures. */
const NAMED_COLUMN_TYPES = new Set<EntityType>(['company', 'organization', 'person', 'product', 'model']);

export function cellSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  scoredColumns(ctx, out);
  for (const seg of ctx.segments) {
    // `| Startup | Round | Lead investor |`: a later column whose header is a kind of name (investor, founder,
    // maker) holds names of that kind.
    if (seg.kind === 'table-cell' && !seg.header && (seg.col ?? 0) > 0) {
      const typeHint = headerType(seg.columnHeader);
      if (!typeHint || !NAMED_COLUMN_TYPES.has(typeHint) || SCORE_CELL.test(seg.text.trim())) continue;
      // `Sequoia, a16z and Kleiner Perkins`: each co-investor on its own.
      let from = 0;
      for (const part of seg.text.split(/\s*[,;]\s*(?:and\s+)?|\s+(?:and|\+)\s+/)) {
        const name = asName(part.replace(/\s*\([^)]*\)\s*$/, ''));
        const at = seg.text.indexOf(part, from);
        from = at + part.length;
        // `Founders Fund`, `Spark Capital` are names here: ordinary words only before a firm's head word, not one
        // ordinary word (`Undisclosed`), a phrase (`Big Tech`), a hyphened description (`Self-hosted`) or a
        // placeholder (`N/A`; `TBD` is no name anywhere, and `asName` drops it).
        if (!name || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name) || /^(?:N\/?A|None|Unknown|Various|Undisclosed)$/i.test(name)) continue;
        if (isOrdinaryPhrase(name) && (!/\s/.test(name) || !HEAD_WORDS.has(name.split(/\s+/).pop()!.toLowerCase()))) continue;
        const start = seg.start + at + Math.max(0, part.indexOf(name));
        out.push({ start, end: start + name.length, surface: name, signal: 'table-cell', strength: 'medium', typeHint: cellType(typeHint, name) });
      }
    } else if (seg.kind === 'table-cell' && !seg.header && seg.col === 0) {
      const typeHint = headerType(seg.columnHeader);
      // `| Approach | ... |` over `| Overlay | ... |`: ordinary words under a header for kinds of row are row
      // labels; under `Company`, `Provider` or `Option` they may well be names (`Square`, `Modal`, `Polars`).
      // A table with no header row (or an empty one) often has one all the same, unmarked (`| Category | % of tests |`): an
      // ordinary word there is as likely a column's label as a name.
      const labels = (!typeHint && isRowLabelHeader(seg.columnHeader)) || !seg.columnHeader?.trim();
      for (const [part, from] of rowNames(seg.text)) {
        const name = asName(part.replace(/\s*\([^)]*\)\s*$/, ''));
        if (!name) continue;
        const at = seg.start + from + Math.max(0, part.indexOf(name));
        out.push({ start: at, end: at + name.length, surface: name, signal: 'table-cell', strength: labels && isOrdinaryPhrase(name) ? 'weak' : 'strong', typeHint: cellType(typeHint, name) });
      }
    } else if (seg.kind === 'list-item') {
      // Only the lead up to a separator, or a short item that is all name.
      const m = /^(.{2,60}?)(?:\s*\([^)]*\))?\s*(?::\s|\s[—–-]\s)/.exec(seg.text);
      const lead = m ? m[1] : seg.text.split(/\s+/).length <= 5 ? seg.text : null;
      if (!lead) continue;
      if (seg.links.some((l) => l.start <= 0 && l.end >= lead.length)) continue; // the link signal has it
      if (seg.bold.some((b) => b.start <= 1 && b.end >= lead.length - 1)) continue; // the bold signal has it
      const name = asName(lead);
      if (!name) continue;
      // `- Free: ...`, `- Crypto: ...`: a lone ordinary word before a colon labels the item, it names nothing.
      if (!/\s/.test(name) && m && isDictionaryWord(name.toLowerCase()) && !isDistinctive(name)) continue;
      const at = seg.start + Math.max(0, seg.text.indexOf(name));
      out.push({ start: at, end: at + name.length, surface: name, signal: 'list-lead', strength: 'medium' });
    }
  }
  return out;
}
