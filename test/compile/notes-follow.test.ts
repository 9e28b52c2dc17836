// The author's notes follow a page whose file name changes: a post retitled, a name spelled anew or
// merged into another. Where no single page takes the old one's place, the old page is kept; two pages merged into one keep both their notes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { NOTES_MARKER } from '../../src/wiki/schema.js';
import { ENTITIES, POSTS, fixtureExtractor, linkProblems, snapshot, tempDir, testConfig, writePosts, type EntitySpec, type PostSpec } from './helpers.js';

async function vault(posts: PostSpec[] = POSTS): Promise<{ raw: string; wiki: string }> {
  const dir = await tempDir();
  const raw = path.join(dir, 'raw');
  await writePosts(raw, posts);
  return { raw, wiki: path.join(dir, 'wiki') };
}

const compile = (v: { raw: string; wiki: string }, specs: EntitySpec[]) =>
  compileVault({ ...v, force: false, config: testConfig(), extractor: fixtureExtractor(specs) });

async function addNote(wiki: string, rel: string, note: string): Promise<void> {
  await fs.appendFile(path.join(wiki, ...rel.split('/')), note);
}

const exists = (file: string): Promise<boolean> => fs.stat(file).then(() => true, () => false);

async function noBrokenLinks(wiki: string): Promise<void> {
  const pages = [...(await snapshot(wiki)).entries()].filter(([p]) => p.endsWith('.md')).map(([p, content]) => ({ path: p, content }));
  expect(linkProblems(pages).unresolved).toEqual([]);
}

/** A vault of a February post with a note on its page, and an older post of the same title ingested since. */
async function sameTitleLater(): Promise<{ raw: string; wiki: string }> {
  const feb: PostSpec = { id: '2026-02-01-weekly-links', title: 'Weekly links', published: '2026-02-01T00:00:00Z', body: 'February links.\n' };
  const jan: PostSpec = { id: '2026-01-01-weekly-links', title: 'Weekly links', published: '2026-01-01T00:00:00Z', body: 'January links.\n' };
  const v = await vault([feb]);
  await compile(v, []);
  await addNote(v.wiki, 'sources/Weekly links.md', 'about February\n');
  await writePosts(v.raw, [jan]);
  return v;
}

describe('notes follow their page', () => {
  it('to a post page whose title changed', async () => {
    const v = await vault();
    await compile(v, ENTITIES);
    await addNote(v.wiki, 'sources/MCP Everywhere.md', 'read again in March\n');
    await writePosts(v.raw, [{ ...POSTS[0], title: 'MCP Everywhere, Revisited', formerTitles: ['MCP Everywhere'] }]);
    const stats = await compile(v, ENTITIES);
    expect(stats.carried).toEqual([{ from: 'sources/MCP Everywhere.md', to: 'sources/MCP Everywhere, Revisited.md' }]);
    expect(stats.kept).toEqual([]);
    expect(await exists(path.join(v.wiki, 'sources', 'MCP Everywhere.md'))).toBe(false);
    const now = await fs.readFile(path.join(v.wiki, 'sources', 'MCP Everywhere, Revisited.md'), 'utf8');
    expect(now.endsWith(`${NOTES_MARKER}\nread again in March\n`)).toBe(true);
    // The old title is an alias of the page: Obsidian offers the page for it, and maintain points links to it here.
    expect(now).toMatch(/^aliases:\n  - MCP Everywhere\n/m);
    await noBrokenLinks(v.wiki);
    // The next compile finds nothing to do.
    const again = await compile(v, ENTITIES);
    expect([again.written, again.carried, again.kept]).toEqual([[], [], []]);
  });

  it('to an entity whose name is now spelled with other capitals', async () => {
    const v = await vault();
    await compile(v, ENTITIES);
    await addNote(v.wiki, 'models/Gemma 4.md', 'runs on my laptop\n');
    const respelled = ENTITIES.map((e) => (e.name === 'Gemma 4' ? { ...e, name: 'GEMMA 4', aliases: ['Gemma 4'] } : e));
    const stats = await compile(v, respelled);
    expect(stats.carried).toEqual([{ from: 'models/Gemma 4.md', to: 'models/GEMMA 4.md' }]);
    expect(await exists(path.join(v.wiki, 'models', 'Gemma 4.md'))).toBe(false);
    expect((await fs.readFile(path.join(v.wiki, 'models', 'GEMMA 4.md'), 'utf8')).endsWith(`${NOTES_MARKER}\nruns on my laptop\n`)).toBe(true);
    await noBrokenLinks(v.wiki);
  });

  it('to the entity a name was merged into, as its alias', async () => {
    const apart = [...ENTITIES.map((e) => (e.name === 'Model Context Protocol' ? { ...e, aliases: [] } : e)), { name: 'MCP', type: 'protocol' as const }];
    const v = await vault();
    await compile(v, apart);
    await addNote(v.wiki, 'protocols/MCP.md', 'the acronym\n');
    const stats = await compile(v, ENTITIES);
    expect(stats.carried).toEqual([{ from: 'protocols/MCP.md', to: 'protocols/Model Context Protocol.md' }]);
    expect((await fs.readFile(path.join(v.wiki, 'protocols', 'Model Context Protocol.md'), 'utf8')).endsWith(`${NOTES_MARKER}\nthe acronym\n`)).toBe(true);
  });

  it('of a post whose page an older post of the same title takes over: to the post\'s new page, not the older post\'s', async () => {
    const v = await sameTitleLater();
    const stats = await compile(v, []);
    expect(stats.carried).toHaveLength(1);
    const { from, to } = stats.carried[0];
    expect(from).toBe('sources/Weekly links.md');
    const febPage = await fs.readFile(path.join(v.wiki, ...to.split('/')), 'utf8');
    expect(febPage).toMatch(/^raw: 2026-02-01-weekly-links$/m);
    expect(febPage.endsWith(`${NOTES_MARKER}\nabout February\n`)).toBe(true);
    const janPage = await fs.readFile(path.join(v.wiki, 'sources', 'Weekly links.md'), 'utf8');
    expect(janPage).toMatch(/^raw: 2026-01-01-weekly-links$/m);
    expect(janPage).not.toContain('about February');
    const again = await compile(v, []);
    expect([again.written, again.carried, again.kept]).toEqual([[], [], []]);
  });

  it('of a post whose page another post takes over stay on disk when the compile fails before it ends, and reach their post next time', async () => {
    const v = await sameTitleLater();
    // A file compile cannot replace: the compile stops after the post pages are written.
    await fs.rm(path.join(v.wiki, 'index.md'));
    await fs.mkdir(path.join(v.wiki, 'index.md'));
    await expect(compile(v, [])).rejects.toThrow();
    const texts = [...(await snapshot(v.wiki)).values()];
    expect(texts.some((t) => t.includes('about February'))).toBe(true);
    // Once the way is clear, the next compile gives them to their post's page, and the file beside goes.
    await fs.rm(path.join(v.wiki, 'index.md'), { recursive: true });
    const stats = await compile(v, []);
    expect(stats.carried.map((c) => c.from)).toEqual(['sources/Weekly links (notes).md']);
    const pages = [...(await snapshot(v.wiki)).entries()].filter(([, t]) => t.includes('about February'));
    expect(pages).toHaveLength(1);
    expect(pages[0][0]).toBe(stats.carried[0].to);
    expect(pages[0][1]).toMatch(/^raw: 2026-02-01-weekly-links$/m);
    expect(await exists(path.join(v.wiki, 'sources', 'Weekly links (notes).md'))).toBe(false);
    const again = await compile(v, []);
    expect([again.written, again.carried, again.kept]).toEqual([[], [], []]);
  });

  it('of a page the author moved to another folder: it goes back where compile keeps it, with them, and no second page is made', async () => {
    const v = await vault();
    await compile(v, ENTITIES);
    await addNote(v.wiki, 'people/Dario Amodei.md', 'met him once\n');
    await fs.mkdir(path.join(v.wiki, 'personal'));
    await fs.rename(path.join(v.wiki, 'people', 'Dario Amodei.md'), path.join(v.wiki, 'personal', 'Dario Amodei.md'));
    // An author's own file of a page's name, without a notes marker, is not taken for it.
    await fs.writeFile(path.join(v.wiki, 'personal', 'Anthropic.md'), 'my own page\n');
    const stats = await compile(v, ENTITIES);
    expect(stats.returned).toEqual([{ from: 'personal/Dario Amodei.md', to: 'people/Dario Amodei.md' }]);
    expect(await exists(path.join(v.wiki, 'personal', 'Dario Amodei.md'))).toBe(false);
    expect((await fs.readFile(path.join(v.wiki, 'people', 'Dario Amodei.md'), 'utf8')).endsWith(`${NOTES_MARKER}\nmet him once\n`)).toBe(true);
    expect(await fs.readFile(path.join(v.wiki, 'personal', 'Anthropic.md'), 'utf8')).toBe('my own page\n');
    await noBrokenLinks(v.wiki);
    const again = await compile(v, ENTITIES);
    expect([again.written, again.returned]).toEqual([[], []]);
  });

  it('not to another entity that takes the page\'s name in another folder', async () => {
    const specs: EntitySpec[] = [
      { name: 'Jordan', type: 'person', aliases: ['Jordan Smith'] },
      { name: 'Jordan', type: 'product', aliases: ['Jordan sneakers'] },
    ];
    const person: PostSpec = { id: '2026-01-01-a', title: 'Post A', published: '2026-01-01T00:00:00Z', body: 'Jordan Smith wrote this. Jordan Smith again. Jordan Smith thrice.\n' };
    const product: PostSpec = { id: '2026-01-02-b', title: 'Post B', published: '2026-01-02T00:00:00Z', body: 'Jordan sneakers sold out. Jordan sneakers again. Jordan sneakers more. Jordan sneakers yet. Jordan sneakers five.\n' };
    const v = await vault([person]);
    await compile(v, specs);
    await addNote(v.wiki, 'people/Jordan.md', 'the person\n');
    await writePosts(v.raw, [person, product]);
    const stats = await compile(v, specs);
    expect(stats.carried.filter((c) => c.to.startsWith('products/'))).toEqual([]);
    for (const f of Object.keys(Object.fromEntries(await snapshot(v.wiki)))) {
      if (f.startsWith('products/')) expect(await fs.readFile(path.join(v.wiki, ...f.split('/')), 'utf8')).not.toContain('the person');
    }
  });

  it('nowhere when two pages could take them (the old page is kept), and after the notes of the one page that has its own', async () => {
    const apart = [...ENTITIES.map((e) => (e.name === 'Model Context Protocol' ? { ...e, aliases: [] } : e)), { name: 'MCP', type: 'protocol' as const }];
    const v = await vault();
    await compile(v, apart);
    await addNote(v.wiki, 'protocols/MCP.md', 'the acronym\n');
    // `MCP` now an alias of two pages.
    const twice = ENTITIES.map((e) => (e.name === 'Claude Code' ? { ...e, aliases: ['MCP'] } : e));
    const stats = await compile(v, twice);
    expect(stats.carried).toEqual([]);
    expect(stats.kept).toEqual(['protocols/MCP.md']);
    expect(await fs.readFile(path.join(v.wiki, 'protocols', 'MCP.md'), 'utf8')).toMatch(/No post mentions this any more[\s\S]*the acronym\n$/);
    // Once one page alone takes the name (an alias the config or the posts give it later), the kept page's notes go there.
    const config = testConfig();
    config.entities.aliases['Model Context Protocol'] = ['MCP'];
    const later = await compileVault({ ...v, force: false, config, extractor: fixtureExtractor(ENTITIES) });
    expect([later.carried, later.kept]).toEqual([[{ from: 'protocols/MCP.md', to: 'protocols/Model Context Protocol.md' }], []]);
    expect(await exists(path.join(v.wiki, 'protocols', 'MCP.md'))).toBe(false);
    expect((await fs.readFile(path.join(v.wiki, 'protocols', 'Model Context Protocol.md'), 'utf8')).endsWith(`${NOTES_MARKER}\nthe acronym\n`)).toBe(true);
    await noBrokenLinks(v.wiki);
  });

  it('not from a kept page the author wrote in above its notes', async () => {
    const apart = [...ENTITIES.map((e) => (e.name === 'Model Context Protocol' ? { ...e, aliases: [] } : e)), { name: 'MCP', type: 'protocol' as const }];
    const twice = ENTITIES.map((e) => (e.name === 'Claude Code' ? { ...e, aliases: ['MCP'] } : e));
    const v = await vault();
    await compile(v, apart);
    await addNote(v.wiki, 'protocols/MCP.md', 'the acronym\n');
    await compile(v, twice);
    const keptFile = path.join(v.wiki, 'protocols', 'MCP.md');
    const kept = await fs.readFile(keptFile, 'utf8');
    // The author wrote above the notes: the page is theirs now, whatever takes its name.
    await fs.writeFile(keptFile, kept.replace('## Notes', 'Where I got this.\n\n## Notes'));
    const config2 = testConfig();
    config2.entities.aliases['Model Context Protocol'] = ['MCP'];
    const later = await compileVault({ ...v, force: false, config: config2, extractor: fixtureExtractor(ENTITIES) });
    expect(later.carried).toEqual([]);
    expect(await fs.readFile(keptFile, 'utf8')).toContain('Where I got this.');

    const w = await vault();
    await compile(w, apart);
    await addNote(w.wiki, 'protocols/MCP.md', 'the acronym\n');
    await addNote(w.wiki, 'protocols/Model Context Protocol.md', 'the protocol\n');
    const merged = await compile(w, ENTITIES);
    expect([merged.carried, merged.kept]).toEqual([[{ from: 'protocols/MCP.md', to: 'protocols/Model Context Protocol.md' }], []]);
    expect((await fs.readFile(path.join(w.wiki, 'protocols', 'Model Context Protocol.md'), 'utf8')).endsWith(`${NOTES_MARKER}\nthe protocol\n\nthe acronym\n`)).toBe(true);
    expect(await exists(path.join(w.wiki, 'protocols', 'MCP.md'))).toBe(false);
    // Once there, they are not added again.
    expect((await compile(w, ENTITIES)).written).toEqual([]);
    expect((await fs.readFile(path.join(w.wiki, 'protocols', 'Model Context Protocol.md'), 'utf8')).match(/the acronym/g)).toHaveLength(1);
  });
});

describe('text typed above the notes', () => {
  it('moves lines the author typed above the notes to the end of them, and leaves notes typed below alone', async () => {
    const v = await vault();
    await compile(v, ENTITIES);
    const rel = 'companies/Anthropic.md';
    const file = path.join(v.wiki, ...rel.split('/'));
    const fresh = await fs.readFile(file, 'utf8');
    expect(fresh).toContain('## Related');
    // A line typed in the middle of the page, and a note where notes go.
    await fs.writeFile(file, `${fresh.replace('## Related', 'MY LINE typed above Related\n\n## Related')}below the marker\n`);
    const stats = await compile(v, ENTITIES);
    expect(stats.replacedAbove).toEqual([rel]);
    const after = await fs.readFile(file, 'utf8');
    expect(after).toBe(`${fresh}below the marker\n\nMY LINE typed above Related\n`);
    // Nothing more moves on the next compile, and a note typed only below the marker moves nothing.
    expect((await compile(v, ENTITIES)).replacedAbove).toEqual([]);
    await fs.appendFile(file, 'another note\n');
    expect((await compile(v, ENTITIES)).replacedAbove).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).toBe(`${after}another note\n`);
    // A field changed in the frontmatter is compile's to write: put back, not moved into the notes.
    const noted = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, noted.replace(/^mentions: \d+$/m, 'mentions: 999'));
    expect((await compile(v, ENTITIES)).replacedAbove).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).toBe(noted);
  });

  it('moves them with --force too, and says so when a page that changed with its posts wrote them over', async () => {
    const v = await vault();
    await compile(v, ENTITIES);
    const rel = 'companies/Anthropic.md';
    const file = path.join(v.wiki, ...rel.split('/'));
    const fresh = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, fresh.replace('## Related', 'FORCED LINE\n\n## Related'));
    const forced = await compileVault({ ...v, force: true, config: testConfig(), extractor: fixtureExtractor(ENTITIES) });
    expect(forced.replacedAbove).toEqual([rel]);
    expect(await fs.readFile(file, 'utf8')).toBe(`${fresh}\nFORCED LINE\n`);
    // A new post that names Anthropic changes its page: a line typed above its notes now cannot be kept, but is reported;
    // notes typed below the marker alone report nothing.
    const noted = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, noted.replace('## Related', 'LOST LINE\n\n## Related'));
    await writePosts(v.raw, [{ id: '2026-03-01-more', title: 'More', published: '2026-03-01T00:00:00Z', body: 'Anthropic shipped Claude Code again.' }]);
    const changed = await compile(v, ENTITIES);
    expect(changed.overwroteAbove).toEqual([rel]);
    expect(changed.replacedAbove).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).not.toContain('LOST LINE');
    await fs.appendFile(file, 'only a note\n');
    await writePosts(v.raw, [{ id: '2026-03-02-again', title: 'Again', published: '2026-03-02T00:00:00Z', body: 'Anthropic and Claude Code, once more.' }]);
    expect((await compile(v, ENTITIES)).overwroteAbove).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).toContain('only a note\n');
  });
});

