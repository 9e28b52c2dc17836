// A compile that extracts many posts keeps the process's heaps close to their live size (heap.ts):
// only then, and the vault is the same either way.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { heapsKeptTight } from '../../src/compile/heap.js';
import { ENTITIES, fixtureExtractor, POSTS, snapshot, tempDir, testConfig, writePosts } from './helpers.js';

describe('heap growth during a large extraction', () => {
  it('is bounded only when enough posts are extracted, and changes nothing in the vault', async () => {
    const dir = await tempDir();
    const raw = path.join(dir, 'raw');
    await writePosts(raw, POSTS);
    const run = (wiki: string, postsForTightHeap: number) =>
      compileVault({ raw, wiki: path.join(dir, wiki), force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES), postsForTightHeap });

    const few = await run('few', POSTS.length + 1);
    expect(few.extracted).toHaveLength(POSTS.length);
    expect(heapsKeptTight()).toBe(false);

    const many = await run('many', POSTS.length);
    expect(many.extracted).toHaveLength(POSTS.length);
    expect(heapsKeptTight()).toBe(true);

    const a = await snapshot(path.join(dir, 'few'));
    const b = await snapshot(path.join(dir, 'many'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [p, text] of a) expect(b.get(p), p).toBe(text);
  });
});
