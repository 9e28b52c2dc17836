// Every kind of page the compiler writes, in one list. Add a page kind by adding an emitter here.
import { agentsEmitter, llmsEmitter } from './agents.js';
import { entityEmitter } from './entity.js';
import { graphEmitter } from './graph-json.js';
import { indexEmitter } from './index-page.js';
import { logEmitter } from './log-page.js';
import { sourceEmitter } from './source.js';
import { topicEmitter } from './topic.js';
import type { Emitter } from './types.js';

export const EMITTERS: readonly Emitter[] = [entityEmitter, topicEmitter, sourceEmitter, indexEmitter, logEmitter, agentsEmitter, llmsEmitter, graphEmitter];
/** The emitters that read the pages' ranks (PageRank over the graph): they wait for the graph. */
export const RANKED_EMITTERS: ReadonlySet<Emitter> = new Set([indexEmitter, agentsEmitter, llmsEmitter, graphEmitter]);

export type { AheadResult, Emitter, EmitContext, PlannedPage } from './types.js';
export { planPages, renderPlanned } from './types.js';
