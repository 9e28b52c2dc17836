// Summaries of every page of a vault, re-reading only the pages whose bytes changed since the
// last call (by size and mtime, then content hash) and the pages whose cited posts changed.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { noPagesError } from '../wiki/dirs.js';
import { listVaultFiles, vaultDir } from '../wiki/vault.js';
import { SourceResolver, sourceRefOf, type SourceRef } from './page-model.js';
import { loadedPageOf, lookupsHold, summarisePage, type ContentSummary, type PageDetail } from './page-summary.js';
import { DetailReader, hashText, readSummaryCache, writeSummaryCache, type CachedPage } from './summary-cache.js';

export interface VaultSummaries {
  dir: string;
  /** Content pages in path order. */
  contents: ContentSummary[];
  /** Full reading of `contents[i]`. */
  detail(i: number): PageDetail;
  /** Folded text of `contents[i]` (`detail(i).text`, read alone). */
  text(i: number): string;
  resolver: SourceResolver;
}

/**
 * Reads the summaries of the vault at `wiki`, through the cache when `useCache` (the default).
 * The cache is saved when anything changed; a cache that cannot be written is left alone.
 */
export async function loadSummaries(wiki: string, useCache = true): Promise<VaultSummaries> {
  const dir = await vaultDir(wiki);
  const paths = (await listVaultFiles(dir)).markdown;
  // A folder with no pages is no vault to answer from (a mistyped --wiki), not a vault where nothing matches; nothing
  // is written there.
  if (paths.length === 0) throw noPagesError(wiki);
  const old = useCache ? await readSummaryCache(dir) : undefined;
  let reader = new DetailReader(old?.pagesFile ? path.join(old.dir, old.pagesFile) : undefined);
  let changed = !old || old.pages.size !== paths.length;

  const read = (p: string, size: number, mtime: number): CachedPage & { loaded: ReturnType<typeof loadedPageOf> } => {
    const text = readFileSync(path.join(dir, p), 'utf8');
    return { summary: { path: p }, size, mtime, hash: hashText(text), loaded: loadedPageOf(p, text) };
  };
  const entries: CachedPage[] = [];
  const toRead = new Map<CachedPage, ReturnType<typeof loadedPageOf>>();
  for (const p of paths) {
    // Stat before reading: a page written meanwhile has a newer mtime next time and is read again.
    const st = statSync(path.join(dir, p));
    const size = st.size;
    const mtime = Math.floor(st.mtimeMs);
    const had = old?.pages.get(p);
    if (had && had.size === size && had.mtime === mtime) {
      entries.push(had);
      continue;
    }
    changed = true;
    const fresh = read(p, size, mtime);
    if (had && had.hash === fresh.hash) {
      entries.push({ ...had, size, mtime });
      continue;
    }
    entries.push(fresh);
    toRead.set(fresh, fresh.loaded);
  }

  // Post references first: reading any page may cite any post.
  const refs: SourceRef[] = [];
  for (const e of entries) {
    const loaded = toRead.get(e);
    if (loaded) e.summary = { path: e.summary.path, ref: sourceRefOf(loaded) };
    if (e.summary.ref) refs.push(e.summary.ref);
  }
  const resolver = SourceResolver.of(refs);

  for (let k = 0; k < entries.length; k++) {
    let e = entries[k];
    const c = e.summary.content;
    // A kept page whose links now name other posts (a post added, renamed or removed) is read again.
    if (!toRead.has(e) && c && !lookupsHold(c, resolver)) {
      changed = true;
      e = entries[k] = read(e.summary.path, e.size, e.mtime);
      toRead.set(e, (e as ReturnType<typeof read>).loaded);
    }
    const loaded = toRead.get(e);
    if (!loaded) continue;
    const { summary, detail } = summarisePage(loaded, resolver);
    e.summary = summary;
    e.detail = detail;
    e.at = undefined;
    // The parsed page is needed no more: let it go now, not when every page has been read.
    toRead.delete(e);
    delete (e as Partial<ReturnType<typeof read>>).loaded;
  }

  const content = entries.filter((e) => e.summary.content);
  const detailOf = (e: CachedPage): PageDetail => {
    if (e.detail) return e.detail;
    try {
      const d = reader.read(e.at!);
      if (d.page.path === e.summary.path) return d;
    } catch {
      // A pages file that cannot be read is a broken cache: the page itself answers.
    }
    const again = read(e.summary.path, e.size, e.mtime);
    return summarisePage(again.loaded, resolver).detail!;
  };
  const detail = (i: number): PageDetail => detailOf(content[i]);

  const text = (i: number): string => {
    const e = content[i];
    if (e.detail) return e.detail.text;
    try {
      return reader.readText(e.at!);
    } catch {
      return detail(i).text;
    }
  };

  if (changed && useCache) {
    try {
      const written = await writeSummaryCache(dir, entries, old, detailOf);
      reader = new DetailReader(written);
    } catch {
      // A read-only vault still answers; it only pays the full read every time.
    }
  }
  return { dir, contents: content.map((e) => e.summary.content!), detail, text, resolver };
}
