// Extraction of many posts on several cores. The main thread extracts too, and every thread takes
// the next post from one shared counter, so a slow post never leaves a core idle. Each post's
// extraction is a pure function of the post, so which thread made it never shows in the output.
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../threads.js';
import type { RawDoc } from '../../types.js';
import type { DocExtraction } from './types.js';

/**
 * A thread costs about a second to start and load the model, about what 150 posts take to extract:
 * fewer posts than this per extra thread and the thread does not pay for itself.
 */
export const POSTS_PER_EXTRA_THREAD = 150;

/** Threads to use when the user names none: the cores there are, at most 4 (each holds its own model). */
export function defaultJobs(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export interface ParallelOptions {
  /** Threads in all, the main thread included. */
  jobs: number;
  /** Extracts one post on the main thread. */
  extract: (doc: RawDoc) => DocExtraction;
  /** Called once per post, in no particular order, with the post's index in `docs`. */
  onResult: (index: number, ext: DocExtraction) => void;
  postsPerExtraThread?: number;
  /**
   * Work the main thread does first (reading the other posts' cached extractions): one thread at
   * least starts at once, whatever the number of posts, and the main thread takes posts only after this.
   */
  mainAfter?: Promise<unknown>;
}

interface WorkerMessage {
  i?: number;
  ext?: DocExtraction;
  done?: boolean;
}

/**
 * Fewest cached posts to read that make it worth starting a thread for the posts the cache lacks
 * before reading them: the thread needs about 0.6 s to start, load the model and extract a post,
 * while this one reads about 2,000 cached posts a second; below this the reading hides little of it.
 */
export const CACHED_POSTS_FOR_EARLY_THREAD = 200;

/** Extracts every post; returns how many the other threads extracted. */
export async function extractInParallel(docs: RawDoc[], opts: ParallelOptions): Promise<number> {
  const perThread = Math.max(1, opts.postsPerExtraThread ?? POSTS_PER_EXTRA_THREAD);
  const others = Math.floor(opts.jobs) - 1;
  const extra = Math.max(0, Math.min(others, Math.max(opts.mainAfter && docs.length > 0 ? 1 : 0, Math.floor(docs.length / perThread))));
  const have = new Array<boolean>(docs.length).fill(false);
  let onThreads = 0;
  let taken = 0;
  let allTaken: () => void = () => {};
  // Every post has its result: a thread still starting (or loading its model) is not waited for.
  const everyPost = new Promise<void>((resolve) => (allTaken = resolve));
  const take = (i: number, ext: DocExtraction, onThread = false): void => {
    if (have[i]) return;
    have[i] = true;
    if (onThread) onThreads++;
    opts.onResult(i, ext);
    if (++taken === docs.length) allTaken();
  };
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const finished: Promise<void>[] = [];
  const workers: Worker[] = [];
  for (let w = 0; w < extra; w++) {
    const worker = startThread('extract/worker', { docs, counter });
    workers.push(worker);
    finished.push(
      new Promise<void>((resolve) => {
        // A thread that fails to start or dies leaves its posts without results; the main thread does them below.
        worker.on('message', (m: WorkerMessage) => {
          if (m.done) resolve();
          else if (m.i !== undefined && m.ext) take(m.i, m.ext, true);
        });
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      }),
    );
  }
  try {
    await opts.mainAfter;
    for (let i = Atomics.add(next, 0, 1); i < docs.length; i = Atomics.add(next, 0, 1)) {
      take(i, opts.extract(docs[i]));
      // Lets the other threads' results in as they come (progress, cache entries), not all at the end.
      if (workers.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.race([Promise.all(finished), everyPost]);
  } finally {
    // A post that fails here stops the compile: the other threads stop with it.
    await Promise.all(workers.map((w) => w.terminate()));
  }
  for (let i = 0; i < docs.length; i++) if (!have[i]) take(i, opts.extract(docs[i]));
  return onThreads;
}
