// Releases of one product fold into one page; models, standards documents and pinned names do not.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.js';
import { foldAll, foldInto, versionStem } from '../../../src/compile/extract/versions.js';
import type { Entity, Mention } from '../../../src/types.js';
import { entitiesOf, find } from './helpers.js';

describe('versionStem', () => {
  it('cuts a trailing release number, never a size, a year or a series number', () => {
    expect(versionStem('PostgreSQL 16')).toBe('PostgreSQL');
    expect(versionStem('A2A v1.0')).toBe('A2A');
    expect(versionStem('Kafka 3.6')).toBe('Kafka');
    expect(versionStem('Llama 3.1 405B')).toBeUndefined();
    expect(versionStem('PEP 517')).toBeUndefined();
    expect(versionStem('RFC 9110')).toBeUndefined();
    expect(versionStem('Chrome')).toBeUndefined();
    expect(versionStem('WWDC 2024')).toBeUndefined();
  });
});

describe('foldVersions', () => {
  it('folds releases into the product named without a version', () => {
    const es = entitiesOf([
      'We run PostgreSQL for billing, and PostgreSQL keeps up. Last month we moved from PostgreSQL 13 to PostgreSQL 16.',
      'PostgreSQL 16 made logical replication faster. The Chrome 126 release and Chrome 129 changed the view transitions; Chrome now ships them.',
    ]);
    const pg = find(es, 'PostgreSQL');
    expect(pg?.name).toBe('PostgreSQL');
    expect(pg?.aliases).toEqual(expect.arrayContaining(['PostgreSQL 13', 'PostgreSQL 16']));
    expect(find(es, 'PostgreSQL 16')).toBe(pg);
    expect(pg?.mentions.map((m) => m.docId)).toEqual([...(pg?.mentions.map((m) => m.docId) ?? [])].sort());
    expect(find(es, 'Chrome 126')).toBe(find(es, 'Chrome'));
  });

  it('names a family of releases by their stem when no post writes it alone', () => {
    const es = entitiesOf(['We upgraded from Redpanda 23.1 to Redpanda 23.3 in May, and Redpanda 23.3 cut our p99 in half.']);
    expect(find(es, 'Redpanda 23.3')?.name).toBe('Redpanda');
  });

  it('leaves models, numbered standards and names the author pinned apart', () => {
    const models = entitiesOf(['Llama 3.1 and Llama 2 are open-weights models; we fine-tuned Llama 3.1 on 8B parameters and Llama 2 on less.']);
    expect(find(models, 'Llama 3.1')).not.toBe(find(models, 'Llama 2'));
    const peps = entitiesOf(['PEP 517 defined build backends, and PEP 621 put metadata in pyproject.toml. PEP 517 came first.']);
    expect(find(peps, 'PEP 517')).not.toBe(find(peps, 'PEP 621'));
    const config = defaultConfig('/tmp');
    config.entities.types = { 'Chrome 126': 'product' };
    const pinned = entitiesOf(['Chrome 126 shipped it. Chrome now ships it everywhere, and Chrome is fast.'], config);
    expect(find(pinned, 'Chrome 126')).not.toBe(find(pinned, 'Chrome'));
  });
});

describe('foldInto', () => {
  it('orders the mentions as sorting both lists together would, ties keeping the first entity\'s first', () => {
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const order = (a: Mention, b: Mention): number =>
      (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) || a.sentence - b.sentence || (a.offset ?? 0) - (b.offset ?? 0);
    const mention = (tag: string): Mention => ({ docId: `post-${rand(4)}`, surface: tag, sentence: rand(5), signal: 'propn-run', offset: rand(3) });
    const entity = (name: string, n: number, sorted: boolean): Entity => {
      const mentions = Array.from({ length: n }, (_, i) => mention(`${name}${i}`));
      return { name, type: 'product', aliases: [], mentions: sorted ? mentions.sort(order) : mentions, facts: [] };
    };
    for (let round = 0; round < 50; round++) {
      const a = entity('A', rand(30), round % 5 !== 0);
      const b = entity('B', rand(30), round % 7 !== 0);
      const expected = [...a.mentions, ...b.mentions].sort(order).map((m) => m.surface);
      foldInto(a, b);
      expect(a.mentions.map((m) => m.surface)).toEqual(expected);
    }
  });
});

/** Folding one entity into another the plain way, one after another: what foldAll must agree with. */
function foldOneByOne(into: Entity, others: Entity[]): void {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  for (const other of others) {
    into.mentions = [...into.mentions, ...other.mentions].sort((a, b) => cmp(a.docId, b.docId) || a.sentence - b.sentence || (a.offset ?? 0) - (b.offset ?? 0));
    const names = new Map<string, string>();
    for (const n of [...into.aliases, other.name, ...other.aliases]) {
      if (n.toLowerCase() !== into.name.toLowerCase() && !names.has(n.toLowerCase())) names.set(n.toLowerCase(), n);
    }
    into.aliases = [...names.values()].sort(cmp);
    const seen = new Set(into.facts.map((f) => `${f.docId}\u0000${f.text}`));
    into.facts = [...into.facts, ...other.facts.filter((f) => !seen.has(`${f.docId}\u0000${f.text}`))].sort((a, b) => cmp(a.date ?? '', b.date ?? '') || cmp(a.docId, b.docId));
    into.lead ??= other.lead;
    into.url ??= other.url;
    if (other.firstSeen && (!into.firstSeen || other.firstSeen < into.firstSeen)) into.firstSeen = other.firstSeen;
    if (other.lastSeen && (!into.lastSeen || other.lastSeen > into.lastSeen)) into.lastSeen = other.lastSeen;
  }
}

describe('foldAll', () => {
  it('gives what folding the entities in one at a time gives: mentions, names, facts, lead, URL and dates', () => {
    let seed = 11;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pick = <T>(xs: T[]): T => xs[rand(xs.length)];
    const spellings = ['Kafka 3', 'kafka 3', 'KAFKA 3', 'Kafka 4', 'Kafka', 'kafka', 'Kafka Streams', 'kafka streams'];
    const entity = (i: number): Entity => {
      const mentions: Mention[] = Array.from({ length: rand(12) }, (_, k) => ({ docId: `post-${rand(4)}`, surface: `e${i}m${k}`, sentence: rand(6), signal: 'propn-run', offset: rand(3) }));
      mentions.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) || a.sentence - b.sentence || (a.offset ?? 0) - (b.offset ?? 0));
      // Facts repeat within an entity and across entities, and some share a date.
      const facts = Array.from({ length: rand(5) }, () => ({ docId: `post-${rand(3)}`, text: `fact ${rand(4)}`, date: pick(['2024-01-01', '2024-02-01', undefined]) }));
      const e: Entity = { name: pick(spellings), type: 'product', aliases: Array.from({ length: rand(3) }, () => pick(spellings)), mentions, facts };
      if (rand(3) === 0) e.url = `https://example.com/${i}`;
      if (rand(3) === 0) e.lead = { docId: `post-${rand(4)}`, text: `lead ${i}` };
      if (rand(2) === 0) [e.firstSeen, e.lastSeen] = [`2024-0${1 + rand(4)}-01`, `2024-0${5 + rand(4)}-01`];
      return e;
    };
    for (let round = 0; round < 60; round++) {
      const list = Array.from({ length: 2 + rand(6) }, (_, i) => entity(round * 10 + i));
      const one = structuredClone(list);
      const all = structuredClone(list);
      foldOneByOne(one[0], one.slice(1));
      foldAll(all[0], all.slice(1));
      expect(all[0]).toEqual(one[0]);
    }
  });
});

