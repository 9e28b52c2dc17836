// Post pages rendered on a second thread while this one renders the entity pages. A post page's
// links, key and text need no model (emitters/source-page.ts), only its plain data, the templates
// and the blog's post URLs, so the thread makes exactly what this one would.
import type { AheadResult, PlannedPage } from './emitters/index.js';
import type { SourcePageData } from './emitters/source-page.js';
import { startThread } from './threads.js';

/** A thread costs about 0.1 s to start and load its modules, about what 60 post pages take. */
export const PAGES_PER_RENDER_THREAD = 64;

export interface AheadOptions {
  /** The templates folder (default: the project's), and the hash the thread's copy must have. */
  templatesDir?: string;
  templatesHash: string;
  /** Post URL key -> page name. */
  urls: Map<string, string>;
  /** Fewest pages that make the thread worth starting. */
  minPages?: number;
}

/** What the compile's thread starts the rendering thread with. */
export interface AheadData {
  templatesDir?: string;
  templatesHash: string;
  urls: Array<[string, string]>;
}

/** A batch of pages to render, by index into the pages handed to renderAhead. */
export interface AheadJobs {
  jobs: Array<[number, SourcePageData]>;
}

/** What the rendering thread sends back: one message per batch (`refused` when its templates differ). */
export interface AheadMessage {
  results?: Array<[number, AheadResult['key'], AheadResult['content']]>;
  refused?: boolean;
}

/** Pages per message, and messages sent but not answered: a few batches made ahead keep the thread busy, not the memory full. */
const BATCH = 64;
const IN_FLIGHT = 6;

/**
 * A rendering thread at work. Results come back only while this thread waits for events: `pause`
 * lets them in between pieces of other work. `done` settles once every page has its result or the
 * thread has stopped; `stop` ends it early.
 */
export interface Ahead {
  done: Promise<void>;
  pause(): Promise<void>;
  stop(): Promise<void>;
  /** Pages given their key and text by the thread so far. */
  rendered(): number;
}

/**
 * The thread holds a few batches at a time: a small heap keeps the process's peak memory down. A
 * post too large for it stops the thread, and its pages are rendered on this one.
 */
const THREAD_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Starts rendering `pages` (those with `ahead` work) on another thread, a few batches at a time, each
 * page's plain data made only when its batch is sent; undefined when there are too few pages to start
 * it. A page the thread made nothing for (it failed) is rendered on this thread as before.
 */
export function renderAhead(pages: PlannedPage[], opts: AheadOptions): Ahead | undefined {
  const ahead = pages.filter((p) => p.ahead);
  if (ahead.length === 0 || ahead.length < (opts.minPages ?? PAGES_PER_RENDER_THREAD)) return undefined;
  const data: AheadData = { templatesDir: opts.templatesDir, templatesHash: opts.templatesHash, urls: [...opts.urls] };
  let thread: ReturnType<typeof startThread>;
  try {
    thread = startThread('render-ahead-worker', data, THREAD_LIMITS);
  } catch {
    return undefined;
  }
  let sent = 0;
  let answered = 0;
  const send = (): void => {
    const jobs: AheadJobs['jobs'] = [];
    for (; sent < ahead.length && jobs.length < BATCH; sent++) jobs.push([sent, ahead[sent].ahead!.job()]);
    thread.postMessage({ jobs } satisfies AheadJobs);
  };
  const done = new Promise<void>((resolve) => {
    const finish = (): void => {
      void thread.terminate();
      resolve();
    };
    thread.on('message', (m: AheadMessage) => {
      if (m.refused) return finish();
      for (const [i, key, content] of m.results ?? []) ahead[i]?.ahead!.take({ key, content });
      answered += m.results?.length ?? 0;
      if (answered >= ahead.length) return finish();
      if (sent < ahead.length) send();
    });
    thread.on('error', finish);
    thread.on('exit', finish);
  });
  for (let k = 0; k < IN_FLIGHT && sent < ahead.length; k++) send();
  return { done, pause, stop: async () => void (await thread.terminate()), rendered: () => answered };
}
