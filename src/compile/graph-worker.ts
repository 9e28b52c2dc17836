// The graph thread (graph-thread.ts): builds the graph from its plain data, ranks it and writes
// graph.json, as the compile's own thread would, then sends back the ranks and the file's hash.
import { parentPort, workerData } from 'node:worker_threads';
import { graphFromData, graphJsonChunks, rankGraph } from './graph.js';
import { writeChunksAtomicSync } from '../io/atomic.js';
import { keepStreamed } from './write.js';
import type { GraphJob, GraphResult } from './graph-thread.js';

const { data, file, recorded, force } = workerData as GraphJob;
const graph = graphFromData(data);
const byName = rankGraph(graph);
const ranks = new Float64Array(data.nodes.length);
data.nodes.forEach(([key], i) => (ranks[i] = byName.get(key) ?? 0));
const { hash, written } = writeChunksAtomicSync(file, graphJsonChunks(graph), keepStreamed(file, recorded, force));
parentPort!.postMessage({ ranks, hash, written } satisfies GraphResult, [ranks.buffer]);
