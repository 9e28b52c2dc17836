import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { answer, loadContext } from '../../src/context/context-pack.js';
import { renderJson, renderText } from '../../src/context/render.js';
import { CACHE_SUBDIR } from '../../src/context/summary-cache.js';
import { copyDir, FIXTURE_SOURCE, tempDir } from './helpers.js';

const QUESTIONS = [
  'Which protocol did Google give to the Linux Foundation?',
  "Who leads Sierra's funding round?",
  'What did ReDeEP find?',
  'tell me about MCP',
  'How do Anthropic and Model Context Protocol compare?',
  'What is Quorvex?',
];

/** Every question's pack, as JSON and as text, with the given budgets. */
async function packs(vault: string, useCache: boolean): Promise<string[]> {
  const ctx = await loadContext(vault, { useCache });
  const out: string[] = [];
  for (const q of QUESTIONS) {
    for (const budget of [4000, 600]) {
      const pack = answer(ctx, q, budget);
      out.push(renderJson(pack), renderText(pack));
    }
  }
  return out;
}

async function freshVault(): Promise<string> {
  const vault = path.join(await tempDir('wikic-context-cache-'), 'vault');
  await copyDir(FIXTURE_SOURCE, vault);
  return vault;
}

const cacheDir = (vault: string) => path.join(vault, CACHE_SUBDIR);

/** The cached call must answer exactly as a call that reads every page. */
async function expectSameAsCold(vault: string): Promise<string[]> {
  const warm = await packs(vault, true);
  const cold = await packs(vault, false);
  expect(warm).toEqual(cold);
  return warm;
}

describe('context summary cache', () => {
  it('writes the cache on the first call and answers the same from it', async () => {
    const vault = await freshVault();
    const cold = await packs(vault, false);
    await expect(fs.readdir(cacheDir(vault))).rejects.toThrow();
    const first = await packs(vault, true);
    const files = (await fs.readdir(cacheDir(vault))).sort();
    expect(files).toContain('index.json');
    expect(files.filter((f) => /^pages-.*\.bin$/.test(f))).toHaveLength(1);
    const index = await fs.readFile(path.join(cacheDir(vault), 'index.json'), 'utf8');
    const second = await packs(vault, true);
    // Nothing changed: the second call reads the cache and leaves it as it was.
    expect(await fs.readFile(path.join(cacheDir(vault), 'index.json'), 'utf8')).toBe(index);
    expect(first).toEqual(cold);
    expect(second).toEqual(cold);
  });

  it('re-reads an edited page', async () => {
    const vault = await freshVault();
    await packs(vault, true);
    const file = path.join(vault, 'companies', 'Sierra.md');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace('## Facts\n', '## Facts\n\n- 2026-05-07: Sierra hired Quorvex as its chief of staff. ([[2026-05-06-the-emerging-communication-stack-for-agents]])\n'));
    const after = await expectSameAsCold(vault);
    expect(after.join('\n')).toContain('hired Quorvex');
  });

  it('after rewriting the cache, reads unchanged pages from the new pages file', async () => {
    const vault = await freshVault();
    await packs(vault, true);
    const file = path.join(vault, 'companies', 'Google.md');
    await fs.appendFile(file, '\n- Google opened an office for agent research.\n');
    const expected = await packs(vault, false);
    const ctx = await loadContext(vault);
    // Quoting must not need the pages themselves any more: hide them all.
    for (const dir of ['companies', 'papers', 'protocols', 'organizations', 'people', 'topics', 'sources']) {
      await fs.rename(path.join(vault, dir), path.join(vault, `.${dir}`));
    }
    const got: string[] = [];
    for (const q of QUESTIONS) {
      for (const budget of [4000, 600]) {
        const pack = answer(ctx, q, budget);
        got.push(renderJson(pack), renderText(pack));
      }
    }
    expect(got).toEqual(expected);
  });

  it('re-reads a page edited to the same size', async () => {
    const vault = await freshVault();
    const before = await packs(vault, true);
    const file = path.join(vault, 'papers', 'ReDeEP.md');
    const text = await fs.readFile(file, 'utf8');
    expect(text).toContain('Copying Heads');
    await fs.writeFile(file, text.replaceAll('Copying Heads', 'Quorvex Heads'));
    const later = new Date(Date.now() + 5000);
    await fs.utimes(file, later, later);
    const after = await expectSameAsCold(vault);
    expect(after).not.toEqual(before);
    expect(after.join('\n')).toContain('Quorvex Heads');
  });

  it('keeps a page whose mtime changed but whose bytes did not', async () => {
    const vault = await freshVault();
    const before = await packs(vault, true);
    const file = path.join(vault, 'companies', 'Google.md');
    const later = new Date(Date.now() + 5000);
    await fs.utimes(file, later, later);
    expect(await expectSameAsCold(vault)).toEqual(before);
  });

  it('reads an added page and forgets a deleted one', async () => {
    const vault = await freshVault();
    await packs(vault, true);
    await fs.writeFile(
      path.join(vault, 'companies', 'Quorvex.md'),
      '---\ntype: company\naliases: [Quorvex Labs]\n---\n# Quorvex\n\nQuorvex builds agent routers for banks. ([[2026-05-06-the-emerging-communication-stack-for-agents]])\n',
    );
    const added = await expectSameAsCold(vault);
    expect(added.join('\n')).toContain('agent routers for banks');
    await fs.rm(path.join(vault, 'papers', 'ReDeEP.md'));
    const deleted = await expectSameAsCold(vault);
    expect(deleted.join('\n')).not.toContain('"path": "papers/ReDeEP.md"');
  });

  it('re-reads the pages citing a post that was removed', async () => {
    const vault = await freshVault();
    const before = await packs(vault, true);
    // Without the post, "([[post]])" is no longer a citation: the pages citing it read differently.
    await fs.rm(path.join(vault, 'sources', '2026-05-06-the-emerging-communication-stack-for-agents.md'));
    const after = await expectSameAsCold(vault);
    expect(after).not.toEqual(before);
  });

  it('ignores and rebuilds a corrupt index', async () => {
    const vault = await freshVault();
    const cold = await packs(vault, false);
    await packs(vault, true);
    const index = path.join(cacheDir(vault), 'index.json');
    await fs.writeFile(index, '{"version": "');
    expect(await packs(vault, true)).toEqual(cold);
    expect(() => JSON.parse('{"version": "')).toThrow();
    expect(JSON.parse(await fs.readFile(index, 'utf8')).version).toMatch(/^[0-9a-f]{40}$/);
  });

  it('ignores an index whose pages file is damaged', async () => {
    const vault = await freshVault();
    const cold = await packs(vault, false);
    await packs(vault, true);
    const bin = (await fs.readdir(cacheDir(vault))).find((f) => f.endsWith('.bin'))!;
    await fs.truncate(path.join(cacheDir(vault), bin), 100);
    expect(await packs(vault, true)).toEqual(cold);
    // Same size but other bytes: the pages themselves answer.
    const bin2 = (await fs.readdir(cacheDir(vault))).find((f) => f.endsWith('.bin'))!;
    const size = (await fs.stat(path.join(cacheDir(vault), bin2))).size;
    await fs.writeFile(path.join(cacheDir(vault), bin2), Buffer.alloc(size, 0x7b));
    expect(await packs(vault, true)).toEqual(cold);
  });

  it('ignores a cache written by other code', async () => {
    const vault = await freshVault();
    const cold = await packs(vault, false);
    await packs(vault, true);
    const index = path.join(cacheDir(vault), 'index.json');
    const data = JSON.parse(await fs.readFile(index, 'utf8'));
    // Same version key lie would be trusted; another key must not be: give every page another title.
    data.version = 'another version';
    for (const e of data.pages) if (Array.isArray(e[5])) e[5][0] = 'Wrong Title';
    await fs.writeFile(index, JSON.stringify(data));
    const again = await packs(vault, true);
    expect(again).toEqual(cold);
    expect(again.join('\n')).not.toContain('Wrong Title');
  });

  it('answers when the cache cannot be written', async () => {
    const vault = await freshVault();
    const cold = await packs(vault, false);
    // A file where the cache folder should be: every write fails, as on a read-only vault.
    await fs.mkdir(path.join(vault, '.wikic'), { recursive: true });
    await fs.writeFile(path.join(vault, '.wikic', 'cache'), 'not a folder');
    expect(await packs(vault, true)).toEqual(cold);
    expect(await packs(vault, true)).toEqual(cold);
    expect((await fs.stat(path.join(vault, '.wikic', 'cache'))).isFile()).toBe(true);
  });
});

describe('BM25 over cached term ids', () => {
  it('scores documents given by ids into a shared vocabulary as it scores their term lists', async () => {
    const { buildBm25, buildBm25FromCounts } = await import('../../src/context/bm25.js');
    const docs = [['agent', 'protocol', 'agent'], ['model', 'context', 'protocol'], ['bank', 'router'], ['agent', 'router', 'router', 'model']];
    // The vocabulary also holds strings no document uses, as a cache's string table does.
    const vocab = ['papers/x.md', 'agent', 'protocol', 'model', 'context', 'router'];
    const byIds = docs.slice(0, 2).map((d) => {
      const distinct = [...new Set(d)];
      return { terms: { ids: distinct.map((t) => vocab.indexOf(t)), vocab }, counts: distinct.map((t) => d.filter((x) => x === t).length), length: d.length };
    });
    const mixed = buildBm25FromCounts([...byIds, ...docs.slice(2).map((d) => ({ terms: [...new Set(d)], counts: [...new Set(d)].map((t) => d.filter((x) => x === t).length), length: d.length }))]);
    const plain = buildBm25(docs);
    for (const q of [['agent'], ['router', 'bank'], ['protocol', 'model', 'unseen'], ['papers/x.md']]) {
      for (let i = 0; i < docs.length; i++) expect(mixed.score(i, q)).toBe(plain.score(i, q));
      for (const t of q) expect([mixed.df(t), mixed.idf(t)]).toEqual([plain.df(t), plain.idf(t)]);
    }
    expect(mixed.df('papers/x.md')).toBe(0);
    expect(mixed.score(3, ['router'])).toBeGreaterThan(mixed.score(2, ['router']));
  });
});
