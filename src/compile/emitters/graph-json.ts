// graph.json: the graphology export of the vault graph, one node or edge per line (small, diffable, plain JSON).
import { GRAPH_FILE } from '../../wiki/schema.js';
import { graphJson, graphJsonChunks } from '../graph.js';
import type { Emitter } from './types.js';

export const graphEmitter: Emitter = {
  kind: 'graph',
  emit: (ctx) => [{ path: GRAPH_FILE, content: graphJson(ctx.graph) }],
  plan: (ctx) => [{ path: GRAPH_FILE, render: () => graphJson(ctx.graph), stream: () => graphJsonChunks(ctx.graph) }],
};
