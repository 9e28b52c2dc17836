// A worker thread does not inherit the TypeScript loader that bin/wikic.js registers: register it
// here, then run the thread's module, whose URL threads.ts passes as the last argument.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[process.argv.length - 1]);
