// A compile that extracts many posts bounds the growth of the process's heaps for its own duration
// (heap.ts): only then, with a flag node accepts, and the vault is the same either way.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { HEAP_GROWING_PERCENT } from '../../src/compile/heap.js';
import { ENTITIES, fixtureExtractor, POSTS, snapshot, tempDir, testConfig, writePosts } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('heap growth during a large extraction', () => {
  it('is bounded only while a compile extracts enough posts, and changes nothing in the vault', async () => {
    const dir = await tempDir();
    const raw = path.join(dir, 'raw');
    await writePosts(raw, POSTS);
    const flags = vi.spyOn(v8, 'setFlagsFromString');
    const run = (wiki: string, postsForTightHeap: number) =>
      compileVault({ raw, wiki: path.join(dir, wiki), force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES), postsForTightHeap });

    const few = await run('few', POSTS.length + 1);
    expect(few.extracted).toHaveLength(POSTS.length);
    expect(flags).not.toHaveBeenCalled();

    const many = await run('many', POSTS.length);
    expect(many.extracted).toHaveLength(POSTS.length);
    expect(flags.mock.calls).toEqual([[`--heap-growing-percent=${HEAP_GROWING_PERCENT}`], ['--heap-growing-percent=0']]);

    const a = await snapshot(path.join(dir, 'few'));
    const b = await snapshot(path.join(dir, 'many'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [p, text] of a) expect(b.get(p), p).toBe(text);
  });

  it('sets a flag this node knows (an unknown one would only be warned about at run time)', () => {
    const ok = spawnSync(process.execPath, [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '-e', '0'], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    const bad = spawnSync(process.execPath, ['--heap-growing-percentage=50', '-e', '0'], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
  });
});
