// graph.json: the graphology export of the vault graph, one node or edge per line (small, diffable, plain JSON).
import type Graph from 'graphology';
import { GRAPH_FILE } from '../../wiki/schema.js';
import { graphJson, graphJsonChunks } from '../graph.js';
import type { EmitContext, Emitter } from './types.js';

function graphOf(ctx: EmitContext): Graph {
  if (!ctx.graph) throw new Error('graph.json: the vault graph was not built');
  return ctx.graph;
}

export const graphEmitter: Emitter = {
  kind: 'graph',
  emit: (ctx) => [{ path: GRAPH_FILE, content: graphJson(graphOf(ctx)) }],
  plan: (ctx) => [{ path: GRAPH_FILE, render: () => graphJson(graphOf(ctx)), stream: () => graphJsonChunks(graphOf(ctx)) }],
};
