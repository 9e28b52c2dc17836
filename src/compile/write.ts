// Puts the rendered vault on disk: notes carried over, only changed files written (atomically),
// pages from the previous compile that are no longer made removed, everything else left alone.
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { WikiPage } from '../types.js';
import { writeFileAtomic, writeFileAtomicSync } from '../io/atomic.js';
import { MANIFEST_FILE } from '../wiki/schema.js';
import { sha256 } from './hash.js';
import { type Manifest, serializeManifest } from './manifest.js';
import { hasOwnNotes, mergeNotes } from './notes.js';

export interface WriteResult {
  written: string[];
  unchanged: number;
  removed: string[];
  /** Pages no longer made but kept because the author wrote notes in them. */
  kept: string[];
  /** Path -> hash of the bytes now on disk, for the manifest. */
  hashes: Record<string, string>;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function readIfExistsSync(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** `force` rewrites every page even when its bytes are unchanged. */
export async function writeVault(wikiDir: string, pages: WikiPage[], previous: Manifest, force = false, onPage?: () => void): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: 0, removed: [], kept: [], hashes: {} };
  // Synchronous I/O: thousands of small reads and writes in a row finish sooner without a round
  // trip through the thread pool for each.
  const madeDirs = new Set<string>();
  const outcomes = pages.map((page) => {
    const file = path.join(wikiDir, ...page.path.split('/'));
    const old = readIfExistsSync(file);
    const content = mergeNotes(page.content, old);
    const changed = old !== content;
    if (changed || force) writeFileAtomicSync(file, content, madeDirs);
    onPage?.();
    return { path: page.path, changed: changed || force, hash: sha256(content) };
  });
  for (const o of outcomes) {
    result.hashes[o.path] = o.hash;
    if (o.changed) result.written.push(o.path);
    else result.unchanged++;
  }

  const now = new Set(pages.map((p) => p.path));
  const stale = Object.keys(previous.pages)
    .filter((p) => !now.has(p))
    .sort();
  const dirs = new Set<string>();
  for (const rel of stale) {
    // The manifest is data from disk: never follow it outside the vault.
    if (rel.split('/').some((s) => s === '..' || s === '') || path.isAbsolute(rel)) continue;
    const file = path.join(wikiDir, ...rel.split('/'));
    const old = await readIfExists(file);
    if (old === undefined) continue;
    if (hasOwnNotes(old)) {
      result.kept.push(rel);
      continue;
    }
    await fs.rm(file, { force: true });
    result.removed.push(rel);
    dirs.add(path.dirname(file));
  }
  // Folders emptied by the removals go too (only those, and only when empty).
  for (const d of [...dirs].sort().reverse()) {
    if (path.resolve(d) === path.resolve(wikiDir)) continue;
    try {
      await fs.rmdir(d);
    } catch {
      // Not empty: it holds other files.
    }
  }
  result.written.sort();
  return result;
}

export async function writeManifest(wikiDir: string, manifest: Manifest): Promise<boolean> {
  const file = path.join(wikiDir, ...MANIFEST_FILE.split('/'));
  const text = serializeManifest(manifest);
  const old = await readIfExists(file);
  if (old === text) return false;
  await writeFileAtomic(file, text);
  return true;
}
