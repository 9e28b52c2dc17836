// From a vault directory and a question to a context pack: the one entry point tests and the CLI share.
import { loadVault } from '../wiki/vault.js';
import { isContentPage, readContextPage, SourceResolver, type LoadedPage } from './page-model.js';
import { EMPTY_GRAPH, pageGraph, readGraphFile } from './graph-data.js';
import { retrieve } from './retrieve.js';
import { buildPack, type Pack } from './pack.js';
import { packTokens } from './render.js';

export interface ContextOptions {
  wiki: string;
  budget: number;
}

export async function contextPack(question: string, opts: ContextOptions): Promise<Pack> {
  const vault = await loadVault(opts.wiki);
  const loaded: LoadedPage[] = vault.pages.map((p) => ({ path: p.path, data: p.frontmatter, body: p.body }));
  const resolver = new SourceResolver(loaded);
  const pages = loaded.filter(isContentPage).map((p) => readContextPage(p, resolver));
  const g = await readGraphFile(vault.dir);
  const graph = g ? pageGraph(g, pages) : EMPTY_GRAPH;
  const retrieval = retrieve(question, pages, graph);
  const pack = buildPack(question, opts.budget, retrieval, resolver.refs);
  return { ...pack, tokens: pack.pages.length > 0 ? packTokens(pack) : 0 };
}
