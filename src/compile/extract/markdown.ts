// Turns a post's markdown body into plain-text segments (headings, paragraphs, list items, table cells),
// keeping where links, bold, italics and code sat so the signals can read the structure the author gave.

export interface Span {
  start: number;
  end: number;
}

export interface LinkSpan extends Span {
  href: string;
}

export type SegmentKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

export interface Segment {
  kind: SegmentKind;
  text: string;
  links: LinkSpan[];
  bold: Span[];
  italic: Span[];
  code: Span[];
  /** Heading text this segment sits under ('' before the first heading). */
  section: string;
  /** Heading level for headings. */
  level?: number;
  /** Table cells: column index, whether the row is the header row, and the column's header text. */
  col?: number;
  header?: boolean;
  columnHeader?: string;
  /** Table cells: which row of the post's tables (counted over all of them), so empty cells never join two rows. */
  row?: number;
  /** Offset of the segment in the document text (set by the document builder). */
  start: number;
}

export interface InlineText {
  text: string;
  links: LinkSpan[];
  bold: Span[];
  italic: Span[];
  code: Span[];
}

/** Index of the `close` bracket matching the `open` at `from`, or -1. */
function matching(s: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|<>~"\'$&:'.split(''));

/** Strips inline markdown, recording link, bold, italic and code spans in the resulting text. */
export function parseInline(src: string): InlineText {
  const out: InlineText = { text: '', links: [], bold: [], italic: [], code: [] };
  const openBold: { marker: string; at: number }[] = [];
  const openItalic: { marker: string; at: number }[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length && ESCAPABLE.has(src[i + 1])) {
      out.text += src[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const close = src.indexOf('`', i + 1);
      if (close > i) {
        const start = out.text.length;
        out.text += src.slice(i + 1, close);
        out.code.push({ start, end: out.text.length });
        i = close + 1;
        continue;
      }
    }
    if (c === '!' && src[i + 1] === '[') {
      const close = matching(src, i + 1, '[', ']');
      if (close > 0 && src[close + 1] === '(') {
        const pclose = matching(src, close + 1, '(', ')');
        if (pclose > 0) {
          i = pclose + 1; // images carry no names worth a page
          continue;
        }
      }
    }
    if (c === '[') {
      const close = matching(src, i, '[', ']');
      if (close > 0 && src[close + 1] === '(') {
        const pclose = matching(src, close + 1, '(', ')');
        if (pclose > 0) {
          const inner = parseInline(src.slice(i + 1, close));
          const target = src.slice(close + 2, pclose).trim().split(/\s+/)[0].replace(/^<|>$/g, '');
          const start = out.text.length;
          for (const b of inner.bold) out.bold.push({ start: b.start + start, end: b.end + start });
          for (const b of inner.italic) out.italic.push({ start: b.start + start, end: b.end + start });
          for (const b of inner.code) out.code.push({ start: b.start + start, end: b.end + start });
          out.text += inner.text;
          out.links.push({ start, end: out.text.length, href: target });
          i = pclose + 1;
          continue;
        }
      }
    }
    if (c === '<') {
      const close = src.indexOf('>', i);
      const inside = close > i ? src.slice(i + 1, close) : '';
      if (/^https?:\/\/\S+$/.test(inside)) {
        const start = out.text.length;
        out.text += inside;
        out.links.push({ start, end: out.text.length, href: inside });
        i = close + 1;
        continue;
      }
      if (/^\/?[a-zA-Z][a-zA-Z0-9]*(\s[^>]*)?\/?$/.test(inside)) {
        i = close + 1; // inline HTML tag
        continue;
      }
    }
    if ((c === '*' || c === '_') && src[i + 1] === c) {
      const marker = c + c;
      const top = openBold[openBold.length - 1];
      if (top && top.marker === marker) {
        openBold.pop();
        if (out.text.length > top.at) out.bold.push({ start: top.at, end: out.text.length });
        i += 2;
        continue;
      }
      if (src.indexOf(marker, i + 2) > i + 2) {
        openBold.push({ marker, at: out.text.length });
        i += 2;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const top = openItalic[openItalic.length - 1];
      const prev = src[i - 1] ?? ' ';
      const next = src[i + 1] ?? ' ';
      if (top && top.marker === c && !/\s/.test(prev)) {
        openItalic.pop();
        if (out.text.length > top.at) out.italic.push({ start: top.at, end: out.text.length });
        i += 1;
        continue;
      }
      // `_` inside a word is part of the word (snake_case).
      const wordy = c === '_' && /[\p{L}\p{N}]/u.test(prev);
      if (!wordy && !/\s/.test(next) && src.indexOf(c, i + 1) > i + 1) {
        openItalic.push({ marker: c, at: out.text.length });
        i += 1;
        continue;
      }
    }
    out.text += c;
    i++;
  }
  return out;
}

function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

function isTableSeparator(line: string): boolean {
  return /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\' && inner[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (inner[i] === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += inner[i];
  }
  cells.push(cur.trim());
  return cells;
}

function segment(kind: SegmentKind, src: string, section: string, extra: Partial<Segment> = {}): Segment {
  const inline = parseInline(src);
  return { kind, ...inline, section, start: 0, ...extra };
}

/** Splits a markdown body into segments in document order. Code blocks, rules and images are dropped. */
export function parseMarkdown(body: string): Segment[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: Segment[] = [];
  let section = '';
  let para: string[] = [];
  // `cont`: the item's text after a hard line break in it, which goes out as a paragraph of its own.
  let item: { text: string[]; indent: number; cont?: true } | null = null;
  let table: string[][] = [];
  let tableHeader: string[] | null = null;

  const flushPara = (): void => {
    if (para.length) out.push(segment('paragraph', para.join(' '), section));
    para = [];
  };
  const flushItem = (): void => {
    if (item) out.push(segment(item.cont ? 'paragraph' : 'list-item', item.text.join(' '), section));
    item = null;
  };
  // A hard line break (`<br>` in the feed) ends a line of its own: `Paperback: 154 pages` and `Language:
  // English` on lines of a product's details are no one sentence.
  const hardBreak = (line: string): boolean => /(?: {2,}|\\)$/.test(line);
  const unbroken = (text: string): string => text.trim().replace(/\\$/, '').trimEnd();
  /** A line of the open list item; after a hard break the item goes out and the rest of it follows as its own segment. */
  const itemLine = (text: string, line: string): void => {
    const open = item!;
    open.text.push(unbroken(text));
    if (!hardBreak(line)) return;
    flushItem();
    item = { text: [], indent: open.indent, cont: true };
  };
  let rows = 0;
  const flushTable = (): void => {
    for (const [r, row] of table.entries()) {
      rows++;
      const header = tableHeader !== null && r === 0;
      row.forEach((cell, col) => {
        if (!cell) return;
        const columnHeader = tableHeader && !header ? parseInline(tableHeader[col] ?? '').text : undefined;
        out.push(segment('table-cell', cell, section, { col, header, columnHeader, row: rows }));
      });
    }
    table = [];
    tableHeader = null;
  };
  const flushAll = (): void => {
    flushPara();
    flushItem();
    if (table.length) flushTable();
  };

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      flushAll();
      const marker = fence[1];
      n++;
      while (n < lines.length && !lines[n].trim().startsWith(marker)) n++;
      continue;
    }
    if (!line.trim()) {
      flushPara();
      if (item && lines[n + 1] !== undefined && /^\s{2,}\S/.test(lines[n + 1]) && !/^\s*([-*+]|\d+[.)])\s/.test(lines[n + 1])) {
        continue; // a loose list item continues after a blank line
      }
      flushItem();
      if (table.length) flushTable();
      continue;
    }
    if (isTableRow(line) || (table.length && isTableSeparator(line))) {
      flushPara();
      flushItem();
      if (isTableSeparator(line)) {
        if (table.length === 1 && tableHeader === null) tableHeader = table[0];
        continue;
      }
      table.push(splitRow(line));
      continue;
    }
    if (table.length) flushTable();
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flushAll();
      const seg = segment('heading', heading[2], '', { level: heading[1].length });
      seg.section = seg.text;
      section = seg.text;
      out.push(seg);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flushAll();
      continue;
    }
    // Setext heading underline turns the paragraph above into a heading.
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && para.length) {
      const seg = segment('heading', para.join(' '), '', { level: line.trim().startsWith('=') ? 1 : 2 });
      seg.section = seg.text;
      section = seg.text;
      out.push(seg);
      para = [];
      continue;
    }
    const li = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (li) {
      flushPara();
      flushItem();
      item = { text: [], indent: li[1].length };
      itemLine(li[3], line);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    const text = quote ? quote[1] : line.trim();
    if (item && /^\s+\S/.test(line)) {
      itemLine(text, line);
      continue;
    }
    flushItem();
    para.push(unbroken(text));
    if (hardBreak(line)) flushPara();
  }
  flushAll();
  return out.filter((s) => s.text.trim().length > 0);
}
