// splitFrontmatter reads the usual frontmatter without the YAML parser; whatever path it takes, the
// data must be what the parser makes of the same text.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { simpleYaml, splitFrontmatter } from '../../src/wiki/frontmatter.js';

const yamlOf = (fm: string): unknown => parseDocument(fm, { prettyErrors: false }).toJS() ?? {};

const CASES = [
  'type: company\naliases: []\ntags:\n  - company\nsources:\n  - "[[Post (1)]]"\n  - "[[Post \\"quoted\\" (2)]]"\nmentions: 12\nfirst_seen: 2016-05-01\nlast_seen: 2016-05-02\n',
  'type: source\ntitle: AI Gets Personal (1008)\nurl: https://example.com/posts/1008-ai/\npublished: 2015-12-02\nraw: 2015-12-02-ai-gets-personal-1008\n',
  'title: null\nflag: true\nother: False\nempty:\nnext: x\n',
  'title: C# and F# in 2025\nnote: it\'s fine [really] {ok}\n',
  'n: 007\nbig: 12345678901234567890\nneg: -5\nfloat: 1.5\nexp: 1e3\ninf: .inf\nplus: +3\n',
  'title: "tab\\tescape"\nother: "slash\\/"\nu: "\\u00e9"\n',
  'title: a: b\n',
  'title: trailing colon:\n',
  'title: hash #comment\n',
  'title: "unterminated\n',
  "title: 'single quoted'\n",
  'list:\n- compact\n- items\n',
  'list:\n    - deep\n',
  'a: 1\n\nb: 2\n',
  '# comment\na: 1\n',
  'a: 1\na: 2\n',
  'version: 4o-mini\nname: ~\n',
  'when: 2025-06-10T10:00:00Z\n',
  '__proto__: x\n',
  'multi: first\n  continued\n',
  'k: v \n',
  'tags:\n  - []\n  - 5\n  - x y\n',
  'raw: 2015-12-02-ai-gets-personal-1008\nv: 1e5\nh: 0x1F\no: 0o17\nd: 12-34\nf: 3.5.1\ns: 4o-mini\nm: 2h: x\n',
  'title: "A post: with a colon"\ncategories:\n  - AI\nfeed:\n  title: A blog\n  url: https://blog.example.com/\ncontent_hash: 644bfef820d6dac5fdc34f71369ea969c5e0a22c2772b8aac5e76953f547ed4c\n',
  'h1: 12e4\nh2: 0e0\nh3: 123abc\nh4: 1.\nh5: 08\n',
  'feed:\n  title: x\n  title: y\n',
  'feed:\n  - a\n  title: x\n',
  'feed:\n  title: x\n  - a\n',
  'feed:\n  title:\n',
  'feed:\n   title: deep\n',
  'a: 1\n  title: x\n',
];

describe('splitFrontmatter', () => {
  it.each(CASES)('reads %j as the YAML parser does', (fm) => {
    const text = `---\n${fm}---\n# Body\n`;
    let got: unknown;
    try {
      got = splitFrontmatter(text).data;
    } catch {
      got = 'error';
    }
    const doc = parseDocument(fm, { prettyErrors: false });
    const want = doc.errors.length > 0 ? 'error' : yamlOf(fm);
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    if (got !== 'error') expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
  });

  it('reads what compile writes without the YAML parser', () => {
    expect(simpleYaml(CASES[0])).toBeDefined();
    expect(simpleYaml(CASES[1])).toBeDefined();
    expect(simpleYaml('raw: 2015-12-02-ai-gets-personal-1008\n')).toEqual({ raw: '2015-12-02-ai-gets-personal-1008' });
    expect(simpleYaml('a: 1\n\nb: 2\n')).toBeUndefined();
  });

  it('reads what ingest writes (a feed mapping, a digest) without the YAML parser', () => {
    const raw = CASES.find((c) => c.includes('content_hash'))!;
    expect(simpleYaml(raw)).toEqual(yamlOf(raw));
    expect(simpleYaml('feed:\n  title: x\n  title: y\n')).toBeUndefined();
  });

  it('keeps the body and its first line', () => {
    const doc = splitFrontmatter('---\ntype: x\nlist:\n  - a\n---\n\n# Title\n');
    expect(doc.bodyLine).toBe(6);
    expect(doc.body).toBe('\n# Title\n');
  });

  it('reads an Obsidian template\'s `{{title}}` without printing a Node warning', async () => {
    const { vi } = await import('vitest');
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(splitFrontmatter('---\ntitle: {{title}}\n---\nBody\n').data).toEqual({ title: { '{ title }': null } });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

