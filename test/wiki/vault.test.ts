import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isPage, loadVault, parsePage } from '../../src/wiki/vault.js';
import { WikicError } from '../../src/errors.js';

describe('parsePage', () => {
  it('reads frontmatter, aliases, headings and links with file line numbers', () => {
    const text = '---\ntype: company\naliases: [OAI, " ", Open AI]\n---\n# OpenAI\n\nSee [[Sam Altman]].\n';
    const p = parsePage('companies/OpenAI.md', text);
    expect(p.name).toBe('OpenAI');
    expect(p.folder).toBe('companies');
    expect(p.type).toBe('company');
    expect(p.aliases).toEqual(['OAI', 'Open AI']);
    expect(p.bodyLine).toBe(5);
    expect(p.headings).toEqual([{ text: 'OpenAI', level: 1, line: 5 }]);
    expect(p.links).toHaveLength(1);
    expect(p.links[0].line).toBe(7);
    expect(text.slice(p.links[0].offset, p.links[0].offset + p.links[0].raw.length)).toBe('[[Sam Altman]]');
  });

  it('keeps a frontmatter error as data and still reads the body', () => {
    const text = '---\ntype: company\naliases: [a, b\n---\nBody [[X]]\n';
    const p = parsePage('x.md', text);
    expect(p.frontmatterError).toBeDefined();
    expect(p.frontmatterError!.line).toBeGreaterThanOrEqual(3);
    expect(p.frontmatter).toEqual({});
    expect(p.links[0].line).toBe(5);
  });

  it('accepts a page without frontmatter', () => {
    const p = parsePage('n.md', 'just [[text]]');
    expect(p.hasFrontmatter).toBe(false);
    expect(p.links[0].line).toBe(1);
  });
});

describe('loadVault', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-vault-'));
    for (const [p, t] of Object.entries({
      'b.md': '[[a]] ![[pic.png]]',
      'a.md': '---\ntype: topic\n---\n# A\n',
      'sub/c.md': '[[sub/c]]',
      'sub/pic.png': 'x',
      '.obsidian/app.md': 'hidden',
      '.wikic/manifest.md': 'hidden',
    })) {
      await fs.mkdir(path.dirname(path.join(dir, p)), { recursive: true });
      await fs.writeFile(path.join(dir, p), t);
    }
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('reads pages in path order, skips dot-folders, lists attachments', async () => {
    const v = await loadVault(dir);
    expect(v.pages.map((p) => p.path)).toEqual(['a.md', 'b.md', 'sub/c.md']);
    expect(v.attachments.map((a) => a.path)).toEqual(['sub/pic.png']);
    const b = v.page('b.md')!;
    expect(b.links.map((l) => v.resolver.resolveLink(l, b.path).file?.path)).toEqual(['a.md', 'sub/pic.png']);
    expect(isPage(v.resolver.resolve('a'))).toBe(true);
    expect(isPage(v.resolver.resolve('pic.png'))).toBe(false);
  });

  it('fails with a WikicError for a missing directory', async () => {
    await expect(loadVault(path.join(dir, 'nope'))).rejects.toBeInstanceOf(WikicError);
  });
});

describe('frontmatter links', () => {
  it('reads quoted wikilinks in frontmatter values as links of the page, with file lines and offsets', () => {
    const text = '---\ntype: company\nsources:\n  - "[[Post one]]"\n  - "[[Post two|2]]"\n---\nBody [[X]]\n';
    const p = parsePage('c.md', text);
    expect(p.links.map((l) => `${l.target}@${l.line}`)).toEqual(['Post one@4', 'Post two@5', 'X@7']);
    for (const l of p.links) expect(text.slice(l.offset, l.offset + l.raw.length)).toBe(l.raw);
  });

  it('reads none from frontmatter that does not parse', () => {
    expect(parsePage('c.md', '---\na: [[[x]]\n---\n').links).toEqual([]);
  });
});
