// Feed text -> FeedInfo + FeedItem[] for RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 (and 0.3) and JSON Feed 1.x.
import type { FeedInfo, FeedItem } from '../types.js';
import { toIsoDate } from './dates.js';
import { plainText, htmlToText } from './text.js';
import { NS, XmlError, attr, children, innerHtml, kidNamed, kidsNamed, parseXml, textOf, type XEl } from './xml-tree.js';

export interface ParsedFeed {
  info: FeedInfo;
  /** The site's home page, when the feed names one. */
  site?: string;
  items: FeedItem[];
}

/** Input that is not a feed we can read; the message is one line, with line:col when known. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

/** The title of an item that has none and nothing to make one from. */
export const UNTITLED = 'Untitled';

const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function absoluteUrl(u: string | undefined): string | undefined {
  return u && /^https?:\/\//i.test(u) ? u : undefined;
}

/**
 * `feedburner:origLink`, `pheedo:origLink`: the post's own address, where the item's link is a tracking
 * redirect (`feedproxy.google.com/~r/...`). Any namespace: several feed proxies use the name.
 */
function originalLink(el: XEl, base: string | undefined): string | undefined {
  const orig = el.kids.find((k): k is XEl => typeof k !== 'string' && k.local === 'origLink' && k.ns !== '');
  return orig ? absoluteUrl(resolve(plainText(textOf(orig)), base)) : undefined;
}

function resolve(url: string | undefined, base: string | undefined): string | undefined {
  const u = url?.trim();
  if (!u) return undefined;
  try {
    return new URL(u, base).href;
  } catch {
    return u;
  }
}

function uniq(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of list) {
    const k = x.toLowerCase();
    if (!x || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

function firstDate(...values: (string | undefined)[]): string | undefined {
  for (const v of values) {
    const d = toIsoDate(v);
    if (d) return d;
  }
  return undefined;
}

/** `jane@example.com (Jane Doe)` -> `Jane Doe`, as RSS `author` is an email address by spec. */
function personName(s: string): string {
  const t = plainText(s);
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(t);
  if (m) return m[1].trim();
  const n = /^(.+?)\s*<\S+@\S+>$/.exec(t);
  if (n) return n[1].trim();
  return t;
}

/** The summary is kept only when it says something the full content does not already say verbatim. */
function distinctSummary(summaryHtml: string | undefined, contentHtml: string): string | undefined {
  if (!summaryHtml) return undefined;
  const s = htmlToText(summaryHtml);
  if (!s) return undefined;
  const c = htmlToText(contentHtml);
  if (s === c) return undefined;
  return s;
}

function fallbackTitle(html: string, link: string | undefined): string {
  const text = htmlToText(html);
  if (text) {
    const words = text.split(' ');
    let t = '';
    for (const w of words) {
      if ((t + ' ' + w).length > 80) break;
      t = t ? `${t} ${w}` : w;
    }
    return t || text.slice(0, 80);
  }
  if (link) {
    try {
      const seg = new URL(link).pathname.split('/').filter(Boolean).pop();
      if (seg) return decodeURIComponent(seg).replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ').trim() || UNTITLED;
    } catch {
      /* not a URL */
    }
  }
  return UNTITLED;
}

/**
 * A Media RSS description (`media:description`, on the item or in its `media:group`) as HTML: the only
 * text a video or podcast feed (YouTube's, for one) gives its items. Plain text unless typed `html`.
 */
function mediaHtml(item: XEl): string {
  const media = [NS.media];
  const el = kidNamed(item, 'description', media) ?? kidsNamed(item, 'group', media).map((g) => kidNamed(g, 'description', media)).find((d) => d);
  if (!el) return '';
  if ((attr(el, 'type') ?? '').toLowerCase() === 'html') return htmlOf(el);
  const text = textOf(el).trim();
  return text ? `<p>${escHtml(text).replace(/\r?\n\s*\r?\n/g, '</p><p>').replace(/\r?\n/g, '<br>')}</p>` : '';
}

// ---------- RSS 0.9x / 2.0 / 1.0 ----------

/** HTML held in an element: escaped or CDATA text, or (in sloppy feeds) markup written inline as XML. */
function htmlOf(el: XEl | undefined): string {
  if (!el) return '';
  return children(el).length ? innerHtml(el) : textOf(el);
}

const RSS_CORE = ['', NS.rss1, NS.rss090, NS.userland];

function rssItem(item: XEl, feedBase: string | undefined, feedAuthor: string | undefined): FeedItem {
  const core = (n: string) => kidNamed(item, n, RSS_CORE);
  const rawLink = plainText(textOf(core('link'))) ||
    kidsNamed(item, 'link', [NS.atom]).map((l) => attr(l, 'href')).find((h) => h) || undefined;
  const guidEl = core('guid');
  const guid = plainText(textOf(guidEl)) || attr(item, 'about') || undefined;
  let link = originalLink(item, item.base ?? feedBase) ?? resolve(rawLink, item.base ?? feedBase);
  if (!link && guid && guidEl && attr(guidEl, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guid)) link = guid;
  const encoded = htmlOf(kidNamed(item, 'encoded', [NS.content]));
  const description = htmlOf(core('description') ?? kidNamed(item, 'description', [NS.dc]));
  const contentHtml = encoded.trim() ? encoded : description.trim() ? description : mediaHtml(item);
  const summary = encoded.trim() ? distinctSummary(description, contentHtml) : undefined;
  const authors = [
    ...kidsNamed(item, 'creator', [NS.dc]).map((e) => personName(textOf(e))),
    ...(kidsNamed(item, 'creator', [NS.dc]).length ? [] : kidsNamed(item, 'author', RSS_CORE).map((e) => personName(textOf(e)))),
  ].filter(Boolean);
  const categories = [
    ...kidsNamed(item, 'category', RSS_CORE).map((e) => plainText(textOf(e))),
    ...kidsNamed(item, 'subject', [NS.dc]).map((e) => plainText(textOf(e))),
  ];
  const titleText = plainText(textOf(core('title') ?? kidNamed(item, 'title', [NS.dc])));
  return {
    guid,
    title: titleText || fallbackTitle(contentHtml, link),
    link,
    published: firstDate(
      textOf(core('pubDate')),
      textOf(kidNamed(item, 'date', [NS.dc])),
      textOf(kidNamed(item, 'issued', [NS.dcterms])),
      textOf(kidNamed(item, 'created', [NS.dcterms])),
      textOf(kidNamed(item, 'published', [NS.atom])),
    ),
    updated: firstDate(textOf(kidNamed(item, 'modified', [NS.dcterms])), textOf(kidNamed(item, 'updated', [NS.atom]))),
    author: authors.length ? uniq(authors).join(', ') : feedAuthor,
    categories: uniq(categories.filter(Boolean)),
    html: contentHtml,
    summary,
    // A declared xml:base wins; otherwise relative links in a post are relative to the post.
    base: item.base ?? link ?? feedBase,
  };
}

function parseRss(root: XEl, sourceUrl: string | undefined, rdf: boolean): ParsedFeed {
  const channel = kidNamed(root, 'channel', RSS_CORE);
  if (!channel && !rdf && root.local !== 'channel') throw new FeedError('not a feed: <rss> has no <channel>');
  const ch = channel ?? root;
  const site = plainText(textOf(kidNamed(ch, 'link', RSS_CORE))) || undefined;
  const self = kidsNamed(ch, 'link', [NS.atom]).find((l) => attr(l, 'rel') === 'self');
  const feedUrl = resolve(self ? attr(self, 'href') : undefined, sourceUrl) ?? sourceUrl;
  const base = resolve(site, sourceUrl) ?? sourceUrl;
  // A one-author blog often names its author once, on the channel.
  const feedAuthor =
    uniq([
      ...kidsNamed(ch, 'creator', [NS.dc]).map((e) => personName(textOf(e))),
      ...kidsNamed(ch, 'author', [NS.atom]).map((a) => plainText(textOf(kidNamed(a, 'name', [NS.atom])))),
    ].filter(Boolean)).join(', ') || undefined;
  // RSS 1.0 puts items beside the channel; 0.9x/2.0 inside it. Accept both for sloppy feeds.
  const items = [...kidsNamed(ch, 'item', RSS_CORE), ...(ch !== root ? kidsNamed(root, 'item', RSS_CORE) : [])];
  return {
    info: { title: plainText(textOf(kidNamed(ch, 'title', RSS_CORE))) || site || feedUrl || 'Untitled feed', url: feedUrl ?? base, format: rdf ? 'rss1' : 'rss2' },
    site: base,
    items: items.map((i) => rssItem(i, base, feedAuthor)),
  };
}

// ---------- Atom ----------

/** An Atom text construct (title, summary, content) as HTML. */
function atomHtml(el: XEl | undefined): string {
  if (!el) return '';
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  const mode = attr(el, 'mode');
  if (mode === 'base64') {
    try {
      return Buffer.from(textOf(el).replace(/\s+/g, ''), 'base64').toString('utf8');
    } catch {
      return '';
    }
  }
  if (type === 'xhtml' || mode === 'xml' || (type.includes('xml') && type !== 'text')) {
    const divs = children(el).filter((k) => k.local === 'div');
    const inner = divs.length === 1 && children(el).length === 1 ? innerHtml(divs[0]) : innerHtml(el);
    return inner;
  }
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return htmlOf(el);
  return escHtml(textOf(el)).replace(/\r?\n\r?\n/g, '</p><p>');
}

function atomText(el: XEl | undefined): string {
  if (!el) return '';
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  if (type === 'text' || type === 'text/plain') return plainText(textOf(el));
  return htmlToText(atomHtml(el));
}

function atomLink(el: XEl, atom: string[], rel: string, documentUrl: string | undefined): string | undefined {
  const links = kidsNamed(el, 'link', atom);
  const hit = links.find((l) => (attr(l, 'rel') ?? 'alternate') === rel && (rel !== 'alternate' || !attr(l, 'type') || /html/i.test(attr(l, 'type') ?? '')))
    ?? (rel === 'alternate' ? links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') : undefined);
  if (!hit) return undefined;
  return resolve(attr(hit, 'href'), hit.base ?? documentUrl);
}

function atomAuthors(el: XEl, atom: string[]): string[] {
  return kidsNamed(el, 'author', atom)
    .map((a) => plainText(textOf(kidNamed(a, 'name', atom))) || plainText(textOf(kidNamed(a, 'email', atom))))
    .filter(Boolean);
}

function parseAtom(root: XEl, sourceUrl: string | undefined): ParsedFeed {
  const atom = [root.ns];
  const site = atomLink(root, atom, 'alternate', sourceUrl);
  const self = atomLink(root, atom, 'self', sourceUrl);
  // Read from a file, the feed's own address (else its site's) stands in for the document's, so that
  // relative entry links (`/blog/post`) still resolve.
  const documentUrl = sourceUrl ?? absoluteUrl(self) ?? absoluteUrl(site);
  const feedBase = root.base ?? documentUrl;
  const feedAuthors = atomAuthors(root, atom);
  const items: FeedItem[] = kidsNamed(root, 'entry', atom).map((entry) => {
    const link = originalLink(entry, documentUrl) ?? atomLink(entry, atom, 'alternate', documentUrl);
    const content = kidNamed(entry, 'content', atom);
    const summaryEl = kidNamed(entry, 'summary', atom);
    const contentHtml = content && !attr(content, 'src') ? atomHtml(content) : '';
    const summaryHtml = atomHtml(summaryEl);
    const html = contentHtml.trim() ? contentHtml : summaryHtml.trim() ? summaryHtml : mediaHtml(entry);
    const authors = atomAuthors(entry, atom);
    const source = kidNamed(entry, 'source', atom);
    const title = atomText(kidNamed(entry, 'title', atom));
    const id = plainText(textOf(kidNamed(entry, 'id', atom)));
    return {
      guid: id || undefined,
      title: title || fallbackTitle(html, link),
      link,
      published: firstDate(textOf(kidNamed(entry, 'published', atom)), textOf(kidNamed(entry, 'issued', atom)), textOf(kidNamed(entry, 'created', atom))),
      updated: firstDate(textOf(kidNamed(entry, 'updated', atom)), textOf(kidNamed(entry, 'modified', atom))),
      author: uniq(authors.length ? authors : source ? atomAuthors(source, atom) : feedAuthors).join(', ') || undefined,
      categories: uniq(kidsNamed(entry, 'category', atom).map((c) => plainText(attr(c, 'term') ?? attr(c, 'label') ?? textOf(c))).filter(Boolean)),
      html,
      summary: contentHtml.trim() ? distinctSummary(summaryHtml, contentHtml) : undefined,
      // Relative links in content resolve against its xml:base; without one, the entry's page is the best guess.
      base: (content ?? summaryEl)?.base ?? entry.base ?? link ?? feedBase,
    };
  });
  // Atom entries with only `updated` are common: treat it as the publication date too.
  for (const it of items) {
    if (!it.published && it.updated) {
      it.published = it.updated;
      it.publishedFromUpdated = true;
    }
  }
  return {
    info: { title: atomText(kidNamed(root, 'title', atom)) || site || self || 'Untitled feed', url: self ?? sourceUrl ?? site, format: 'atom' },
    site: site ?? feedBase,
    items,
  };
}

// ---------- JSON Feed ----------

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function parseJsonFeed(text: string, sourceUrl: string | undefined): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FeedError(`not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new FeedError('not a feed: JSON is not an object');
  const d = doc as Record<string, unknown>;
  const version = str(d.version);
  // Some producers write the bare number instead of the version URL.
  const isJsonFeed = !!version && (/jsonfeed\.org\/version\/1/i.test(version) || (/^1(\.\d+)?$/.test(version) && Array.isArray(d.items)));
  if (!isJsonFeed) throw new FeedError('not a feed: JSON without a JSON Feed "version"');
  if (d.items !== undefined && !Array.isArray(d.items)) throw new FeedError('not a feed: "items" is not a list');
  const site = str(d.home_page_url);
  const feedUrl = str(d.feed_url) ?? sourceUrl;
  const names = (v: Record<string, unknown>): string[] => {
    const list = Array.isArray(v.authors) ? v.authors : v.author ? [v.author] : [];
    return list.map((a) => (a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : undefined)).filter((x): x is string => !!x);
  };
  const feedAuthors = names(d);
  const items: FeedItem[] = [];
  for (const raw of (d.items ?? []) as unknown[]) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) continue;
    const it = raw as Record<string, unknown>;
    const link = resolve(str(it.url) ?? str(it.external_url), site ?? feedUrl);
    const contentHtml = str(it.content_html) ?? (str(it.content_text) ? `<p>${escHtml(str(it.content_text)!).replace(/\r?\n\r?\n/g, '</p><p>')}</p>` : '');
    const summaryText = str(it.summary);
    const html = contentHtml || (summaryText ? `<p>${escHtml(summaryText)}</p>` : '');
    const authors = names(it);
    const tags = Array.isArray(it.tags) ? it.tags.map((t) => (typeof t === 'string' ? plainText(t) : '')).filter(Boolean) : [];
    items.push({
      guid: str(it.id),
      title: plainText(str(it.title)) || fallbackTitle(html, link),
      link,
      published: firstDate(str(it.date_published)),
      updated: firstDate(str(it.date_modified)),
      author: uniq(authors.length ? authors : feedAuthors).join(', ') || undefined,
      categories: uniq(tags),
      html,
      summary: contentHtml && summaryText && htmlToText(contentHtml) !== summaryText ? summaryText : undefined,
      base: link ?? site ?? feedUrl,
    });
  }
  return {
    info: { title: plainText(str(d.title)) || site || 'Untitled feed', url: feedUrl ?? site, format: 'json' },
    site,
    items,
  };
}

// ---------- entry point ----------

/** Parses decoded feed text. `sourceUrl` (for fetched feeds) resolves relative links. Throws FeedError. */
export function parseFeed(text: string, sourceUrl?: string): ParsedFeed {
  const t = text.replace(/^\uFEFF/, '');
  const head = t.trimStart();
  if (!head) throw new FeedError('empty document');
  if (head.startsWith('{') || head.startsWith('[')) return parseJsonFeed(head, sourceUrl);
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE\s+html\b|<(html|head|body)\b)/i.test(head)) throw new FeedError('not a feed: an HTML page');
  if (!head.startsWith('<')) throw new FeedError('not XML or JSON');
  let root: XEl;
  try {
    root = parseXml(t.replace(/^\s+(?=<\?xml)/, ''), sourceUrl);
  } catch (err) {
    if (err instanceof XmlError) {
      const where = err.line !== undefined ? ` at line ${err.line}:${err.col ?? 1}` : '';
      // The parser's own entity limits: the document is well-formed but asks for too much.
      if (/entit/i.test(err.message) && /exceed|limit|maximum/i.test(err.message)) throw new FeedError(`refused entity expansion: ${err.message}`);
      throw new FeedError(`malformed XML${where}: ${err.message}`);
    }
    throw err;
  }
  const local = root.local.toLowerCase();
  if (local === 'rss' || (local === 'channel' && (root.ns === '' || root.ns === NS.userland))) return parseRss(root, sourceUrl, false);
  if (local === 'rdf' && root.ns === NS.rdf) return parseRss(root, sourceUrl, true);
  // Pre-1.0 Atom drafts used several namespaces; any <feed> root reads as Atom.
  if (root.local === 'feed') return parseAtom(root, sourceUrl);
  if (local === 'html') throw new FeedError('not a feed: an HTML page');
  throw new FeedError(`not a feed: root element is <${root.name}>`);
}
