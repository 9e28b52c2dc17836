// The graph thread (graph-thread.ts): builds the graph from its plain data, ranks it and writes the new
// graph.json beside the old one, as the compile's own thread would, then sends back the ranks and the
// file's hash and ends; the compile puts the file in place once it gets that far.
import { parentPort, workerData } from 'node:worker_threads';
import { graphFromData, graphJsonChunks, rankGraph } from './graph.js';
import { writeChunksAtomicSync } from '../io/atomic.js';
import { keepStreamed } from './write-page.js';
import type { GraphJob, GraphResult } from './graph-thread.js';

const { data, file, staged, recorded, force } = workerData as GraphJob;
const graph = graphFromData(data);
const byName = rankGraph(graph);
const ranks = new Float64Array(data.nodes.length);
data.nodes.forEach(([key], i) => (ranks[i] = byName.get(key) ?? 0));
const keep = keepStreamed(file, recorded, force);
let replace = false;
const { hash } = writeChunksAtomicSync(staged, graphJsonChunks(graph), (h) => (replace = keep(h)));
parentPort!.postMessage({ ranks, hash, written: replace } satisfies GraphResult, [ranks.buffer]);
