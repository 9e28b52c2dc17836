// The per-page summaries of a vault, kept between context calls under `.wikic/cache/context/`:
// `index.json` (what ranking needs of every page, strings shared through one table) and a
// `pages-*.bin` file holding each content page's full reading, read only for the pages a question
// needs. The index names its pages file, so the two never mix across writes.
import { closeSync, openSync, promises as fs, readSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { writeChunksAtomicSync, writeFileAtomic } from '../io/atomic.js';
import { codeVersion } from '../code-version.js';
import type { SourceRef } from './page-model.js';
import { termAt } from './bm25.js';
import type { ContentSummary, PageDetail, PageSummary } from './page-summary.js';

/** Bump when the file layout changes; source changes are caught by the source hash. */
const FORMAT = 1;

export const CACHE_SUBDIR = path.join('.wikic', 'cache', 'context');
const INDEX_FILE = 'index.json';

/** Where a page's detail is in the pages file: offset, text bytes, page bytes, and their CRC-32s. */
export type Place = [number, number, number, number, number];

/** A page as the cache knows it: the file's size, whole-ms mtime and content hash, and its summary. */
export interface CachedPage {
  summary: PageSummary;
  size: number;
  mtime: number;
  hash: string;
  /** Where the page's detail is: in the pages file, or in memory. */
  at?: Place;
  detail?: PageDetail;
}

export interface SummaryCache {
  dir: string;
  pagesFile?: string;
  pagesSize?: number;
  pages: Map<string, CachedPage>;
}

let versionMemo: string | undefined;

/** Hash of the sources that decide what a summary holds: changed code never reads old summaries. */
export function versionKey(): string {
  // Stored as the 40-hex key the index has always had.
  versionMemo ??= createHash('sha1').update(codeVersion({ dirs: ['src/context', 'src/wiki'], files: ['src/code-version.ts'], salt: `format ${FORMAT}` })).digest('hex');
  return versionMemo;
}

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

type Json = unknown;
const ref = (r: SourceRef | undefined): Json => (r ? [r.title, r.url ?? 0, r.published ?? 0] : 0);
const unref = (p: string, v: Json): SourceRef | undefined => {
  if (!Array.isArray(v)) return undefined;
  const r: SourceRef = { path: p, title: v[0] as string };
  if (v[1]) r.url = v[1] as string;
  if (v[2]) r.published = v[2] as string;
  return r;
};

/** Reads the cache of `wikiDir`; undefined when absent, of another version, or unreadable in any way. */
export async function readSummaryCache(wikiDir: string): Promise<SummaryCache | undefined> {
  const dir = path.join(wikiDir, CACHE_SUBDIR);
  try {
    const data = JSON.parse(await fs.readFile(path.join(dir, INDEX_FILE), 'utf8'));
    if (data.version !== versionKey()) return undefined;
    const strings: string[] = data.strings;
    const s = (i: number): string => {
      const v = strings[i];
      if (typeof v !== 'string') throw new Error('bad string id');
      return v;
    };
    const pages = new Map<string, CachedPage>();
    for (const e of data.pages as Json[][]) {
      const [p, size, mtime, hash, r, c] = e as [string, number, number, string, Json, Json[] | 0];
      if (typeof p !== 'string' || typeof size !== 'number' || typeof mtime !== 'number' || typeof hash !== 'string') throw new Error('bad entry');
      const summary: PageSummary = { path: p, ref: unref(p, r) };
      let at: Place | undefined;
      if (Array.isArray(c)) {
        const [title, type, aliases, url, ids, counts, length, names, nameWords, lookups, off, tb, pb, ct, cp] = c as [
          string, string, string[], string | 0, number[], number[], number, [string, string, number][], number[], number[], number, number, number, number, number,
        ];
        if (ids.length !== counts.length || lookups.length % 2 !== 0) throw new Error('bad content');
        for (const i of ids) if (!(i >= 0 && i < strings.length && Number.isInteger(i))) throw new Error('bad term id');
        const content: ContentSummary = {
          meta: { path: p, title, type, aliases, ...(url ? { url } : {}) },
          terms: { terms: { ids, vocab: strings }, counts, length },
          names: names.map(([name, key, inf]) => ({ name, key, informative: inf === 1 })),
          nameWords: nameWords.map(s),
          lookups: [],
        };
        for (let k = 0; k < lookups.length; k += 2) content.lookups.push([s(lookups[k]), lookups[k + 1] < 0 ? null : s(lookups[k + 1])]);
        summary.content = content;
        at = [off, tb, pb, ct, cp];
      }
      pages.set(p, { summary, size, mtime, hash, at });
    }
    const pagesFile = typeof data.pagesFile === 'string' ? data.pagesFile : undefined;
    // A pages file gone or of another size than written is a broken cache.
    if (pagesFile && (await fs.stat(path.join(dir, pagesFile))).size !== data.pagesSize) return undefined;
    return { dir, pagesFile, pagesSize: data.pagesSize, pages };
  } catch {
    return undefined;
  }
}

/** Reads details from a cache's pages file, checking each against its CRC-32s. */
export class DetailReader {
  constructor(private readonly file: string | undefined) {}

  read(at: Place): PageDetail {
    const [off, tb, pb, ct, cp] = at;
    const buf = this.bytes(off, tb + pb);
    const text = buf.subarray(0, tb);
    const page = buf.subarray(tb);
    if (crc32(text) !== ct || crc32(page) !== cp) throw new Error(`${this.file}: damaged`);
    return { text: text.toString('utf8'), page: JSON.parse(page.toString('utf8')) };
  }

  /** Only the folded text: most pages a question looks at are never quoted. */
  readText(at: Place): string {
    const buf = this.bytes(at[0], at[1]);
    if (crc32(buf) !== at[3]) throw new Error(`${this.file}: damaged`);
    return buf.toString('utf8');
  }

  private bytes(off: number, length: number): Buffer {
    if (!this.file) throw new Error('no pages file');
    // Opened per read: a loaded context may live long, and most calls read only a few pages.
    const fd = openSync(this.file, 'r');
    try {
      const buf = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, buf, got, length - got, off + got);
        if (n === 0) throw new Error(`${this.file}: shorter than its index says`);
        got += n;
      }
      return buf;
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Writes the cache: a new pages file when any detail is new (details already stored are copied
 * from the old file), then the index. Pages are in `order`; their places are updated to the
 * new file, whose path is returned. Throws on I/O errors: callers that can answer without a
 * cache catch them.
 */
export async function writeSummaryCache(
  wikiDir: string,
  order: readonly CachedPage[],
  old: SummaryCache | undefined,
  detailOf: (e: CachedPage) => PageDetail,
): Promise<string | undefined> {
  const dir = path.join(wikiDir, CACHE_SUBDIR);
  const fresh = order.some((e) => e.summary.content && !e.at);
  let pagesFile = old?.pagesFile;
  let pagesSize = old?.pagesSize ?? 0;
  const at = new Map<CachedPage, Place>();
  if (fresh || !pagesFile) {
    let off = 0;
    // Records already stored are copied as bytes (checked), not decoded and encoded again.
    let oldBytes: Buffer | undefined;
    if (pagesFile && order.some((e) => e.at && !e.detail)) {
      try {
        oldBytes = await fs.readFile(path.join(dir, pagesFile));
      } catch {
        oldBytes = undefined;
      }
    }
    // Written record by record as each is made: the file (125 MB at 2,000 posts) is never held whole.
    function* records(): Generator<Buffer> {
      for (const e of order) {
        if (!e.summary.content) continue;
        if (oldBytes && e.at && !e.detail) {
          const [o, tb, pb, ct, cp] = e.at;
          const text = oldBytes.subarray(o, o + tb);
          const page = oldBytes.subarray(o + tb, o + tb + pb);
          if (text.length === tb && page.length === pb && crc32(text) === ct && crc32(page) === cp) {
            yield text;
            yield page;
            at.set(e, [off, tb, pb, ct, cp]);
            off += tb + pb;
            continue;
          }
        }
        const d = detailOf(e);
        const text = Buffer.from(d.text, 'utf8');
        const page = Buffer.from(JSON.stringify(d.page), 'utf8');
        yield text;
        yield page;
        at.set(e, [off, text.length, page.length, crc32(text), crc32(page)]);
        off += text.length + page.length;
      }
    }
    pagesFile = `pages-${randomBytes(8).toString('hex')}.bin`;
    writeChunksAtomicSync(path.join(dir, pagesFile), records(), () => true);
    pagesSize = off;
  } else for (const e of order) if (e.at) at.set(e, e.at);

  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (x: string): number => {
    let i = ids.get(x);
    if (i === undefined) {
      ids.set(x, (i = strings.length));
      strings.push(x);
    }
    return i;
  };
  const pages = order.map((e) => {
    const c = e.summary.content;
    const enc = c
      ? [
          c.meta.title,
          c.meta.type,
          c.meta.aliases,
          c.meta.url ?? 0,
          c.terms.counts.map((_n, k) => id(termAt(c.terms, k))),
          c.terms.counts,
          c.terms.length,
          c.names.map((n) => [n.name, n.key, n.informative ? 1 : 0]),
          c.nameWords.map(id),
          c.lookups.flatMap(([t, r]) => [id(t), r === null ? -1 : id(r)]),
          ...at.get(e)!,
        ]
      : 0;
    return [e.summary.path, e.size, e.mtime, e.hash, ref(e.summary.ref), enc];
  });
  await writeFileAtomic(path.join(dir, INDEX_FILE), JSON.stringify({ version: versionKey(), pagesFile, pagesSize, strings, pages }));
  // Pages files of earlier writes (of this or another version) are garbage now. A call still
  // reading one keeps its open file, or falls back to the pages themselves.
  for (const f of await fs.readdir(dir)) {
    if (/^pages-[0-9a-f]+\.bin$/.test(f) && f !== pagesFile) await fs.rm(path.join(dir, f), { force: true });
  }
  // The entries now point into the file just written, the one later reads must use.
  for (const [e, place] of at) e.at = place;
  return pagesFile && path.join(dir, pagesFile);
}
