// Compiles that skip pages by their render keys must give the very bytes a compile from scratch
// gives: the author's posts with the real extractor, changed step by step (posts added, edited,
// removed; templates edited), each incremental vault compared with a fresh one.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTES_MARKER } from '../../src/wiki/schema.js';
import { compileVault } from '../../src/compile/compile.js';
import { RENDER_STATE_FILE } from '../../src/compile/render-state.js';
import { TEMPLATE_DIR } from '../../src/compile/templates.js';
import { defaultConfig } from '../../src/config.js';
import { snapshot, tempDir } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RAW = path.join(ROOT, 'raw');
const config = defaultConfig(ROOT);

let dir: string;
let raw: string;
let wiki: string;
let ids: string[];

async function compile(rawDir: string, wikiDir: string, templatesDir?: string) {
  return compileVault({ raw: rawDir, wiki: wikiDir, force: false, config, templatesDir });
}

/** A compile from scratch of the same raw/ (and templates) in a fresh directory. */
async function fresh(templatesDir?: string): Promise<Map<string, string>> {
  const other = path.join(await tempDir('wikic-keys-fresh-'), 'wiki');
  await compile(raw, other, templatesDir);
  return snapshot(other);
}

beforeAll(async () => {
  dir = await tempDir('wikic-keys-');
  raw = path.join(dir, 'raw');
  wiki = path.join(dir, 'wiki');
  await fs.mkdir(raw);
  ids = (await fs.readdir(RAW)).filter((n) => n.endsWith('.md')).sort();
  // All posts but the last two.
  for (const n of ids.slice(0, -2)) await fs.copyFile(path.join(RAW, n), path.join(raw, n));
  await compile(raw, wiki);
});

describe('render keys', () => {
  it('are saved beside the extraction cache', async () => {
    const state = JSON.parse(await fs.readFile(path.join(wiki, RENDER_STATE_FILE), 'utf8')) as { pages: Record<string, unknown> };
    expect(Object.keys(state.pages).some((p) => p.startsWith('sources/'))).toBe(true);
    expect(Object.keys(state.pages).some((p) => p.startsWith('companies/'))).toBe(true);
    // Post pages keep the quick key their key was made under; other pages have none.
    for (const [p, e] of Object.entries(state.pages) as Array<[string, unknown[]]>) expect(e.length, p).toBe(p.startsWith('sources/') ? 5 : 4);
  });

  it('adding posts gives the bytes of a fresh compile', async () => {
    for (const n of ids.slice(-2)) await fs.copyFile(path.join(RAW, n), path.join(raw, n));
    const stats = await compile(raw, wiki);
    expect(stats.extracted).toHaveLength(2);
    expect(await snapshot(wiki)).toEqual(await fresh());
  });

  it('editing a post (title and text) gives the bytes of a fresh compile', async () => {
    const file = path.join(raw, ids[3]);
    const text = await fs.readFile(file, 'utf8');
    const edited = text.replace(/^title: .*$/m, 'title: A Renamed Post').replace(/\n\n([^\n]+)\n/, '\n\nAcme Robotics Inc raised $40 million from Sequoia Capital.\n\n$1\n');
    expect(edited).not.toBe(text);
    await fs.writeFile(file, edited);
    await compile(raw, wiki);
    expect(await snapshot(wiki)).toEqual(await fresh());
  });

  it('removing a post gives the bytes of a fresh compile', async () => {
    await fs.rm(path.join(raw, ids[0]));
    await compile(raw, wiki);
    expect(await snapshot(wiki)).toEqual(await fresh());
  });

  it('notes written into a page survive, and the page is otherwise what a fresh compile makes', async () => {
    const page = path.join(wiki, 'companies', 'Anthropic.md');
    const text = await fs.readFile(page, 'utf8');
    await fs.writeFile(page, `${text}\nMet them in March.\n`);
    for (const n of ids.slice(1, 2)) await fs.rm(path.join(raw, n));
    await compile(raw, wiki);
    const expected = await fresh();
    const now = await snapshot(wiki);
    expect(now.get('companies/Anthropic.md')).toBe(`${expected.get('companies/Anthropic.md')}\nMet them in March.\n`);
    now.delete('companies/Anthropic.md');
    expected.delete('companies/Anthropic.md');
    now.delete('.wikic/manifest.json');
    expected.delete('.wikic/manifest.json');
    expect(now).toEqual(expected);
  });

  it('an edited template renders every page again', async () => {
    const templates = path.join(dir, 'templates');
    await fs.cp(TEMPLATE_DIR, templates, { recursive: true });
    await compile(raw, wiki, templates);
    // Templates are loaded once per folder and process: the edited set lives in a folder of its own.
    const edited = path.join(dir, 'templates-edited');
    await fs.cp(templates, edited, { recursive: true });
    const entity = path.join(edited, 'entity.md.hbs');
    await fs.writeFile(entity, (await fs.readFile(entity, 'utf8')).replace('## Related', '## Related pages'));
    await compile(raw, wiki, edited);
    const now = await snapshot(wiki);
    expect(now.get('companies/Anthropic.md')).toContain('## Related pages');
    now.delete('companies/Anthropic.md');
    const expected = await fresh(edited);
    expected.delete('companies/Anthropic.md');
    now.delete('.wikic/manifest.json');
    expected.delete('.wikic/manifest.json');
    expect(now).toEqual(expected);
  });

  it('a page whose file is untouched since it was written is not rendered again', async () => {
    // Same size and mtime as compile left it: compile trusts the file (as git trusts its index) and
    // skips it; this is what makes a one-post compile cheap. Any other change is seen.
    const rel = 'companies/Anthropic.md';
    const page = path.join(wiki, ...rel.split('/'));
    const before = await fs.readFile(page, 'utf8');
    const st = await fs.stat(page);
    const scribbled = before.replace(/[a-z]/, 'Z');
    await fs.writeFile(page, scribbled);
    await fs.utimes(page, st.atime, st.mtime);
    // index.md edited, so compile does not answer from the manifest alone; no post changed.
    const index = path.join(wiki, 'index.md');
    const indexText = await fs.readFile(index, 'utf8');
    await fs.writeFile(index, 'scribbled over\n');
    const stats = await compile(raw, wiki, path.join(dir, 'templates-edited'));
    expect(stats.written).toEqual(['index.md']);
    expect(await fs.readFile(index, 'utf8')).toBe(indexText);
    const after = await fs.readFile(page, 'utf8');
    expect(after).toBe(scribbled);
    // A change of size in the generated part is seen, and the page is made again: the line the author changed goes
    // to the end of the notes, and the page above them is compile's again.
    await fs.writeFile(page, after.replace('# ', '# Scribbled '));
    await compile(raw, wiki, path.join(dir, 'templates-edited'));
    const remade = await fs.readFile(page, 'utf8');
    expect(remade.slice(0, remade.indexOf(NOTES_MARKER))).not.toContain('# Scribbled ');
    expect(remade.slice(remade.indexOf(NOTES_MARKER))).toContain('# Scribbled Anthropic');
  });
});
