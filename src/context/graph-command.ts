// `wikic graph`: exports the vault's graph as graphology JSON, GEXF (Gephi) or GraphML.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import gexf from 'graphology-gexf';
import { WikicError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { GRAPH_FILE } from '../wiki/schema.js';
import { vaultDir } from '../wiki/vault.js';
import { readGraphFile } from './graph-data.js';
import { writeGraphml } from './graphml.js';
import { writeStdout } from './stdout.js';

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
      return `${gexf.write(g, { version: '1.3' })}\n`;
    case 'graphml':
      return writeGraphml(g);
    default:
      throw new WikicError(`unknown graph format "${String(format)}" (expected json, gexf or graphml)`);
  }
}

export async function graphCommand(opts: { wiki: string; format: GraphFormat; out?: string }): Promise<number> {
  const text = await exportGraph(opts.wiki, opts.format);
  if (opts.out) await writeFileAtomic(opts.out, text);
  else await writeStdout(text);
  return 0;
}
