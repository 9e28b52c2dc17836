import { parseDocument, stringify, YAMLParseError } from 'yaml';

export interface SplitDoc {
  /** The parsed frontmatter, `{}` when the file has none. */
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  hasFrontmatter: boolean;
}

export class FrontmatterError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly col?: number,
  ) {
    super(message);
    this.name = 'FrontmatterError';
  }
}

const OPEN = /^---\r?\n/;
const CLOSE = /\r?\n---[ \t]*(\r?\n|$)/;

/** The text after a file's `---` frontmatter, without parsing it; the whole text when it has none or it is not closed. */
export function textAfterFrontmatter(text: string): string {
  if (!OPEN.test(text)) return text;
  const start = text.indexOf('\n');
  const m = CLOSE.exec(text.slice(start));
  return m ? text.slice(start + m.index + m[0].length) : text;
}

/** Splits `---` frontmatter from a markdown file and parses it with `yaml`, which keeps dates as strings. */
export function splitFrontmatter(text: string): SplitDoc {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!OPEN.test(src)) return { data: {}, body: src, bodyLine: 1, hasFrontmatter: false };
  const start = src.indexOf('\n') + 1;
  const rest = src.slice(start - 1);
  const m = CLOSE.exec(rest);
  if (!m) throw new FrontmatterError('frontmatter has no closing ---', 1, 1);
  const yamlText = rest.slice(1, m.index + 1);
  const fast = simpleYaml(yamlText);
  if (fast) {
    const bodyStart = start - 1 + m.index + m[0].length;
    return { data: fast, body: src.slice(bodyStart), bodyLine: lineOf(src, bodyStart), hasFrontmatter: true };
  }
  // Warnings (a template's `{{title}}` read as a mapping key) would print as Node process warnings: the data is what counts.
  const doc = parseDocument(yamlText, { prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) {
    const e: YAMLParseError = doc.errors[0];
    // Without prettyErrors, yaml gives only a character offset; turn it into line and column.
    const before = yamlText.slice(0, e.pos?.[0] ?? 0);
    const line = e.linePos?.[0]?.line ?? before.split('\n').length;
    const col = e.linePos?.[0]?.col ?? before.length - before.lastIndexOf('\n');
    // +1 for the opening --- line.
    throw new FrontmatterError(e.message.split('\n')[0], line !== undefined ? line + 1 : undefined, col);
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('frontmatter is not a mapping', 2, 1);
  }
  const bodyStart = start - 1 + m.index + m[0].length;
  const body = src.slice(bodyStart);
  const bodyLine = lineOf(src, bodyStart);
  return { data: data as Record<string, unknown>, body, bodyLine, hasFrontmatter: true };
}

/** 1-based line of offset `at`. */
function lineOf(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const SIMPLE_KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
// A plain scalar that can only be a string: no indicator first, no ": " or " #" inside, nothing at the
// ends YAML would trim or read as syntax, and no character YAML treats specially.
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`.+\d~][^\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]*$/;
const NOT_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
// YAML 1.2 core schema numbers that start with a digit: decimal, octal, hex, float.
const CORE_NUMBER = /^(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)$/;
const FAIL = Symbol('not simple');

function simpleScalar(v: string): unknown {
  if (v === '[]') return [];
  if (v.startsWith('"')) {
    // Double quotes with no escape but \" and \\: JSON reads them as YAML does.
    if (v.length < 2 || !v.endsWith('"') || /\\[^"\\]/.test(v.replace(/\\\\/g, '')) || /[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(v)) return FAIL;
    try {
      const out: unknown = JSON.parse(v);
      return typeof out === 'string' ? out : FAIL;
    } catch {
      return FAIL;
    }
  }
  if (/^\d{1,15}$/.test(v)) return Number(v);
  // A date stays a string under YAML 1.2's core schema.
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  // A plain scalar that starts with a digit is a string when it holds a character no number can, or
  // when it is none of YAML 1.2's core numbers (a hex digest such as `644bfef8...`).
  const plain = PLAIN.test(v) || (/^\d/.test(v) && (/[^0-9a-fA-FoxX.+eE_-]/.test(v) || !CORE_NUMBER.test(v)) && PLAIN.test(`a${v}`));
  if (!plain || NOT_STRING.test(v) || v.includes(': ') || v.includes(' #') || /[\s:]$/.test(v)) return FAIL;
  return v;
}

/**
 * The frontmatter compile and ingest write (and most hand-written notes use): `key: scalar`, `key: []`,
 * `key:` over `  - scalar` lines and `key:` over `  name: scalar` lines, with scalars that are plain words, whole numbers, dates or simple
 * double-quoted strings. Read without a YAML parser, which is slow on the long lists of big pages.
 * Anything else (comments, blank lines, flow maps, escapes, other indents, repeated keys) gives
 * undefined, and the YAML parser reads it. The result is what the parser gives for the same text.
 */
export function simpleYaml(text: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let listKey: string | undefined;
  let list: unknown[] = [];
  let map: Record<string, unknown> | undefined;
  const lines = text.split('\n');
  const last = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
  for (let i = 0; i < last; i++) {
    const line = lines[i];
    if (line.startsWith('  - ')) {
      if (listKey === undefined || map) return undefined;
      const v = simpleScalar(line.slice(4));
      if (v === FAIL) return undefined;
      if (out[listKey] === null) out[listKey] = list;
      list.push(v);
      continue;
    }
    if (line.startsWith('  ') && line[2] !== ' ') {
      // `feed:` over `  title: ...` lines: one level of mapping, as raw/ files carry their feed.
      if (listKey === undefined || (out[listKey] !== null && !map)) return undefined;
      const m = SIMPLE_KEY.exec(line.slice(2));
      if (!m || m[2] === undefined || m[1] === '__proto__') return undefined;
      if (!map) out[listKey] = map = {};
      if (Object.hasOwn(map, m[1])) return undefined;
      const v = simpleScalar(m[2]);
      if (v === FAIL) return undefined;
      map[m[1]] = v;
      continue;
    }
    listKey = undefined;
    map = undefined;
    const m = SIMPLE_KEY.exec(line);
    if (!m || m[1] === '__proto__' || Object.hasOwn(out, m[1])) return undefined;
    if (m[2] === undefined) {
      out[m[1]] = null;
      listKey = m[1];
      list = [];
      continue;
    }
    const v = simpleScalar(m[2]);
    if (v === FAIL) return undefined;
    out[m[1]] = v;
  }
  return out;
}

/**
 * Serialises frontmatter deterministically: keys in the order given, undefined values dropped,
 * long strings never folded (so diffs stay line-per-field).
 */
export function stringifyFrontmatter(data: Record<string, unknown>): string {
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined) continue;
    clean[k] = v;
  }
  const yamlText = stringify(clean, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yamlText}---\n`;
}

export function joinFrontmatter(data: Record<string, unknown>, body: string): string {
  return stringifyFrontmatter(data) + body;
}
