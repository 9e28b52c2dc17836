// Render keys under changes that reach a page only through OTHER posts and entities: a page whose
// own raw file is untouched must still come out as a compile from scratch makes it, byte for byte.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { fixtureExtractor, snapshot, tempDir, testConfig, writePosts, type EntitySpec, type PostSpec } from './helpers.js';

const ENTS: EntitySpec[] = [
  { name: 'Acme', type: 'company' },
  { name: 'Globex', type: 'company' },
  { name: 'Zeta Protocol', type: 'protocol', aliases: ['ZP'] },
  { name: 'Initech', type: 'company' },
];

const A: PostSpec = {
  id: '2026-01-01-alpha',
  title: 'Alpha',
  published: '2026-01-01T00:00:00Z',
  categories: ['Agents'],
  body: ['Acme is a company that ships Zeta Protocol with Globex.', '', 'Later Acme said ZP had 500 users. Read [the beta post](https://blog.example.com/beta/) too.'].join('\n'),
};
const B: PostSpec = {
  id: '2026-02-01-beta',
  title: 'Beta',
  published: '2026-02-01T00:00:00Z',
  categories: ['Agents'],
  body: ['Globex and Acme met about Zeta Protocol in 2026.', '', 'Initech watched.'].join('\n'),
};
const C: PostSpec = {
  id: '2026-03-01-gamma',
  title: 'Gamma',
  published: '2026-03-01T00:00:00Z',
  categories: ['Tools'],
  body: 'Initech is a company too, and Globex works with it on 3 things.',
};

/**
 * Compiles `before`, then `after` (raw/ replaced) incrementally, and returns that vault, a fresh
 * compile of `after`, and how many pages the incremental compile left alone.
 */
async function incrementalVsFresh(before: PostSpec[], after: PostSpec[], ents: EntitySpec[] = ENTS) {
  const dir = await tempDir('wikic-review-');
  const raw = path.join(dir, 'raw');
  const wiki = path.join(dir, 'wiki');
  await writePosts(raw, before);
  const run = (r: string, w: string) => compileVault({ raw: r, wiki: w, force: false, config: testConfig(), extractor: fixtureExtractor(ents) });
  await run(raw, wiki);
  await fs.rm(raw, { recursive: true });
  await writePosts(raw, after);
  const stats = await run(raw, wiki);
  const freshDir = await tempDir('wikic-review-fresh-');
  const freshRaw = path.join(freshDir, 'raw');
  const freshWiki = path.join(freshDir, 'wiki');
  await writePosts(freshRaw, after);
  await run(freshRaw, freshWiki);
  return { incremental: await snapshot(wiki), fresh: await snapshot(freshWiki), unchanged: stats.unchanged };
}

describe('render keys: changes that reach a page through other posts', () => {
  it('a linked post retitled: the linking post and the entity and topic pages citing it follow', async () => {
    const r = await incrementalVsFresh([A, B, C], [A, { ...B, title: 'Beta Renamed' }, C]);
    expect(r.incremental.get('sources/Alpha.md')).toContain('[[Beta Renamed|the beta post]]');
    expect(r.unchanged).toBeGreaterThan(0);
    expect(r.incremental).toEqual(r.fresh);
  });

  it('the post an entity lead and facts quote retitled: the entity page citations follow', async () => {
    const r = await incrementalVsFresh([A, B, C], [{ ...A, title: 'Alpha Renamed' }, B, C]);
    expect(r.incremental.get('companies/Acme.md')).toContain('[[Alpha Renamed]]');
    expect(r.unchanged).toBeGreaterThan(0);
    expect(r.incremental).toEqual(r.fresh);
  });

  it("a post's date changed: facts, spans and order on pages of entities it shares follow", async () => {
    const r = await incrementalVsFresh([A, B, C], [A, B, { ...C, published: '2025-12-01T00:00:00Z' }]);
    expect(r.incremental).toEqual(r.fresh);
  });

  it('a new post mentioning a shared entity: related notes (rarest shared first) and counts follow', async () => {
    const D: PostSpec = { id: '2026-04-01-delta', title: 'Delta', published: '2026-04-01T00:00:00Z', body: 'Globex and Acme again, with Zeta Protocol.' };
    const r = await incrementalVsFresh([A, B, C], [A, B, C, D]);
    expect(r.unchanged).toBeGreaterThan(0);
    expect(r.incremental).toEqual(r.fresh);
  });

  it('a new post with the same title takes the name: pages naming the old post follow', async () => {
    const early: PostSpec = { id: '2025-12-01-beta-again', title: 'Beta', published: '2025-12-01T00:00:00Z', body: 'Nothing in common here.' };
    const r = await incrementalVsFresh([A, B, C], [early, A, B, C]);
    expect(r.unchanged).toBeGreaterThan(0);
    expect(r.incremental).toEqual(r.fresh);
  });

  it('an entity pushed off its name by a more mentioned one: pages linking to it follow', async () => {
    const ents: EntitySpec[] = [...ENTS, { name: 'Gamma', type: 'product' }];
    const D: PostSpec = { id: '2026-04-01-delta', title: 'Delta', published: '2026-04-01T00:00:00Z', body: 'Gamma is a product. Gamma again. Gamma once more. Gamma and Initech.' };
    const r = await incrementalVsFresh([A, B, C], [A, B, C, D], ents);
    expect(r.incremental).toEqual(r.fresh);
  });

  it('an entity renamed by a new one that takes its name: related lists and post pages naming it follow', async () => {
    // `INITECH` (more mentions) claims the name; the company becomes `Initech (company)`, and the pages
    // of Globex, Beta and Gamma, whose own posts are untouched, must name it so.
    const ents: EntitySpec[] = [...ENTS, { name: 'INITECH', type: 'product' }];
    const D: PostSpec = { id: '2026-04-01-delta', title: 'Delta', published: '2026-04-01T00:00:00Z', body: 'INITECH ships. INITECH sells. INITECH grows. INITECH wins.' };
    const r = await incrementalVsFresh([A, B, C], [A, B, C, D], ents);
    expect([...r.incremental.keys()]).toContain('companies/Initech (company).md');
    expect(r.incremental.get('companies/Globex.md')).toContain('[[Initech (company)]]');
    expect(r.incremental.get('sources/Gamma.md')).toContain('[[Initech (company)]]');
    expect(r.incremental).toEqual(r.fresh);
  });

  it('a post filed under an entity between its first and last post: the entity page lists it', async () => {
    const D: PostSpec = { id: '2026-02-15-delta', title: 'Delta', published: '2026-02-15T00:00:00Z', categories: ['Globex'], body: 'Nothing named here.' };
    const r = await incrementalVsFresh([A, B, C], [A, B, C, D]);
    expect(r.incremental.get('companies/Globex.md')).toContain('[[Delta]]');
    expect(r.incremental).toEqual(r.fresh);
  });

  it('a category added elsewhere: the topic page and the posts sharing it follow', async () => {
    const r = await incrementalVsFresh([A, B, C], [A, B, { ...C, categories: ['Tools', 'Agents'], summary: 'All about tools.' }]);
    expect(r.unchanged).toBeGreaterThan(0);
    expect(r.incremental).toEqual(r.fresh);
  });

  it('a post removed: the facts, leads and related lists that cited it follow', async () => {
    const r = await incrementalVsFresh([A, B, C], [B, C]);
    expect(r.incremental).toEqual(r.fresh);
  });

  it('a post URL changed: posts linking to the old and new URL follow', async () => {
    const r = await incrementalVsFresh([A, B, C], [A, { ...B, url: 'https://blog.example.com/beta-moved/' }, { ...C, url: 'https://blog.example.com/beta/' }]);
    expect(r.incremental.get('sources/Alpha.md')).toContain('[[Gamma|the beta post]]');
    expect(r.incremental).toEqual(r.fresh);
  });

  // The text linker's PROTECTED pattern backtracks to the bare reading `<url>tail` when `>` is not
  // followed by `)`: the key must hold the post that reading finds too, or a rename of it leaves the
  // linking page stale.
  it('a link written `(<url>tail)`: the linking post follows a rename of the post the linker finds', async () => {
    const target: PostSpec = { ...C, url: 'https://blog.example.com/gamma>x' };
    const linking: PostSpec = { ...A, body: 'Acme wrote about [that](<https://blog.example.com/gamma>x) once.' };
    const r = await incrementalVsFresh([linking, B, target], [linking, B, { ...target, title: 'Gamma Renamed' }]);
    expect(r.fresh.get('sources/Alpha.md')).toContain('[[Gamma Renamed|that]]');
    expect(r.incremental).toEqual(r.fresh);
  });
});

describe('render keys with the real extractor', () => {
  // An escaped `\[` is no link for the extractor nor for the text linker: the text stays as written,
  // whatever happens to the post its URL names, and the incremental page is the fresh one.
  it('an escaped link written `\\[label](<url>tail)` stays text through a rename of the post it names', async () => {
    const linking: PostSpec = { id: '2026-01-01-alpha', title: 'Alpha', published: '2026-01-01T00:00:00Z', body: 'Some words here.\n\nEscaped \\[that](<https://blog.example.com/gamma>x) here.\n' };
    const target: PostSpec = { id: '2026-03-01-gamma', title: 'Gamma', published: '2026-03-01T00:00:00Z', url: 'https://blog.example.com/gamma>x', body: 'Other words entirely.' };
    const renamed: PostSpec = { ...target, title: 'Gamma Renamed' };
    const dir = await tempDir('wikic-review-real-');
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    const run = (r: string, w: string) => compileVault({ raw: r, wiki: w, force: false, config: testConfig() });
    await writePosts(raw, [linking, target]);
    await run(raw, wiki);
    await fs.rm(raw, { recursive: true });
    await writePosts(raw, [linking, renamed]);
    await run(raw, wiki);
    const freshRaw = path.join(dir, 'fresh-raw');
    const freshWiki = path.join(dir, 'fresh-wiki');
    await writePosts(freshRaw, [linking, renamed]);
    await run(freshRaw, freshWiki);
    const fresh = await snapshot(freshWiki);
    expect(fresh.get('sources/Alpha.md')).toContain('Escaped \\[that](<https://blog.example.com/gamma>x) here.');
    expect(await snapshot(wiki)).toEqual(fresh);
  }, 60_000);

  it("the author's own page taking or giving back an entity's name, with no post changed: the vault follows", async () => {
    const dir = await tempDir('wikic-review-own-');
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    const run = (r: string, w: string) => compileVault({ raw: r, wiki: w, force: false, config: testConfig(), extractor: fixtureExtractor(ENTS) });
    await writePosts(raw, [A, B, C]);
    await run(raw, wiki);
    const before = await snapshot(wiki);
    expect([...before.keys()]).toContain('companies/Globex.md');
    // A note of the author's own called `Globex.md`: `[[Globex]]` must name one file, so the company's page moves aside.
    await fs.writeFile(path.join(wiki, 'Globex.md'), '# My Globex notes\n');
    await run(raw, wiki);
    const withNote = await snapshot(wiki);
    expect([...withNote.keys()]).toContain('companies/Globex (company).md');
    expect([...withNote.keys()]).not.toContain('companies/Globex.md');
    const freshRaw = path.join(dir, 'fresh-raw');
    const freshWiki = path.join(dir, 'fresh-wiki');
    await writePosts(freshRaw, [A, B, C]);
    await fs.mkdir(freshWiki, { recursive: true });
    await fs.writeFile(path.join(freshWiki, 'Globex.md'), '# My Globex notes\n');
    await run(freshRaw, freshWiki);
    expect(withNote).toEqual(await snapshot(freshWiki));
    // The note deleted: the page takes its name back, as a compile without the note makes it.
    await fs.rm(path.join(wiki, 'Globex.md'));
    await run(raw, wiki);
    expect(await snapshot(wiki)).toEqual(before);
  }, 60_000);
});
