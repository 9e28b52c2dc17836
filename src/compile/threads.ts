// The compile's worker threads run its own modules: the built JavaScript (dist/), or the TypeScript
// sources through a boot module that registers tsx (a worker does not inherit the loader).
import { Worker, type ResourceLimits } from 'node:worker_threads';

const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** Starts `module` (a path under src/compile, without its extension) on a new thread. */
export function startThread(module: string, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  if (!FROM_SOURCE) return new Worker(new URL(`./${module}.js`, import.meta.url), { workerData, resourceLimits });
  return new Worker(new URL('./thread-boot.mjs', import.meta.url), { workerData, resourceLimits, argv: [new URL(`./${module}.ts`, import.meta.url).href] });
}
