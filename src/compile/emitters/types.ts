import type Graph from 'graphology';
import type { WikiPage } from '../../types.js';
import type { WikicConfig } from '../../config.js';
import type { VaultModel } from '../model.js';
import type { Templates } from '../templates.js';
import type { SourcePageData } from './source-page.js';

export interface EmitContext {
  model: VaultModel;
  /** Made once the model is; absent while another thread builds it (compile gives graph.json from there). */
  graph?: Graph;
  templates: Templates;
  config: WikicConfig;
}

/**
 * A page before it is rendered. `key`, when given, is a hash of everything the page is made from
 * (see page-keys.ts): compile skips `render` when the page on disk was made from the same key.
 */
export interface PlannedPage {
  path: string;
  key?: string;
  /**
   * For a page whose key is costly (a post's: which names its text could link): a hash of a superset
   * of what the key is made from, and the key itself on demand. When the quick key is the one the last
   * compile recorded with the page's key, that key stands and `slowKey` is not called.
   */
  quickKey?: string;
  slowKey?(): string;
  render(): string;
  /**
   * The same text as `render`, in pieces, for a large file with no notes (graph.json): it is written as it
   * is made, never held whole.
   */
  stream?(): Iterable<string>;
  /**
   * Work another thread may do before the page is written (render-ahead.ts): `job` is the page as
   * plain data, and `take` hands back its key and text, which `slowKey` and `render` then return.
   */
  ahead?: { job(): SourcePageData; take(result: AheadResult): void };
}

/** A page's key and text, made from its plain data on another thread. */
export interface AheadResult {
  key: string;
  content: string;
}

/** One kind of page: turns the model into pages. Emitters are pure; writing happens elsewhere. */
export interface Emitter {
  kind: string;
  emit(ctx: EmitContext): WikiPage[];
  /** The pages with their keys, rendered on demand; emitters without it are always rendered. */
  plan?(ctx: EmitContext): PlannedPage[];
}

/** An emitter's pages, planned: its own plan, or its rendered pages. */
export function planPages(emitter: Emitter, ctx: EmitContext): PlannedPage[] {
  if (emitter.plan) return emitter.plan(ctx);
  return emitter.emit(ctx).map((p) => ({ path: p.path, render: () => p.content }));
}

/** Renders planned pages (the emit of an emitter that plans). */
export function renderPlanned(pages: PlannedPage[]): WikiPage[] {
  return pages.map((p) => ({ path: p.path, content: p.render() }));
}
