import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

/** What a file looked like: enough to tell a rewrite (new inode or mtime) from a content change. */
interface FileState {
  ino: number;
  mtimeMs: number;
  hash: string;
}

export type Snapshot = Map<string, FileState>;

/**
 * Every file under dir (relative paths with `/`), with inode, mtime and content hash. Synchronous
 * reads: for thousands of small files they are several times faster than awaiting each one.
 */
export async function snapshot(dir: string): Promise<Snapshot> {
  const out: Snapshot = new Map();
  const walk = (rel: string): void => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) {
        const full = path.join(dir, r);
        const st = statSync(full);
        out.set(r, { ino: st.ino, mtimeMs: st.mtimeMs, hash: createHash('sha1').update(readFileSync(full)).digest('hex') });
      }
    }
  };
  walk('');
  return out;
}

export interface SnapshotDiff {
  /** Files written again (new inode or mtime), with or without new content. */
  rewritten: number;
  /** Rewritten files whose bytes did not change: wasted writes. */
  rewrittenUnchanged: number;
  added: number;
  removed: number;
  /** Of all of the above, how many are vault pages (not under a dot-folder such as the cache). */
  pages: number;
  /** Up to 20 paths, for the report. */
  sample: string[];
  paths: string[];
}

export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const d: SnapshotDiff = { rewritten: 0, rewrittenUnchanged: 0, added: 0, removed: 0, pages: 0, sample: [], paths: [] };
  const note = (p: string): void => {
    d.paths.push(p);
    if (!p.split('/').some((seg) => seg.startsWith('.'))) d.pages++;
  };
  for (const [p, a] of after) {
    const b = before.get(p);
    if (!b) {
      d.added++;
      note(p);
    } else if (a.ino !== b.ino || a.mtimeMs !== b.mtimeMs || a.hash !== b.hash) {
      d.rewritten++;
      if (a.hash === b.hash) d.rewrittenUnchanged++;
      note(p);
    }
  }
  for (const p of before.keys()) {
    if (!after.has(p)) {
      d.removed++;
      note(p);
    }
  }
  d.paths.sort();
  d.sample = d.paths.slice(0, 20);
  return d;
}
