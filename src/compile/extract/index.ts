// Public surface of entity extraction. The implementation lives beside this file.
export type { Sentence, DocExtraction } from './types.js';
export { extractDocument } from './extract.js';
export { resolveEntities } from './resolve.js';
