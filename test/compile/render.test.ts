// Page rendering from hand-made posts and entities, without the disk.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderVault, type RenderedVault } from '../../src/compile/compile.js';
import { bylineNames } from '../../src/compile/model.js';
import { loadTemplates } from '../../src/compile/templates.js';
import { splitFrontmatter } from '../../src/wiki/frontmatter.js';
import { ENTITY_SECTIONS, NOTES_MARKER, REQUIRED_FIELDS, SOURCE_SECTIONS } from '../../src/wiki/schema.js';
import { ENTITIES, POSTS, backlinkAudit, fixtureExtractor, linkProblems, rawDoc, testConfig } from './helpers.js';

let vault: RenderedVault;
const page = (p: string): string => {
  const found = vault.pages.find((x) => x.path === p);
  if (!found) throw new Error(`no page ${p}; have ${vault.pages.map((x) => x.path).join(', ')}`);
  return found.content;
};
const sections = (text: string): string[] => [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

beforeAll(async () => {
  const docs = POSTS.map(rawDoc);
  const ex = fixtureExtractor(ENTITIES);
  const extractions = docs.map((d) => ex.extractDocument(d));
  vault = renderVault(docs, extractions, ex.resolveEntities(docs, extractions, testConfig()), testConfig(), await loadTemplates());
});

describe('entity pages', () => {
  it('live in a folder per type with the schema frontmatter', () => {
    const { data, body } = splitFrontmatter(page('companies/Anthropic.md'));
    for (const f of REQUIRED_FIELDS.company) expect(data).toHaveProperty(f);
    expect(data).toMatchObject({
      type: 'company',
      tags: ['company'],
      url: 'https://www.anthropic.com',
      sources: ['[[MCP Everywhere]]', '[[The Agent Stack (post)]]'],
      mentions: 5,
      first_seen: '2026-01-10',
      last_seen: '2026-02-01',
    });
    expect(sections(body)).toEqual([...ENTITY_SECTIONS]);
    expect(body.trimEnd().endsWith(NOTES_MARKER)).toBe(true);
  });

  it('open with the defining sentence and its citation, then the homepage', () => {
    expect(page('companies/Anthropic.md')).toContain(
      '# Anthropic\n\nAnthropic is an AI company that released the Model Context Protocol (MCP) in 2024. ([[MCP Everywhere]], 2026-01-10)\n\nLink: <https://www.anthropic.com>\n\n## Facts',
    );
    expect(page('people/Dario Amodei.md')).not.toContain('Link:');
  });

  it('list dated facts, each linked to its post, and mentions per post', () => {
    const text = page('companies/Anthropic.md');
    expect(text).toContain('- **2026-01-10**: Anthropic later said MCP had 10,000 servers. ([[MCP Everywhere]])');
    // The lead sentence, dated, is among the facts too: Facts alone hold every dated fact.
    // A fact that states its own date is listed under it, not under its post's.
    expect(text.split('## Facts')[1].split('## Mentions')[0]).toContain('- **2024**: Anthropic is an AI company that released the Model Context Protocol (MCP) in 2024. ([[MCP Everywhere]])');
    expect(text.indexOf('- **2024**: Anthropic is')).toBeLessThan(text.indexOf('- **2026-01-10**: Anthropic later said'));
    expect(text).toContain('### [[The Agent Stack (post)|The Agent Stack]] (2026-02-01)\n\n- Claude Code is a coding agent from Anthropic, and it speaks MCP.');
  });

  it('list related entities by shared sentences, and backlinks', () => {
    const text = page('companies/Anthropic.md');
    const related = text.split('## Related')[1].split('## Backlinks')[0];
    expect(related.trim().split('\n')[0]).toBe('- [[Model Context Protocol]] (4 shared sentences)');
    const backlinks = text.split('## Backlinks')[1].split('## Notes')[0];
    expect(backlinks).toContain('- [[MCP Everywhere]]');
    expect(backlinks).toContain('- [[Claude Code]]');
    expect(backlinks).not.toContain('[[index]]');
  });

  it('give aliases and fold a category that names an entity into its page', () => {
    const { data } = splitFrontmatter(page('protocols/Model Context Protocol.md'));
    expect(data.aliases).toEqual(['MCP']);
    expect(vault.pages.some((p) => p.path.startsWith('topics/MCP'))).toBe(false);
    expect(splitFrontmatter(page('sources/MCP Everywhere.md')).data.topics).toEqual(['[[Model Context Protocol]]', '[[Agents (topic)]]']);
  });
});

describe('post pages', () => {
  it('carry the source frontmatter and sections', () => {
    const { data, body } = splitFrontmatter(page('sources/MCP Everywhere.md'));
    for (const f of REQUIRED_FIELDS.source) expect(data).toHaveProperty(f);
    expect(data).toMatchObject({ type: 'source', title: 'MCP Everywhere', url: 'https://blog.example.com/mcp-everywhere/', published: '2026-01-10', raw: '2026-01-10-mcp-everywhere' });
    expect(sections(body)).toEqual([...SOURCE_SECTIONS]);
    expect(body).toContain('## Summary\n\nWhy the Model Context Protocol spread so fast.');
    expect(body).toContain('## Outline\n\n- Governance');
    expect(body).toContain('- **Protocols**: [[Model Context Protocol]]');
  });

  it('yield the bare name to an entity of the same name', () => {
    expect(page('sources/The Agent Stack (post).md')).toContain('# The Agent Stack\n');
    expect(page('products/The Agent Stack.md')).toContain('type: product');
  });

  it('link the first mention per section, never in code, headings or URLs', () => {
    const text = page('sources/MCP Everywhere.md').split('## Text')[1];
    expect(text).toContain('[[Anthropic]] is an AI company that released the [[Model Context Protocol]] (MCP) in 2024.');
    expect(text).toContain('Anthropic later said MCP had 10,000 servers.');
    expect(text).toContain('### Governance\n\nIn December 2025 [[Anthropic]] gave [[Model Context Protocol|MCP]] to the [[Linux Foundation]].');
    expect(text).toContain('const Anthropic = "not a link inside code";');
    expect(text).toContain('https://anthropic.com/Anthropic for more');
    expect(text).toContain('| [[Claude Code]] | client |');
  });

  it('turn links between posts into wikilinks and relate the posts', () => {
    const later = page('sources/The Agent Stack (post).md');
    expect(later).toContain('Earlier I wrote about [[MCP Everywhere|MCP everywhere]].');
    expect(later).toMatch(/## Related posts\n\n- \[\[MCP Everywhere\]\] \(2026-01-10; linked from this post/);
    expect(page('sources/MCP Everywhere.md')).toMatch(/- \[\[The Agent Stack \(post\)\|The Agent Stack\]\] \(2026-02-01; links here/);
  });
});

describe('vault pages', () => {
  it('index lists every page once, grouped by type with counts', () => {
    const index = page('index.md');
    const listed = [...index.matchAll(/^- \[\[([^\]|]+)/gm)].map((m) => m[1]);
    const pages = vault.pages.filter((p) => p.path.endsWith('.md') && !['index.md', 'log.md', 'AGENTS.md'].includes(p.path));
    expect(listed.sort()).toEqual(pages.map((p) => p.path.replace(/^.*\//, '').replace(/\.md$/, '')).sort());
    expect(index).toContain('## Products (2)');
    expect(index).toContain('## Sources (3)');
  });

  it('log has one entry per post in date order with what it added', () => {
    const log = page('log.md');
    const heads = [...log.matchAll(/^## \[(\d{4}-\d{2}-\d{2})\] ingest \| (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(heads).toEqual(['2026-01-10 MCP Everywhere', '2026-02-01 The Agent Stack', '2026-03-05 Open Models']);
    expect(log).toMatch(/## \[2026-03-05\] ingest \| Open Models\n\n- Source: \[\[Open Models\]\]\n- Topics: \[\[Open Source\]\]\n- New pages \(1\): \[\[Open Source\]\]/);
  });

  it('AGENTS.md and llms.txt name only pages that exist', () => {
    const paths = new Set(vault.pages.map((p) => p.path));
    const llms = page('llms.txt');
    for (const m of llms.matchAll(/\]\(([^)]+)\)/g)) expect(paths.has(decodeURIComponent(m[1]))).toBe(true);
    expect(llms.startsWith('# Example Blog: wiki\n\n> ')).toBe(true);
    expect(page('AGENTS.md')).toContain('| Sources | 3 |');
    expect(page('AGENTS.md')).toContain('- Biggest topics: [[Agents (topic)]], [[Open Source]].');
  });

  it('graph.json is a graphology export with every page and all edge kinds', () => {
    const g = JSON.parse(page('graph.json'));
    const keys = g.nodes.map((n: { key: string }) => n.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('Anthropic');
    expect(keys).toContain('The Agent Stack (post)');
    const kinds = new Set(g.edges.map((e: { attributes: { kind: string } }) => e.attributes.kind));
    expect([...kinds].sort()).toEqual(['category', 'cooccurrence', 'link', 'mention']);
    const mention = g.edges.find((e: { key: string }) => e.key === 'mention:MCP Everywhere->Anthropic');
    expect(mention.attributes.weight).toBe(4);
  });

  it('backlinks list exactly the pages that link to each page', () => {
    const audit = backlinkAudit(vault.pages);
    expect(audit.length).toBeGreaterThan(5);
    for (const a of audit) expect(a.listed, a.page).toEqual(a.actual);
  });

  it('every link resolves in Obsidian and no page is an orphan', () => {
    expect(linkProblems(vault.pages)).toEqual({ unresolved: [], orphans: [] });
  });
});

describe('bylines', () => {
  let byVault: RenderedVault;
  const byPage = (p: string): string => byVault.pages.find((x) => x.path === p)?.content ?? '';
  beforeAll(async () => {
    const authors = ['Dario Amodei and Ada Writer', 'Dario Amodei, Staff Writer (guest post)'];
    const docs = POSTS.map((p, i) => rawDoc({ ...p, author: authors[i] }));
    const ex = fixtureExtractor(ENTITIES);
    const extractions = docs.map((d) => ex.extractDocument(d));
    byVault = renderVault(docs, extractions, ex.resolveEntities(docs, extractions, testConfig()), testConfig(), await loadTemplates());
  });

  it('link each author who has a person page, whether or not the post names them', () => {
    expect(byPage('sources/MCP Everywhere.md')).toContain('Published 2026-01-10 · by [[Dario Amodei]] and Ada Writer ·');
    // Linked where named; the rest of the byline stays as the feed wrote it.
    expect(byPage('sources/The Agent Stack (post).md')).toContain('Published 2026-02-01 · by [[Dario Amodei]], Staff Writer (guest post) ·');
    expect(page('sources/The Agent Stack (post).md')).toContain('by Ada Writer');
    const backlinks = byPage('people/Dario Amodei.md').split('## Backlinks')[1].split('## Notes')[0];
    expect(backlinks).toContain('- [[The Agent Stack (post)]]');
    for (const a of backlinkAudit(byVault.pages)) expect(a.listed, a.page).toEqual(a.actual);
    expect(linkProblems(byVault.pages)).toEqual({ unresolved: [], orphans: [] });
  });

  it('are edges of the graph: an author edge, or a mark on the mention edge of an author the post names', () => {
    const g = JSON.parse(byPage('graph.json'));
    const edge = (key: string) => g.edges.find((e: { key: string }) => e.key === key)?.attributes;
    expect(edge('author:The Agent Stack (post)->Dario Amodei')).toEqual({ kind: 'author', weight: 1 });
    expect(edge('mention:MCP Everywhere->Dario Amodei')).toMatchObject({ kind: 'mention', author: true });
    expect(edge('author:MCP Everywhere->Dario Amodei')).toBeUndefined();
  });

  it('name their authors however the feed writes them', () => {
    expect(bylineNames('Jane Doe')).toEqual(['Jane Doe']);
    expect(bylineNames('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineNames('Jane Doe, John Roe, and Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(bylineNames('Jane Doe & John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineNames('jane@example.com (Jane Doe)')).toEqual(['Jane Doe']);
    expect(bylineNames('jane@example.com (Jane Doe, Editor)')).toEqual(['Jane Doe', 'Editor']);
    expect(bylineNames('Jane Doe (guest author)')).toEqual(['Jane Doe']);
    expect(bylineNames('Jane Doe, Staff Writer')).toEqual(['Jane Doe', 'Staff Writer']);
    expect(bylineNames('Sandra Anderson')).toEqual(['Sandra Anderson']);
  });
});

describe('the link checker used above', () => {
  it('reports a dangling link and an orphan', () => {
    const pages = [
      { path: 'index.md', content: '[[A]]' },
      { path: 'a/A.md', content: '[[Missing|x]] [[A#Nowhere]]' },
      { path: 'b/B.md', content: 'alone' },
    ];
    expect(linkProblems(pages)).toEqual({ unresolved: ['a/A.md: [[Missing|x]] (no-file)', 'a/A.md: [[A#Nowhere]] (no-heading)'], orphans: ['b/B.md'] });
  });
});

describe('mentions of a bold lead-in', () => {
  /** The Mentions section of `page` in a vault made from one post by the real extractor. */
  async function mentionsOf(id: string, body: string, page: string): Promise<string> {
    const { extractDocument, resolveEntities } = await import('../../src/compile/extract/index.js');
    const { rawDoc: mdDoc } = await import('./extract/helpers.js');
    const docs = [mdDoc(id, body)];
    const extractions = docs.map((d) => extractDocument(d));
    const v = renderVault(docs, extractions, resolveEntities(docs, extractions, testConfig()), testConfig(), await loadTemplates());
    return v.pages.find((p) => p.path === page)!.content.split('## Mentions')[1].split('## Related')[0];
  }
  it('quote the sentence after a lead-in that says only the name, and drop a bare name', async () => {
    const mentions = await mentionsOf(
      '2026-01-10-platforms',
      'The platforms.\n\n- **Decagon.** Raised $250 million in March 2026. It sells support agents.\n- **Parloa.** Voice agents for call centres.\n\n| Vendor | Seats |\n|---|---|\n| Decagon | 40 |\n',
      'companies/Decagon.md',
    );
    expect(mentions).toContain('- Decagon: Raised $250 million in March 2026.');
    expect(mentions).not.toMatch(/^- Decagon\.?$/m);
  });
  it('quote a table row with its cells, not as a bare name', async () => {
    const mentions = await mentionsOf('2026-01-10-rounds', 'The rounds.\n\n| Company | Funding |\n|---|---|\n| Navaro | $8.3M |\n| Quuxly | $5M |\n', 'companies/Navaro.md');
    expect(mentions).toContain('- Navaro (Funding: $8.3M)');
  });
});

describe('former titles', () => {
  it('are aliases of a post page only when no other page is named or known by them', async () => {
    const posts = [
      { id: '2026-01-10-a', title: 'Vacuum lessons', published: '2026-01-10T00:00:00Z', body: 'Tuning vacuum on Postgres.\n', formerTitles: ['Draft', 'Vacuum notes'] },
      { id: '2026-01-11-b', title: 'Index lessons', published: '2026-01-11T00:00:00Z', body: 'Indexes on Postgres.\n', formerTitles: ['Draft'] },
    ];
    const docs = posts.map(rawDoc);
    const ex = fixtureExtractor(ENTITIES);
    const extractions = docs.map((d) => ex.extractDocument(d));
    const v = renderVault(docs, extractions, ex.resolveEntities(docs, extractions, testConfig()), testConfig(), await loadTemplates());
    const a = splitFrontmatter(v.pages.find((p) => p.path === 'sources/Vacuum lessons.md')!.content).data;
    const b = splitFrontmatter(v.pages.find((p) => p.path === 'sources/Index lessons.md')!.content).data;
    expect(a.aliases).toEqual(['Vacuum notes']);
    expect(b.aliases).toBeUndefined();
  });
});
