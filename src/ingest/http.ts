// Fetching a feed over HTTP(S): timeout, bounded redirects, conditional GET.

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { status: 'ok'; url: string; bytes: Uint8Array; contentType?: string; validators: Validators }
  | { status: 'not-modified'; url: string; validators: Validators };

/** A failure to fetch, with a one-line cause. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

const MAX_REDIRECTS = 5;
const MAX_BYTES = 50 * 1024 * 1024;

/** fetch refuses the ports browsers block (the Fetch standard's "bad port" list) before it connects. */
function badPort(url: string, asked: string): string {
  const port = new URL(url).port;
  // The user named `asked`; a redirect may have led to the blocked port.
  const where = url !== asked ? `redirected to ${url}, whose port ${port}` : `port ${port}`;
  return `${where} is one that fetch refuses to use (a port browsers block); serve the feed on another port`;
}

function cause(err: unknown, url: string, asked: string): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timed out';
  if (e?.cause?.message === 'bad port') return badPort(url, asked);
  const code = e?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found (${code})`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code) return `${code}${e.cause?.message ? `: ${e.cause.message.split('\n')[0]}` : ''}`;
  return (e?.cause?.message ?? e?.message ?? String(err)).split('\n')[0];
}

async function readBody(res: Response, signal: AbortSignal): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      await reader.cancel();
      throw new FetchError(`response larger than ${MAX_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** GETs a feed, following up to 5 redirects; the timeout covers the whole exchange, body included. */
export async function fetchFeed(url: string, timeoutMs: number, known: Validators = {}): Promise<FetchResult> {
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        'user-agent': 'wikic (feed ingest)',
      };
      if (known.etag) headers['if-none-match'] = known.etag;
      if (known.lastModified) headers['if-modified-since'] = known.lastModified;
      const res = await fetch(current, { redirect: 'manual', signal, headers });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const loc = res.headers.get('location');
        await res.body?.cancel();
        if (!loc) throw new FetchError(`HTTP ${res.status} redirect without a Location header`);
        if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(loc, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchError(`redirect to unsupported URL ${next.href}`);
        current = next.href;
        continue;
      }
      const validators: Validators = {
        etag: res.headers.get('etag') ?? undefined,
        lastModified: res.headers.get('last-modified') ?? undefined,
      };
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 'not-modified', url: current, validators: { etag: validators.etag ?? known.etag, lastModified: validators.lastModified ?? known.lastModified } };
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const bytes = await readBody(res, signal);
      return { status: 'ok', url: current, bytes, contentType: res.headers.get('content-type') ?? undefined, validators };
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    const why = cause(err, current, url);
    throw new FetchError(why === 'timed out' ? `timed out after ${timeoutMs} ms` : why);
  }
}
