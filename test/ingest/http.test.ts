import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/command.js';
import { WikicError } from '../../src/errors.js';
import { docsIn, runCli, snapshotTree, tmpDir } from './helpers.js';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Served</title><link>/</link>
<item><title>Served post</title><link>/posts/1</link><guid>s-1</guid><pubDate>Fri, 09 Jan 2026 12:00:00 GMT</pubDate>
<description>&lt;p&gt;See &lt;a href="/x"&gt;x&lt;/a&gt;.&lt;/p&gt;</description></item></channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link rel="self" href="atom.xml"/>
<entry><title>Rel</title><id>tag:x,2026:1</id><updated>2026-01-10T00:00:00Z</updated><link href="posts/2"/>
<content type="html">&lt;img src="img.png" alt="i"&gt; &lt;a href="/top"&gt;top&lt;/a&gt;</content></entry></feed>`;

const hits: { url: string; inm?: string }[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push({ url: req.url ?? '', inm: req.headers['if-none-match'] as string | undefined });
    if (req.url === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Fri, 09 Jan 2026 12:00:00 GMT' });
      res.end(FEED);
    } else if (req.url === '/two.atom' || req.url === '/two.xml') {
      // Two feeds whose flattened names meet (`two`): each must keep its own snapshot, 304 or not.
      const tag = req.url === '/two.atom' ? '"a"' : '"x"';
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304, { etag: tag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: tag });
      res.end(FEED.replace(/Served/g, req.url === '/two.atom' ? 'Atom side' : 'XML side').replace(/s-1/, req.url));
    } else if (req.url === '/blog/atom.xml') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(ATOM);
    } else if (req.url === '/moved') {
      res.writeHead(301, { location: '/feed.xml' });
      res.end();
    } else if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (req.url === '/hang') {
      // Never answers.
    } else if (req.url === '/html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><body>hi</body></html>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('ingest from a URL', () => {
  it('fetches a feed (200), resolves links against the URL, saves a snapshot and the ETag; a 304 is unchanged', async () => {
    const raw = await tmpDir();
    expect(await ingest([`${base}/feed.xml`], raw, 5000)).toMatchObject({ new: 1, updated: 0, unchanged: 0 });
    const [doc] = await docsIn(raw);
    expect(doc.meta.url).toBe(`${base}/posts/1`);
    expect(doc.body).toBe(`See [x](${base}/x).\n`);
    expect(doc.meta.feed).toEqual({ title: 'Served', url: `${base}/feed.xml` });
    const port = new URL(base).port;
    expect(await fs.readFile(path.join(raw, 'feeds', `127.0.0.1-${port}-feed.xml`), 'utf8')).toBe(FEED);
    const cache = JSON.parse(await fs.readFile(path.join(raw, 'feeds', 'http-cache.json'), 'utf8'));
    expect(cache[`${base}/feed.xml`]).toEqual({ etag: '"v1"', lastModified: 'Fri, 09 Jan 2026 12:00:00 GMT', snapshot: `127.0.0.1-${port}-feed.xml` });

    const before = await snapshotTree(raw);
    hits.length = 0;
    expect(await ingest([`${base}/feed.xml`], raw, 5000)).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
    expect(hits).toEqual([{ url: '/feed.xml', inm: '"v1"' }]);
    expect(await snapshotTree(raw)).toEqual(before);
  });

  it('keeps one snapshot per URL when two flatten to one name, so a 304 re-reads its own feed', async () => {
    const raw = await tmpDir();
    expect(await ingest([`${base}/two.atom`, `${base}/two.xml`], raw, 5000)).toMatchObject({ new: 2 });
    const cache = JSON.parse(await fs.readFile(path.join(raw, 'feeds', 'http-cache.json'), 'utf8'));
    const a = cache[`${base}/two.atom`].snapshot;
    const x = cache[`${base}/two.xml`].snapshot;
    expect(a).not.toBe(x);
    expect(await fs.readFile(path.join(raw, 'feeds', a), 'utf8')).toContain('Atom side');
    expect(await fs.readFile(path.join(raw, 'feeds', x), 'utf8')).toContain('XML side');
    // Both answer 304 now: each reads its own snapshot, and nothing is new.
    expect(await ingest([`${base}/two.atom`, `${base}/two.xml`], raw, 5000)).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    expect((await docsIn(raw)).map((d) => d.meta.title).sort()).toEqual(['Atom side post', 'XML side post']);
  });

  it('fetches whole a URL whose cached snapshot another URL shares (a cache written before names were kept apart)', async () => {
    const raw = await tmpDir();
    await ingest([`${base}/two.atom`, `${base}/two.xml`], raw, 5000);
    const cacheFile = path.join(raw, 'feeds', 'http-cache.json');
    const cache = JSON.parse(await fs.readFile(cacheFile, 'utf8'));
    // Both URLs pointed at one snapshot, as an older wikic left them.
    cache[`${base}/two.xml`].snapshot = cache[`${base}/two.atom`].snapshot;
    await fs.writeFile(cacheFile, JSON.stringify(cache));
    hits.length = 0;
    expect(await ingest([`${base}/two.atom`, `${base}/two.xml`], raw, 5000)).toMatchObject({ new: 0, unchanged: 2 });
    // The second is asked for whole (no ETag), and its posts stay its own.
    expect(hits.find((h) => h.url === '/two.xml')?.inm).toBeUndefined();
    expect((await docsIn(raw)).map((d) => d.meta.title).sort()).toEqual(['Atom side post', 'XML side post']);
    const after = JSON.parse(await fs.readFile(cacheFile, 'utf8'));
    expect(after[`${base}/two.xml`].snapshot).not.toBe(after[`${base}/two.atom`].snapshot);
  });

  it('resolves relative Atom links against the feed URL, and post content against the post', async () => {
    const raw = await tmpDir();
    await ingest([`${base}/blog/atom.xml`], raw, 5000);
    const [doc] = await docsIn(raw);
    expect(doc.meta.url).toBe(`${base}/blog/posts/2`);
    expect(doc.meta.feed.url).toBe(`${base}/blog/atom.xml`);
    expect(doc.body).toBe(`![i](${base}/blog/posts/img.png) [top](${base}/top)\n`);
  });

  it('follows redirects and bounds them', async () => {
    const raw = await tmpDir();
    expect(await ingest([`${base}/moved`], raw, 5000)).toMatchObject({ new: 1 });
    expect((await docsIn(raw))[0].meta.url).toBe(`${base}/posts/1`);
    await expect(ingest([`${base}/loop`], raw, 5000)).rejects.toThrow(/\/loop: more than 5 redirects/);
  });

  it('reports HTTP errors, unreachable hosts and non-feeds as one-line errors and writes nothing', async () => {
    const raw = await tmpDir();
    const err = await ingest([`${base}/missing`], raw, 5000).catch((e) => e);
    expect(err).toBeInstanceOf(WikicError);
    expect(err.message).toBe(`${base}/missing: HTTP 404 Not Found`);
    await expect(ingest([`${base}/html`], raw, 5000)).rejects.toThrow(/not a feed: an HTML page/);
    // A port that was just free: nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    await expect(ingest([`http://127.0.0.1:${closedPort}/feed`], raw, 5000)).rejects.toThrow(`http://127.0.0.1:${closedPort}/feed: connection refused`);
    expect(await fs.readdir(raw)).toEqual([]);
  });

  it('gives up on a server that never answers, after --timeout (CLI: exit 2, one line, no stack)', async () => {
    const raw = await tmpDir();
    const r = runCli(['ingest', `${base}/hang`, '--raw', raw, '--timeout', '300']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wikic: ${base}/hang: timed out after 300 ms\n`);
    expect(await fs.readdir(raw)).toEqual([]);
  });
});
