#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmark directly, as bin/wikic.js runs the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../bench/main.ts');
process.exitCode = await main(process.argv.slice(2));
