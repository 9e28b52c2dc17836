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

/** Ranks by node index (the order of `data.nodes`), and what becomes of graph.json once the compile commits it. */
export interface GraphResult {
  ranks: Float64Array;
  hash: string;
  /** Whether committing replaces graph.json (its bytes changed). */
  written: boolean;
}

/** What the compile's thread tells the graph thread once the pages are written: keep the new graph.json, or not. */
export interface GraphCommit {
  commit: boolean;
}

export interface GraphThread {
  /** The ranks and the new graph.json's hash, or undefined when the thread failed. */
  result: Promise<GraphResult | undefined>;
  /**
   * Puts the new graph.json in place (`commit`) or throws it away (a compile that failed leaves the old
   * one), and ends the thread. True when graph.json is as `result` says; false when the thread could not.
   */
  finish(commit: boolean): Promise<boolean>;
}

/**
 * Starts the graph's work on another thread. It writes the new graph.json beside the old one and puts
 * it in place only when told to, so a compile that fails leaves graph.json as the last one left it.
 */
export function graphOnThread(job: GraphJob): GraphThread {
  let thread: ReturnType<typeof startThread>;
  try {
    thread = startThread('graph-worker', { ...job, file: path.resolve(job.file) });
  } catch {
    return { result: Promise.resolve(undefined), finish: async () => false };
  }
  let result: GraphResult | undefined;
  let finished = false;
  let gotResult: (r: GraphResult | undefined) => void;
  let ended: (ok: boolean) => void;
  const resultP = new Promise<GraphResult | undefined>((resolve) => (gotResult = resolve));
  const endedP = new Promise<boolean>((resolve) => (ended = resolve));
  thread.on('message', (m: GraphResult | { done: true }) => {
    if ('done' in m) {
      finished = true;
      void thread.terminate();
    } else gotResult((result = m));
  });
  const stop = (): void => {
    gotResult(result);
    ended(finished);
  };
  thread.on('error', stop);
  thread.on('exit', stop);
  let finishing: Promise<boolean> | undefined;
  return {
    result: resultP,
    finish: (commit) =>
      (finishing ??= (async () => {
        // A thread still at work is waited for: it is never cut off half-way through graph.json.
        if (!(await resultP)) {
          await thread.terminate();
          return false;
        }
        thread.postMessage({ commit } satisfies GraphCommit);
        return endedP;
      })()),
  };
}
