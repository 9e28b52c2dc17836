// Posts whose titles and bodies try to break names, links or the notes section.
import { describe, expect, it } from 'vitest';
import { renderVault } from '../../src/compile/compile.js';
import { loadTemplates } from '../../src/compile/templates.js';
import { mergeNotes } from '../../src/compile/notes.js';
import { NOTES_MARKER } from '../../src/wiki/schema.js';
import { fixtureExtractor, linkProblems, rawDoc, testConfig, type PostSpec } from './helpers.js';

const posts: PostSpec[] = [
  { id: '2026-01-01-a', title: 'Weekly update', published: '2026-01-01T00:00:00Z', body: 'Acme ships things.' },
  { id: '2026-01-08-b', title: 'Weekly update', published: '2026-01-08T00:00:00Z', body: 'Acme ships more.' },
  { id: '2026-01-15-c', title: 'weekly UPDATE', published: '2026-01-15T00:00:00Z', body: 'Still Acme.' },
  { id: '2026-01-20-d', title: 'A/B tests: why? <2026> | "quoted" #1 [draft]', published: '2026-01-20T00:00:00Z', body: 'Acme tests.' },
  { id: '2026-01-21-e', title: '   ', published: '2026-01-21T00:00:00Z', body: 'Untitled Acme.' },
  { id: '2026-01-22-f', title: 'Index', published: '2026-01-22T00:00:00Z', categories: ['log', 'Acme'], body: `Acme again.\n\n## Notes\n\n${NOTES_MARKER}\n\nnot the author's notes` },
  { id: '2026-01-23-g', title: 'CON', published: '2026-01-23T00:00:00Z', categories: ['Acmes'], body: 'Acme on Windows.' },
];

describe('hostile posts', async () => {
  const docs = posts.map(rawDoc);
  const ex = fixtureExtractor([{ name: 'Acme', type: 'company' }]);
  const extractions = docs.map((d) => ex.extractDocument(d));
  const { pages } = renderVault(docs, extractions, ex.resolveEntities(docs, extractions, testConfig()), testConfig(), await loadTemplates());
  const paths = pages.map((p) => p.path);

  it('get unique, safe, readable file names', () => {
    const sources = paths.filter((p) => p.startsWith('sources/')).sort();
    expect(sources).toEqual([
      'sources/2026-01-21-e.md',
      'sources/A-B tests - why 2026 - quoted 1 draft.md',
      'sources/CON (page).md',
      'sources/Index (post).md',
      'sources/Weekly update (post).md',
      'sources/Weekly update.md',
      'sources/weekly UPDATE (post 2).md',
    ]);
    const keys = paths.map((p) => p.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never take the names of the vault pages, and categories join entities', () => {
    expect(paths).toContain('index.md');
    expect(paths).toContain('topics/log (topic).md');
    expect(paths.filter((p) => p.startsWith('topics/'))).toEqual(['topics/log (topic).md']);
    // `Acme` and the plural category `Acmes` are one page.
    expect(pages.find((p) => p.path === 'sources/CON (page).md')!.content).toContain('topics:\n  - "[[Acme]]"');
  });

  it('cannot forge the notes marker from a post body', () => {
    const page = pages.find((p) => p.path === 'sources/Index (post).md')!.content;
    expect(page.split(NOTES_MARKER)).toHaveLength(2);
    const old = page.replace(`${NOTES_MARKER}\n`, `${NOTES_MARKER}\nmine\n`);
    expect(mergeNotes(page, old).endsWith(`${NOTES_MARKER}\nmine\n`)).toBe(true);
  });

  it('still link everything and leave nothing orphaned', () => {
    expect(linkProblems(pages)).toEqual({ unresolved: [], orphans: [] });
  });
});
