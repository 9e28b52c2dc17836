// The vault's graph (graph.json, a graphology export) as context retrieval needs it:
// which pages neighbour which, how strongly, and how central each page is.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { GRAPH_FILE } from '../wiki/schema.js';
import { WikicError } from '../errors.js';
import { nameKey } from './tokenize.js';

export interface PageGraph {
  /** PageRank of a page, scaled so the most central page has 1; 0 for pages not in the graph. */
  rank(pagePath: string): number;
  /** Neighbouring pages with the summed weight of the edges between them, sorted by path. */
  neighbours(pagePath: string): { path: string; weight: number }[];
}

export const EMPTY_GRAPH: PageGraph = { rank: () => 0, neighbours: () => [] };

/** Reads graph.json; a vault without one has an empty graph, a broken one is an error. */
export async function readGraphFile(wikiDir: string): Promise<Graph | undefined> {
  const file = path.join(wikiDir, GRAPH_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WikicError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseGraphText(text, file);
}

/** A graph from the text of graph.json; `file` names it in errors. */
export function parseGraphText(text: string, file: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new WikicError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return importGraph(data, file);
}

/** Builds a graphology graph from its JSON export, honouring the options stored with it. */
export function importGraph(data: unknown, file: string): Graph {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new WikicError(`${file}: not a graphology JSON export (no "nodes" list)`);
  }
  const options = (data as { options?: Record<string, unknown> }).options ?? {};
  try {
    const g = new Graph({
      type: (options.type as 'mixed' | 'directed' | 'undirected' | undefined) ?? 'mixed',
      multi: options.multi === true,
      allowSelfLoops: options.allowSelfLoops !== false,
    });
    g.import(data as Parameters<Graph['import']>[0]);
    return g;
  } catch (err) {
    throw new WikicError(`${file}: cannot load graph (${(err as Error).message.split('\n')[0]})`);
  }
}

function attr(a: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const n of names) if (typeof a[n] === 'string' && a[n]) return a[n] as string;
  return undefined;
}

/**
 * Ties graph nodes to vault pages. A node names its page by a `path`/`file` attribute, or its key
 * or label is the page's path, file name or title (compared case- and punctuation-insensitively).
 */
export function pageGraph(g: Graph, pages: readonly { path: string; title: string }[]): PageGraph {
  return graphOfTies(pageTies(g, pages));
}

/** What retrieval keeps of the graph: raw PageRank per page, its maximum, and summed edge weights. */
export interface PageTies {
  rank: Map<string, number>;
  max: number;
  adjacency: Map<string, Map<string, number>>;
}

export function pageTies(g: Graph, pages: readonly { path: string; title: string }[]): PageTies {
  const byKey = new Map<string, string>();
  const add = (k: string, p: string) => {
    if (k && !byKey.has(k)) byKey.set(k, p);
  };
  for (const p of pages) add(p.path, p.path);
  for (const p of pages) add(p.path.replace(/\.md$/i, ''), p.path);
  for (const p of pages) add(path.posix.basename(p.path, '.md'), p.path);
  for (const p of pages) add(`~${nameKey(path.posix.basename(p.path, '.md'))}`, p.path);
  for (const p of pages) add(`~${nameKey(p.title)}`, p.path);
  const lookup = (k: string | undefined): string | undefined => {
    if (!k) return undefined;
    return byKey.get(k) ?? byKey.get(k.replace(/\.md$/i, '')) ?? byKey.get(`~${nameKey(k.replace(/^[a-z]+:/, ''))}`);
  };
  const nodePage = new Map<string, string>();
  g.forEachNode((key, a) => {
    const p = lookup(attr(a, 'path', 'file', 'page')) ?? lookup(key) ?? lookup(attr(a, 'label', 'name', 'title'));
    if (p) nodePage.set(key, p);
  });

  // Stored PageRank when compile wrote one on every node; otherwise computed here over edge weights.
  let scores: Record<string, number> = {};
  const stored = g.order > 0 && g.everyNode((_k, a) => typeof a.pagerank === 'number');
  if (stored) g.forEachNode((k, a) => (scores[k] = a.pagerank as number));
  else if (g.order > 0) {
    try {
      scores = pagerank(g, { getEdgeWeight: (_e, a) => (typeof a.weight === 'number' && a.weight > 0 ? a.weight : 1) });
    } catch {
      // PageRank that fails to converge leaves every page equally central.
      scores = {};
    }
  }
  const rankOf = new Map<string, number>();
  let max = 0;
  for (const [k, v] of Object.entries(scores)) {
    const p = nodePage.get(k);
    if (!p || !Number.isFinite(v)) continue;
    rankOf.set(p, Math.max(rankOf.get(p) ?? 0, v));
    max = Math.max(max, v);
  }

  const adjacency = new Map<string, Map<string, number>>();
  g.forEachEdge((_e, a, s, t) => {
    const ps = nodePage.get(s);
    const pt = nodePage.get(t);
    if (!ps || !pt || ps === pt) return;
    const w = typeof a.weight === 'number' && a.weight > 0 ? a.weight : 1;
    for (const [x, y] of [
      [ps, pt],
      [pt, ps],
    ]) {
      let m = adjacency.get(x);
      if (!m) adjacency.set(x, (m = new Map()));
      m.set(y, (m.get(y) ?? 0) + w);
    }
  });

  return { rank: rankOf, max, adjacency };
}

export function graphOfTies(ties: PageTies): PageGraph {
  const { rank: rankOf, max, adjacency } = ties;
  return {
    rank: (p) => (max > 0 ? (rankOf.get(p) ?? 0) / max : 0),
    neighbours: (p) =>
      [...(adjacency.get(p) ?? new Map<string, number>()).entries()]
        .map(([q, weight]) => ({ path: q, weight }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}
