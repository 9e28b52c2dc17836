import { describe, expect, it } from 'vitest';
import { directFrontmatter, fastFrontmatter } from '../../src/compile/frontmatter-fast.js';
import { splitFrontmatter, stringifyFrontmatter } from '../../src/wiki/frontmatter.js';

const SAMPLES: Array<Record<string, unknown>> = [
  { type: 'company', aliases: [], tags: ['company'], url: 'https://www.anthropic.com', sources: ['[[MCP Won the Protocol War. Security Lost]]'], mentions: 31, first_seen: '2026-02-10', last_seen: '2026-05-06' },
  { type: 'protocol', aliases: ['MCP', 'Model Context Protocol (MCP)', 'true', 'null', '2024', 'a: b', 'x #y', ' lead', 'GPT-4o', 'Café', 'e.g.'], tags: ['protocol'] },
  { type: 'source', title: "Don't: a title? #1", url: 'https://example.com/a_b/?q=1&r=2#frag', published: '', raw: '2026-05-06-x', topics: ['[[AI Agents]]', "[[Don't Panic]]", '[[Café — naïve]]'], entities: [] },
  { type: 'paper', aliases: ['arXiv 2309.11495', '1e5', '.NET', 'C++', 'On', 'Y'], mentions: 0, url: undefined },
  { type: 'index' },
  { type: 'source', title: 'Plain title', url: 'https://blog.example.com/p/1/', published: '2026-05-06', raw: '2026-05-06-the-emerging-stack-2', topics: [], entities: ['[[2026 MCP Roadmap]]'] },
  { raw: '2026-05-06-', other: '2026-05-06-x.y', n: '2026-05-06T00:00:00Z' },
  // An undated post's page and a topic only undated posts file.
  { type: 'source', title: 'Undated', url: 'https://blog.example.com/u/', published: null, raw: 'undated-x', topics: [], entities: [] },
  { type: 'topic', aliases: [], tags: ['topic'], sources: ['[[Undated]]'], mentions: 1, first_seen: null, last_seen: null },
  { type: 'source', title: 'Two\nlines', aliases: ['---', '- dash', '? q', '@at', '`tick`', '"quoted"', "it's", 'tab\there', 'trailing ', '%pct', '!bang', '&amp', '*star', '|pipe', '>gt'] },
  { aliases: ['---', '- dash', '? q', '@at', '`tick`', '"quoted"', "it's", 'tab\there', 'trailing ', '%pct', '!bang', '&amp', '*star', '|pipe', '>gt', '[x]', '{y}', 'a, b', '#hash', 'ünïcödé', '0x1F', '1_000', '-1', '+1', '.5', '~', 'Null', 'NO'] },
];

describe('fastFrontmatter', () => {
  it('writes exactly what the general serialiser writes', () => {
    for (const s of SAMPLES) expect(fastFrontmatter(s)).toBe(stringifyFrontmatter(s));
  });

  it('writes the common page shapes directly', () => {
    expect(directFrontmatter(SAMPLES[0])).toBe(stringifyFrontmatter(SAMPLES[0]));
    expect(directFrontmatter(SAMPLES[4])).toBe('---\ntype: index\n---\n');
    expect(directFrontmatter(SAMPLES[2])).toBe(stringifyFrontmatter(SAMPLES[2]));
    expect(directFrontmatter(SAMPLES[9])).toBeUndefined();
    expect(directFrontmatter(SAMPLES[7])).toBe(stringifyFrontmatter(SAMPLES[7]));
    expect(directFrontmatter(SAMPLES[5])).toBe(stringifyFrontmatter(SAMPLES[5]));
    expect(directFrontmatter(SAMPLES[8])).toBe(stringifyFrontmatter(SAMPLES[8]));
  });

  it('reads back to the same values', () => {
    for (const s of SAMPLES) {
      const clean = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));
      expect(splitFrontmatter(`${fastFrontmatter(s)}body`).data).toEqual(clean);
    }
  });
});
