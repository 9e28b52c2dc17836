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
    const sink = PageSink.start()!;
    const theirs: PageWritten[] = [];
    files(there).forEach((f, i) => sink.send(f, page(i), { force: false, stamp: i % 2 === 0 }, (w) => (theirs[i] = w)));
    await sink.settle();
    await sink.close(new Set());
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
    const sink = PageSink.start()!;
    for (const name of ['A.md', 'B.md', 'C.md']) sink.send(path.join(dir, name), page(1), { force: false, stamp: true }, () => undefined);
    let here: unknown;
    try {
      writePage(path.join(dir, 'B.md'), page(1), { force: false, stamp: true });
    } catch (err) {
      here = err;
    }
    await expect(sink.close(new Set())).rejects.toMatchObject({ message: (here as Error).message, code: (here as NodeJS.ErrnoException).code });
    expect(existsSync(path.join(dir, 'A.md'))).toBe(true);
    expect(existsSync(path.join(dir, 'C.md'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
