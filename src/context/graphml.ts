// GraphML writer (graphology-graphml only parses). Attributes become typed <key>s; values that
// GraphML cannot type (lists, objects) are written as JSON strings.
import type Graph from 'graphology';

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function typeOf(v: unknown): GraphmlType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return 'double';
    return Math.abs(v) <= 0x7fffffff ? 'int' : 'long';
  }
  return 'string';
}

const WIDER: GraphmlType[] = ['boolean', 'int', 'long', 'double', 'string'];

/** The narrowest type that holds every value: int and long widen to double, anything mixed to string. */
function merge(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (!a || a === b) return b;
  const numeric = (t: GraphmlType) => t === 'int' || t === 'long' || t === 'double';
  if (numeric(a) && numeric(b)) return WIDER.indexOf(a) > WIDER.indexOf(b) ? a : b;
  return 'string';
}

function valueText(v: unknown, t: GraphmlType): string {
  if (t === 'string') return typeof v === 'string' ? v : JSON.stringify(v);
  return String(v);
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'number' && !Number.isFinite(v));
}

export function writeGraphml(g: Graph): string {
  const nodeTypes = new Map<string, GraphmlType>();
  const edgeTypes = new Map<string, GraphmlType>();
  g.forEachNode((_k, a) => {
    for (const [name, v] of Object.entries(a)) if (!isEmpty(v)) nodeTypes.set(name, merge(nodeTypes.get(name), typeOf(v)));
  });
  g.forEachEdge((_k, a) => {
    for (const [name, v] of Object.entries(a)) if (!isEmpty(v)) edgeTypes.set(name, merge(edgeTypes.get(name), typeOf(v)));
  });
  const nodeKeys = [...nodeTypes.keys()].sort();
  const edgeKeys = [...edgeTypes.keys()].sort();
  const nodeId = new Map(nodeKeys.map((k, i) => [k, `n${i}`]));
  const edgeId = new Map(edgeKeys.map((k, i) => [k, `e${i}`]));

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const k of nodeKeys) out.push(`  <key id="${nodeId.get(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="${nodeTypes.get(k)}"/>`);
  for (const k of edgeKeys) out.push(`  <key id="${edgeId.get(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="${edgeTypes.get(k)}"/>`);
  const edgedefault = g.type === 'undirected' ? 'undirected' : 'directed';
  out.push(`  <graph id="G" edgedefault="${edgedefault}">`);
  g.forEachNode((key, a) => {
    const data = nodeKeys.filter((k) => !isEmpty(a[k]));
    if (data.length === 0) {
      out.push(`    <node id="${escapeXml(key)}"/>`);
      return;
    }
    out.push(`    <node id="${escapeXml(key)}">`);
    for (const k of data) out.push(`      <data key="${nodeId.get(k)}">${escapeXml(valueText(a[k], nodeTypes.get(k)!))}</data>`);
    out.push('    </node>');
  });
  g.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const dir = (edgedefault === 'directed') === !undirected ? '' : ` directed="${undirected ? 'false' : 'true'}"`;
    const open = `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${dir}`;
    const data = edgeKeys.filter((k) => !isEmpty(a[k]));
    if (data.length === 0) {
      out.push(`${open}/>`);
      return;
    }
    out.push(`${open}>`);
    for (const k of data) out.push(`      <data key="${edgeId.get(k)}">${escapeXml(valueText(a[k], edgeTypes.get(k)!))}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}
