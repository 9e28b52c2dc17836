// Pages written on a second thread: reading the old file for its notes, writing, hashing and the stat
// the render state records cost this thread about as much as rendering the page. The writer sends each
// rendered page here and goes on; what became of it comes back batch by batch.
import type { Worker } from 'node:worker_threads';
import { startThread } from './threads.js';
import { writePage, type PageWritten } from './write-page.js';

/** Pages written on the compile's thread before a writing thread is started (about what one costs to start). */
export const PAGES_BEFORE_WRITE_THREAD = 256;

/** Text sent and not yet written, at most: the thread writes while this one renders, not all the vault at once. */
const MAX_IN_FLIGHT = 8 << 20;

/**
 * A small heap keeps the process's peak memory down (the pages it holds are a few batches). A page too large
 * for it stops the thread, and that page and the rest are written on the compile's thread.
 */
const THREAD_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };
const BATCH_PAGES = 64;
const BATCH_CHARS = 1 << 20;

export interface WriteBatch {
  jobs: Array<[id: number, file: string, rendered: string, force: boolean, stamp: boolean, sameInputs: boolean, lastAbove: string | undefined, lastWhole: string | undefined]>;
}

export interface WriteReply {
  done: Array<[id: number, written: PageWritten]>;
  /** The page after the last one done could not be written: the thread writes nothing more. */
  error?: { message: string; code?: string };
}

interface Pending {
  job: WriteBatch['jobs'][number];
  onDone(written: PageWritten): void;
}

export class PageSink {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private batch: WriteBatch['jobs'] = [];
  private batchChars = 0;
  private inFlight = 0;
  private error?: Error;
  private ended = false;
  private wake?: () => void;

  private constructor(
    private readonly thread: Worker,
    private readonly madeDirs: Set<string>,
  ) {
    thread.on('message', (m: WriteReply) => {
      for (const [id, written] of m.done) {
        const p = this.pending.get(id);
        if (!p) continue;
        this.pending.delete(id);
        this.inFlight -= p.job[2].length;
        p.onDone(written);
      }
      if (m.error) this.error ??= Object.assign(new Error(m.error.message), { code: m.error.code });
      this.woken();
    });
    const end = (): void => {
      this.ended = true;
      this.woken();
    };
    thread.on('error', end);
    thread.on('exit', end);
  }

  /** A sink on a new thread, or undefined when no thread could be started. `madeDirs`: folders this thread made. */
  static start(madeDirs: Set<string>): PageSink | undefined {
    try {
      return new PageSink(startThread('write-worker', undefined, THREAD_LIMITS), madeDirs);
    } catch {
      return undefined;
    }
  }

  private woken(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private next(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  send(file: string, rendered: string, opts: { force: boolean; stamp: boolean; sameInputs?: boolean; lastAbove?: string; lastWhole?: string }, onDone: (written: PageWritten) => void): void {
    // A thread that stopped (or never loaded) writes nothing more: the pages are written here, as they come.
    if (this.ended && !this.error) {
      onDone(writePage(file, rendered, { ...opts, madeDirs: this.madeDirs }));
      return;
    }
    const job: Pending['job'] = [this.nextId++, file, rendered, opts.force, opts.stamp, !!opts.sameInputs, opts.lastAbove, opts.lastWhole];
    this.pending.set(job[0], { job, onDone });
    this.batch.push(job);
    this.batchChars += rendered.length;
    this.inFlight += rendered.length;
    if (this.batch.length >= BATCH_PAGES || this.batchChars >= BATCH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0 || this.ended) return;
    this.thread.postMessage({ jobs: this.batch } satisfies WriteBatch);
    this.batch = [];
    this.batchChars = 0;
  }

  /**
   * Lets the thread's replies in, and waits while more text than MAX_IN_FLIGHT is unwritten; throws what
   * the thread could not write, so the compile stops soon after that page, as it would on one thread.
   */
  async settle(): Promise<void> {
    this.flush();
    if (this.pending.size > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    while (!this.error && !this.ended && this.inFlight > MAX_IN_FLIGHT) await this.next();
    if (this.error) throw this.error;
  }

  /** Ends the thread once the batches it has are written (none is cut off half-way): the compile failed. */
  async stop(): Promise<void> {
    for (const [id] of this.batch) this.pending.delete(id);
    this.batch = [];
    while (!this.error && !this.ended && this.pending.size > 0) await this.next();
    await this.thread.terminate();
  }

  /**
   * Waits until every page sent is written, then ends the thread. Pages a thread that stopped did not
   * write are written here; a page it could not write throws, as it would have here.
   */
  async close(): Promise<void> {
    this.flush();
    while (!this.error && !this.ended && this.pending.size > 0) await this.next();
    await this.thread.terminate();
    if (this.error) throw this.error;
    for (const [id, { job, onDone }] of [...this.pending].sort((a, b) => a[0] - b[0])) {
      this.pending.delete(id);
      onDone(writePage(job[1], job[2], { force: job[3], stamp: job[4], sameInputs: job[5], lastAbove: job[6], lastWhole: job[7], madeDirs: this.madeDirs }));
    }
  }
}
