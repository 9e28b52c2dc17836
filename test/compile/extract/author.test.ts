// The bundled author's posts against hand-checked expectations (author-expectations.ts): recall of the
// entities a reader expects, their types, and no pages for section words or sentence-initial words.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.js';
import { extractDocument, resolveEntities } from '../../../src/compile/extract/index.js';
import { readRawDir } from '../../../src/ingest/raw-store.js';
import type { Entity } from '../../../src/types.js';
import { AUTHOR_EXPECTATIONS } from './author-expectations.js';

const RAW = path.resolve(__dirname, '../../../raw');
const norm = (s: string): string => s.toLowerCase().replace(/['’]s$/, '').trim();

async function compileAuthor(): Promise<Entity[]> {
  const docs = await readRawDir(RAW);
  return resolveEntities(docs, docs.map((d) => extractDocument(d)), defaultConfig(path.dirname(RAW)));
}

describe('author feed', () => {
  it('finds at least 95% of the expected entities, mostly with the expected type, and no listed non-entities', async () => {
    const docs = await readRawDir(RAW);
    for (const p of AUTHOR_EXPECTATIONS) expect(docs.some((d) => d.id.startsWith(p.post))).toBe(true);
    const entities = await compileAuthor();
    const byName = new Map<string, Entity>();
    for (const e of entities) for (const n of [e.name, ...e.aliases]) byName.set(norm(n), e);
    let expected = 0;
    let found = 0;
    let typed = 0;
    const misses: string[] = [];
    const present: string[] = [];
    for (const p of AUTHOR_EXPECTATIONS) {
      for (const [name, type] of p.entities) {
        expected++;
        const e = byName.get(norm(name));
        if (!e) {
          misses.push(name);
          continue;
        }
        found++;
        if (e.type === type) typed++;
      }
      for (const n of p.nonEntities) if (byName.has(norm(n))) present.push(n);
    }
    expect(present).toEqual([]);
    expect(found / expected, `missed: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(typed / found).toBeGreaterThanOrEqual(0.8);
  });

  it('gives one page per thing: unique names, no entity that is another one\'s alias', async () => {
    const entities = await compileAuthor();
    const names = new Set(entities.map((e) => e.name.toLowerCase()));
    expect(names.size).toBe(entities.length);
    for (const e of entities) for (const a of e.aliases) expect(names.has(a.toLowerCase()), `${a} (alias of ${e.name})`).toBe(false);
  });

  it('is deterministic and JSON-serialisable', async () => {
    const docs = await readRawDir(RAW);
    const a = docs.map((d) => extractDocument(d));
    const b = JSON.parse(JSON.stringify(docs.map((d) => extractDocument(d))));
    expect(b).toEqual(a);
    const config = defaultConfig(path.dirname(RAW));
    expect(JSON.stringify(resolveEntities(docs, b, config))).toBe(JSON.stringify(resolveEntities(docs, a, config)));
  });
});
