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

/** Edge kinds by number, for GraphData. */
const EDGE_KINDS: readonly EdgeKind[] = ['mention', 'author', 'category', 'link', 'cooccurrence'];
const KIND_NUMBER = new Map(EDGE_KINDS.map((k, i) => [k, i]));
const FLAG_CATEGORY = 1;
const FLAG_AUTHOR = 2;

/**
 * The graph as plain data, cheap to hand to another thread: nodes sorted by key, and one entry per
 * edge in typed arrays (ends by node index, kind by number, flags, weight). Edge keys and attributes
 * are made from these by `graphFromData`.
 */
export interface GraphData {
  nodes: Array<[string, Record<string, unknown>]>;
  source: Int32Array;
  target: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  weight: Float64Array;
}

/** Node keys are page names: unique across the vault, and what `[[...]]` names. */
export function graphData(model: VaultModel, pairs: Cooccurrence[]): GraphData {
  const nodes: GraphData['nodes'] = [];
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
  const index = new Map(nodes.map(([key], i) => [key, i]));

  const edges: Array<[number, number, number, number, number]> = [];
  const edge = (source: string, target: string, kind: EdgeKind, weight: number, flags = 0): void => {
    edges.push([index.get(source)!, index.get(target)!, KIND_NUMBER.get(kind)!, flags, weight]);
  };
  for (const p of model.posts) {
    const filed = new Set(p.topics);
    const authors = new Set(p.byline.flatMap((b) => (b.person ? [b.person] : [])));
    for (const [n, count] of p.mentions) {
      const flags = (filed.has(n) ? FLAG_CATEGORY : 0) | (authors.has(n) ? FLAG_AUTHOR : 0);
      edge(p.name, n.name, 'mention', filed.has(n) ? count + 1 : count, flags);
    }
    // One edge between a post and a page: an author it names or is filed under marks that edge instead.
    for (const a of authors) if (!p.mentions.has(a) && !filed.has(a)) edge(p.name, a.name, 'author', 1);
    for (const t of p.topics) if (!p.mentions.has(t)) edge(p.name, t.name, 'category', 1, authors.has(t) ? FLAG_AUTHOR : 0);
    for (const t of p.linksTo) edge(p.name, t.name, 'link', 1);
  }
  for (const c of pairs) {
    const [a, b] = byString(c.a.name, c.b.name) <= 0 ? [c.a.name, c.b.name] : [c.b.name, c.a.name];
    edge(a, b, 'cooccurrence', c.weight);
  }
  const data: GraphData = {
    nodes,
    source: new Int32Array(edges.length),
    target: new Int32Array(edges.length),
    kind: new Uint8Array(edges.length),
    flags: new Uint8Array(edges.length),
    weight: new Float64Array(edges.length),
  };
  edges.forEach(([s, t, k, f, w], i) => {
    data.source[i] = s;
    data.target[i] = t;
    data.kind[i] = k;
    data.flags[i] = f;
    data.weight[i] = w;
  });
  return data;
}

/** The graphology graph of `data`: the same on any thread, since nodes and edges go in sorted by key. */
export function graphFromData(data: GraphData): Graph {
  const graph = new Graph({ type: 'mixed', multi: false, allowSelfLoops: false });
  for (const [key, attrs] of data.nodes) graph.addNode(key, attrs);
  const name = (i: number): string => data.nodes[i][0];
  const order: Array<{ key: string; i: number }> = [];
  for (let i = 0; i < data.kind.length; i++) {
    const kind = EDGE_KINDS[data.kind[i]];
    const key = kind === 'cooccurrence' ? `cooccurrence:${name(data.source[i])}--${name(data.target[i])}` : `${kind}:${name(data.source[i])}->${name(data.target[i])}`;
    order.push({ key, i });
  }
  order.sort((x, y) => byString(x.key, y.key));
  for (const { key, i } of order) {
    const kind = EDGE_KINDS[data.kind[i]];
    const attrs: Record<string, unknown> = { kind, weight: data.weight[i] };
    if (data.flags[i] & FLAG_CATEGORY) attrs.category = true;
    if (data.flags[i] & FLAG_AUTHOR) attrs.author = true;
    if (kind === 'cooccurrence') graph.addUndirectedEdgeWithKey(key, name(data.source[i]), name(data.target[i]), attrs);
    else graph.addDirectedEdgeWithKey(key, name(data.source[i]), name(data.target[i]), attrs);
  }
  return graph;
}

export function buildGraph(model: VaultModel, pairs: Cooccurrence[]): Graph {
  return graphFromData(graphData(model, pairs));
}

const round = (x: number, digits = 6): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Weighted PageRank, rounded so that ordering never depends on the last bits of a float; set on the
 * graph's nodes (for graph.json) and returned in the graph's node order.
 */
export function rankGraph(graph: Graph): Map<string, number> {
  let ranks: Record<string, number> = {};
  if (graph.order > 0) {
    try {
      ranks = pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-9 });
    } catch {
      // Not converging is harmless here: fall back to degree, which orders just as stably.
      graph.forEachNode((k) => (ranks[k] = graph.degree(k) / Math.max(1, graph.size)));
    }
  }
  const out = new Map<string, number>();
  graph.forEachNode((k) => {
    const r = round(ranks[k] ?? 0);
    graph.setNodeAttribute(k, 'pagerank', r);
    out.set(k, r);
  });
  return out;
}

/** Gives the model's pages their ranks (a page the graph does not hold ranks 0). */
export function applyRanks(model: VaultModel, ranks: ReadonlyMap<string, number>): void {
  for (const n of model.entities) n.pagerank = ranks.get(n.name) ?? 0;
  for (const p of model.posts) p.pagerank = ranks.get(p.name) ?? 0;
}

export function rankPages(graph: Graph, model: VaultModel): void {
  applyRanks(model, rankGraph(graph));
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
