// A post page's quick key stands in for its full key (which means finding every name in its text): it
// must change whenever the full key could, and should not change for names the post's text cannot
// hold. An alias given to an entity many posts mention must not send all of their pages to be linked
// again, only those holding the alias's first word; every vault is the one a fresh compile makes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { RENDER_STATE_FILE } from '../../src/compile/render-state.js';
import { linkerWords } from '../../src/compile/linker-words.js';
import { reachableTargets } from '../../src/compile/link-text.js';
import { fixtureExtractor, snapshot, tempDir, testConfig, writePosts, type EntitySpec, type PostSpec } from './helpers.js';

const POSTS: PostSpec[] = [
  { id: '2026-01-05-rockets', title: 'Rockets', published: '2026-01-05T09:00:00Z', body: 'Acme ships rockets to Globex.\n\nGlobex pays Acme in shares.\n' },
  { id: '2026-01-06-standards', title: 'Standards', published: '2026-01-06T09:00:00Z', body: 'Acme joined the Widget Consortium this week.\n\nThe Widget Consortium sets standards.\n' },
];

const BASE: EntitySpec[] = [
  { name: 'Acme', type: 'company' },
  { name: 'Globex', type: 'company' },
];

const withAliases = (aliases: string[]): EntitySpec[] => [{ name: 'Acme', type: 'company', aliases }, BASE[1]];

/** Extraction finds the base names only, so cached and fresh extractions agree; resolution uses `specs`. */
const extractor = (specs: EntitySpec[]) => ({ ...fixtureExtractor(specs), extractDocument: fixtureExtractor(BASE).extractDocument });

async function compile(raw: string, wiki: string, specs: EntitySpec[]) {
  return compileVault({ raw, wiki, force: false, config: testConfig(), extractor: extractor(specs) });
}

/** A post that names nothing: raw/ changes, so the compile runs (it answers from hashes when raw/ and the code are as before). */
let quiet = 0;
async function quietPost(raw: string): Promise<void> {
  quiet++;
  await writePosts(raw, [{ id: `2026-02-0${quiet}-quiet-${quiet}`, title: `Quiet ${quiet}`, published: `2026-02-0${quiet}T09:00:00Z`, body: 'A quiet week; nothing shipped.\n' }]);
}

async function quickKeys(wiki: string): Promise<Record<string, string>> {
  const state = JSON.parse(await fs.readFile(path.join(wiki, RENDER_STATE_FILE), 'utf8')) as { pages: Record<string, unknown[]> };
  return Object.fromEntries(Object.entries(state.pages).filter(([p]) => p.startsWith('sources/')).map(([p, e]) => [p, e[4] as string]));
}

async function fresh(dir: string, raw: string, specs: EntitySpec[]): Promise<Map<string, string>> {
  const wiki = path.join(await fs.mkdtemp(path.join(dir, 'fresh-')), 'wiki');
  await compile(raw, wiki, specs);
  return snapshot(wiki);
}

describe('post pages\' quick keys', () => {
  it('change only for posts that hold the first word of a new alias, and the vault is a fresh compile\'s', async () => {
    const dir = await tempDir('wikic-quick-');
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    await writePosts(raw, POSTS);
    await compile(raw, wiki, BASE);
    const [rockets, standards] = ['sources/Rockets.md', 'sources/Standards.md'];
    const k0 = await quickKeys(wiki);
    expect(Object.keys(k0).sort()).toEqual([rockets, standards]);
    const posts = (keys: Record<string, string>) => ({ [rockets]: keys[rockets], [standards]: keys[standards] });

    // An alias no post writes a word of: both posts mention Acme, neither page is looked at again.
    const none = withAliases(['Zeta Holdings']);
    await quietPost(raw);
    const s1 = await compile(raw, wiki, none);
    const k1 = await quickKeys(wiki);
    expect(posts(k1)).toEqual(posts(k0));
    expect(s1.written).toContain('companies/Acme.md');
    expect(s1.written.filter((p) => p.startsWith('sources/'))).toEqual(['sources/Quiet 1.md']);
    expect(await snapshot(wiki)).toEqual(await fresh(dir, raw, none));

    // An alias one post writes: that post's key changes and its page is linked again; the other's stands.
    const one = withAliases(['Zeta Holdings', 'Widget Consortium']);
    await quietPost(raw);
    await compile(raw, wiki, one);
    const k2 = await quickKeys(wiki);
    expect(k2[rockets]).toBe(k1[rockets]);
    expect(k2[standards]).not.toBe(k1[standards]);
    expect(await snapshot(wiki)).toEqual(await fresh(dir, raw, one));

    // An alias whose first word a post holds though the alias itself is not there: the quick key cannot
    // tell, so it changes, and the full key then finds nothing new to link (the page is not rewritten).
    const first = withAliases(['Zeta Holdings', 'Widget Consortium', 'Acme Rockets Division']);
    await quietPost(raw);
    const s3 = await compile(raw, wiki, first);
    const k3 = await quickKeys(wiki);
    expect(k3[rockets]).not.toBe(k2[rockets]);
    expect(s3.written).not.toContain(rockets);
    expect(await snapshot(wiki)).toEqual(await fresh(dir, raw, first));

    // Dropping an alias a post writes changes that post's key again.
    const dropped = withAliases(['Zeta Holdings', 'Acme Rockets Division']);
    await quietPost(raw);
    await compile(raw, wiki, dropped);
    expect((await quickKeys(wiki))[standards]).not.toBe(k3[standards]);
    expect(await snapshot(wiki)).toEqual(await fresh(dir, raw, dropped));
  }, 60_000);
});

describe('linker words', () => {
  it('hold the first word of every name the linker could find, a word glued to a URL included', () => {
    const markdown = 'Caféhttps://example.com and **Acme Corp** shipped .NET 8, see [Globex](https://globex.example/) and `Zeta`.';
    const words = new Set(linkerWords(markdown).split(' '));
    const targets = [
      { page: 'Café', surfaces: ['Café'] },
      { page: 'Acme Corp', surfaces: ['Acme Corp'] },
      { page: '.NET', surfaces: ['.NET'] },
      { page: 'Globex', surfaces: ['Globex'] },
    ];
    for (const t of reachableTargets(targets, markdown)) for (const s of t.surfaces) expect(words.has(/[\p{L}\p{N}]+/u.exec(s)![0]), s).toBe(true);
    expect(reachableTargets(targets, markdown).find((t) => t.page === 'Café')!.surfaces).toEqual(['Café']);
    expect(words.has('Café')).toBe(true);
    expect(words.has('Unwritten')).toBe(false);
    // Each word once.
    const list = linkerWords('Acme and Acme and acme').split(' ');
    expect(list).toEqual(['Acme', 'and', 'acme']);
  });
});
