// Whether dist/ holds a build of the current sources: its stamp (written after tsc finishes) is at
// least as new as every file under src/. A few hundred stats, about a millisecond.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = path.join(ROOT, 'dist', '.built');

function newestUnder(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The URL of dist/cli.js when the build is current, else undefined. */
export function builtCli() {
  if (process.env.WIKIC_FROM_SOURCE) return undefined;
  const stamp = statSync(STAMP, { throwIfNoEntry: false });
  if (!stamp) return undefined;
  try {
    if (newestUnder(path.join(ROOT, 'src')) > stamp.mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  return pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href;
}
