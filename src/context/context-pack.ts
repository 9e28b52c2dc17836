// From a vault directory and a question to a context pack: the entry points tests and the CLI share.
import type { SourceRef } from './page-model.js';
import type { PageGraph } from './graph-data.js';
import { loadPageGraph } from './graph-cache.js';
import { retrieve, searchIndexOf, type SearchIndex } from './retrieve.js';
import { loadSummaries } from './vault-summaries.js';
import { buildPack, type Pack } from './pack.js';
import { packTokens } from './render.js';

export interface ContextOptions {
  wiki: string;
  budget: number;
}

/** A vault read and indexed once, ready to answer any number of questions. */
export interface LoadedContext {
  search: SearchIndex;
  graph: PageGraph;
  sources: ReadonlyMap<string, SourceRef>;
}

/**
 * Reads a vault for questions. Pages unchanged since the last call come from the summary cache
 * under `.wikic/cache/context/` (`useCache: false` reads every page and leaves the cache alone).
 */
export async function loadContext(wiki: string, opts: { useCache?: boolean } = {}): Promise<LoadedContext> {
  const v = await loadSummaries(wiki, opts.useCache ?? true);
  const search = searchIndexOf(v.contents, v);
  const graph = await loadPageGraph(v.dir, search.pages, opts.useCache ?? true);
  return { search, graph, sources: v.resolver.refs };
}

/** The pack for one question within `budget` tokens. Pure: same context and question, same pack. */
export function answer(ctx: LoadedContext, question: string, budget: number): Pack {
  const retrieval = retrieve(question, ctx.search, ctx.graph);
  const pack = buildPack(question, budget, retrieval, ctx.sources);
  return { ...pack, tokens: pack.pages.length > 0 ? packTokens(pack) : 0 };
}

export async function contextPack(question: string, opts: ContextOptions): Promise<Pack> {
  return answer(await loadContext(opts.wiki), question, opts.budget);
}
