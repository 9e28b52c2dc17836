#!/usr/bin/env node
// Runs the JavaScript that `npm ci` builds into dist/ (`npm run build`), or the TypeScript sources
// through tsx when there is no build or a source file is newer than it, so an edited checkout never
// runs stale code and a fresh one starts without compiling TypeScript on every run.
import { builtCli } from './built.js';

const built = builtCli();
let main;
if (built) ({ main } = await import(built));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv);
