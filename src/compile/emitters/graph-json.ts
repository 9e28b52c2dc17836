// graph.json: the graphology export of the vault graph.
import { GRAPH_FILE } from '../../wiki/schema.js';
import { exportGraph } from '../graph.js';
import { stableJson } from '../hash.js';
import type { Emitter } from './types.js';

export const graphEmitter: Emitter = {
  kind: 'graph',
  emit: (ctx) => [{ path: GRAPH_FILE, content: stableJson(exportGraph(ctx.graph), 1) }],
};
