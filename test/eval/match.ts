// Pure matching of predicted entities against a hand-annotated gold list. No I/O, so the
// rules that decide every figure of the held-out evaluation can be unit-tested on their own.
import type { EntityType } from '../../src/types.js';

export interface GoldEntity {
  name: string;
  type: Exclude<EntityType, 'topic'>;
  aliases: string[];
  /** Versioned names (`Go 1.22`) that count as finding this entity, and may have their own page without being a duplicate. */
  versions?: string[];
  /** Other types that are also right for this thing (a book may be a product or a paper). */
  alt_types?: EntityType[];
  /** No type in the schema fits (a CVE id); any type counts as right. */
  any_type?: boolean;
}

export interface Gold {
  corpus: string;
  description?: string;
  entities: GoldEntity[];
  /** Real named things not required, whose pages do not count against precision. */
  acceptable: string[];
  /** Tempting strings that must not become pages; documentation and a flag on false positives. */
  non_entities: string[];
}

/** The part of `Entity` the scorer looks at. */
export interface Predicted {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface Duplicate {
  gold: string;
  predicted: string[];
}
export interface WrongType {
  gold: string;
  predicted: string;
  expected: string;
  got: EntityType;
}
export interface FalsePositive {
  name: string;
  type: EntityType;
  /** Listed in the gold file's `non_entities`. */
  listed: boolean;
}
export interface Miss {
  name: string;
  type: string;
  /** Predicted names that contain this name or are contained in it (a hint at why it was missed). */
  near: string[];
}
export interface Conflation {
  predicted: string;
  gold: string[];
}

export interface Verdict {
  name: string;
  type: EntityType;
  /** gold: matches a gold entity; acceptable; false-positive; topic: an unmatched topic page (not scored). */
  verdict: 'gold' | 'acceptable' | 'false-positive' | 'topic';
  gold?: string;
  typeOk?: boolean;
}

export interface MatchResult {
  corpus: string;
  gold: number;
  /** Predicted entities other than topics. */
  predicted: number;
  /** Predicted topic pages (from categories); only counted when they name a gold entity. */
  topics: number;
  found: number;
  /** Predicted non-topic entities that are gold or acceptable. */
  good: number;
  typed: number;
  typedRight: number;
  recall: number;
  precision: number;
  typeAccuracy: number;
  misses: Miss[];
  falsePositives: FalsePositive[];
  wrongTypes: WrongType[];
  duplicates: Duplicate[];
  /** One predicted entity whose names cover two gold entities (over-merging). */
  conflations: Conflation[];
  /** One line per predicted entity, in input order. */
  verdicts: Verdict[];
  /** Per gold type: how many gold entities, how many found, how many found with a right type on every page. */
  byType: Record<string, { gold: number; found: number; typedRight: number }>;
}

/**
 * Case-folded comparison key: typographic quotes straightened, markdown escapes and a leading `@`
 * dropped, whitespace collapsed, a colon read as ` - `, trailing punctuation dropped, possessive `'s`
 * and a leading `the` folded.
 */
export function normName(s: string): string {
  let t = s.normalize('NFKC').replace(/[\u2018\u2019\u02bc\u0060]/g, "'").replace(/[\u201c\u201d]/g, '"');
  t = t.replace(/\\([\\_*[\]()#+\-.!`])/g, '$1');
  t = t.trim().replace(/^@/, '').replace(/\s+/g, ' ');
  // A colon cannot appear in a file name, so page titles may write `ZeRO: Memory` as `ZeRO - Memory`.
  t = t.replace(/\s*:\s*|\s+-\s*|\s*-\s+/g, ' - ');
  t = t.replace(/[.,;:!?]+$/, '');
  t = t.replace(/'s$/i, '').replace(/(?<=s)'$/i, '');
  // `The Deal Sheet` and `Deal Sheet` name one newsletter; a page title may drop the article.
  return t.toLowerCase().replace(/^the (?=\S)/, '');
}

interface GoldKey {
  index: number;
  /** '' for the name and aliases; the normalised version string otherwise. */
  version: string;
}

function goldKeys(gold: Gold): Map<string, GoldKey> {
  const keys = new Map<string, GoldKey>();
  const add = (k: string, v: GoldKey, what: string) => {
    const prev = keys.get(k);
    if (prev && prev.index !== v.index) {
      throw new Error(`${gold.corpus}: gold key "${what}" belongs to both "${gold.entities[prev.index].name}" and "${gold.entities[v.index].name}"`);
    }
    keys.set(k, v);
  };
  gold.entities.forEach((g, index) => {
    for (const n of [g.name, ...g.aliases]) add(normName(n), { index, version: '' }, n);
    for (const v of g.versions ?? []) add(normName(v), { index, version: normName(v) }, v);
  });
  return keys;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function typeOk(g: GoldEntity, t: EntityType): boolean {
  return g.any_type === true || g.type === t || (g.alt_types ?? []).includes(t);
}

/** Scores one corpus: each predicted entity is matched by its name first, then by its aliases. */
export function matchEntities(gold: Gold, predicted: Predicted[]): MatchResult {
  const keys = goldKeys(gold);
  const acceptable = new Set(gold.acceptable.map(normName));
  const listed = new Set(gold.non_entities.map(normName));

  const groups = new Map<string, string[]>(); // goldIndex|version -> predicted names
  const foundBy = new Map<number, string[]>();
  const falsePositives: FalsePositive[] = [];
  const wrongTypes: WrongType[] = [];
  const conflations: Conflation[] = [];
  const verdicts: Verdict[] = [];
  let nonTopic = 0;
  let topics = 0;
  let good = 0;
  let typed = 0;
  let typedRight = 0;

  for (const p of predicted) {
    const isTopic = p.type === 'topic';
    if (isTopic) topics++;
    else nonTopic++;
    const names = [p.name, ...p.aliases].map(normName);
    const hits = names.map((n) => keys.get(n)).filter((k): k is GoldKey => k !== undefined);
    if (hits.length === 0) {
      if (isTopic) {
        verdicts.push({ name: p.name, type: p.type, verdict: 'topic' });
      } else if (names.some((n) => acceptable.has(n))) {
        good++;
        verdicts.push({ name: p.name, type: p.type, verdict: 'acceptable' });
      } else {
        falsePositives.push({ name: p.name, type: p.type, listed: names.some((n) => listed.has(n)) });
        verdicts.push({ name: p.name, type: p.type, verdict: 'false-positive' });
      }
      continue;
    }
    const primary = hits[0];
    const distinct = [...new Set(hits.map((h) => h.index))];
    if (distinct.length > 1) {
      conflations.push({ predicted: p.name, gold: distinct.map((i) => gold.entities[i].name).sort(byName) });
    }
    if (!isTopic) good++;
    const g = gold.entities[primary.index];
    foundBy.set(primary.index, [...(foundBy.get(primary.index) ?? []), p.name]);
    const group = `${primary.index}|${primary.version}`;
    groups.set(group, [...(groups.get(group) ?? []), p.name]);
    typed++;
    verdicts.push({ name: p.name, type: p.type, verdict: 'gold', gold: g.name, typeOk: typeOk(g, p.type) });
    if (typeOk(g, p.type)) typedRight++;
    else wrongTypes.push({ gold: g.name, predicted: p.name, expected: [g.type, ...(g.alt_types ?? [])].join('|'), got: p.type });
  }

  const duplicates: Duplicate[] = [];
  for (const [group, names] of groups) {
    if (names.length > 1) duplicates.push({ gold: gold.entities[Number(group.split('|')[0])].name, predicted: [...names].sort(byName) });
  }

  const predictedNames = predicted.map((p) => ({ name: p.name, key: normName(p.name) }));
  const misses: Miss[] = [];
  gold.entities.forEach((g, i) => {
    if (foundBy.has(i)) return;
    const gk = [g.name, ...g.aliases].map(normName);
    const near = predictedNames
      .filter(({ key }) => gk.some((k) => (key.length > 1 && k.includes(key)) || key.includes(k)))
      .map(({ name }) => name);
    misses.push({ name: g.name, type: g.type, near: [...new Set(near)].sort(byName) });
  });

  const byType: MatchResult['byType'] = {};
  const typeOkByGold = new Map<number, boolean>();
  for (const v of verdicts) {
    if (v.verdict !== 'gold') continue;
    const i = gold.entities.findIndex((g) => g.name === v.gold);
    typeOkByGold.set(i, (typeOkByGold.get(i) ?? true) && v.typeOk === true);
  }
  gold.entities.forEach((g, i) => {
    const t = (byType[g.type] ??= { gold: 0, found: 0, typedRight: 0 });
    t.gold++;
    if (foundBy.has(i)) t.found++;
    if (typeOkByGold.get(i)) t.typedRight++;
  });

  const found = foundBy.size;
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    corpus: gold.corpus,
    gold: gold.entities.length,
    predicted: nonTopic,
    topics,
    found,
    good,
    typed,
    typedRight,
    recall: ratio(found, gold.entities.length),
    precision: ratio(good, nonTopic),
    typeAccuracy: ratio(typedRight, typed),
    misses: misses.sort((a, b) => byName(a.name, b.name)),
    falsePositives: falsePositives.sort((a, b) => byName(a.name, b.name)),
    wrongTypes: wrongTypes.sort((a, b) => byName(a.gold, b.gold) || byName(a.predicted, b.predicted)),
    duplicates: duplicates.sort((a, b) => byName(a.gold, b.gold)),
    conflations: conflations.sort((a, b) => byName(a.predicted, b.predicted)),
    verdicts,
    byType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => byName(a, b))),
  };
}

/** Checks a parsed gold file's shape; throws naming the file and the first problem. */
export function parseGold(raw: unknown, file: string): Gold {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (typeof raw !== 'object' || raw === null) fail('not an object');
  const g = raw as Record<string, unknown>;
  if (typeof g.corpus !== 'string') fail('"corpus" must be a string');
  if (!Array.isArray(g.entities)) fail('"entities" must be a list');
  const types = ['company', 'organization', 'person', 'product', 'model', 'protocol', 'paper', 'benchmark', 'event'];
  (g.entities as unknown[]).forEach((e, i) => {
    const x = e as Record<string, unknown>;
    if (typeof x.name !== 'string' || !x.name) fail(`entities[${i}].name must be a non-empty string`);
    if (!types.includes(x.type as string)) fail(`entities[${i}] (${String(x.name)}): type "${String(x.type)}" is not one of ${types.join(', ')}`);
    if (!Array.isArray(x.aliases)) fail(`entities[${i}] (${String(x.name)}): "aliases" must be a list`);
  });
  for (const k of ['acceptable', 'non_entities']) {
    const v = g[k] ?? [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(`"${k}" must be a list of strings`);
  }
  return {
    corpus: g.corpus as string,
    description: g.description as string | undefined,
    entities: g.entities as GoldEntity[],
    acceptable: (g.acceptable as string[]) ?? [],
    non_entities: (g.non_entities as string[]) ?? [],
  };
}
