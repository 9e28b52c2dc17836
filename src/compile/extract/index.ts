// Public surface of entity extraction. The implementation lives beside this file.
import type { RawDoc, Mention, Entity } from '../../types.js';
import type { WikicConfig } from '../../config.js';

/** One sentence of a post, as the extractor split it. */
export interface Sentence {
  text: string;
  /** The heading the sentence sits under ('' before the first heading). */
  section: string;
  /** True when the sentence carries money, a percentage, a count or a date (a fact candidate). */
  quantified: boolean;
}

/** What extraction keeps per post; JSON-serialisable so it can be cached by the post's content hash. */
export interface DocExtraction {
  docId: string;
  hash: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** Absolute URLs the post links to (used to link posts that link each other). */
  links: string[];
}

export declare function extractDocument(doc: RawDoc): DocExtraction;
export declare function resolveEntities(docs: RawDoc[], extractions: DocExtraction[], config: WikicConfig): Entity[];
