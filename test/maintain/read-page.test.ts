// readPage (a changed page read for maintain without link objects) must read every page exactly
// as parsePage does: same fields, same summary, and the same links once they are asked for.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVaultFiles, parsePage } from '../../src/wiki/vault.js';
import { readPage } from '../../src/maintain/read-page.js';
import { summarise, summaryOf } from '../../src/maintain/page-summary.js';
import { FIXTURE } from './helpers.js';

const FIELDS = ['path', 'name', 'folder', 'text', 'hasFrontmatter', 'frontmatter', 'frontmatterError', 'type', 'aliases', 'body', 'bodyLine', 'headings', 'blockIds', 'links'] as const;

function same(p: string, text: string): void {
  const a = parsePage(p, text);
  const b = readPage(p, text);
  expect(summaryOf(b)).toEqual(summarise(a));
  for (const f of FIELDS) expect([f, b[f]]).toEqual([f, a[f]]);
}

describe('readPage', () => {
  it('reads the pages of the fixture vault as parsePage does', async () => {
    const wiki = path.join(FIXTURE, 'wiki');
    const { markdown } = await listVaultFiles(wiki);
    expect(markdown.length).toBeGreaterThan(10);
    for (const rel of markdown) same(rel, await fs.readFile(path.join(wiki, rel), 'utf8'));
  });

  it('finds the same links in code, comments, tables, frontmatter and odd destinations', () => {
    const text = [
      '---',
      'type: company',
      'aliases: [Acme Corp, " Acme "]',
      'alias: ACME',
      'sources: ["[[Post one]]", "[[Post two|second]]"]',
      'mentions: .inf',
      '---',
      '# Acme',
      '',
      'See [[Globex]], [[Globex#History|its past]], ![[chart.png]], [[#Local heading]] and [[Globex#^block-1]].',
      'A [markdown link](other%20page.md#Some%20Part), <x> [angle](<with space.md>), [titled](a.md "Title"), [web](https://example.com), [proto](//cdn.example.com/x.md).',
      '| Name | Link |',
      '|---|---|',
      '| a | [[Table Target\\|label]] |',
      '`[[In code span]]` and <!-- [[In comment]] --> and %% [[In obsidian comment]] %%',
      '',
      '```',
      '[[In fence]]',
      '```',
      '',
      '    [[Indented code]]',
      '',
      'Setext heading',
      '--------------',
      'A line with a block id ^para-1',
      '[[Globex]] again, [[globex]] in another case, [[Folder/Deep Page]].',
      '',
    ].join('\n');
    same('companies/Acme.md', text);
    same('notes/No frontmatter.md', 'Just [[A link]] and [b](b.md).\n');
    same('notes/Broken.md', '---\ntype: company\naliases: [a, b\n---\nBody with [[Link]].\n');
    same('notes/Unclosed.md', '---\ntype: company\nBody [[Link]] with no end of frontmatter.\n');
  });

  it('gives parsePage\'s links when they are asked for', () => {
    const page = readPage('companies/X.md', '---\ntype: company\n---\n[[A]] [[B|b]]\n');
    expect(page.links.map((l) => `${l.line}:${l.col}:${l.raw}`)).toEqual(['4:1:[[A]]', '4:7:[[B|b]]']);
  });
});
