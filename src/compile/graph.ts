// The vault as a graph (graphology): entity, topic and post nodes; mention, co-occurrence,
// category and link edges. PageRank over it orders the index; its export is wiki/graph.json.
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { VaultModel } from './model.js';
import type { Cooccurrence } from './relations.js';
import { byString } from './text.js';

export type NodeKind = 'entity' | 'topic' | 'source';
/**
 * `category`: a post filed under a topic; a post both filed under and mentioning an entity has one `mention`
 * edge with `category: true`. `author`: a post to the person page of its author (a `mention` edge with
 * `author: true` when the post also names them).
 */
export type EdgeKind = 'mention' | 'cooccurrence' | 'category' | 'link' | 'author';

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
    const authors = new Set(p.byline.flatMap((b) => (b.person ? [b.person] : [])));
    for (const [n, count] of p.mentions) {
      const attrs: Record<string, unknown> = filed.has(n) ? { kind: 'mention', weight: count + 1, category: true } : { kind: 'mention', weight: count };
      if (authors.has(n)) attrs.author = true;
      edges.push({ key: `mention:${p.name}->${n.name}`, source: p.name, target: n.name, undirected: false, attrs });
    }
    // One edge between a post and a page: an author it names or is filed under marks that edge instead.
    for (const a of authors) {
      if (p.mentions.has(a) || filed.has(a)) continue;
      edges.push({ key: `author:${p.name}->${a.name}`, source: p.name, target: a.name, undirected: false, attrs: { kind: 'author', weight: 1 } });
    }
    for (const t of p.topics) {
      if (p.mentions.has(t)) continue;
      const attrs: Record<string, unknown> = { kind: 'category', weight: 1 };
      if (authors.has(t)) attrs.author = true;
      edges.push({ key: `category:${p.name}->${t.name}`, source: p.name, target: t.name, undirected: false, attrs });
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

/**
 * Attributes as JSON with keys sorted and numbers rounded: the same graph gives the same bytes. Written
 * out directly (what JSON.stringify gives for the sorted object), since graph.json has a line per edge.
 */
function canonicalJson(attrs: Record<string, unknown>): string {
  const keys = Object.keys(attrs);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] < keys[i];
  if (!sorted) keys.sort();
  let out = '';
  for (const k of keys) {
    const v = attrs[k];
    const json = JSON.stringify(typeof v === 'number' ? round(v) : v);
    // JSON.stringify leaves out what JSON cannot hold (undefined, functions).
    if (json === undefined) continue;
    out += `${out ? ',' : ''}${JSON.stringify(k)}:${json}`;
  }
  return `{${out}}`;
}

/**
 * The graph in graphology's serialised form (`export()`), written straight from the graph: nodes
 * and edges sorted by key, one per line, keys in order.
 */
export function graphJson(graph: Graph): string {
  return [...graphJsonChunks(graph)].join('');
}

/**
 * graph.json in pieces of about `size` characters, each line made only when its turn comes: only the
 * sorted keys are held, never the whole text (26 MB at 2,000 posts) or a list of its lines.
 */
export function* graphJsonChunks(graph: Graph, size = 1 << 20): Generator<string> {
  let buf = `{"attributes":${canonicalJson(graph.getAttributes())},\n"edges":`;
  function* lines(keys: string[], line: (key: string) => string): Generator<string> {
    if (keys.length === 0) {
      buf += '[]';
      return;
    }
    keys.sort(byString);
    buf += '[\n';
    for (let i = 0; i < keys.length; i++) {
      buf += (i > 0 ? ',\n' : '') + line(keys[i]);
      if (buf.length >= size) {
        yield buf;
        buf = '';
      }
    }
    buf += '\n]';
  }
  yield* lines(graph.edges(), (key) => {
    const undirected = graph.isUndirected(key);
    const ends = `"key":${JSON.stringify(key)},"source":${JSON.stringify(graph.source(key))},"target":${JSON.stringify(graph.target(key))}`;
    return `{"attributes":${canonicalJson(graph.getEdgeAttributes(key))},${ends}${undirected ? ',"undirected":true' : ''}}`;
  });
  buf += ',\n"nodes":';
  yield* lines(graph.nodes(), (key) => `{"attributes":${canonicalJson(graph.getNodeAttributes(key))},"key":${JSON.stringify(key)}}`);
  const options = { allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type };
  yield `${buf},\n"options":${JSON.stringify(options)}}\n`;
}
