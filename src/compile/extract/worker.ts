// One extraction thread: takes the next post index from the counter it shares with the other
// threads, extracts that post and sends the result back. A post it fails on is simply not sent:
// the main thread extracts every post that has no result, so the error surfaces there, once.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDoc } from '../../types.js';
import { extractDocument } from './extract.js';

const { docs, counter } = workerData as { docs: RawDoc[]; counter: SharedArrayBuffer };
const next = new Int32Array(counter);
for (let i = Atomics.add(next, 0, 1); i < docs.length; i = Atomics.add(next, 0, 1)) {
  let ext;
  try {
    ext = extractDocument(docs[i]);
  } catch {
    continue;
  }
  parentPort!.postMessage({ i, ext });
}
parentPort!.postMessage({ done: true });
