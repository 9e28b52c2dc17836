// The author's posts in raw/, compiled with the real extractor into a temporary vault: one compile
// for the whole file (the NLP model loads once).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileVault, type CompileStats } from '../../src/compile/compile.js';
import { phasesLine } from '../../src/compile/command.js';
import { readManifest } from '../../src/compile/manifest.js';
import { defaultConfig } from '../../src/config.js';
import { splitFrontmatter } from '../../src/wiki/frontmatter.js';
import { ENTITY_SECTIONS, NOTES_MARKER, REQUIRED_FIELDS } from '../../src/wiki/schema.js';
import type { PageType } from '../../src/wiki/schema.js';
import { backlinkAudit, linkProblems, snapshot, tempDir } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RAW = path.join(ROOT, 'raw');

let wiki: string;
let stats: CompileStats;
let files: Map<string, string>;

beforeAll(async () => {
  wiki = path.join(await tempDir('wikic-e2e-'), 'wiki');
  stats = await compileVault({ raw: RAW, wiki, force: false, config: defaultConfig(ROOT) });
  files = await snapshot(wiki);
});

const pages = (): Array<{ path: string; content: string }> => [...files.entries()].filter(([p]) => !p.startsWith('.wikic/')).map(([p, content]) => ({ path: p, content }));

describe("compiling the author's feed", () => {
  it('makes one post page per raw post, each naming its raw file', async () => {
    const raw = (await fs.readdir(RAW)).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).sort();
    expect(stats.sources).toBe(raw.length);
    const ids = pages()
      .filter((p) => p.path.startsWith('sources/'))
      .map((p) => splitFrontmatter(p.content).data.raw)
      .sort();
    expect(ids).toEqual(raw);
  });

  it('leaves no link unresolved and no page orphaned', () => {
    expect(linkProblems(pages())).toEqual({ unresolved: [], orphans: [] });
  });

  it('lists as backlinks exactly the pages that link to each page', () => {
    for (const a of backlinkAudit(pages())) expect(a.listed, a.page).toEqual(a.actual);
  });

  it('gives every page the frontmatter and sections of its type', () => {
    for (const p of pages().filter((x) => x.path.endsWith('.md'))) {
      const { data, body } = splitFrontmatter(p.content);
      const type = data.type as PageType;
      expect(REQUIRED_FIELDS[type], p.path).toBeDefined();
      for (const f of REQUIRED_FIELDS[type]) expect(data, `${p.path} ${f}`).toHaveProperty(f);
      if (type !== 'source' && type !== 'index' && type !== 'log' && type !== 'agents') {
        expect([...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]), p.path).toEqual([...ENTITY_SECTIONS]);
      }
      if (type !== 'index' && type !== 'log' && type !== 'agents') expect(body.trimEnd().endsWith(NOTES_MARKER), p.path).toBe(true);
    }
  });

  it('keeps file names unique across the vault, ignoring case', () => {
    const names = pages().map((p) => path.posix.basename(p.path).toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('folds the MCP category into the protocol page instead of a topic of its own', () => {
    const mcp = files.get('protocols/Model Context Protocol.md');
    expect(mcp).toBeDefined();
    expect(splitFrontmatter(mcp!).data.aliases).toContain('MCP');
    expect([...files.keys()].some((p) => /^topics\/(MCP|Model Context Protocol)\.md$/.test(p))).toBe(false);
  });

  it('lists every page in the index and one log entry per post', () => {
    const index = files.get('index.md')!;
    const listed = new Set([...index.matchAll(/^- \[\[([^\]|]+)/gm)].map((m) => m[1].toLowerCase()));
    for (const p of pages()) {
      if (!p.path.endsWith('.md') || ['index.md', 'log.md', 'AGENTS.md'].includes(p.path)) continue;
      expect(listed.has(path.posix.basename(p.path, '.md').toLowerCase()), p.path).toBe(true);
    }
    expect([...files.get('log.md')!.matchAll(/^## \[\d{4}-\d{2}-\d{2}\] ingest \| /gm)]).toHaveLength(stats.sources);
  });

  it('records every page and raw post in the manifest', async () => {
    const m = await readManifest(wiki);
    expect(Object.keys(m.pages).sort()).toEqual(pages().map((p) => p.path).sort());
    expect(Object.keys(m.raw)).toHaveLength(stats.sources);
  });

  it('equals the committed wiki/', async () => {
    const committed = await snapshot(path.join(ROOT, 'wiki'));
    // The compiler version in the manifest changes with any edit to the compiler's sources; the pages are what count.
    const norm = (p: string, text: string | undefined): string | undefined =>
      p === '.wikic/manifest.json' && text ? text.replace(/"compiler": "[^"]*"/, '"compiler": ""') : text;
    const differ = [...files.keys()].filter((p) => norm(p, committed.get(p)) !== norm(p, files.get(p)));
    const extra = [...committed.keys()].filter((p) => !files.has(p));
    expect({ differ, extra }, 'run: node bin/wikic.js compile --raw raw --wiki wiki').toEqual({ differ: [], extra: [] });
  });

  it('says how long each phase took, in the order they ran, adding up to no more than the compile', () => {
    const names = Object.keys(stats.phases);
    expect(names.slice(0, 6)).toEqual(['check', 'read', 'extract', 'resolve', 'model', 'relate']);
    for (const kind of ['entity', 'topic', 'source', 'index', 'log', 'agents', 'llms', 'graph']) expect(names).toContain(`write ${kind}`);
    expect(names[names.length - 1]).toBe('finish');
    for (const ms of Object.values(stats.phases)) expect(Number.isInteger(ms) && ms >= 0).toBe(true);
    const total = Object.values(stats.phases).reduce((a, b) => a + b, 0);
    // Each phase is rounded on its own: a few milliseconds either way.
    expect(total).toBeLessThanOrEqual(stats.seconds * 1000 + names.length);
    expect(phasesLine(stats)).toMatch(/^phases: check \d+ ms, read \d+ ms, extract \d+ ms, resolve \d+ ms, .*, finish \d+ ms$/);
  });
});
