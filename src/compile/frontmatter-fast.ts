// Frontmatter for the thousands of pages a compile renders. The general serialiser (yaml) costs
// about a millisecond a page; the values compile writes are mostly simple, so they are written
// directly, byte for byte as the general serialiser writes them, and anything else goes to it.
import { stringify } from 'yaml';
import { stringifyFrontmatter } from '../wiki/frontmatter.js';

// Strings yaml writes unquoted: words, dates, http(s) URLs. Nothing YAML could read as another type.
const PLAIN = /^(?:[A-Za-z][A-Za-z0-9 ._-]*[A-Za-z0-9.]|[A-Za-z]|\d{4}-\d{2}-\d{2}(?:-[A-Za-z0-9._-]*[A-Za-z0-9])?|https?:\/\/[A-Za-z0-9._~/?&=%+-]+)$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|\.inf|\.nan)$/i;
// `[[Page Name]]`: page names carry no quotes, backslashes, brackets or control characters.
const LINK = /^\[\[[^"\\[\]\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]+\]\]$/;

function scalar(v: unknown): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) && Number.isInteger(v) ? String(v) : undefined;
  if (typeof v !== 'string') return undefined;
  if (PLAIN.test(v) && !RESERVED.test(v) && !/\s{2}|\s$|^\s/.test(v)) return v;
  if (LINK.test(v)) return `"${v}"`;
  if (v === '') return '""';
  return quoted(v);
}

const QUOTED = new Map<string, string | undefined>();

/**
 * Any other one-line string as the general serialiser writes it on its own (quoted or plain: in a
 * block mapping or sequence it chooses the same). Multi-line results need their context: undefined.
 */
function quoted(v: string): string | undefined {
  if (QUOTED.has(v)) return QUOTED.get(v);
  const text = stringify(v, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  const one = text.endsWith('\n') && text.indexOf('\n') === text.length - 1 && !/^[|>]/.test(text) && !text.startsWith('---') ? text.slice(0, -1) : undefined;
  if (QUOTED.size > 50_000) QUOTED.clear();
  QUOTED.set(v, one);
  return one;
}

export function fastFrontmatter(data: Record<string, unknown>): string {
  return directFrontmatter(data) ?? stringifyFrontmatter(data);
}

/** The frontmatter written directly, or undefined when a value needs the general serialiser. */
export function directFrontmatter(data: Record<string, unknown>): string | undefined {
  let out = '---\n';
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined) continue;
    if (!/^[a-z_]+$/.test(k)) return undefined;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out += `${k}: []\n`;
        continue;
      }
      out += `${k}:\n`;
      for (const item of v) {
        const s = scalar(item);
        if (s === undefined) return undefined;
        out += `  - ${s}\n`;
      }
      continue;
    }
    const s = scalar(v);
    if (s === undefined) return undefined;
    out += `${k}: ${s}\n`;
  }
  return `${out}---\n`;
}
