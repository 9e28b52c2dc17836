// A small namespace-aware element tree over fast-xml-parser's ordered output, so feed readers can
// match elements by namespace URI whatever prefix a feed happens to use.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { explainXmlError } from './xml-errors.js';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  userland: 'http://backend.userland.com/rss2',
  xhtml: 'http://www.w3.org/1999/xhtml',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** Namespaces feeds use with conventional prefixes, for documents that forget to declare them. */
const CONVENTIONAL: Record<string, string> = {
  atom: NS.atom,
  content: NS.content,
  dc: NS.dc,
  dcterms: NS.dcterms,
  media: NS.media,
  rdf: NS.rdf,
  xhtml: NS.xhtml,
  xml: NS.xml,
};

export interface XEl {
  /** Qualified name as written, e.g. `content:encoded`. */
  name: string;
  local: string;
  /** Namespace URI, '' when none. */
  ns: string;
  /** Attributes by qualified name. */
  attrs: Record<string, string>;
  kids: (XEl | string)[];
  /** Effective xml:base in scope (resolved against outer bases and the document URL); undefined when none is declared. */
  base?: string;
}

/** A malformed document; line and column are 1-based. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly col?: number,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Refuses what an XML parser must never expand for an untrusted feed. */
function checkDoctype(text: string): void {
  const m = /<!DOCTYPE[^[>]*(\[([\s\S]*?)\])?\s*>/i.exec(text.slice(0, 20000));
  if (!m || !m[2]) return;
  const subset = m[2];
  const line = text.slice(0, m.index).split('\n').length;
  if (/<!ENTITY\s+%?\s*[^\s]+\s+(SYSTEM|PUBLIC)\b/i.test(subset)) {
    throw new XmlError('external entities are refused', line, 1);
  }
  if (/<!ENTITY\s+%/i.test(subset)) throw new XmlError('parameter entities are refused', line, 1);
  for (const e of subset.matchAll(/<!ENTITY\s+\S+\s+(["'])([\s\S]*?)\1/gi)) {
    if (/&[A-Za-z_][\w.-]*;/.test(e[2])) throw new XmlError('nested entity definitions (an entity-expansion bomb) are refused', line, 1);
  }
}

/** Bare `&` that starts no reference is the commonest feed error; escaping it loses nothing. */
function escapeBareAmpersands(text: string): string {
  return text.replace(/&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g, '&amp;');
}

function validate(text: string): XmlError | undefined {
  const r = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (r === true) return undefined;
  const e = explainXmlError(text, r.err);
  return new XmlError(e.message, e.line, e.col);
}

/** Parses XML text into a tree of elements; throws XmlError with line:col when it is not well-formed. */
export function parseXml(input: string, documentUrl?: string): XEl {
  let text = input.replace(/^\uFEFF/, '');
  checkDoctype(text);
  let err = validate(text);
  if (err && /&/.test(err.message)) {
    const repaired = escapeBareAmpersands(text);
    const again = validate(repaired);
    if (!again) {
      text = repaired;
      err = undefined;
    } else if (again.line === undefined) {
      // Cut off as well: the end of the file is what to fix; the ampersands are repaired anyway.
      err = again;
    }
  }
  if (err) throw err;
  let ordered: Ordered[];
  try {
    ordered = parser.parse(text) as Ordered[];
  } catch (e) {
    throw new XmlError((e as Error).message.split('\n')[0]);
  }
  const roots = build(ordered, {}, undefined, documentUrl).filter((k): k is XEl => typeof k !== 'string');
  if (roots.length === 0) throw new XmlError('no root element');
  return roots[0];
}

function resolveBase(value: string, outer: string | undefined): string | undefined {
  try {
    return new URL(value, outer).href;
  } catch {
    return outer;
  }
}

function build(nodes: Ordered[], scope: Record<string, string>, base: string | undefined, documentUrl: string | undefined): (XEl | string)[] {
  const out: (XEl | string)[] = [];
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      if (key === '#text') {
        out.push(String(node[key]));
        continue;
      }
      if (key.startsWith('?') || key.startsWith('!')) continue;
      const attrs: Record<string, string> = {};
      const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
      for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = typeof v === 'string' ? v : v === true ? '' : String(v);
      let inner = scope;
      for (const [k, v] of Object.entries(attrs)) {
        if (k === 'xmlns' || k.startsWith('xmlns:')) {
          if (inner === scope) inner = { ...scope };
          inner[k === 'xmlns' ? '' : k.slice(6)] = v;
        }
      }
      const colon = key.indexOf(':');
      const prefix = colon >= 0 ? key.slice(0, colon) : '';
      const local = colon >= 0 ? key.slice(colon + 1) : key;
      const ns = inner[prefix] ?? CONVENTIONAL[prefix] ?? (prefix ? `urn:undeclared:${prefix}` : '');
      const elBase = attrs['xml:base'] !== undefined ? resolveBase(attrs['xml:base'], base ?? documentUrl) : base;
      const kids = build((node[key] ?? []) as Ordered[], inner, elBase, documentUrl);
      out.push({ name: key, local, ns, attrs, kids, base: elBase });
    }
  }
  return out;
}

export function children(el: XEl): XEl[] {
  return el.kids.filter((k): k is XEl => typeof k !== 'string');
}

/** Direct children with this local name in one of the namespaces. */
export function kidsNamed(el: XEl, local: string, nss: readonly string[]): XEl[] {
  return children(el).filter((k) => k.local === local && nss.includes(k.ns));
}

export function kidNamed(el: XEl, local: string, nss: readonly string[]): XEl | undefined {
  return children(el).find((k) => k.local === local && nss.includes(k.ns));
}

/** All text inside an element, markup removed. */
export function textOf(el: XEl | undefined): string {
  if (!el) return '';
  return el.kids.map((k) => (typeof k === 'string' ? k : textOf(k))).join('');
}

/** Attribute by local name, whatever its prefix (or none). */
export function attr(el: XEl, local: string): string | undefined {
  if (el.attrs[local] !== undefined) return el.attrs[local];
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k.endsWith(`:${local}`) && !k.startsWith('xmlns')) return v;
  }
  return undefined;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function esc(s: string, quote = false): string {
  const t = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return quote ? t.replace(/"/g, '&quot;') : t;
}

/** Serialises an element's children back to HTML (for Atom XHTML content), prefixes dropped. */
export function innerHtml(el: XEl): string {
  return el.kids
    .map((k) => {
      if (typeof k === 'string') return esc(k);
      const attrs = Object.entries(k.attrs)
        .filter(([n]) => n !== 'xmlns' && !n.startsWith('xmlns:') && !n.startsWith('xml:'))
        .map(([n, v]) => ` ${n.includes(':') ? n.slice(n.indexOf(':') + 1) : n}="${esc(v, true)}"`)
        .join('');
      if (VOID.has(k.local.toLowerCase())) return `<${k.local}${attrs}>`;
      return `<${k.local}${attrs}>${innerHtml(k)}</${k.local}>`;
    })
    .join('');
}
