// graph.json: the graphology export of the vault graph.
import { GRAPH_FILE } from '../../wiki/schema.js';
import { exportGraph } from '../graph.js';
import { stableJson } from '../hash.js';
import type { Emitter } from './types.js';

/** One node or edge per line: small, diffable, and still plain JSON. */
export function graphJson(data: ReturnType<typeof exportGraph>): string {
  // exportGraph already orders every key, so JSON.stringify is canonical here.
  const lines = (items: unknown[]): string => (items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`);
  return `{"attributes":${stableJson(data.attributes, 0).trimEnd()},\n"edges":${lines(data.edges)},\n"nodes":${lines(data.nodes)},\n"options":${stableJson(data.options, 0).trimEnd()}}\n`;
}

export const graphEmitter: Emitter = {
  kind: 'graph',
  emit: (ctx) => [{ path: GRAPH_FILE, content: graphJson(exportGraph(ctx.graph)) }],
};
