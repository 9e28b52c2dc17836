// How fast the machine is at the moment of a run: its speed drifts on a shared host, and a file
// system that discards freed blocks creates files far more slowly for a while after a large
// deletion. Both are recorded beside the figures, so runs can be compared.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Milliseconds a fixed integer loop takes on one core. */
export function cpuProbeMs(): number {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < 100_000_000; i++) x = (x + i * 7) % 1_000_003;
  const ms = performance.now() - t;
  // The result is used, so the loop cannot be left out.
  return x < 0 ? -1 : Math.round(ms);
}

/** Files the file probe creates. */
export const FILE_PROBE_FILES = 2000;

/**
 * Milliseconds to create FILE_PROBE_FILES small files in `dir` (made if needed) the way compile writes
 * pages: each through a temp file renamed into place. The files are left for the caller's clean-up:
 * deleting them here would slow what runs next.
 */
export function fileProbeMs(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const body = 'x'.repeat(2000);
  const t = performance.now();
  for (let i = 0; i < FILE_PROBE_FILES; i++) {
    const file = path.join(dir, `Probe page ${i}.md`);
    const tmp = path.join(dir, `.Probe page ${i}.md.tmp`);
    writeFileSync(tmp, body);
    renameSync(tmp, file);
  }
  return Math.round(performance.now() - t);
}
