// The vault as a graph (graphology): entity, topic and post nodes; mention, co-occurrence,
// category and link edges. PageRank over it orders the index; its export is wiki/graph.json.
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { VaultModel } from './model.js';
import type { Cooccurrence } from './relations.js';
import { byString } from './text.js';

export type NodeKind = 'entity' | 'topic' | 'source';
/** `category`: a post filed under a topic; a post both filed under and mentioning an entity has one `mention` edge with `category: true`. */
export type EdgeKind = 'mention' | 'cooccurrence' | 'category' | 'link';

/** Node keys are page names: unique across the vault, and what `[[...]]` names. */
export function buildGraph(model: VaultModel, pairs: Cooccurrence[]): Graph {
  const graph = new Graph({ type: 'mixed', multi: false, allowSelfLoops: false });
  const nodes: Array<[string, Record<string, unknown>]> = [];
  for (const n of model.entities) {
    nodes.push([
      n.name,
      {
        label: n.name,
        kind: n.type === 'topic' ? 'topic' : 'entity',
        type: n.type,
        path: n.path,
        mentions: n.mentionCount,
        posts: new Set([...n.posts, ...n.categoryPosts]).size,
      },
    ]);
  }
  for (const p of model.posts) {
    nodes.push([p.name, { label: p.title, kind: 'source', type: 'source', path: p.path, date: p.date, url: p.url }]);
  }
  // Insertion order fixes PageRank's summation order, so sort for identical floats on every run.
  nodes.sort((a, b) => byString(a[0], b[0]));
  for (const [key, attrs] of nodes) graph.addNode(key, attrs);

  const edges: Array<{ key: string; source: string; target: string; undirected: boolean; attrs: Record<string, unknown> }> = [];
  for (const p of model.posts) {
    const filed = new Set(p.topics);
    for (const [n, count] of p.mentions) {
      const attrs = filed.has(n) ? { kind: 'mention', weight: count + 1, category: true } : { kind: 'mention', weight: count };
      edges.push({ key: `mention:${p.name}->${n.name}`, source: p.name, target: n.name, undirected: false, attrs });
    }
    for (const t of p.topics) {
      if (p.mentions.has(t)) continue;
      edges.push({ key: `category:${p.name}->${t.name}`, source: p.name, target: t.name, undirected: false, attrs: { kind: 'category', weight: 1 } });
    }
    for (const t of p.linksTo) {
      edges.push({ key: `link:${p.name}->${t.name}`, source: p.name, target: t.name, undirected: false, attrs: { kind: 'link', weight: 1 } });
    }
  }
  for (const c of pairs) {
    const [a, b] = byString(c.a.name, c.b.name) <= 0 ? [c.a.name, c.b.name] : [c.b.name, c.a.name];
    edges.push({ key: `cooccurrence:${a}--${b}`, source: a, target: b, undirected: true, attrs: { kind: 'cooccurrence', weight: c.weight } });
  }
  edges.sort((x, y) => byString(x.key, y.key));
  for (const e of edges) {
    if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, e.attrs);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attrs);
  }
  return graph;
}

const round = (x: number, digits = 6): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Weighted PageRank, rounded so that ordering never depends on the last bits of a float. */
export function rankPages(graph: Graph, model: VaultModel): void {
  let ranks: Record<string, number> = {};
  if (graph.order > 0) {
    try {
      ranks = pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-9 });
    } catch {
      // Not converging is harmless here: fall back to degree, which orders just as stably.
      graph.forEachNode((k) => (ranks[k] = graph.degree(k) / Math.max(1, graph.size)));
    }
  }
  graph.forEachNode((k) => graph.setNodeAttribute(k, 'pagerank', round(ranks[k] ?? 0)));
  for (const n of model.entities) n.pagerank = round(ranks[n.name] ?? 0);
  for (const p of model.posts) p.pagerank = round(ranks[p.name] ?? 0);
}

/** graphology's `export()` with nodes and edges sorted and numbers rounded: the same graph gives the same bytes. */
export interface GraphExport {
  attributes: Record<string, unknown>;
  options: unknown;
  nodes: Array<{ key: string; attributes?: Record<string, unknown> }>;
  edges: Array<{ key?: string; source: string; target: string; undirected?: boolean; attributes?: Record<string, unknown> }>;
}

export function exportGraph(graph: Graph): GraphExport {
  const data = graph.export();
  const clean = (attrs: Record<string, unknown> | undefined): Record<string, unknown> | undefined => {
    if (!attrs) return attrs;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(attrs).sort()) {
      const v = attrs[k];
      out[k] = typeof v === 'number' ? round(v) : v;
    }
    return out;
  };
  return {
    attributes: data.attributes ?? {},
    options: data.options,
    // Keys in sorted order, so plain JSON.stringify gives canonical bytes.
    nodes: [...data.nodes].sort((a, b) => byString(a.key, b.key)).map((n) => ({ attributes: clean(n.attributes), key: n.key })),
    edges: [...(data.edges ?? [])]
      .sort((a, b) => byString(String(a.key), String(b.key)))
      .map((e) => ({ attributes: clean(e.attributes), key: e.key, source: e.source, target: e.target, ...(e.undirected ? { undirected: true } : {}) })),
  };
}
