// Pages written on a second thread: the files, notes, hashes and stamps are what writing them here
// gives, and a page the thread cannot write fails the way it would here, with nothing after it written.
import { existsSync, mkdirSync, promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageSink } from '../../src/compile/write-thread.js';
import { writePage, type PageWritten } from '../../src/compile/write-page.js';
import { sha256 } from '../../src/compile/hash.js';
import { NOTES_MARKER } from '../../src/wiki/schema.js';
import { tempDir } from './helpers.js';
import { compileVault } from '../../src/compile/compile.js';
import { defaultConfig } from '../../src/config.js';

const page = (i: number): string => `---\ntitle: Page ${i}\n---\n# Page ${i}\n\n${'Some text. '.repeat(i)}\n\n## Notes\n\n${NOTES_MARKER}\n`;

describe('the writing thread', () => {
  it('writes what this thread would: notes kept, unchanged files left alone, hashes and stamps of the files', async () => {
    const dir = await tempDir();
    const here = path.join(dir, 'here');
    const there = path.join(dir, 'there');
    const files = (root: string): string[] => Array.from({ length: 150 }, (_, i) => path.join(root, `sub${i % 3}`, `Page ${i}.md`));
    // Page 0 holds the author's notes; page 1 is already as it will be written.
    for (const root of [here, there]) {
      mkdirSync(path.join(root, 'sub0'), { recursive: true });
      mkdirSync(path.join(root, 'sub1'), { recursive: true });
      await fs.writeFile(files(root)[0], page(0).replace('# Page 0', '# An older title').replace(`${NOTES_MARKER}\n`, `${NOTES_MARKER}\nMine.\n`));
      await fs.writeFile(files(root)[1], page(1));
    }
    const mine: PageWritten[] = files(here).map((f, i) => writePage(f, page(i), { force: false, stamp: true }));
    const sink = PageSink.start(new Set())!;
    const theirs: PageWritten[] = [];
    files(there).forEach((f, i) => sink.send(f, page(i), { force: false, stamp: i % 2 === 0 }, (w) => (theirs[i] = w)));
    await sink.settle();
    await sink.close();
    expect(theirs.filter(Boolean)).toHaveLength(150);
    for (let i = 0; i < 150; i++) {
      const text = await fs.readFile(files(there)[i], 'utf8');
      expect(text).toBe(await fs.readFile(files(here)[i], 'utf8'));
      expect(theirs[i]).toMatchObject({ hash: mine[i].hash, changed: mine[i].changed });
      expect(theirs[i].hash).toBe(sha256(text));
      const st = statSync(files(there)[i]);
      expect(theirs[i].stamp).toEqual(i % 2 === 0 ? [st.size, Math.round(st.mtimeMs)] : undefined);
    }
    expect(await fs.readFile(files(there)[0], 'utf8')).toBe(page(0).replace(`${NOTES_MARKER}\n`, `${NOTES_MARKER}\nMine.\n`));
    expect(theirs.map((w) => w.changed).slice(0, 3)).toEqual([true, false, true]);
  }, 60_000);

  it('fails as writing here would when a page cannot be written, writing none after it, leaving no temp file', async () => {
    const dir = await tempDir();
    // A folder where a page should go: reading it as the old page fails.
    mkdirSync(path.join(dir, 'B.md'));
    const sink = PageSink.start(new Set())!;
    for (const name of ['A.md', 'B.md', 'C.md']) sink.send(path.join(dir, name), page(1), { force: false, stamp: true }, () => undefined);
    let here: unknown;
    try {
      writePage(path.join(dir, 'B.md'), page(1), { force: false, stamp: true });
    } catch (err) {
      here = err;
    }
    await expect(sink.close()).rejects.toMatchObject({ message: (here as Error).message, code: (here as NodeJS.ErrnoException).code });
    expect(existsSync(path.join(dir, 'A.md'))).toBe(true);
    expect(existsSync(path.join(dir, 'C.md'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('reports a page it could not write at the next settle, so the compile stops there', async () => {
    const dir = await tempDir();
    mkdirSync(path.join(dir, 'B.md'));
    const sink = PageSink.start(new Set())!;
    for (const name of ['A.md', 'B.md']) sink.send(path.join(dir, name), page(1), { force: false, stamp: true }, () => undefined);
    let failed: unknown;
    // As the compile does between slices of pages: rendering (synchronous work, no turn of the event loop), then settle.
    for (let i = 0; i < 100 && !failed; i++) {
      for (const end = Date.now() + 20; Date.now() < end; );
      await sink.settle().catch((err: unknown) => (failed = err));
    }
    expect(failed).toMatchObject({ code: 'EISDIR' });
    await expect(sink.close()).rejects.toMatchObject({ code: 'EISDIR' });
  }, 60_000);

  it('writes the pages on this thread, as they come, once the thread has stopped', async () => {
    const dir = await tempDir();
    const sink = PageSink.start(new Set())!;
    const done: PageWritten[] = [];
    sink.send(path.join(dir, 'sub', 'A.md'), page(1), { force: false, stamp: true }, (w) => done.push(w));
    await sink.settle();
    // The thread ends under it (a crash, or a thread that never loaded).
    await (sink as unknown as { thread: { terminate(): Promise<number> } }).thread.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    sink.send(path.join(dir, 'sub', 'B.md'), page(2), { force: false, stamp: true }, (w) => done.push(w));
    // Written at once, not held until close.
    expect(existsSync(path.join(dir, 'sub', 'B.md'))).toBe(true);
    await sink.close();
    expect(done).toHaveLength(2);
    for (const [name, i] of [['A.md', 1], ['B.md', 2]] as const) expect(await fs.readFile(path.join(dir, 'sub', name), 'utf8')).toBe(page(i));
  }, 60_000);

  it('a compile that cannot write a page fails as on one thread, leaving no graph.json, temp or staged file', async () => {
    const dir = await tempDir();
    const messages: string[] = [];
    for (const jobs of [1, 2]) {
      const wiki = path.join(dir, `wiki${jobs}`);
      // A folder where the page of a company the posts name should go.
      mkdirSync(path.join(wiki, 'companies', 'Anthropic.md'), { recursive: true });
      const threads = { pagesBeforeWriteThread: 1, edgesPerGraphThread: 1, pagesPerRenderThread: 1, postsPerExtraThread: 10_000 };
      const err = await compileVault({ raw: path.resolve('raw'), wiki, force: false, config: defaultConfig(dir), jobs, ...threads }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'EISDIR' });
      messages.push((err as Error).message);
      expect(existsSync(path.join(wiki, 'graph.json'))).toBe(false);
      const left: string[] = [];
      const walk = (d: string): void => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          if (e.isDirectory()) walk(path.join(d, e.name));
          else if (/\.(tmp|staged)$/.test(e.name)) left.push(e.name);
        }
      };
      walk(wiki);
      expect(left).toEqual([]);
    }
    expect(messages[1]).toBe(messages[0]);
  }, 120_000);
});
