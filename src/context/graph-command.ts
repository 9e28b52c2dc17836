// `wikic graph`: exports the vault's graph as graphology JSON, GEXF (Gephi) or GraphML.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import gexf from 'graphology-gexf';
import Graph from 'graphology';
import { WikicError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { GRAPH_FILE } from '../wiki/schema.js';
import { vaultDir } from '../wiki/vault.js';
import { readGraphFile } from './graph-data.js';
import { writeGraphml } from './graphml.js';
import { writeStdout } from './stdout.js';
import { folderCanHold } from '../wiki/dirs.js';

export type GraphFormat = 'json' | 'gexf' | 'graphml';

/** The graph of the vault in `dir` in one format. JSON is graph.json as compile wrote it. */
export async function exportGraph(wiki: string, format: GraphFormat): Promise<string> {
  await vaultDir(wiki);
  const g = await readGraphFile(wiki);
  if (!g) throw new WikicError(`${path.join(wiki, GRAPH_FILE)}: no graph file (run wikic compile first)`);
  switch (format) {
    case 'json': {
      const text = await fs.readFile(path.join(wiki, GRAPH_FILE), 'utf8');
      return text.endsWith('\n') ? text : `${text}\n`;
    }
    case 'gexf':
      return `${gexf.write(directedCopy(g), { version: '1.3' })}\n`;
    case 'graphml':
      return writeGraphml(directedCopy(g));
    default:
      throw new WikicError(`unknown graph format "${String(format)}" (expected json, gexf or graphml)`);
  }
}

/**
 * The graph with each undirected edge (two pages named in one sentence or post) as one directed edge marked
 * `undirected: true`: one edge type throughout, which every reader of GEXF and GraphML loads (networkx refuses a
 * directed graph with undirected edges in it).
 */
function directedCopy(g: Graph): Graph {
  if (g.type === 'directed') return g;
  const d = new Graph({ type: 'directed', multi: true });
  g.forEachNode((key, a) => d.addNode(key, a));
  g.forEachEdge((key, a, source, target, _sa, _ta, undirected) => d.addDirectedEdgeWithKey(key, source, target, undirected ? { ...a, undirected: true } : a));
  return d;
}

export async function graphCommand(opts: { wiki: string; format: GraphFormat; out?: string }): Promise<number> {
  if (opts.out) await folderCanHold(opts.out, '--out');
  if (opts.out && (await fs.stat(opts.out).then((st) => st.isDirectory(), () => false))) {
    throw new WikicError(`${opts.out}: is a directory; --out takes a file name (e.g. ${path.join(opts.out, `graph.${opts.format}`)})`);
  }
  const text = await exportGraph(opts.wiki, opts.format);
  if (opts.out) await writeFileAtomic(opts.out, text);
  else await writeStdout(text);
  return 0;
}
