// Held-out evaluation: the matching rules of the scorer, the gold files' consistency, and floors
// for extraction quality on other blogs' feeds (set a little below the figures measured when the
// floors were last raised, so a change that makes extraction worse fails here).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchEntities, normName, parseGold, type Gold, type Predicted } from './eval/match.js';
import { HELDOUT_DIR, formatDetails, listCorpora, scoreCorpora, type CorpusScore } from './eval/score.js';

const gold: Gold = {
  corpus: 'unit',
  entities: [
    { name: 'Google', type: 'company', aliases: [] },
    { name: 'Model Context Protocol', type: 'protocol', aliases: ['MCP'] },
    { name: 'Go', type: 'product', aliases: ['Golang'], versions: ['Go 1.22'] },
    { name: 'Agile Web Development with Rails', type: 'product', aliases: [], alt_types: ['paper'] },
    { name: 'CVE-2024-3094', type: 'event', aliases: [], any_type: true },
    { name: 'Martin Robinson', type: 'person', aliases: ['mrobinson'] },
  ],
  acceptable: ['GitHub'],
  non_entities: ['Highlights'],
};
const p = (name: string, type: Predicted['type'], aliases: string[] = []): Predicted => ({ name, type, aliases });

describe('normName', () => {
  it('folds case, possessives, typographic quotes, markdown escapes, handles and trailing punctuation', () => {
    expect(normName('Google’s')).toBe('google');
    expect(normName("Kyle Kingsbury's")).toBe('kyle kingsbury');
    expect(normName('io\\_uring')).toBe('io_uring');
    expect(normName('@mrobinson')).toBe('mrobinson');
    expect(normName('  Hot   Chips. ')).toBe('hot chips');
    expect(normName('Google+')).toBe('google+');
    expect(normName('Viral B. Shah')).toBe('viral b. shah');
    expect(normName('ZeRO: Memory Optimizations')).toBe(normName('ZeRO - Memory Optimizations'));
    expect(normName('arXiv:1411.1607')).toBe(normName('arXiv -1411.1607'));
    expect(normName('PSR-4')).toBe('psr-4');
    expect(normName('The Deal Sheet')).toBe('deal sheet');
  });
});

describe('matchEntities', () => {
  it('counts a gold entity found by its name or any alias, and scores precision against gold and acceptable', () => {
    const r = matchEntities(gold, [p('Google', 'company'), p('MCP', 'protocol'), p('GitHub', 'company'), p('Highlights', 'product'), p('Foo', 'product')]);
    expect(r.found).toBe(2);
    expect(r.recall).toBeCloseTo(2 / 6);
    expect(r.good).toBe(3);
    expect(r.precision).toBeCloseTo(3 / 5);
    expect(r.falsePositives).toEqual([
      { name: 'Foo', type: 'product', listed: false },
      { name: 'Highlights', type: 'product', listed: true },
    ]);
    expect(r.misses.map((m) => m.name)).toEqual(['Agile Web Development with Rails', 'CVE-2024-3094', 'Go', 'Martin Robinson']);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(['gold', 'gold', 'acceptable', 'false-positive', 'false-positive']);
    expect(r.byType.company).toEqual({ gold: 1, found: 1, typedRight: 1 });
    expect(r.byType.person).toEqual({ gold: 1, found: 0, typedRight: 0 });
  });

  it('reports two pages for one thing as a duplicate, but not a versioned page beside its product', () => {
    const r = matchEntities(gold, [p('Model Context Protocol', 'protocol'), p('MCP', 'protocol'), p('Go', 'product'), p('Go 1.22', 'product')]);
    expect(r.duplicates).toEqual([{ gold: 'Model Context Protocol', predicted: ['MCP', 'Model Context Protocol'] }]);
    expect(r.found).toBe(2);
  });

  it('finds an entity through a versioned name alone', () => {
    const r = matchEntities(gold, [p('Go 1.22', 'product')]);
    expect(r.found).toBe(1);
    expect(r.duplicates).toEqual([]);
  });

  it('checks types against the gold type, alt_types and any_type', () => {
    const r = matchEntities(gold, [
      p('Google', 'product'),
      p('Agile Web Development with Rails', 'paper'),
      p('CVE-2024-3094', 'protocol'),
      p('@mrobinson', 'company'),
    ]);
    expect(r.typed).toBe(4);
    expect(r.typedRight).toBe(2);
    expect(r.wrongTypes).toEqual([
      { gold: 'Google', predicted: 'Google', expected: 'company', got: 'product' },
      { gold: 'Martin Robinson', predicted: '@mrobinson', expected: 'person', got: 'company' },
    ]);
  });

  it('reports a page whose names cover two gold entities, and lets topics count only when they name a gold entity', () => {
    const r = matchEntities(gold, [p('Google', 'company', ['Go']), p('Martin Robinson', 'topic'), p('Release', 'topic')]);
    expect(r.conflations).toEqual([{ predicted: 'Google', gold: ['Go', 'Google'] }]);
    expect(r.topics).toBe(2);
    expect(r.predicted).toBe(1);
    expect(r.found).toBe(2);
    expect(r.wrongTypes.map((w) => w.got)).toEqual(['topic']);
    expect(r.falsePositives).toEqual([]);
  });

  it('lists predicted names near a missed entity', () => {
    const r = matchEntities(gold, [p('Google Cloud', 'product'), p('Martin', 'person')]);
    const near = Object.fromEntries(r.misses.map((m) => [m.name, m.near]));
    expect(near.Google).toEqual(['Google Cloud']);
    expect(near['Martin Robinson']).toEqual(['Martin']);
  });
});

describe('gold files', () => {
  it('parse, and give every name, alias and version to one entity only', async () => {
    const corpora = await listCorpora();
    expect(corpora.length).toBeGreaterThanOrEqual(5);
    for (const c of corpora) {
      const file = path.join(HELDOUT_DIR, c, 'gold.json');
      const g = parseGold(JSON.parse(await fs.readFile(file, 'utf8')), file);
      expect(g.entities.length).toBeGreaterThanOrEqual(25);
      // goldKeys throws on a key shared by two entities; matching an empty prediction runs it.
      expect(matchEntities(g, []).found).toBe(0);
      const required = new Set(g.entities.flatMap((e) => [e.name, ...e.aliases, ...(e.versions ?? [])].map(normName)));
      expect(g.non_entities.map(normName).filter((n) => required.has(n))).toEqual([]);
    }
  });
});

/**
 * Floors per corpus: recall, precision and type accuracy must not fall below these, and duplicates
 * must not rise above `maxDuplicates`. Raise them when extraction improves (`npx tsx test/eval/score.ts`).
 */
const FLOORS: Record<string, { recall: number; precision: number; typeAccuracy: number; maxDuplicates: number }> = {
  'ai-labs-weekly': { recall: 0.88, precision: 0.88, typeAccuracy: 0.85, maxDuplicates: 7 },
  adwords: { recall: 0.91, precision: 0.87, typeAccuracy: 0.97, maxDuplicates: 1 },
  handwritten: { recall: 0.92, precision: 0.96, typeAccuracy: 0.93, maxDuplicates: 1 },
  'handwritten-2': { recall: 0.9, precision: 0.91, typeAccuracy: 0.93, maxDuplicates: 1 },
  intertwingly: { recall: 0.8, precision: 0.89, typeAccuracy: 0.94, maxDuplicates: 1 },
  'testing-blog': { recall: 0.97, precision: 0.9, typeAccuracy: 0.97, maxDuplicates: 1 },
  'ai-newsletter': { recall: 0.86, precision: 0.89, typeAccuracy: 0.88, maxDuplicates: 4 },
  'cloud-eng': { recall: 0.83, precision: 0.86, typeAccuracy: 0.83, maxDuplicates: 1 },
  'compilers-blog': { recall: 0.76, precision: 0.9, typeAccuracy: 0.89, maxDuplicates: 1 },
  'hardware-news': { recall: 0.86, precision: 0.91, typeAccuracy: 0.88, maxDuplicates: 4 },
  'security-blog': { recall: 0.86, precision: 0.89, typeAccuracy: 0.8, maxDuplicates: 8 },
  'startup-digest': { recall: 0.88, precision: 0.93, typeAccuracy: 0.87, maxDuplicates: 3 },
  'frontend-weekly': { recall: 0.86, precision: 0.92, typeAccuracy: 0.85, maxDuplicates: 4 },
  'games-graphics': { recall: 0.88, precision: 0.87, typeAccuracy: 0.86, maxDuplicates: 4 },
  'data-platform': { recall: 0.91, precision: 0.88, typeAccuracy: 0.89, maxDuplicates: 5 },
  'mobile-consumer': { recall: 0.85, precision: 0.89, typeAccuracy: 0.84, maxDuplicates: 4 },
  'fintech-eng': { recall: 0.86, precision: 0.91, typeAccuracy: 0.82, maxDuplicates: 10 },
  'python-oss': { recall: 0.78, precision: 0.88, typeAccuracy: 0.86, maxDuplicates: 2 },
  'robotics-av': { recall: 0.87, precision: 0.84, typeAccuracy: 0.82, maxDuplicates: 7 },
  'devtools-changelog': { recall: 0.84, precision: 0.91, typeAccuracy: 0.9, maxDuplicates: 2 },
  'sre-oncall': { recall: 0.77, precision: 0.86, typeAccuracy: 0.9, maxDuplicates: 1 },
  'climate-energy': { recall: 0.87, precision: 0.87, typeAccuracy: 0.72, maxDuplicates: 8 },
  'bio-ml': { recall: 0.9, precision: 0.84, typeAccuracy: 0.68, maxDuplicates: 3 },
  'gamedev-indie': { recall: 0.84, precision: 0.9, typeAccuracy: 0.88, maxDuplicates: 4 },
  'space-industry': { recall: 0.88, precision: 0.88, typeAccuracy: 0.73, maxDuplicates: 9 },
  'db-internals': { recall: 0.84, precision: 0.85, typeAccuracy: 0.89, maxDuplicates: 3 },
  'health-it': { recall: 0.85, precision: 0.83, typeAccuracy: 0.72, maxDuplicates: 13 },
  'crypto-infra': { recall: 0.83, precision: 0.87, typeAccuracy: 0.79, maxDuplicates: 5 },
  'quantum-computing': { recall: 0.85, precision: 0.87, typeAccuracy: 0.79, maxDuplicates: 13 },
  'commerce-eng': { recall: 0.86, precision: 0.87, typeAccuracy: 0.86, maxDuplicates: 3 },
  edtech: { recall: 0.9, precision: 0.92, typeAccuracy: 0.81, maxDuplicates: 9 },
  'audio-tech': { recall: 0.87, precision: 0.92, typeAccuracy: 0.85, maxDuplicates: 9 },
  'media-streaming': { recall: 0.9, precision: 0.89, typeAccuracy: 0.82, maxDuplicates: 14 },
  'legal-tech': { recall: 0.96, precision: 0.84, typeAccuracy: 0.86, maxDuplicates: 16 },
  govtech: { recall: 0.86, precision: 0.86, typeAccuracy: 0.89, maxDuplicates: 6 },
  'logistics-tech': { recall: 0.88, precision: 0.85, typeAccuracy: 0.78, maxDuplicates: 8 },
  agritech: { recall: 0.86, precision: 0.81, typeAccuracy: 0.83, maxDuplicates: 10 },
  'telecom-networks': { recall: 0.87, precision: 0.84, typeAccuracy: 0.78, maxDuplicates: 11 },
  insurtech: { recall: 0.87, precision: 0.85, typeAccuracy: 0.82, maxDuplicates: 13 },
  'automotive-software': { recall: 0.86, precision: 0.82, typeAccuracy: 0.79, maxDuplicates: 13 },
  proptech: { recall: 0.89, precision: 0.87, typeAccuracy: 0.74, maxDuplicates: 19 },
  'sports-analytics': { recall: 0.91, precision: 0.9, typeAccuracy: 0.76, maxDuplicates: 14 },
  'travel-tech': { recall: 0.89, precision: 0.89, typeAccuracy: 0.84, maxDuplicates: 8 },
  'hr-tech': { recall: 0.9, precision: 0.86, typeAccuracy: 0.9, maxDuplicates: 14 },
};

describe('extraction on held-out feeds', () => {
  const scores = new Map<string, CorpusScore>();

  beforeAll(async () => {
    const names = await listCorpora();
    for (const run of await scoreCorpora(names)) scores.set(run.score.corpus, run.score);
  }, 180_000);

  it('has a floor for every corpus', () => {
    expect([...scores.keys()].sort()).toEqual(Object.keys(FLOORS).sort());
  });

  for (const [corpus, floor] of Object.entries(FLOORS)) {
    it(`${corpus}: recall, precision, type accuracy and duplicates stay within their floors`, () => {
      const s = scores.get(corpus);
      expect(s, `no score for ${corpus}`).toBeDefined();
      const why = formatDetails(s!);
      expect(s!.recall, why).toBeGreaterThanOrEqual(floor.recall);
      expect(s!.precision, why).toBeGreaterThanOrEqual(floor.precision);
      expect(s!.typeAccuracy, why).toBeGreaterThanOrEqual(floor.typeAccuracy);
      expect(s!.duplicates.length, why).toBeLessThanOrEqual(floor.maxDuplicates);
    });
  }
});
