// The writing thread (write-thread.ts): writes the pages it is sent, batch by batch, and sends back
// what became of each. A page it cannot write ends its work: the error goes back with the batch.
import { parentPort } from 'node:worker_threads';
import { writePage } from './write-page.js';
import type { WriteBatch, WriteReply } from './write-thread.js';

const port = parentPort!;
const madeDirs = new Set<string>();
let failed = false;
port.on('message', ({ jobs }: WriteBatch) => {
  if (failed) return;
  const done: WriteReply['done'] = [];
  for (const [id, file, rendered, force, stamp, sameInputs, lastAbove, lastWhole] of jobs) {
    try {
      done.push([id, writePage(file, rendered, { force, stamp, sameInputs, lastAbove, lastWhole, madeDirs })]);
    } catch (err) {
      failed = true;
      const e = err as NodeJS.ErrnoException;
      port.postMessage({ done, error: { message: e.message ?? String(err), code: e.code } } satisfies WriteReply);
      return;
    }
  }
  port.postMessage({ done } satisfies WriteReply);
});
