// The per-post extraction cache on real files: what goes in comes back out, and only for the same post.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionCache } from '../../src/compile/cache.js';
import type { DocExtraction } from '../../src/compile/extract/index.js';
import type { RawDoc } from '../../src/types.js';
import { tempDir } from './helpers.js';

const doc: RawDoc = {
  id: '2026-01-02-a-post',
  file: '2026-01-02-a-post.md',
  meta: { title: 'A post', categories: [], feed: { title: 'Blog' }, content_hash: 'x' },
  body: 'Anthropic released Claude.',
  hash: 'h1',
};

const extraction: DocExtraction = {
  docId: doc.id,
  hash: doc.hash,
  sentences: [{ text: 'Anthropic released Claude.', section: '', quantified: false }],
  mentions: [
    { surface: 'Anthropic', docId: doc.id, sentence: 0, signal: 'propn-run', offset: 0, strength: 'medium', votes: { company: 2 } },
    { surface: 'Claude', docId: doc.id, sentence: 0, signal: 'propn-run', offset: 19, strength: 'weak', flags: { midSentence: true } },
  ],
  links: ['https://example.com/'],
  vocabulary: [['released', 1]],
  words: 'Anthropic released Claude',
};

describe('ExtractionCache', () => {
  it('gives back what was put, for the same post and hash only', async () => {
    const wiki = await tempDir();
    const cache = new ExtractionCache(wiki, 'v1');
    cache.put(doc, extraction);
    expect(await new ExtractionCache(wiki, 'v1').get(doc)).toEqual(extraction);
    expect(await new ExtractionCache(wiki, 'v2').get(doc)).toBeUndefined();
    expect(await new ExtractionCache(wiki, 'v1').get({ ...doc, hash: 'h2' })).toBeUndefined();
  });

  it('stores each mention without the post id it shares with its entry', async () => {
    const wiki = await tempDir();
    new ExtractionCache(wiki, 'v1').put(doc, extraction);
    const dir = path.join(wiki, '.wikic', 'cache');
    const [file] = (await fs.readdir(dir)).filter((f) => f.endsWith('.json'));
    const stored = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as { mentions: object[] };
    expect(stored.mentions.every((m) => !('docId' in m))).toBe(true);
  });

  it('ignores a corrupt entry, and prunes the entries a compile did not use', async () => {
    const wiki = await tempDir();
    new ExtractionCache(wiki, 'v1').put(doc, extraction);
    const dir = path.join(wiki, '.wikic', 'cache');
    const [file] = (await fs.readdir(dir)).filter((f) => f.endsWith('.json'));
    await fs.writeFile(path.join(dir, file), '{"docId": ');
    const cache = new ExtractionCache(wiki, 'v1');
    expect(await cache.get(doc)).toBeUndefined();
    const other = new ExtractionCache(wiki, 'v2');
    other.put({ ...doc, id: 'other' }, { ...extraction, docId: 'other' });
    expect(await other.prune()).toBe(1);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  });
});
