import { describe, expect, it } from 'vitest';
import { buildResolver, maskCode, normaliseHeading, parseHeadings, parseLinks, type Linkable } from '../../src/wiki/links.js';

describe('parseLinks', () => {
  it('finds every wikilink form with line and column', () => {
    const md = [
      'See [[OpenAI]] and [[Model Context Protocol|MCP]].',
      'Jump to [[Anthropic#Funding]] or [[#Notes]], embed ![[chart.png]].',
      '| a | [[Name\\|label]] |',
      'Block [[Page#^abc-1]].',
    ].join('\n');
    const links = parseLinks(md);
    expect(links.map((l) => [l.target, l.subpath, l.label, l.embed, l.line, l.col])).toEqual([
      ['OpenAI', undefined, undefined, false, 1, 5],
      ['Model Context Protocol', undefined, 'MCP', false, 1, 20],
      ['Anthropic', 'Funding', undefined, false, 2, 9],
      ['', 'Notes', undefined, false, 2, 34],
      ['chart.png', undefined, undefined, true, 2, 52],
      ['Name', undefined, 'label', false, 3, 7],
      ['Page', '^abc-1', undefined, false, 4, 7],
    ]);
    for (const l of links) expect(md.slice(l.offset, l.offset + l.raw.length)).toBe(l.raw);
  });

  it('finds local markdown links, decodes them, and ignores URLs', () => {
    const md = 'A [x](other.md), [y](../people/Jane%20Doe.md#Early%20life), ![i](img/a.png), [w](https://example.com/a.md), [m](mailto:a@b.c), [s](#Facts), [t](<My Page.md>)';
    const links = parseLinks(md);
    expect(links.map((l) => [l.format, l.target, l.subpath, l.embed])).toEqual([
      ['markdown', 'other.md', undefined, false],
      ['markdown', '../people/Jane Doe.md', 'Early life', false],
      ['markdown', 'img/a.png', undefined, true],
      ['markdown', '', 'Facts', false],
      ['markdown', 'My Page.md', undefined, false],
    ]);
  });

  it('skips code fences, code spans and comments', () => {
    const md = [
      'Real [[A]] and `[[B]]` and ``x [[C]] ``.',
      '```',
      '[[D]]',
      '```',
      '~~~~md',
      '[[E]]',
      '~~~~',
      '<!-- [[F]] --> %% [[G]] %% [[H]]',
    ].join('\n');
    expect(parseLinks(md).map((l) => `${l.target}@${l.line}`)).toEqual(['A@1', 'H@8']);
    expect(maskCode(md).length).toBe(md.length);
  });

  it('blanks comments alone the same way, on lines of their own or across lines, keeping the newlines', () => {
    const md = 'See [[A]].\n<!-- [[B]] -->\nand [[C]] <!-- a\n[[D]]\n--> [[E]]\n<!-- open [[F]]';
    expect(parseLinks(md).map((l) => `${l.target}@${l.line}`)).toEqual(['A@1', 'C@3', 'E@5', 'F@6']);
    const masked = maskCode(md);
    expect(masked.length).toBe(md.length);
    expect(masked.split('\n')).toHaveLength(md.split('\n').length);
    expect(masked).toBe(maskCode(`${md}\n~`).slice(0, md.length));
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(parseLinks('[[A]]\n```\n[[B]]\n')).toHaveLength(1);
  });
});

describe('parseHeadings', () => {
  it('reads ATX and setext headings outside code', () => {
    const md = '# Title\n\ntext\n\n## Facts ##\n```\n# not\n```\nSetext\n---\n\n####### seven\n';
    expect(parseHeadings(md)).toEqual([
      { text: 'Title', level: 1, line: 1 },
      { text: 'Facts', level: 2, line: 5 },
      { text: 'Setext', level: 2, line: 9 },
    ]);
  });
});

describe('normaliseHeading', () => {
  it('ignores case, markup and characters Obsidian cannot keep in links', () => {
    expect(normaliseHeading('**Series B**: 2025')).toBe(normaliseHeading('series b  2025'));
    expect(normaliseHeading('About [[OpenAI|the lab]]')).toBe('about the lab');
  });
});

describe('buildResolver (Obsidian rules)', () => {
  const files: Linkable[] = [
    { path: 'companies/OpenAI.md', headings: ['Facts', 'Funding rounds'] },
    { path: 'people/Sam Altman.md', headings: [{ text: 'Notes' }], blockIds: ['q1'] },
    { path: 'topics/Agents.md' },
    { path: 'products/Agents.md' },
    { path: 'img/chart.png' },
    { path: 'index.md' },
  ];
  const r = buildResolver(files);

  it('resolves by base name, case-insensitively, with or without .md', () => {
    expect(r.resolve('OpenAI')?.path).toBe('companies/OpenAI.md');
    expect(r.resolve('openai')?.path).toBe('companies/OpenAI.md');
    expect(r.resolve('OpenAI.md')?.path).toBe('companies/OpenAI.md');
    expect(r.resolve('sam altman')?.path).toBe('people/Sam Altman.md');
  });

  it('resolves vault-relative paths and path suffixes', () => {
    expect(r.resolve('people/Sam Altman')?.path).toBe('people/Sam Altman.md');
    expect(r.resolve('/companies/OpenAI.md')?.path).toBe('companies/OpenAI.md');
    expect(r.resolve('products/agents')?.path).toBe('products/Agents.md');
    expect(r.resolve('nowhere/OpenAI')).toBeUndefined();
  });

  it('resolves attachments only by their full file name', () => {
    expect(r.resolve('chart.png')?.path).toBe('img/chart.png');
    expect(r.resolve('chart')).toBeUndefined();
  });

  it('prefers the same folder, then the shortest path, for shared names', () => {
    expect(r.resolve('Agents', 'products/x.md')?.path).toBe('products/Agents.md');
    expect(r.resolve('Agents', 'people/x.md')?.path).toBe('topics/Agents.md');
    expect(r.linkTarget(files[2])).toBe('topics/Agents');
    expect(r.linkTarget(files[0])).toBe('OpenAI');
  });

  it('does not resolve a bare alias', () => {
    const withAlias = buildResolver([{ path: 'protocols/Model Context Protocol.md', aliases: ['MCP'] } as Linkable]);
    expect(withAlias.resolve('MCP')).toBeUndefined();
    expect(withAlias.resolve('Model Context Protocol')).toBeDefined();
  });

  it('checks headings and block ids', () => {
    expect(r.resolveLink({ format: 'wiki', target: 'OpenAI', subpath: 'funding Rounds' }, 'index.md').problem).toBeUndefined();
    expect(r.resolveLink({ format: 'wiki', target: 'OpenAI', subpath: 'Valuation' }, 'index.md').problem).toBe('no-heading');
    expect(r.resolveLink({ format: 'wiki', target: 'Sam Altman', subpath: '^q1' }, 'index.md').problem).toBeUndefined();
    expect(r.resolveLink({ format: 'wiki', target: 'Sam Altman', subpath: '^q2' }, 'index.md').problem).toBe('no-block');
    expect(r.resolveLink({ format: 'wiki', target: '', subpath: 'Notes' }, 'people/Sam Altman.md').problem).toBeUndefined();
    expect(r.resolveLink({ format: 'wiki', target: 'Nobody' }, 'index.md').problem).toBe('no-file');
  });

  it('resolves markdown links relative to the linking page first', () => {
    expect(r.resolveLink({ format: 'markdown', target: '../companies/OpenAI.md' }, 'people/Sam Altman.md').file?.path).toBe('companies/OpenAI.md');
    expect(r.resolveLink({ format: 'markdown', target: '../../x.md' }, 'people/Sam Altman.md').problem).toBe('outside-vault');
    expect(r.resolveLink({ format: 'markdown', target: 'Missing.md' }, 'index.md').problem).toBe('no-file');
    expect(r.resolveLink({ format: 'markdown', target: '/companies/OpenAI.md' }, 'people/Sam Altman.md').file?.path).toBe('companies/OpenAI.md');
    expect(r.resolveLink({ format: 'markdown', target: '/blog/2012/post' }, 'people/Sam Altman.md').problem).toBe('no-file');
  });
});

describe('indented code', () => {
  it('skips indented code blocks but not nested list items', () => {
    const md = ['Text:', '', '    arr[i](x) [[InCode]]', '', '- item', '', '    [[InList]]', '', 'Para'].join('\n');
    expect(parseLinks(md).map((l) => l.target)).toEqual(['InList']);
  });
});
