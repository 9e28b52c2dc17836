// The graph thread (graph-thread.ts): builds the graph from its plain data, ranks it and writes the new
// graph.json beside the old one, as the compile's own thread would; sends back the ranks and the file's
// hash, then puts the file in place or throws it away as the compile says.
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { graphFromData, graphJsonChunks, rankGraph } from './graph.js';
import { writeChunksAtomicSync } from '../io/atomic.js';
import { keepStreamed } from './write.js';
import type { GraphCommit, GraphJob, GraphResult } from './graph-thread.js';

const { data, file, recorded, force } = workerData as GraphJob;
const port = parentPort!;
const graph = graphFromData(data);
const byName = rankGraph(graph);
const ranks = new Float64Array(data.nodes.length);
data.nodes.forEach(([key], i) => (ranks[i] = byName.get(key) ?? 0));
// A dot-file: the vault's readers and compile's own scan of the vault pass over it.
const staged = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.staged`);
const keep = keepStreamed(file, recorded, force);
let replace = false;
const { hash } = writeChunksAtomicSync(staged, graphJsonChunks(graph), (h) => (replace = keep(h)));
port.postMessage({ ranks, hash, written: replace } satisfies GraphResult, [ranks.buffer]);
port.once('message', ({ commit }: GraphCommit) => {
  if (replace) {
    if (commit) renameSync(staged, file);
    else rmSync(staged, { force: true });
  }
  port.postMessage({ done: true });
});
