import { describe, expect, it } from 'vitest';
import { createTextLinker, demoteHeadings, linkDestinations, outlineOf, reachableTargets } from '../../src/compile/link-text.js';

const targets = [
  { page: 'Google Cloud', surfaces: ['Google Cloud'] },
  { page: 'Google', surfaces: ['Google'] },
  { page: 'Model Context Protocol', surfaces: ['Model Context Protocol', 'MCP'] },
  { page: 'GPT-4', surfaces: ['GPT-4'] },
];
const posts = new Map([['blog.example.com/older-post', 'Older Post']]);

describe('text linker', () => {
  const linker = createTextLinker(targets, posts, 'This Post');

  it('links the first mention of each entity per section, by the exact page name', () => {
    const md = 'MCP is everywhere. MCP again.\n\n## Next\n\nThe Model Context Protocol won.';
    expect(linker.link(md)).toBe(
      '[[Model Context Protocol|MCP]] is everywhere. MCP again.\n\n## Next\n\nThe [[Model Context Protocol]] won.',
    );
  });

  it('links a name written with a leading dot, dot and all, and only there', () => {
    const dotted = [{ page: 'NET', surfaces: ['.NET 8', '.NET'] }];
    const md = 'We moved to .NET 8 last year. The ASP.NET team helped.';
    expect(reachableTargets(dotted, md)).toEqual([{ page: 'NET', surfaces: ['.NET 8', '.NET'] }]);
    expect(createTextLinker(dotted, posts, 'This Post').link(md)).toBe('We moved to [[NET|.NET 8]] last year. The ASP.NET team helped.');
    expect(createTextLinker(dotted, posts, 'This Post').link('Try ASP.NET today.')).toBe('Try ASP.NET today.');
    // A page found without its dot still shows it: the dot before the name is the name's, not a full stop.
    const plain = createTextLinker([{ page: 'NET', surfaces: ['NET 8', 'NET'] }], posts, 'This Post');
    expect(plain.link('We moved to .NET 8 and C#/.NET later.')).toBe('We moved to [[NET|.NET 8]] and C#/.NET later.');
    expect(plain.link('It ended.NET 8 was next.')).toBe('It ended.NET 8 was next.');
  });

  it('prefers the longest name and respects word boundaries', () => {
    expect(linker.link('Google Cloud and Google.')).toBe('[[Google Cloud]] and [[Google]].');
    expect(linker.link('Googled GPT-4o, then GPT-4.')).toBe('Googled GPT-4o, then [[GPT-4]].');
    expect(linker.link("Google's plans")).toBe("[[Google]]'s plans");
    expect(linker.link('_Google_ and __GPT-4__')).toBe('_[[Google]]_ and __[[GPT-4]]__');
    expect(linker.link('GPT-4-turbo and GPT-4.5 are not GPT-4')).toBe('GPT-4-turbo and GPT-4.5 are not [[GPT-4]]');
  });

  it('turns links to other posts into wikilinks, but not escaped brackets', () => {
    expect(linker.link('See [the older one](https://blog.example.com/older-post/).')).toBe('See [[Older Post|the older one]].');
    expect(linker.link('See \\[the older one](https://blog.example.com/older-post/).')).toBe('See \\[the older one](https://blog.example.com/older-post/).');
  });

  it('keeps only the surfaces that could match the text, and links the same with them alone', () => {
    const md = 'MCP and Google Cloud, then GPT-4.';
    const reach = reachableTargets(targets, md);
    expect(reach.map((t) => t.surfaces)).toEqual([['Google Cloud'], ['Google'], ['MCP'], ['GPT-4']]);
    expect(createTextLinker(reach, posts, 'This Post').link(md)).toBe(linker.link(md));
    expect(reachableTargets(targets, 'Nothing here.').every((t) => t.surfaces.length === 0)).toBe(true);
  });

  it('drops surfaces that occur only inside a longer word or do not start with a word, and links the same without them', () => {
    const tricky = [
      { page: 'AI Labs', surfaces: ['AI Labs', ' AI Labs '] },
      { page: 'Model Context Protocol', surfaces: ['(MCP)', 'MCP', 'Model Context Protocol'] },
      { page: 'Rust', surfaces: ['Rust', 'Rust Foundation'] },
      { page: 'Go', surfaces: ['Go'] },
      { page: 'Café', surfaces: ['Café', 'Zürich'] },
    ];
    const texts = [
      'OpenAI Labs shipped (MCP) support; Rustacean tools, not Rust Foundation ones.',
      'AI Labs and `Rust` in code, [Go](https://go.dev/Rust) and https://example.com/AI Labs too.',
      'Gopher, Golang, MCP-ish; Model Context Protocol.\n\n## Rust\n\nRust again.',
      // A URL glued to a word that ends in a non-ASCII letter starts right after it.
      'See Caféhttps://example.com and Zürichwww.example.org today.',
    ];
    const reach = reachableTargets(tricky, texts[0]);
    expect(reach.map((t) => t.surfaces)).toEqual([[], ['MCP'], ['Rust', 'Rust Foundation'], [], []]);
    for (const md of texts) {
      expect(createTextLinker(reachableTargets(tricky, md), posts).link(md)).toBe(createTextLinker(tricky, posts).link(md));
    }
  });

  it('lists every destination a link could be read with', () => {
    expect(linkDestinations('[a](https://x.example/1) and [b](<https://x.example/2>) and [c](<https://x.example/3>tail)')).toEqual([
      'https://x.example/1',
      'https://x.example/2',
      '<https://x.example/2>',
      'https://x.example/3',
      '<https://x.example/3>tail',
    ]);
  });

  it('never links inside alt text with escaped brackets, images inside links, or link titles', () => {
    const md = [
      '![Google Cloud and MCP \\] at the booth -](https://img.example/a.jpg)',
      '[![GPT-4 chart](https://img.example/b.png)](https://x.example/c "Google on MCP")',
      "[a link](https://x.example/d 'Google title') and then Google.",
    ].join('\n\n');
    const out = linker.link(md);
    expect(out.split('\n\n').slice(0, 2)).toEqual(md.split('\n\n').slice(0, 2));
    expect(out).toContain("[a link](https://x.example/d 'Google title') and then [[Google]].");
    expect(linker.link('See [the \\[older\\] post](https://blog.example.com/older-post/).')).toBe('See [[Older Post|the older post]].');
  });

  it('never links inside code, links, URLs, HTML or headings', () => {
    const md = [
      '## Google news',
      '',
      'Use `Google` and [Google](https://google.com) or https://google.com/Google and <b>Google</b>.',
      '',
      '```',
      'Google',
      '```',
      '',
      'Finally Google.',
    ].join('\n');
    const out = linker.link(md);
    expect(out).toContain('## Google news');
    expect(out).toContain('Use `Google` and [Google](https://google.com) or https://google.com/Google and <b>[[Google]]</b>.');
    expect(out).toContain('```\nGoogle\n```');
    expect(out).toContain('Finally Google.');
  });

  it('escapes the label pipe inside table rows', () => {
    expect(linker.link('| MCP | yes |')).toBe('| [[Model Context Protocol\\|MCP]] | yes |');
    expect(linker.link('| Google | yes |')).toBe('| [[Google]] | yes |');
  });

  it('turns links to other posts of the blog into wikilinks', () => {
    expect(linker.link('As [I wrote **before**](https://www.blog.example.com/older-post/#part) and [elsewhere](https://other.example.com/).')).toBe(
      'As [[Older Post|I wrote before]] and [elsewhere](https://other.example.com/).',
    );
  });
});

describe('outline and heading levels', () => {
  const md = '# Title\n\n## Part\n\n```\n# not a heading\n```\n\n### Sub *part*';

  it('lists headings outside code as plain text', () => {
    expect(outlineOf(md)).toEqual([
      { level: 1, text: 'Title' },
      { level: 2, text: 'Part' },
      { level: 3, text: 'Sub part' },
    ]);
  });

  it('shifts headings under the page sections, leaving code alone', () => {
    expect(demoteHeadings(md, 3)).toBe('### Title\n\n#### Part\n\n```\n# not a heading\n```\n\n##### Sub *part*');
  });
});
