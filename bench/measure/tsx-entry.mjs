// Entry of the benchmark's own child processes: registers tsx (as bin/wikic.js does), then runs
// `main(args)` of the TypeScript module named by the first argument.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';

register();
const [, , modulePath, ...args] = process.argv;
const mod = await import(pathToFileURL(modulePath).href);
process.exitCode = await mod.main(args);
