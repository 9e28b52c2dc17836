// Loading one SOURCE (a feed file or an http(s) URL) to bytes, with its snapshot name under raw/feeds/.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FetchError, fetchFeed, type Validators } from './http.js';

export interface Loaded {
  /** How the user named the source, for messages. */
  label: string;
  /** Absolute URL of the feed when fetched; used to resolve relative links. */
  url?: string;
  bytes: Uint8Array;
  httpCharset?: string;
  /** File name of the snapshot under raw/feeds/, or undefined when the source is that snapshot already. */
  snapshot?: string;
  /** The source's own name under raw/feeds/ when it is kept there (a feed file that is its own snapshot). */
  inPlace?: string;
  /** Validators to remember for the next conditional GET. */
  validators?: Validators;
  /** True when the server answered 304 and the bytes come from the stored snapshot. */
  notModified?: boolean;
}

export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

const MAX_GUNZIP = 50 * 1024 * 1024;

/** Snapshot file name for a URL: host, port and path, flattened to safe characters (snapshots.ts keeps names apart). */
export function snapshotName(url: string, contentType?: string): string {
  const u = new URL(url);
  const stem = `${u.hostname}${u.port ? `-${u.port}` : ''}${u.pathname}${u.search}`
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/\.(xml|rss|atom|json|rdf)$/i, '')
    .slice(0, 100);
  const ext = /json/i.test(contentType ?? '') ? 'json' : 'xml';
  return `${stem || 'feed'}.${ext}`;
}

function charsetOf(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m?.[1];
}

export interface HttpCacheEntry extends Validators {
  snapshot: string;
}

export async function loadFile(file: string, feedsDir: string): Promise<Loaded> {
  const full = path.resolve(file);
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(full);
    if (st.isDirectory()) throw new SourceError('is a directory, not a feed file');
    bytes = await fs.readFile(full);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new SourceError(code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_GUNZIP });
    } catch (err) {
      throw new SourceError(`not a feed: gzip data that does not decompress (${(err as Error).message.split('\n')[0]})`);
    }
  }
  const inside = path.relative(path.resolve(feedsDir), full);
  const isSnapshot = !inside.startsWith('..') && !path.isAbsolute(inside);
  return isSnapshot ? { label: file, bytes, inPlace: inside.split(path.sep).join('/') } : { label: file, bytes, snapshot: path.basename(full) };
}

export async function loadUrl(url: string, timeoutMs: number, cache: HttpCacheEntry | undefined, feedsDir: string): Promise<Loaded> {
  let res;
  try {
    res = await fetchFeed(url, timeoutMs, cache ?? {});
  } catch (err) {
    if (err instanceof FetchError) throw new SourceError(err.message);
    throw err;
  }
  if (res.status === 'not-modified') {
    try {
      const bytes = await fs.readFile(path.join(feedsDir, cache!.snapshot));
      return { label: url, url: res.url, bytes, snapshot: cache!.snapshot, validators: res.validators, notModified: true };
    } catch {
      // The snapshot went missing: fetch the whole feed again.
      return loadUrl(url, timeoutMs, undefined, feedsDir);
    }
  }
  return {
    label: url,
    url: res.url,
    bytes: res.bytes,
    httpCharset: charsetOf(res.contentType),
    snapshot: cache?.snapshot ?? snapshotName(url, res.contentType),
    validators: res.validators,
  };
}
