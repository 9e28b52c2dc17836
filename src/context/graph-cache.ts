// The graph's ties between pages, kept in `.wikic/cache/context/graph.json` keyed by the bytes of
// the vault's graph.json and the pages it is tied to: parsing and importing a large graph costs
// more than answering a question.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { GRAPH_FILE } from '../wiki/schema.js';
import { WikicError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { EMPTY_GRAPH, graphOfTies, pageTies, parseGraphText, type PageGraph, type PageTies } from './graph-data.js';
import { CACHE_SUBDIR, versionKey } from './summary-cache.js';

const CACHE_FILE = 'graph.json';

function encode(key: string, ties: PageTies, index: ReadonlyMap<string, number>): string {
  const at = (p: string) => index.get(p)!;
  return JSON.stringify({
    key,
    max: ties.max,
    rank: [...ties.rank].flatMap(([p, v]) => [at(p), v]),
    adjacency: [...ties.adjacency].map(([p, m]) => [at(p), [...m].flatMap(([q, w]) => [at(q), w])]),
  });
}

function decode(text: string, key: string, pages: readonly { path: string }[]): PageTies | undefined {
  const data = JSON.parse(text);
  if (data.key !== key) return undefined;
  const p = (i: unknown): string => {
    const x = typeof i === 'number' ? pages[i]?.path : undefined;
    if (x === undefined) throw new Error('bad page id');
    return x;
  };
  const rank = new Map<string, number>();
  for (let k = 0; k < data.rank.length; k += 2) rank.set(p(data.rank[k]), data.rank[k + 1]);
  const adjacency = new Map<string, Map<string, number>>();
  for (const [i, list] of data.adjacency as [number, number[]][]) {
    const m = new Map<string, number>();
    for (let k = 0; k < list.length; k += 2) m.set(p(list[k]), list[k + 1]);
    adjacency.set(p(i), m);
  }
  if (typeof data.max !== 'number') return undefined;
  return { rank, max: data.max, adjacency };
}

/**
 * The vault's page graph (empty without graph.json; WikicError when it is broken), through the
 * cache when `useCache`. A cache that cannot be read is rebuilt, one that cannot be written skipped.
 */
export async function loadPageGraph(wikiDir: string, pages: readonly { path: string; title: string }[], useCache = true): Promise<PageGraph> {
  const file = path.join(wikiDir, GRAPH_FILE);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_GRAPH;
    throw new WikicError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (!useCache) return graphOfTies(pageTies(parseGraphText(bytes.toString('utf8'), file), pages));
  const h = createHash('sha1').update(versionKey()).update(bytes);
  for (const pg of pages) h.update(`${pg.path}\t${pg.title}\n`);
  const key = h.digest('hex');
  const cacheFile = path.join(wikiDir, CACHE_SUBDIR, CACHE_FILE);
  try {
    const ties = decode(await fs.readFile(cacheFile, 'utf8'), key, pages);
    if (ties) return graphOfTies(ties);
  } catch {
    // Absent or broken: built again below.
  }
  const ties = pageTies(parseGraphText(bytes.toString('utf8'), file), pages);
  try {
    await writeFileAtomic(cacheFile, encode(key, ties, new Map(pages.map((pg, i) => [pg.path, i]))));
  } catch {
    // A read-only vault still answers.
  }
  return graphOfTies(ties);
}
