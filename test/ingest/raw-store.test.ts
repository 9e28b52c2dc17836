import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readRawDir, renderRawFile, parseRawFile, contentHash } from '../../src/ingest/raw-store.js';
import { WikicError } from '../../src/errors.js';
import type { RawFrontmatter } from '../../src/types.js';

const tmp = () => fs.mkdtemp(path.join(os.tmpdir(), 'wikic-raw-'));

const meta: RawFrontmatter = {
  title: 'A: title with "quotes" and #hash',
  url: 'https://example.com/a',
  guid: 'urn:a',
  published: '2026-01-02T03:04:05Z',
  author: 'Jane Doe',
  categories: ['AI', 'yes'],
  feed: { title: 'Example', url: 'https://example.com/feed' },
  content_hash: contentHash('Body text.\n'),
};

describe('raw store', () => {
  it('round-trips a rendered file, including YAML-hostile strings', () => {
    const text = renderRawFile(meta, 'Body text.\n');
    const back = parseRawFile(text, 'x.md');
    expect(back.meta).toEqual(meta);
    expect(back.body).toBe('Body text.\n');
    // Frontmatter keys come in RawFrontmatter order.
    const keys = text.split('\n').filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual(['title', 'url', 'guid', 'published', 'author', 'categories', 'feed', 'content_hash']);
  });

  it('round-trips former titles after the title, and names a malformed list', () => {
    const withFormer = { ...meta, former_titles: ['Old: "one"', 'Older'] };
    const text = renderRawFile(withFormer, 'Body text.\n');
    expect(parseRawFile(text, 'x.md').meta).toEqual(withFormer);
    expect(text.split('\n').filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0]).slice(0, 3)).toEqual(['title', 'former_titles', 'url']);
    expect(() => parseRawFile(text.replace(/former_titles:\n(  - .*\n)+/, 'former_titles: 3\n'), 'x.md')).toThrow(/x\.md:3:1: "former_titles" must be a list of strings/);
  });

  it('reads only top-level .md files, sorted by id, hashing the bytes', async () => {
    const dir = await tmp();
    const b = renderRawFile({ ...meta, title: 'B' }, 'b\n');
    await fs.writeFile(path.join(dir, '2026-02-01-b.md'), b);
    await fs.writeFile(path.join(dir, '2026-01-01-a.md'), renderRawFile(meta, 'a\n'));
    await fs.mkdir(path.join(dir, 'feeds'));
    await fs.writeFile(path.join(dir, 'feeds', 'x.md'), 'not a post');
    await fs.writeFile(path.join(dir, 'notes.txt'), 'ignored');
    const docs = await readRawDir(dir);
    expect(docs.map((d) => d.id)).toEqual(['2026-01-01-a', '2026-02-01-b']);
    expect(docs[1].file).toBe('2026-02-01-b.md');
    expect(docs[1].meta.title).toBe('B');
    expect(docs[1].hash).toBe(createHash('sha256').update(b).digest('hex'));
  });

  it('reads a missing directory as empty', async () => {
    expect(await readRawDir(path.join(await tmp(), 'nope'))).toEqual([]);
  });

  it('names the file and line:col of malformed frontmatter', async () => {
    const dir = await tmp();
    await fs.writeFile(path.join(dir, 'bad.md'), '---\ntitle: ok\ncategories: [a, b\n---\nbody\n');
    const err = await readRawDir(dir).catch((e) => e);
    expect(err).toBeInstanceOf(WikicError);
    expect(err.message).toMatch(/bad\.md:\d+:\d+: bad frontmatter/);
  });

  it('names every file that is no post, on one line', async () => {
    const dir = await tmp();
    await fs.writeFile(path.join(dir, 'README.md'), '# My raw posts\n');
    await fs.writeFile(path.join(dir, 'draft.md'), '---\ntitle: ok\n---\nbody\n');
    const err = await readRawDir(dir).catch((e) => e);
    expect(err).toBeInstanceOf(WikicError);
    expect(err.message).toMatch(/^2 files in .+ are not raw posts: .+README\.md.+; .+draft\.md.+$/);
    expect(err.message).not.toContain('\n');
  });

  it('names the key that breaks the schema', async () => {
    const dir = await tmp();
    await fs.writeFile(path.join(dir, 'bad.md'), '---\ntitle: ok\ncategories: []\nfeed:\n  title: F\ncontent_hash: 12\n---\nbody\n');
    await expect(readRawDir(dir)).rejects.toThrow(/bad\.md:6:1: "content_hash" must be a string/);
  });

  it('reads the committed raw/ posts', async () => {
    const docs = await readRawDir(path.resolve('raw'));
    expect(docs.length).toBe(20);
    for (const d of docs) {
      expect(d.id).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
      expect(d.meta.content_hash).toBe(contentHash(d.body));
    }
  });
});
