// Releases of one product fold into one page; models, standards documents and pinned names do not.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.js';
import { versionStem } from '../../../src/compile/extract/versions.js';
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
