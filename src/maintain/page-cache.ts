// maintain's persistent cache (wiki/.wikic/cache/maintain/pages.json): for every page and raw post,
// its size, times, inode and content hash, its summary and the checks' per-page results. A run
// trusts an entry when the file's size, mtime, ctime and inode are those recorded (as git's index
// does); when any differs it reads the file and compares the hash, and re-analyses only when the
// bytes changed. An entry written within a moment of the file's mtime is "racy" (a same-size edit in
// the same clock tick would keep the times) and is always checked by hash. A cache from another
// version of the code, or one that does not read as JSON of the expected shape, is ignored.
// The file is a header line (version, string table, vault-wide results) and one JSON line per page
// or post, so a run writes again only the lines of what changed and copies the others as they were.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { CACHE_DIR, INDEX_FILE } from '../wiki/schema.js';
import { splitFrontmatter } from '../wiki/frontmatter.js';
import { listVaultFiles, parsePage, vaultDir, vaultOf, type Vault, type VaultPage } from '../wiki/vault.js';
import { attachPrevious, attachResults, pageResults, resultsTouched, resultWrites } from './analysis.js';
import { CachedPage, summaryOf, type PageSummary } from './page-summary.js';
import { maintainVersion } from './version.js';
import { readPage } from './read-page.js';
import type { CacheStats, RawPost } from './types.js';
import { rawPostFiles } from './state.js';

export const MAINTAIN_CACHE_FILE = `${CACHE_DIR}/maintain/pages.json`;

/**
 * How close (ms) to the moment a file was looked at its change must be for its stamp not to be
 * trusted next time: the clock tick in which a second, same-size edit would leave the stamp as it
 * was. Linux file systems keep times to a few milliseconds; a time on a whole second marks a
 * coarse one (FAT keeps two seconds).
 */
const racyWindow = (mtime: number): number => (mtime % 1000 === 0 ? 2000 : 100);

interface FileStamp {
  size: number;
  mtime: number;
  ctime: number;
  ino: number;
}

interface PageEntry extends FileStamp {
  hash: string;
  racy?: 1;
  /** The summary, its links as indexes into `strings`. */
  s: Omit<PageSummary, 'links'> & { links: number[] };
  /** The checks' results. */
  r: Record<string, unknown>;
}

interface RawEntry extends FileStamp {
  /** sha256 hex of the bytes (what compile's manifest records). */
  hash: string;
  racy?: 1;
  title?: string;
  date?: string;
  r: Record<string, unknown>;
}

interface CacheData {
  version: string;
  rawDir?: string;
  strings: string[];
  /** How many of `strings` entries referred to when they were last counted. */
  live?: number;
  /** The checks' results about the whole vault. */
  shared?: Record<string, unknown>;
  pages: Record<string, PageEntry>;
  raw: Record<string, RawEntry>;
}

const stampOf = (st: Stats): FileStamp => ({ size: st.size, mtime: st.mtimeMs, ctime: st.ctimeMs, ino: st.ino });
const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;
const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

/** A raw post whose body is read from disk the first time it is asked for. */
class CachedRawPost implements RawPost {
  private bodyRead?: string;
  constructor(
    readonly id: string,
    readonly file: string,
    readonly hash: string,
    readonly title: string | undefined,
    readonly date: string | undefined,
    private readonly abs: string,
  ) {}
  get body(): string {
    return (this.bodyRead ??= rawFields(readFileSync(this.abs, 'utf8')).body);
  }
}

/** Title, date and body of a raw file; broken frontmatter leaves the post without a title or date. */
function rawFields(text: string): { title?: string; date?: string; body: string } {
  try {
    const doc = splitFrontmatter(text);
    return {
      title: typeof doc.data.title === 'string' ? doc.data.title : undefined,
      date: typeof doc.data.published === 'string' ? doc.data.published.slice(0, 10) : undefined,
      body: doc.body,
    };
  } catch {
    return { body: text };
  }
}

/**
 * Frontmatter fields as JSON: `mentions: .inf` parses to Infinity, which JSON cannot hold, so such
 * numbers travel as strings; lists of strings (`sources`, long and repeated across pages) as indexes
 * into the cache's string table.
 */
function encodeFm(fm: Record<string, unknown>, intern: (s: string) => number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fm)) {
    if (typeof v === 'number' && !Number.isFinite(v)) out[k] = { $number: String(v) };
    else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) out[k] = { $strings: v.map(intern) };
    // A mapping from the page itself is wrapped so it is never taken for one of these.
    else if (v && typeof v === 'object' && !Array.isArray(v)) out[k] = { $raw: v };
    else out[k] = v;
  }
  return out;
}
function decodeFm(fm: Record<string, unknown>, strings: string[]): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fm)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as { $number?: unknown; $strings?: unknown; $raw?: unknown };
      if ('$raw' in o) {
        out[k] = o.$raw;
        continue;
      }
      if (typeof o.$number === 'string') {
        out[k] = Number(o.$number);
        continue;
      }
      if (Array.isArray(o.$strings)) {
        const list = o.$strings.map((i) => strings[i as number]);
        if (list.some((x) => typeof x !== 'string')) return undefined;
        out[k] = list;
        continue;
      }
    }
    out[k] = v;
  }
  return out;
}

type Header = Omit<CacheData, 'pages' | 'raw'>;

function validHeader(d: unknown, version: string): d is Header {
  if (!d || typeof d !== 'object') return false;
  const c = d as Partial<CacheData>;
  return c.version === version && Array.isArray(c.strings);
}

/** The string-table indexes an entry refers to. */
function indexesOf(e: PageEntry): number[] {
  const out = [...e.s.links];
  for (const v of Object.values(e.s.fm)) {
    const list = v && typeof v === 'object' ? (v as { $strings?: unknown }).$strings : undefined;
    if (Array.isArray(list)) out.push(...(list as number[]));
  }
  return out;
}

/** Lines (text or bytes) as UTF-8, each ended by a newline; runs of text lines are encoded at once. */
function joinLines(lines: Array<string | Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) parts.push(Buffer.from(`${run.join('\n')}\n`));
    run = [];
  };
  const NL = Buffer.from('\n');
  for (const l of lines) {
    if (typeof l === 'string') run.push(l);
    else {
      flush();
      parts.push(l, NL);
    }
  }
  flush();
  return Buffer.concat(parts);
}

interface Tracked<T> {
  stamp: FileStamp;
  hash: string;
  item: T;
  /** The entry's line as read (its bytes), when it is written again unchanged unless the item's results change. */
  line?: Uint8Array;
  entry?: PageEntry;
  /** Modified too close to the moment it was looked at for its stamp to be trusted next time. */
  racy: boolean;
}

export class MaintainCache {
  private readonly file: string;
  private readonly version = maintainVersion();
  private old: CacheData = { version: '', strings: [], pages: {}, raw: {} };
  private oldStrings: string[] = [];
  /** `p\0path` or `r\0name` -> the entry's line in the file, as bytes (copied as they are when written again). */
  private readonly oldLines = new Map<string, Uint8Array>();
  private readonly pages = new Map<string, Tracked<VaultPage>>();
  private readonly raws = new Map<string, Tracked<RawPost>>();
  private rawDir?: string;
  private vault?: Vault;
  private changed = false;
  private readonly writesAtLoad = resultWrites();
  /** What this run took from the cache and what it read again. */
  readonly stats: CacheStats = { pagesTrusted: 0, pagesHashed: 0, pagesParsed: 0, rawTrusted: 0, rawRead: 0 };

  private constructor(readonly wikiDir: string) {
    this.file = path.join(wikiDir, MAINTAIN_CACHE_FILE);
  }

  /** Opens the cache of the vault at `wikiDir` (absolute); a missing, foreign or corrupt file gives an empty cache. */
  static open(wikiDir: string): MaintainCache {
    const c = new MaintainCache(wikiDir);
    try {
      const bytes = readFileSync(c.file);
      const lines = bytes.toString('utf8').split('\n');
      // Where each line's bytes start: a newline byte is never part of a longer UTF-8 sequence.
      const starts = [0];
      for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) starts.push(at + 1);
      const lineBytes = (i: number): Uint8Array => bytes.subarray(starts[i], (starts[i + 1] ?? bytes.length + 1) - 1);
      const head: unknown = JSON.parse(lines[0]);
      if (!validHeader(head, c.version)) throw new Error('another version');
      c.old = { ...head, pages: {}, raw: {} };
      c.oldStrings = head.strings;
      for (let i = 1; i < lines.length; i++) {
        if (lines[i] === '') continue;
        let rec: unknown;
        try {
          rec = JSON.parse(lines[i]);
        } catch {
          // A damaged line loses its entry only: that page is read again.
          c.changed = true;
          continue;
        }
        if (!Array.isArray(rec) || rec.length !== 3 || typeof rec[1] !== 'string' || !rec[2] || typeof rec[2] !== 'object') {
          c.changed = true;
          continue;
        }
        if (rec[0] === 'p') c.old.pages[rec[1]] = rec[2] as PageEntry;
        else if (rec[0] === 'r') c.old.raw[rec[1]] = rec[2] as RawEntry;
        else continue;
        c.oldLines.set(`${rec[0]}\u0000${rec[1]}`, lineBytes(i));
      }
    } catch {
      c.changed = true;
    }
    return c;
  }

  private restore(rel: string, e: PageEntry | undefined, abs: string, text?: string): CachedPage | undefined {
    if (!e || typeof e !== 'object' || !e.s || !Array.isArray(e.s.links) || !e.s.fm || !Array.isArray(e.s.aliases) || !Array.isArray(e.s.blockIds)) return undefined;
    const links: string[] = [];
    for (const i of e.s.links) {
      const k = this.oldStrings[i];
      if (typeof k !== 'string') return undefined;
      links.push(k);
    }
    const fm = decodeFm(e.s.fm, this.oldStrings);
    if (!fm) return undefined;
    const page = new CachedPage(rel, { ...e.s, fm, links }, abs, text);
    attachResults(page, e.r && typeof e.r === 'object' ? e.r : {});
    return page;
  }

  /** Reads the vault at `dir`, parsing only pages whose bytes changed since the cache was written. */
  async loadVault(dir: string): Promise<Vault> {
    const abs = await vaultDir(dir);
    const { markdown: md, attachments } = await listVaultFiles(abs);
    const pages: VaultPage[] = [];
    const now = Date.now();
    for (const rel of md) {
      const file = path.join(abs, rel);
      const stamp = stampOf(statSync(file));
      const e = Object.hasOwn(this.old.pages, rel) ? this.old.pages[rel] : undefined;
      if (e && !e.racy && sameStamp(e, stamp)) {
        const page = this.restore(rel, e, file);
        if (page) {
          this.stats.pagesTrusted++;
          this.track(this.pages, rel, stamp, e.hash, page, now, false);
          const t = this.pages.get(rel)!;
          t.line = this.oldLines.get(`p\u0000${rel}`);
          t.entry = e;
          pages.push(page);
          continue;
        }
      }
      const bytes = readFileSync(file);
      const hash = sha256(bytes);
      const text = bytes.toString('utf8');
      let page: VaultPage | undefined = e && e.hash === hash ? this.restore(rel, e, file, text) : undefined;
      if (page) this.stats.pagesHashed++;
      else {
        // index.md's links are read in full by the index check: it is parsed in full at once.
        page = rel === INDEX_FILE ? parsePage(rel, text) : readPage(rel, text);
        if (e && e.r && typeof e.r === 'object') attachPrevious(page, e.r);
        this.stats.pagesParsed++;
      }
      this.track(this.pages, rel, stamp, hash, page, now, true);
      pages.push(page);
    }
    if (Object.keys(this.old.pages).length !== this.pages.size) this.changed = true;
    const vault = vaultOf(abs, pages, attachments);
    const shared = this.old.shared;
    attachResults(vault, shared && typeof shared === 'object' && !Array.isArray(shared) ? shared : {});
    this.vault = vault;
    return vault;
  }

  private track<T>(map: Map<string, Tracked<T>>, key: string, stamp: FileStamp, hash: string, item: T, now: number, fresh: boolean): void {
    map.set(key, { stamp, hash, item, racy: Math.max(stamp.mtime, stamp.ctime) >= now - racyWindow(stamp.mtime) });
    // A page read from disk has a new stamp or hash to record.
    if (fresh) this.changed = true;
  }

  /** The raw posts (sorted by file name), or undefined when the directory does not exist. */
  async loadRaw(dir: string): Promise<RawPost[] | undefined> {
    const names = await rawPostFiles(dir);
    if (!names) return undefined;
    // Entries are by file name: in another raw directory only a post's hash says it is the same.
    const sameDir = this.old.rawDir === dir;
    this.rawDir = dir;
    if (!sameDir) this.changed = true;
    const posts: RawPost[] = [];
    const now = Date.now();
    for (const name of names) {
      const file = path.join(dir, name);
      const id = name.replace(/\.md$/i, '');
      const stamp = stampOf(statSync(file));
      // A post of the same name in another directory (a copy, a moved raw/) is the same post when
      // its bytes are: its results are kept, but only after reading and hashing it.
      const e = Object.hasOwn(this.old.raw, name) ? this.old.raw[name] : undefined;
      if (sameDir && e && typeof e.hash === 'string' && !e.racy && sameStamp(e, stamp)) {
        const post = new CachedRawPost(id, name, e.hash, e.title, e.date, file);
        attachResults(post, e.r && typeof e.r === 'object' ? e.r : {});
        this.stats.rawTrusted++;
        this.track(this.raws, name, stamp, e.hash, post, now, false);
        this.raws.get(name)!.line = this.oldLines.get(`r\u0000${name}`);
        posts.push(post);
        continue;
      }
      const bytes = readFileSync(file);
      const hash = sha256(bytes);
      const fields = rawFields(bytes.toString('utf8'));
      const post: RawPost = { id, file: name, hash, title: fields.title, date: fields.date, body: fields.body };
      if (e && e.hash === hash && e.r && typeof e.r === 'object') attachResults(post, e.r);
      this.stats.rawRead++;
      this.track(this.raws, name, stamp, hash, post, now, true);
      posts.push(post);
    }
    if (!sameDir || Object.keys(this.old.raw).length !== this.raws.size) this.changed = true;
    return posts;
  }

  /** Writes the cache when anything in it changed. Failing to write (a read-only vault) is not an error. */
  async save(): Promise<boolean> {
    if (!this.changed && resultWrites() === this.writesAtLoad) return false;
    let bytes = this.serialise(true);
    if (bytes === undefined) bytes = this.serialise(false)!;
    try {
      await writeFileAtomic(this.file, bytes);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The cache file's bytes. With `reuse`, unchanged entries keep their lines (copied as bytes, not
   * encoded again) and the string table only grows; undefined when the table holds too many strings
   * nothing refers to any more (the caller then writes everything afresh).
   */
  private serialise(reuse: boolean): Uint8Array | undefined {
    const strings: string[] = reuse ? [...this.oldStrings] : [];
    const ids = new Map<string, number>();
    strings.forEach((x, i) => ids.set(x, i));
    const used = new Set<number>();
    const intern = (x: string): number => {
      let i = ids.get(x);
      if (i === undefined) {
        i = strings.length;
        strings.push(x);
        ids.set(x, i);
      }
      used.add(i);
      return i;
    };
    // Strings nothing refers to any more are counted only once the table has grown well past what
    // was in use at the last count: counting walks every entry's links.
    const live = this.old.live;
    const count = !reuse || typeof live !== 'number' || strings.length > 2 * live + 1000;
    const lines: Array<string | Uint8Array> = [];
    for (const [rel, t] of [...this.pages].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (reuse && t.line && t.entry && !t.racy && !resultsTouched(t.item)) {
        lines.push(t.line);
        if (count) for (const i of indexesOf(t.entry)) used.add(i);
        continue;
      }
      const s = summaryOf(t.item);
      const entry: PageEntry = { ...t.stamp, hash: t.hash, s: { ...s, fm: encodeFm(s.fm, intern), links: s.links.map(intern) }, r: pageResults(t.item) };
      if (t.racy) entry.racy = 1;
      lines.push(JSON.stringify(['p', rel, entry]));
    }
    if (count && reuse && strings.length > 2 * used.size + 1000) return undefined;
    for (const [name, t] of [...this.raws].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (reuse && t.line && !t.racy && !resultsTouched(t.item)) {
        lines.push(t.line);
        continue;
      }
      const entry: RawEntry = { ...t.stamp, hash: t.hash, title: t.item.title, date: t.item.date, r: pageResults(t.item) };
      if (t.racy) entry.racy = 1;
      lines.push(JSON.stringify(['r', name, entry]));
    }
    const head: Header = { version: this.version, rawDir: this.rawDir, strings, live: count ? used.size : live, shared: this.vault ? pageResults(this.vault) : {} };
    return joinLines([JSON.stringify(head), ...lines]);
  }
}
