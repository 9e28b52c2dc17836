// From a vault directory and a question to a context pack: the entry points tests and the CLI share.
import { loadVault } from '../wiki/vault.js';
import { isContentPage, readContextPage, SourceResolver, type LoadedPage, type SourceRef } from './page-model.js';
import { EMPTY_GRAPH, pageGraph, readGraphFile, type PageGraph } from './graph-data.js';
import { buildSearchIndex, retrieve, type SearchIndex } from './retrieve.js';
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

export async function loadContext(wiki: string): Promise<LoadedContext> {
  const vault = await loadVault(wiki);
  const loaded: LoadedPage[] = vault.pages.map((p) => ({ path: p.path, data: p.frontmatter, body: p.body }));
  const resolver = new SourceResolver(loaded);
  const pages = loaded.filter(isContentPage).map((p) => readContextPage(p, resolver));
  const g = await readGraphFile(vault.dir);
  return { search: buildSearchIndex(pages), graph: g ? pageGraph(g, pages) : EMPTY_GRAPH, sources: resolver.refs };
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
