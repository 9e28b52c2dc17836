// The vault graph on a second thread: building the graphology graph, PageRank and writing graph.json
// need only the graph's plain data, so another thread does them while this one renders the pages;
// the ranks come back for the index and the agents' pages, which wait for them.
import path from 'node:path';
import type { GraphData } from './graph.js';
import { startThread } from './threads.js';

/** Fewest edges that make the thread worth starting (about 0.1 s to start, what 20,000 edges take). */
export const EDGES_PER_GRAPH_THREAD = 20_000;

export interface GraphJob {
  data: GraphData;
  /** Where graph.json goes, and the hash the last compile recorded for it. */
  file: string;
  recorded?: string;
  force: boolean;
}

/** Ranks by node index (the order of `data.nodes`), and what became of graph.json. */
export interface GraphResult {
  ranks: Float64Array;
  hash: string;
  written: boolean;
}

/**
 * Starts the graph's work on another thread; resolves to its result, or to undefined when the thread
 * failed (this thread then builds, ranks and writes the graph itself).
 */
export function graphOnThread(job: GraphJob): Promise<GraphResult | undefined> {
  return new Promise((resolve) => {
    let thread: ReturnType<typeof startThread>;
    try {
      thread = startThread('graph-worker', { ...job, file: path.resolve(job.file) });
    } catch {
      resolve(undefined);
      return;
    }
    let result: GraphResult | undefined;
    thread.on('message', (m: GraphResult) => (result = m));
    thread.on('error', () => resolve(undefined));
    thread.on('exit', () => resolve(result));
  });
}
