import type Graph from 'graphology';
import type { WikiPage } from '../../types.js';
import type { WikicConfig } from '../../config.js';
import type { VaultModel } from '../model.js';
import type { Templates } from '../templates.js';

export interface EmitContext {
  model: VaultModel;
  graph: Graph;
  templates: Templates;
  config: WikicConfig;
}

/** One kind of page: turns the model into pages. Emitters are pure; writing happens elsewhere. */
export interface Emitter {
  kind: string;
  emit(ctx: EmitContext): WikiPage[];
}
