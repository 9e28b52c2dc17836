import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { XMLValidator } from 'fast-xml-parser';
import { spawn } from 'node:child_process';
import { exportGraph, graphCommand } from '../../src/context/graph-command.js';
import { writeGraphml } from '../../src/context/graphml.js';
import { WikicError } from '../../src/errors.js';
import { captureStdout, copyDir, FIXTURE_VAULT, tempDir } from './helpers.js';

async function fixtureGraph(dir = FIXTURE_VAULT): Promise<{ nodes: unknown[]; edges: unknown[] }> {
  return JSON.parse(await fs.readFile(path.join(dir, 'graph.json'), 'utf8'));
}

describe('wikic graph', () => {
  it('prints graph.json as it is for --format json', async () => {
    const { code, out } = await captureStdout(() => graphCommand({ wiki: FIXTURE_VAULT, format: 'json' }));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(await fixtureGraph());
  });

  it('writes well-formed GEXF with every node and edge', async () => {
    const text = await exportGraph(FIXTURE_VAULT, 'gexf');
    expect(XMLValidator.validate(text)).toBe(true);
    const data = await fixtureGraph();
    expect(text.match(/<node /g)?.length).toBe(data.nodes.length);
    const back = gexf.parse(Graph, text, { allowUndeclaredAttributes: true });
    expect(back.order).toBe(data.nodes.length);
    expect(back.size).toBe(data.edges.length);
    expect(back.getNodeAttribute('ReDeEP', 'type')).toBe('paper');
  });

  it('writes well-formed GraphML that graphology reads back', async () => {
    const text = await exportGraph(FIXTURE_VAULT, 'graphml');
    expect(XMLValidator.validate(text)).toBe(true);
    const data = await fixtureGraph();
    expect(text.match(/<node /g)?.length).toBe(data.nodes.length);
    const back = graphml.parse(Graph, text);
    expect(back.order).toBe(data.nodes.length);
    expect(back.size).toBe(data.edges.length);
    expect(back.getNodeAttribute('Sierra', 'pagerank')).toBe(0.06);
    expect(back.getNodeAttribute('Sierra', 'label')).toBe('Sierra');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('A & B <"x">', { label: "it's <b>bold</b>\u0001", aliases: ['a', 'b'], score: 1.5, count: 3, big: 2 ** 40, ok: true });
    g.addNode('C', { count: 2.5 });
    g.addEdgeWithKey('e&1', 'A & B <"x">', 'C', { weight: 2 });
    const text = writeGraphml(g);
    expect(XMLValidator.validate(text)).toBe(true);
    const back = graphml.parse(Graph, text);
    expect(back.type).toBe('undirected');
    expect(back.getNodeAttribute('A & B <"x">', 'label')).toBe("it's <b>bold</b>");
    expect(back.getNodeAttribute('A & B <"x">', 'aliases')).toBe('["a","b"]');
    expect(back.getNodeAttribute('A & B <"x">', 'big')).toBe(2 ** 40);
    expect(back.getNodeAttribute('A & B <"x">', 'ok')).toBe(true);
    // An attribute that is an integer on one node and fractional on another is a double.
    expect(text).toContain('attr.name="count" attr.type="double"');
    expect(back.getEdgeAttribute('e&1', 'weight')).toBe(2);
  });

  it('writes --out atomically and gives the same bytes each time', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'nested', 'graph.graphml');
    expect(await graphCommand({ wiki: FIXTURE_VAULT, format: 'graphml', out })).toBe(0);
    const first = await fs.readFile(out, 'utf8');
    await graphCommand({ wiki: FIXTURE_VAULT, format: 'graphml', out });
    expect(await fs.readFile(out, 'utf8')).toBe(first);
    expect((await fs.readdir(path.dirname(out))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a missing wiki, a missing graph and a broken graph as user errors', async () => {
    await expect(exportGraph(path.join(FIXTURE_VAULT, 'nope'), 'json')).rejects.toBeInstanceOf(WikicError);
    const dir = await tempDir();
    await expect(exportGraph(dir, 'gexf')).rejects.toThrow(/graph\.json: no graph file/);
    const broken = await tempDir();
    await copyDir(FIXTURE_VAULT, broken);
    await fs.writeFile(path.join(broken, 'graph.json'), '{"nodes": [');
    await expect(exportGraph(broken, 'graphml')).rejects.toThrow(/graph\.json: not valid JSON/);
  });

  it('exits quietly when the reader of stdout goes away', async () => {
    // Far more than a pipe buffer, so the write is still going when the reader leaves.
    const dir = await tempDir();
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ key: `node ${i}`, attributes: { label: `Node number ${i}`, type: 'product' } }));
    await fs.writeFile(path.join(dir, 'graph.json'), JSON.stringify({ attributes: {}, options: { type: 'mixed', multi: true, allowSelfLoops: false }, nodes, edges: [] }));
    const child = spawn(process.execPath, ['bin/wikic.js', 'graph', '--wiki', dir, '--format', 'gexf'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
