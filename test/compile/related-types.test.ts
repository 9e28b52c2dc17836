// A related page is listed by its name and what it shares, not its type: when a new post changes one entity's
// type, the pages that list it as related stay as they are (not rendered, not written), and the vault is the one
// a fresh compile makes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { fixtureExtractor, snapshot, tempDir, testConfig, writePosts, type EntitySpec, type PostSpec } from './helpers.js';

const POSTS: PostSpec[] = [
  { id: '2026-01-05-rockets', title: 'Rockets', published: '2026-01-05T09:00:00Z', body: 'Acme ships rockets to Globex.\n\nGlobex pays Acme in shares.\n' },
  { id: '2026-01-06-standards', title: 'Standards', published: '2026-01-06T09:00:00Z', body: 'Acme joined the Widget Consortium this week.\n\nThe Widget Consortium sets standards.\n' },
];

const specs = (consortium: EntitySpec['type']): EntitySpec[] => [
  { name: 'Acme', type: 'company' },
  { name: 'Globex', type: 'company' },
  { name: 'Widget Consortium', type: consortium },
];

/** Extraction finds the names only, so cached and fresh extractions agree; resolution types them by `s`. */
const extractor = (s: EntitySpec[]) => ({ ...fixtureExtractor(s), extractDocument: fixtureExtractor(specs('organization')).extractDocument });

const compile = (raw: string, wiki: string, s: EntitySpec[]) => compileVault({ raw, wiki, force: false, config: testConfig(), extractor: extractor(s) });

describe('related pages', () => {
  it('list what they share, not their type, so a type change rewrites only the page whose type changed', async () => {
    const dir = await tempDir('wikic-related-');
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    await writePosts(raw, POSTS);
    await compile(raw, wiki, specs('organization'));
    const acme = await fs.readFile(path.join(wiki, 'companies/Acme.md'), 'utf8');
    const related = acme.split('## Related')[1].split('## Backlinks')[0];
    expect(related).toContain('- [[Widget Consortium]] (1 shared sentence)');
    expect(related).not.toMatch(/\((?:organization|company|product), /);

    // A post that names nothing makes the compile run; the consortium is now typed a company.
    await writePosts(raw, [{ id: '2026-02-01-quiet', title: 'Quiet', published: '2026-02-01T09:00:00Z', body: 'A quiet week; nothing shipped.\n' }]);
    const s = await compile(raw, wiki, specs('company'));
    expect(s.written).toContain('companies/Widget Consortium.md');
    expect(s.written).not.toContain('companies/Acme.md');
    expect(await fs.readFile(path.join(wiki, 'companies/Acme.md'), 'utf8')).toBe(acme);

    const fresh = path.join(await fs.mkdtemp(path.join(dir, 'fresh-')), 'wiki');
    await compile(raw, fresh, specs('company'));
    expect(await snapshot(wiki)).toEqual(await snapshot(fresh));
  }, 60_000);
});
