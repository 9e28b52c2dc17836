// `wikic ingest [SOURCE...]`: read every source first (so bad input writes nothing), then write
// one raw/ file per item, the feed snapshots and the HTTP cache, and print one summary line.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { WikicError } from '../errors.js';
import { notAVault } from '../wiki/dirs.js';
import type { WikicConfig } from '../config.js';
import type { FeedItem, RawFrontmatter } from '../types.js';
import { writeFileAtomic, writeIfChanged } from '../io/atomic.js';
import { decodeFeed } from './decode.js';
import { FeedError, UNTITLED, parseFeed, type ParsedFeed } from './parse-feed.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { baseNameFor } from './filename.js';
import { Matcher } from './match.js';
import { contentHash, readRawDir, renderRawFile } from './raw-store.js';
import { SourceError, isUrl, loadFile, loadUrl, type HttpCacheEntry, type Loaded } from './source.js';
import { SNAPSHOTS_FILE, assignSnapshots, dropSharedSnapshots, readSnapshotOwners } from './snapshots.js';

export interface IngestOptions {
  raw: string;
  config: WikicConfig;
  timeoutMs: number;
}

export interface IngestCounts {
  new: number;
  updated: number;
  unchanged: number;
  skipped: Record<string, number>;
  /** New posts with no date the feed gives in a form wikic reads (filed as `undated-...`). */
  undated: number;
  /** New posts whose feed item carries no text (title and link only): the wiki learns nothing from them. */
  empty: number;
}

const CACHE_FILE = 'http-cache.json';

function sortedJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as Record<string, unknown>)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

async function readCache(file: string): Promise<Record<string, HttpCacheEntry>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new WikicError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, HttpCacheEntry>;
  } catch (err) {
    throw new WikicError(`${file}: not a valid HTTP cache (${(err as Error).message.split('\n')[0]}); delete it to start afresh`);
  }
}

async function writeBytesIfChanged(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const old = await fs.readFile(file);
    if (Buffer.compare(old, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) === 0) return false;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await writeFileAtomic(file, bytes);
  return true;
}

/** File-system failures (permissions, full disk) are the user's to fix: one line naming the file. */
async function writing<T>(file: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code) throw new WikicError(`${file}: cannot write (${code})`);
    throw err;
  }
}

interface Read {
  loaded: Loaded;
  feed: ParsedFeed;
}

async function readSource(source: string, feedsDir: string, cache: Record<string, HttpCacheEntry>, timeoutMs: number): Promise<Read> {
  try {
    // `ftp://…` or `file://…` read as a file name would only be "no such file": say what ingest takes.
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(source);
    if (scheme && !isUrl(source)) throw new SourceError(`unsupported URL scheme "${scheme[1]}:" (ingest reads feed files and http(s) URLs)`);
    const loaded = isUrl(source) ? await loadUrl(source, timeoutMs, cache[source], feedsDir) : await loadFile(source, feedsDir);
    let text: string;
    try {
      text = decodeFeed(loaded.bytes, loaded.httpCharset).text;
    } catch (err) {
      throw new FeedError((err as Error).message);
    }
    const feed = parseFeed(text, loaded.url);
    if (feed.items.length === 0) throw new FeedError('empty feed: no items');
    if (feed.items.every((i) => skipReason(i))) throw new FeedError('no usable items: none has a title, link or content');
    return { loaded, feed };
  } catch (err) {
    if (err instanceof SourceError || err instanceof FeedError) throw new WikicError(`${source}: ${err.message}`);
    throw err;
  }
}

/** The raw/ frontmatter and body for one item. */
export function toRaw(item: FeedItem, feed: ParsedFeed): { meta: RawFrontmatter; body: string } {
  const body = htmlToMarkdown(item.html, item.base);
  const meta: RawFrontmatter = {
    title: item.title,
    url: item.link,
    guid: item.guid,
    published: item.published,
    updated: item.updated && item.updated !== item.published ? item.updated : undefined,
    author: item.author,
    categories: item.categories,
    summary: item.summary,
    feed: feed.info.url !== undefined ? { title: feed.info.title, url: feed.info.url } : { title: feed.info.title },
    content_hash: contentHash(body),
  };
  return { meta, body };
}

/** Why an item cannot become a post, if it cannot: it must have a title, a link or some content. */
function skipReason(item: FeedItem): string | undefined {
  if (!item.html.trim() && !item.link && (!item.title || item.title === UNTITLED)) return 'no title, link or content';
  return undefined;
}

export function summaryLine(c: IngestCounts): string {
  const parts = [`${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged`];
  const reasons = Object.keys(c.skipped).sort();
  if (reasons.length) {
    const total = reasons.reduce((n, r) => n + c.skipped[r], 0);
    parts.push(`${total} skipped (${reasons.map((r) => `${c.skipped[r]} ${r}`).join('; ')})`);
  }
  if (c.undated) parts.push(`${c.undated} new without a date wikic can read (filed as undated)`);
  if (c.empty) parts.push(`${c.empty} new with no text in the feed (title and link only)`);
  return parts.join(', ');
}

/** Ingests sources into rawDir; returns the counts. Throws WikicError on bad input, before writing anything. */
export async function ingest(sources: string[], rawDir: string, timeoutMs: number): Promise<IngestCounts> {
  const rawStat = await fs.stat(rawDir).catch(() => undefined);
  if (rawStat && !rawStat.isDirectory()) throw new WikicError(`${rawDir}: not a directory (--raw takes the directory ingest writes posts to)`);
  if (rawStat) await notAVault(rawDir, rawDir);
  const feedsDir = path.join(rawDir, 'feeds');
  const cacheFile = path.join(feedsDir, CACHE_FILE);
  const cache = dropSharedSnapshots(await readCache(cacheFile));
  const reads: Read[] = [];
  for (const s of sources) reads.push(await readSource(s, feedsDir, cache, timeoutMs));

  const existing = await readRawDir(rawDir);
  const matcher = new Matcher(existing.map((d) => ({ id: d.id, meta: d.meta })));
  const priorMeta = new Map(existing.map((d) => [d.id, d.meta]));
  const counts: IngestCounts = { new: 0, updated: 0, unchanged: 0, skipped: {}, undated: 0, empty: 0 };
  for (const { feed } of reads) {
    for (const item of feed.items) {
      const reason = skipReason(item);
      if (reason) {
        counts.skipped[reason] = (counts.skipped[reason] ?? 0) + 1;
        continue;
      }
      const { meta, body } = toRaw(item, feed);
      const found = matcher.match(item, meta.feed);
      // An entry dated only by its latest edit keeps the date its post was first filed under: an edit is no new post.
      const filed = found && item.publishedFromUpdated ? priorMeta.get(found)?.published : undefined;
      if (filed) {
        meta.published = filed;
        meta.updated = item.updated && item.updated !== filed ? item.updated : undefined;
      }
      // A retitled post keeps its earlier titles: links written to them are still the post's.
      if (found) {
        const prior = priorMeta.get(found);
        const former = [...(prior?.former_titles ?? [])];
        if (prior && prior.title !== meta.title && !former.includes(prior.title)) former.push(prior.title);
        const kept = former.filter((t) => t !== meta.title);
        if (kept.length > 0) meta.former_titles = kept;
      }
      const id = found ?? matcher.allocate(baseNameFor(item.title, item.published ?? item.updated, item.guid ?? item.link ?? item.title));
      const wrote = await writing(path.join(rawDir, `${id}.md`), () => writeIfChanged(path.join(rawDir, `${id}.md`), renderRawFile(meta, body)));
      if (!found) {
        counts.new++;
        // Dated by its last update when it gives no publication date (JSON Feed's `date_modified` alone).
        if (!meta.published && !meta.updated) counts.undated++;
        if (!body.trim()) counts.empty++;
      }
      else if (wrote) counts.updated++;
      else counts.unchanged++;
    }
  }

  // One snapshot file per feed: a name another feed holds gets a number (`feed-2.xml`).
  const ownersFile = path.join(feedsDir, SNAPSHOTS_FILE);
  const owners = await readSnapshotOwners(ownersFile);
  const ownersBefore = sortedJson(Object.fromEntries(owners));
  // A feed file kept under raw/feeds holds its own name, so no other feed's snapshot is written over it.
  const claimed = reads.filter(({ loaded }) => loaded.snapshot || loaded.inPlace);
  const cachedNames = new Map(Object.entries(cache).map(([url, e]) => [e.snapshot, `url:${url}`]));
  const names = assignSnapshots(
    claimed.map(({ loaded, feed }) => ({
      wanted: loaded.snapshot ?? loaded.inPlace!,
      owner: isUrl(loaded.label) ? `url:${loaded.label}` : `feed:${feed.info.url ?? ''}|${feed.info.title ?? ''}`,
      held: loaded.inPlace ?? (isUrl(loaded.label) ? cache[loaded.label]?.snapshot : undefined),
    })),
    owners,
    cachedNames,
  );
  claimed.forEach(({ loaded }, i) => {
    if (loaded.snapshot) loaded.snapshot = names[i];
  });

  let cacheChanged = false;
  for (const { loaded } of reads) {
    if (loaded.snapshot && !loaded.notModified) {
      const file = path.join(feedsDir, loaded.snapshot);
      await writing(file, () => writeBytesIfChanged(file, loaded.bytes));
    }
    if (loaded.url && loaded.snapshot && isUrl(loaded.label)) {
      const entry: HttpCacheEntry = { snapshot: loaded.snapshot, etag: loaded.validators?.etag, lastModified: loaded.validators?.lastModified };
      if (sortedJson(entry) !== sortedJson(cache[loaded.label])) {
        cache[loaded.label] = entry;
        cacheChanged = true;
      }
    }
  }
  if (cacheChanged) await writing(cacheFile, () => writeIfChanged(cacheFile, sortedJson(cache)));
  if (sortedJson(Object.fromEntries(owners)) !== ownersBefore) await writing(ownersFile, () => writeIfChanged(ownersFile, sortedJson(Object.fromEntries(owners))));
  return counts;
}

export async function ingestCommand(sources: string[], opts: IngestOptions): Promise<number> {
  const cfg = opts.config;
  const list = sources.length
    ? sources
    : cfg.feeds.map((f) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(f) ? f : path.resolve(cfg.baseDir, f)));
  if (list.length === 0) throw new WikicError('ingest: no sources: give a feed file or URL, or list "feeds" in wikic.config.json');
  // A raw dir taken from the config is relative to the config file; one given on the command line, to the cwd.
  // The CLI gives raw/ as seen from the working directory (a config's `raw` already resolved against its folder).
  const rawDir = path.resolve(opts.raw);
  const counts = await ingest(list, rawDir, opts.timeoutMs);
  process.stdout.write(`${summaryLine(counts)}\n`);
  return 0;
}
