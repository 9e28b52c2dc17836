// The vault graph on a second thread: building the graphology graph, PageRank and writing graph.json
// need only the graph's plain data, so another thread does them while this one renders the pages;
// the ranks come back for the index and the agents' pages, which wait for them.
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { GraphData } from './graph.js';
import { startThread } from './threads.js';

/** Fewest edges that make the thread worth starting (about 0.1 s to start, what 20,000 edges take). */
export const EDGES_PER_GRAPH_THREAD = 20_000;

export interface GraphJob {
  data: GraphData;
  /** Where graph.json goes, and the hash the last compile recorded for it. */
  file: string;
  /** Where the thread writes the new graph.json until the compile puts it in place. */
  staged: string;
  recorded?: string;
  force: boolean;
}

/** Ranks by node index (the order of `data.nodes`), and what becomes of graph.json once the compile commits it. */
export interface GraphResult {
  ranks: Float64Array;
  hash: string;
  /** Whether committing replaces graph.json (its bytes changed). */
  written: boolean;
}

export interface GraphThread {
  /** The ranks and the new graph.json's hash, or undefined when the thread failed. */
  result: Promise<GraphResult | undefined>;
  /**
   * Puts the new graph.json in place (`commit`) or throws it away (a compile that failed leaves the old
   * one). True when graph.json is as `result` says; false when the thread made nothing.
   */
  finish(commit: boolean): Promise<boolean>;
}

/**
 * Starts the graph's work on another thread. It writes the new graph.json beside the old one (a
 * dot-file the vault's readers pass over) and ends, its memory with it; `finish` puts the file in
 * place, so a compile that fails leaves graph.json as the last one left it.
 */
export function graphOnThread(job: Omit<GraphJob, 'staged'>): GraphThread {
  const file = path.resolve(job.file);
  const staged = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.staged`);
  const result = new Promise<GraphResult | undefined>((resolve) => {
    let thread: ReturnType<typeof startThread>;
    try {
      thread = startThread('graph-worker', { ...job, file, staged } satisfies GraphJob);
    } catch {
      resolve(undefined);
      return;
    }
    let made: GraphResult | undefined;
    thread.on('message', (m: GraphResult) => (made = m));
    thread.on('error', () => resolve(undefined));
    thread.on('exit', () => resolve(made));
  });
  let finishing: Promise<boolean> | undefined;
  return {
    result,
    finish: (commit) =>
      (finishing ??= (async () => {
        // A thread still at work is waited for: it is never cut off half-way through the file.
        const made = await result;
        if (made?.written && commit) renameSync(staged, file);
        else rmSync(staged, { force: true });
        return !!made;
      })()),
  };
}
