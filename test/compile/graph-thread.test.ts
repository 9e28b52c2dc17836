// The graph on a second thread: the ranks and graph.json it makes are the ones this thread would
// make, graph.json is put in place only when the compile commits it (an unchanged one is left alone), and a
// thread that fails leaves the work to this one.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphFromData, graphJson, rankGraph, type GraphData } from '../../src/compile/graph.js';
import { graphOnThread } from '../../src/compile/graph-thread.js';
import { sha256 } from '../../src/compile/hash.js';
import { tempDir } from './helpers.js';

/** A small vault graph: posts mention entities, one post links another, two entities co-occur. */
function sample(): GraphData {
  const nodes: GraphData['nodes'] = [
    ['Acme', { kind: 'entity', label: 'Acme', type: 'company', path: 'companies/Acme.md', mentions: 3, posts: 2 }],
    ['Post A', { kind: 'source', label: 'Post A', type: 'source', path: 'sources/Post A.md', date: '2024-01-01' }],
    ['Post B', { kind: 'source', label: 'Post B', type: 'source', path: 'sources/Post B.md', date: '2024-02-01' }],
    ['Widget', { kind: 'entity', label: 'Widget', type: 'product', path: 'products/Widget.md', mentions: 1, posts: 1 }],
  ];
  // mention A->Acme, mention B->Acme (filed under it), link B->A, mention B->Widget, co-occurrence Acme--Widget.
  return {
    nodes,
    source: Int32Array.from([1, 2, 2, 2, 0]),
    target: Int32Array.from([0, 0, 1, 3, 3]),
    kind: Uint8Array.from([0, 0, 3, 0, 4]),
    flags: Uint8Array.from([0, 1, 0, 0, 0]),
    weight: Float64Array.from([2, 2, 1, 1, 1]),
  };
}

describe('the graph on a second thread', () => {
  it('ranks and writes what this thread would, and leaves an unchanged graph.json alone', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'graph.json');
    const here = graphFromData(sample());
    const ranks = rankGraph(here);
    const text = graphJson(here);
    expect(text).toContain('"key":"mention:Post B->Acme"');
    expect(text).toContain('"category":true');
    expect(text).toContain('"key":"cooccurrence:Acme--Widget"');

    const thread = graphOnThread({ data: sample(), file, force: false });
    const made = await thread.result;
    expect(made).toBeDefined();
    expect([...made!.ranks]).toEqual(sample().nodes.map(([key]) => ranks.get(key)));
    expect(new Set(made!.ranks).size).toBeGreaterThan(1);
    expect(made!.written).toBe(true);
    expect(made!.hash).toBe(sha256(text));
    // Not in place until the compile says so.
    expect(existsSync(file)).toBe(false);
    expect(await thread.finish(true)).toBe(true);
    expect(await fs.readFile(file, 'utf8')).toBe(text);

    const { mtimeMs } = await fs.stat(file);
    const again = graphOnThread({ data: sample(), file, recorded: made!.hash, force: false });
    expect(await again.result).toMatchObject({ hash: made!.hash, written: false });
    expect(await again.finish(true)).toBe(true);
    expect((await fs.stat(file)).mtimeMs).toBe(mtimeMs);

    // A compile that fails throws the new file away: the old one stays, and nothing is left beside it.
    const failed = graphOnThread({ data: sample(), file, recorded: made!.hash, force: true });
    expect(await failed.result).toMatchObject({ written: true });
    expect(await failed.finish(false)).toBe(true);
    expect((await fs.stat(file)).mtimeMs).toBe(mtimeMs);
    expect(await fs.readdir(dir)).toEqual(['graph.json']);
  }, 60_000);

  it('resolves to nothing, writing nothing, when the thread fails', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'graph.json');
    // An edge to a node the data does not hold: building the graph throws on the thread.
    const broken = { ...sample(), target: Int32Array.from([0, 0, 1, 3, 9]) };
    const thread = graphOnThread({ data: broken, file, force: false });
    expect(await thread.result).toBeUndefined();
    expect(await thread.finish(true)).toBe(false);
    expect(await fs.readdir(dir)).toEqual([]);
  }, 60_000);
});
