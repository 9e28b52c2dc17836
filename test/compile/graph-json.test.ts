// graph.json is written in pieces as it is made; the pieces must join to exactly the graph's export.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphJson, graphJsonChunks } from '../../src/compile/graph.js';

function sample(): Graph {
  const g = new Graph({ type: 'mixed', multi: false, allowSelfLoops: false });
  g.setAttribute('title', 'vault');
  for (let i = 0; i < 300; i++) g.addNode(`n${String(i).padStart(3, '0')}`, { label: `Node ${i}`, weight: i / 7, type: i % 2 ? 'product' : 'company' });
  for (let i = 0; i < 299; i++) {
    if (i % 3 === 0) g.addUndirectedEdgeWithKey(`u${i}`, `n${String(i).padStart(3, '0')}`, `n${String(i + 1).padStart(3, '0')}`, { weight: 1 / (i + 1) });
    else g.addDirectedEdgeWithKey(`d${i}`, `n${String(i + 1).padStart(3, '0')}`, `n${String(i).padStart(3, '0')}`, { kind: 'mentions' });
  }
  return g;
}

describe('graph.json', () => {
  it('joins its pieces, of any size, to one JSON export with nodes and edges sorted by key', () => {
    const g = sample();
    const whole = graphJson(g);
    for (const size of [1, 100, 4096, 1 << 20]) expect([...graphJsonChunks(g, size)].join(''), String(size)).toBe(whole);
    expect([...graphJsonChunks(g, 4096)].length).toBeGreaterThan(3);
    const data = JSON.parse(whole) as { nodes: Array<{ key: string }>; edges: Array<{ key: string; undirected?: boolean }>; options: unknown };
    expect(data.nodes.map((n) => n.key)).toEqual([...g.nodes()].sort());
    expect(data.edges.map((e) => e.key)).toEqual([...g.edges()].sort());
    expect(data.edges.filter((e) => e.undirected).length).toBe(100);
    expect(data.options).toEqual({ allowSelfLoops: false, multi: false, type: 'mixed' });
    expect(whole.split('\n').length).toBeGreaterThan(600);
  });

  it('is graphology\'s export with attribute keys sorted, numbers rounded and what JSON cannot hold left out', () => {
    const g = new Graph({ type: 'mixed', multi: false, allowSelfLoops: false });
    g.setAttribute('z', 1);
    g.setAttribute('a', 'b');
    g.addNode('b "quoted"', { zeta: 1 / 3, alpha: 'x\ny', gone: undefined, list: [1, 'two'], nested: { k: 0.1 + 0.2 } });
    g.addNode('a', {});
    g.addDirectedEdgeWithKey('e\u00e9', 'a', 'b "quoted"', { weight: 2 / 3, kind: 'mention', flag: true });
    g.addUndirectedEdgeWithKey('u', 'a', 'b "quoted"', {});
    const sortKeys = (o: Record<string, unknown>): Record<string, unknown> =>
      Object.fromEntries(Object.keys(o).sort().map((k) => [k, typeof o[k] === 'number' ? Math.round((o[k] as number) * 1e6) / 1e6 : o[k]]));
    const exported = g.export();
    const expected = {
      attributes: sortKeys(exported.attributes ?? {}),
      edges: exported.edges!.map((e) => ({ attributes: sortKeys(e.attributes ?? {}), key: e.key, source: e.source, target: e.target, ...(e.undirected ? { undirected: true } : {}) })),
      nodes: exported.nodes.map((n) => ({ attributes: sortKeys(n.attributes ?? {}), key: n.key })).sort((x, y) => (x.key < y.key ? -1 : 1)),
      options: { allowSelfLoops: false, multi: false, type: 'mixed' },
    };
    const text = graphJson(g);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(text).toContain('{"attributes":{"alpha":"x\\ny","list":[1,"two"],"nested":{"k":0.30000000000000004},"zeta":0.333333},"key":"b \\"quoted\\""}');
    expect(text).toContain('{"attributes":{"flag":true,"kind":"mention","weight":0.666667},"key":"eé","source":"a","target":"b \\"quoted\\""}');
  });

  it('has empty lists for an empty graph', () => {
    expect(JSON.parse(graphJson(new Graph()))).toMatchObject({ nodes: [], edges: [] });
  });
});

describe('writing text in pieces', () => {
  it('replaces the file only when kept, hashes what it wrote, and leaves no temp file', async () => {
    const { promises: fs } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { fileHashSync, writeChunksAtomicSync } = await import('../../src/io/atomic.js');
    const { sha256 } = await import('../../src/compile/hash.js');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-chunks-'));
    const file = path.join(dir, 'sub', 'g.json');
    expect(fileHashSync(file)).toBeUndefined();
    const first = writeChunksAtomicSync(file, ['{"a":', '"é"', '}\n'], () => true);
    expect(first).toEqual({ hash: sha256('{"a":"é"}\n'), written: true });
    expect(await fs.readFile(file, 'utf8')).toBe('{"a":"é"}\n');
    expect(fileHashSync(file)).toBe(first.hash);
    // Bytes and text may be mixed: the file is their concatenation.
    const mixed = writeChunksAtomicSync(path.join(dir, 'bytes.bin'), [Buffer.from('{"a":', 'utf8'), '"é"', Buffer.from('}\n')], () => true);
    expect(mixed.hash).toBe(first.hash);
    expect(await fs.readFile(path.join(dir, 'bytes.bin'), 'utf8')).toBe('{"a":"é"}\n');
    const skipped = writeChunksAtomicSync(file, ['other'], (h) => h !== sha256('other'));
    expect(skipped.written).toBe(false);
    expect(await fs.readFile(file, 'utf8')).toBe('{"a":"é"}\n');
    expect(await fs.readdir(path.join(dir, 'sub'))).toEqual(['g.json']);
    function* failing(): Generator<string> {
      yield 'partial';
      throw new Error('boom');
    }
    expect(() => writeChunksAtomicSync(file, failing(), () => true)).toThrow('boom');
    expect(await fs.readdir(path.join(dir, 'sub'))).toEqual(['g.json']);
    expect(await fs.readFile(file, 'utf8')).toBe('{"a":"é"}\n');
  });
});
