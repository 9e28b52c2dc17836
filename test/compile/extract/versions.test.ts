// Releases of one product fold into one page; models, standards documents and pinned names do not.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.js';
import { foldInto, versionStem } from '../../../src/compile/extract/versions.js';
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
