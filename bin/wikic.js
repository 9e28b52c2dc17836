#!/usr/bin/env node
// Runs the JavaScript that `npm ci` builds into dist/ (`npm run build`), or the TypeScript sources
// through tsx when there is no build or a source file is newer than it, so an edited checkout never
// runs stale code and a fresh one starts without compiling TypeScript on every run.
import { builtCli } from './built.js';

// A reader that stops early (`wikic maintain | head`) closes the pipe: the rest of the output goes nowhere,
// the command still finishes, and no stack trace follows.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
}

const built = builtCli();
let main;
if (built) ({ main } = await import(built));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv);
