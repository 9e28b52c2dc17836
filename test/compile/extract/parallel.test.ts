// Extraction on several threads: the same results as on one, every post exactly once, and a
// compile that uses threads writes the same vault byte for byte.
import { appendFileSync, cpSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawDir } from '../../../src/ingest/raw-store.js';
import { extractDocument } from '../../../src/compile/extract/index.js';
import type { DocExtraction } from '../../../src/compile/extract/index.js';
import { extractInParallel } from '../../../src/compile/extract/parallel.js';
import { compileVault } from '../../../src/compile/compile.js';
import { defaultConfig } from '../../../src/config.js';
import { snapshot, tempDir } from '../helpers.js';
import { runCli } from '../../ingest/helpers.js';

const RAW = path.resolve('raw');
const pause = new Int32Array(new SharedArrayBuffer(4));

/** A temp dir holding a copy of the bundled raw posts, and the default config there. */
async function rawCopy(): Promise<{ dir: string; raw: string; config: ReturnType<typeof defaultConfig> }> {
  const dir = await tempDir();
  const raw = path.join(dir, 'raw');
  cpSync(RAW, raw, { recursive: true });
  return { dir, raw, config: defaultConfig(dir) };
}

describe('extractInParallel', () => {
  it('gives every post the extraction one thread gives it, once', async () => {
    const docs = await readRawDir(RAW);
    const results = new Map<number, DocExtraction>();
    let onMain = 0;
    await extractInParallel(docs, {
      jobs: 2,
      postsPerExtraThread: 1,
      // The main thread is slowed so the second thread surely takes some of the posts.
      extract: (doc) => {
        onMain++;
        Atomics.wait(pause, 0, 0, 300);
        return extractDocument(doc);
      },
      onResult: (i, ext) => {
        expect(results.has(i)).toBe(false);
        results.set(i, ext);
      },
    });
    expect(results.size).toBe(docs.length);
    expect(onMain).toBeLessThan(docs.length);
    for (const [i, ext] of results) expect(ext).toEqual(extractDocument(docs[i]));
  }, 60_000);

  it('fails with the error of a post the main thread cannot extract, stopping the other threads', async () => {
    const docs = await readRawDir(RAW);
    await expect(
      extractInParallel(docs, {
        jobs: 2,
        postsPerExtraThread: 1,
        extract: (doc) => {
          throw new Error(`cannot extract ${doc.id}`);
        },
        onResult: () => {},
      }),
    ).rejects.toThrow(/^cannot extract /);
  }, 60_000);

  it('starts a thread for a single post when the main thread has other work first, and waits for that work', async () => {
    const docs = (await readRawDir(RAW)).slice(0, 2);
    let onMain = 0;
    let firstResult: () => void = () => {};
    const mainAfter = new Promise<void>((resolve) => (firstResult = resolve));
    const results: number[] = [];
    const onThreads = await extractInParallel(docs, {
      jobs: 2,
      postsPerExtraThread: 150,
      mainAfter: mainAfter.then(() => new Promise((r) => setTimeout(r, 2000))),
      extract: (doc) => (onMain++, extractDocument(doc)),
      onResult: (i) => {
        results.push(i);
        firstResult();
      },
    });
    expect(results.sort()).toEqual([0, 1]);
    // The thread took the first post before the main thread could; the main thread waited for its own work to end.
    expect(onThreads).toBeGreaterThanOrEqual(1);
    expect(onThreads + onMain).toBe(2);
  }, 60_000);

  it('stays on the main thread when there are too few posts for another', async () => {
    const docs = (await readRawDir(RAW)).slice(0, 3);
    let onMain = 0;
    await extractInParallel(docs, {
      jobs: 4,
      postsPerExtraThread: 150,
      extract: (doc) => (onMain++, extractDocument(doc)),
      onResult: () => {},
    });
    expect(onMain).toBe(3);
  });
});

describe('compile with extraction threads', () => {
  it('writes the same vault as a compile on one thread', async () => {
    const { dir, raw, config } = await rawCopy();
    const one = await compileVault({ raw, wiki: path.join(dir, 'one'), force: false, config, jobs: 1 });
    const two = await compileVault({ raw, wiki: path.join(dir, 'two'), force: false, config, jobs: 2, postsPerExtraThread: 1 });
    expect(two.extracted).toEqual(one.extracted);
    const a = await snapshot(path.join(dir, 'one'));
    const b = await snapshot(path.join(dir, 'two'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [p, text] of a) expect(b.get(p), p).toBe(text);
  }, 120_000);
});

describe('compile after new posts, with threads', () => {
  it('extracts the posts the cache lacks on another thread while reading the rest, and writes what one thread writes', async () => {
    const { dir, raw, config } = await rawCopy();
    const one = await compileVault({ raw, wiki: path.join(dir, 'one'), force: false, config, jobs: 1 });
    // The vault on two threads first knows 18 posts; then two more arrive.
    const later = readdirSync(raw).filter((n) => n.endsWith('.md')).sort().slice(-2);
    const aside = path.join(dir, 'aside');
    mkdirSync(aside);
    for (const n of later) renameSync(path.join(raw, n), path.join(aside, n));
    const wiki = path.join(dir, 'two');
    const threads = { jobs: 2, postsPerExtraThread: 10_000, cachedPostsForEarlyThread: 10 };
    const before = await compileVault({ raw, wiki, force: false, config, ...threads });
    expect(before.extractedOnThread).toBe(0);
    for (const n of later) renameSync(path.join(aside, n), path.join(raw, n));
    const two = await compileVault({ raw, wiki, force: false, config, ...threads });
    expect(two.extracted).toEqual(later.map((n) => n.slice(0, -3)));
    // Which thread takes them depends on how soon the other thread is up (under tsx, after this one has read the cache).
    expect(two.extractedOnThread).toBeLessThanOrEqual(2);
    expect(two.cached).toBe(one.sources - 2);
    const a = await snapshot(path.join(dir, 'one'));
    const b = await snapshot(wiki);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [p, text] of a) expect(b.get(p), p).toBe(text);
  }, 120_000);

  it('reads every post itself when the cache holds too few for another thread to pay', async () => {
    const { dir, raw, config } = await rawCopy();
    const last = readdirSync(raw).filter((n) => n.endsWith('.md')).sort().slice(-1)[0];
    renameSync(path.join(raw, last), path.join(dir, last));
    const wiki = path.join(dir, 'wiki');
    await compileVault({ raw, wiki, force: false, config, jobs: 2, postsPerExtraThread: 10_000 });
    renameSync(path.join(dir, last), path.join(raw, last));
    const stats = await compileVault({ raw, wiki, force: false, config, jobs: 2, postsPerExtraThread: 10_000 });
    expect(stats.extracted).toEqual([last.slice(0, -3)]);
    expect(stats.extractedOnThread).toBe(0);
  }, 120_000);
});

describe('compile that fails while reading the cache', () => {
  it('rejects with the error, with no early thread and no rejection left unhandled', async () => {
    const { dir, raw, config } = await rawCopy();
    const wiki = path.join(dir, 'wiki');
    await compileVault({ raw, wiki, force: false, config, jobs: 2, postsPerExtraThread: 10_000 });
    appendFileSync(path.join(raw, readdirSync(raw).filter((n) => n.endsWith('.md')).sort()[0]), '\nOne more line about Anthropic.\n');
    const unhandled: unknown[] = [];
    const note = (e: unknown): number => unhandled.push(e);
    process.on('unhandledRejection', note);
    try {
      await expect(
        compileVault({ raw, wiki, force: false, config, jobs: 2, postsPerExtraThread: 10_000, onProgress: () => { throw new Error('stopped while reading'); } }),
      ).rejects.toThrow('stopped while reading');
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      process.off('unhandledRejection', note);
    }
    expect(unhandled).toEqual([]);
  }, 120_000);
});

describe('compile --jobs', () => {
  it('takes a thread count and refuses anything but a positive whole number (exit 2, naming the option)', async () => {
    const { dir, raw } = await rawCopy();
    const bad = runCli(['compile', '--raw', raw, '--wiki', path.join(dir, 'wiki'), '--jobs', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--jobs');
    const ok = runCli(['compile', '--raw', raw, '--wiki', path.join(dir, 'wiki'), '--jobs', '2']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/compiled \d+ sources/);
  }, 60_000);
});
