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

/** Splits `---` frontmatter from a markdown file and parses it with `yaml`, which keeps dates as strings. */
export function splitFrontmatter(text: string): SplitDoc {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!OPEN.test(src)) return { data: {}, body: src, bodyLine: 1, hasFrontmatter: false };
  const start = src.indexOf('\n') + 1;
  const rest = src.slice(start - 1);
  const m = CLOSE.exec(rest);
  if (!m) throw new FrontmatterError('frontmatter has no closing ---', 1, 1);
  const yamlText = rest.slice(1, m.index + 1);
  const doc = parseDocument(yamlText, { prettyErrors: false });
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
  const bodyLine = src.slice(0, bodyStart).split('\n').length;
  return { data: data as Record<string, unknown>, body, bodyLine, hasFrontmatter: true };
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
