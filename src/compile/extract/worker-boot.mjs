// A worker thread does not inherit the TypeScript loader that bin/wikic.js registers: register it
// here, then run the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
