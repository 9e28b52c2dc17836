// compileVault on real files: caching, idempotence, notes, removals, errors.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { readManifest } from '../../src/compile/manifest.js';
import { WikicError } from '../../src/errors.js';
import { NOTES_MARKER } from '../../src/wiki/schema.js';
import { ENTITIES, POSTS, fixtureExtractor, linkProblems, snapshot, tempDir, testConfig, writePosts, type PostSpec } from './helpers.js';

async function setup(posts: PostSpec[] = POSTS): Promise<{ raw: string; wiki: string }> {
  const dir = await tempDir();
  const raw = path.join(dir, 'raw');
  const wiki = path.join(dir, 'wiki');
  await writePosts(raw, posts);
  return { raw, wiki };
}

const NEW_POST: PostSpec = {
  id: '2026-04-01-voice',
  title: 'Voice',
  published: '2026-04-01T00:00:00Z',
  categories: ['Voice'],
  body: 'Dario Amodei talked about voice agents on 2 April 2026.',
};

describe('compileVault', () => {
  it('reports the names in the config that name no page', async () => {
    const { raw, wiki } = await setup();
    const config = testConfig();
    config.entities.types = { Anthropic: 'company', 'Anthropik Labs': 'company' };
    const stats = await compileVault({ raw, wiki, force: false, config, extractor: fixtureExtractor(ENTITIES) });
    expect(stats.unmatched).toEqual(['Anthropik Labs']);
  });

  it('names every blog of a vault built from several', async () => {
    const posts = POSTS.map((p, i) => ({ ...p, feed: i % 2 === 0 ? 'Alpha Notes' : 'Beta Weekly' }));
    const { raw, wiki } = await setup(posts);
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES) });
    const agents = await fs.readFile(path.join(wiki, 'AGENTS.md'), 'utf8');
    expect(agents).toMatch(/the blogs Alpha Notes and Beta Weekly/);
    const one = await setup(POSTS);
    await compileVault({ raw: one.raw, wiki: one.wiki, force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES) });
    expect(await fs.readFile(path.join(one.wiki, 'AGENTS.md'), 'utf8')).toMatch(/the blog Example Blog/);
  });

  it('a second compile writes nothing and leaves every byte as it was', async () => {
    const { raw, wiki } = await setup();
    const ex = fixtureExtractor(ENTITIES);
    const first = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    expect(first.extracted).toHaveLength(3);
    expect(first.written.length).toBeGreaterThan(10);
    const before = await snapshot(wiki);
    const second = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    expect(second.written).toEqual([]);
    expect(second.extracted).toEqual([]);
    expect(second.unchanged).toBe(first.written.length);
    expect(await snapshot(wiki)).toEqual(before);
  });

  it('keeps its caches out of git wherever the vault lives', async () => {
    const { raw, wiki } = await setup();
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES) });
    expect(await fs.readFile(path.join(wiki, '.wikic', 'cache', '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('gives byte-identical vaults from the same posts in different directories', async () => {
    const a = await setup();
    const b = await setup();
    await compileVault({ raw: a.raw, wiki: a.wiki, force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES) });
    await compileVault({ raw: b.raw, wiki: b.wiki, force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES) });
    expect(await snapshot(a.wiki)).toEqual(await snapshot(b.wiki));
  });

  it('restores a generated page that was deleted or edited outside its notes', async () => {
    const { raw, wiki } = await setup();
    const ex = fixtureExtractor(ENTITIES);
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    const before = await snapshot(wiki);
    await fs.rm(path.join(wiki, 'models', 'Gemma 4.md'));
    await fs.writeFile(path.join(wiki, 'index.md'), 'scribbled over\n');
    // graph.json is written as it is made, and compared with the file only when its hash is the one recorded.
    await fs.writeFile(path.join(wiki, 'graph.json'), '{}\n');
    const stats = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    expect(stats.written).toEqual(['graph.json', 'index.md', 'models/Gemma 4.md']);
    expect(await snapshot(wiki)).toEqual(before);
  });

  it('recompiles when the config changes what pages hold', async () => {
    const { raw, wiki } = await setup();
    const ex = fixtureExtractor(ENTITIES);
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    const config = testConfig();
    config.thresholds.relatedLimit = 1;
    const stats = await compileVault({ raw, wiki, force: false, config, extractor: ex });
    expect(stats.written).toContain('companies/Anthropic.md');
    const text = await fs.readFile(path.join(wiki, 'companies', 'Anthropic.md'), 'utf8');
    expect(text.split('## Related')[1].split('## Backlinks')[0].trim().split('\n')).toHaveLength(1);
  });

  it('keeps the author notes through a recompile', async () => {
    const { raw, wiki } = await setup();
    const ex = fixtureExtractor(ENTITIES);
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    const file = path.join(wiki, 'companies', 'Anthropic.md');
    const notes = '\nMet their team in **March**.\n\n- [[Gemma 4]] is worth a look\n';
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(`${NOTES_MARKER}\n`, `${NOTES_MARKER}${notes}`));
    await writePosts(raw, [NEW_POST]);
    await compileVault({ raw, wiki, force: true, config: testConfig(), extractor: ex });
    const text = await fs.readFile(file, 'utf8');
    expect(text.endsWith(`${NOTES_MARKER}${notes}`)).toBe(true);
    expect(text.split(NOTES_MARKER)).toHaveLength(2);
  });

  it('after one new post extracts only that post and rewrites only the pages it touches', async () => {
    const { raw, wiki } = await setup();
    const ex = fixtureExtractor(ENTITIES);
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    const before = await snapshot(wiki);
    ex.calls.length = 0;
    await writePosts(raw, [NEW_POST]);
    const stats = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    expect(ex.calls).toEqual(['2026-04-01-voice']);
    expect(stats.extracted).toEqual(['2026-04-01-voice']);
    const after = await snapshot(wiki);
    const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k)).sort();
    expect(stats.written).toEqual(changed.filter((k) => k !== '.wikic/manifest.json'));
    // The category page takes the bare name; the post yields.
    expect(changed).toContain('sources/Voice (post).md');
    expect(changed).toContain('topics/Voice.md');
    expect(changed).toContain('people/Dario Amodei.md');
    // Pages the new post has nothing to do with stay as they were.
    expect(changed).not.toContain('models/Gemma 4.md');
    expect(changed).not.toContain('sources/Open Models.md');
    expect((await readManifest(wiki)).raw['2026-04-01-voice']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('removes pages it no longer makes and leaves foreign files alone', async () => {
    const { raw, wiki } = await setup();
    const ex = fixtureExtractor(ENTITIES);
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    await fs.writeFile(path.join(wiki, 'models', 'My own page.md'), '# mine\n');
    await fs.writeFile(path.join(wiki, 'scratch.md'), 'draft\n');
    await fs.rm(path.join(raw, '2026-03-05-open-models.md'));
    const stats = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    expect(stats.removed).toEqual(['sources/Open Models.md', 'topics/Open Source.md']);
    await expect(fs.access(path.join(wiki, 'sources', 'Open Models.md'))).rejects.toThrow();
    await expect(fs.access(path.join(wiki, 'topics', 'Open Source.md'))).rejects.toThrow();
    expect(await fs.readFile(path.join(wiki, 'models', 'My own page.md'), 'utf8')).toBe('# mine\n');
    expect(await fs.readFile(path.join(wiki, 'scratch.md'), 'utf8')).toBe('draft\n');
    const manifest = await readManifest(wiki);
    expect(Object.keys(manifest.pages)).not.toContain('sources/Open Models.md');
    expect(Object.keys(manifest.raw)).toEqual(['2026-01-10-mcp-everywhere', '2026-02-01-the-agent-stack']);
  });

  it('never takes the name of a file the author made, so links stay unambiguous', async () => {
    const { raw, wiki } = await setup();
    await fs.mkdir(path.join(wiki, 'my notes'), { recursive: true });
    await fs.writeFile(path.join(wiki, 'my notes', 'gemma 4.md'), 'my own page about it\n');
    const stats = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES) });
    expect(stats.written).toContain('models/Gemma 4 (model).md');
    expect(stats.written).not.toContain('models/Gemma 4.md');
    expect(await fs.readFile(path.join(wiki, 'my notes', 'gemma 4.md'), 'utf8')).toBe('my own page about it\n');
    const files = await snapshot(wiki);
    const pages = [...files.entries()].filter(([p]) => p.endsWith('.md')).map(([p, content]) => ({ path: p, content }));
    expect(linkProblems(pages).unresolved).toEqual([]);
  });

  it('keeps a page it no longer makes when the author wrote notes in it', async () => {
    const { raw, wiki } = await setup();
    const ex = fixtureExtractor(ENTITIES);
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    const file = path.join(wiki, 'topics', 'Open Source.md');
    await fs.appendFile(file, 'keep this\n');
    await fs.rm(path.join(raw, '2026-03-05-open-models.md'));
    const stats = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    expect(stats.kept).toEqual(['topics/Open Source.md']);
    const kept = await fs.readFile(file, 'utf8');
    expect(kept).toContain('keep this');
    expect(kept.endsWith(`${NOTES_MARKER}\nkeep this\n`)).toBe(true);
    expect(kept).toMatch(/^# Open Source\n\nNo post mentions this any more/m);
    // No link in it may point at a page this compile removed; the vault has no broken links.
    const pages = [...(await snapshot(wiki)).entries()].filter(([p]) => p.endsWith('.md')).map(([p, content]) => ({ path: p, content }));
    expect(linkProblems(pages).unresolved).toEqual([]);
    // From then on compile leaves it alone.
    const again = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    expect(again.kept).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).toBe(kept);
  });

  it('moves the notes with a page whose type changed, leaving one page of that name', async () => {
    const { raw, wiki } = await setup();
    await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: fixtureExtractor(ENTITIES) });
    const before = path.join(wiki, 'models', 'Gemma 4.md');
    await fs.appendFile(before, 'an open model, not a product\n');
    const retyped = ENTITIES.map((e) => (e.name === 'Gemma 4' ? { ...e, type: 'product' as const } : e));
    const stats = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: fixtureExtractor(retyped) });
    expect(stats.kept).toEqual([]);
    expect(stats.removed).toContain('models/Gemma 4.md');
    await expect(fs.stat(before)).rejects.toThrow();
    const after = await fs.readFile(path.join(wiki, 'products', 'Gemma 4.md'), 'utf8');
    expect(after.endsWith(`${NOTES_MARKER}\nan open model, not a product\n`)).toBe(true);
    expect(after).toMatch(/^type: product$/m);
    // The manifest holds the bytes on disk, and the next compile finds nothing to change.
    const manifest = await readManifest(wiki);
    expect(manifest.pages['products/Gemma 4.md']).toBe(createHash('sha256').update(after).digest('hex'));
    const again = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: fixtureExtractor(retyped) });
    expect(again.written).toEqual([]);
    expect(await fs.readFile(path.join(wiki, 'products', 'Gemma 4.md'), 'utf8')).toBe(after);
  });

  it('--force extracts and writes everything again', async () => {
    const { raw, wiki } = await setup();
    const ex = fixtureExtractor(ENTITIES);
    const first = await compileVault({ raw, wiki, force: false, config: testConfig(), extractor: ex });
    const forced = await compileVault({ raw, wiki, force: true, config: testConfig(), extractor: ex });
    expect(forced.extracted).toHaveLength(3);
    expect(forced.written).toEqual(first.written);
  });

  it('fails with a WikicError on a missing or empty raw directory', async () => {
    const dir = await tempDir();
    await expect(compileVault({ raw: path.join(dir, 'nope'), wiki: path.join(dir, 'wiki'), force: false, config: testConfig() })).rejects.toThrow(/raw directory not found/);
    await expect(compileVault({ raw: path.join(dir, 'nope'), wiki: path.join(dir, 'wiki'), force: false, config: testConfig() })).rejects.toThrow(WikicError);
    await fs.writeFile(path.join(dir, 'feed.xml'), '<rss/>');
    await expect(compileVault({ raw: path.join(dir, 'feed.xml'), wiki: path.join(dir, 'wiki'), force: false, config: testConfig() })).rejects.toThrow(/feed\.xml: not a directory/);
    await fs.mkdir(path.join(dir, 'empty'));
    await expect(compileVault({ raw: path.join(dir, 'empty'), wiki: path.join(dir, 'wiki'), force: false, config: testConfig() })).rejects.toThrow(/no posts to compile/);
  });
});
