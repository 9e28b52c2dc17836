import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readRawDir } from '../../src/ingest/raw-store.js';

export const FIXTURES = path.resolve('test/fixtures/feeds');

export const tmpDir = (prefix = 'wikic-ingest-') => fs.mkdtemp(path.join(os.tmpdir(), prefix));

/** Runs the real CLI; returns exit code, stdout and stderr. */
export function runCli(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [path.resolve('bin/wikic.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function docsIn(dir: string) {
  return readRawDir(dir);
}

/** Name -> {mtimeMs, bytes} of every file under dir, recursively. */
export async function snapshotTree(dir: string): Promise<Map<string, { mtimeMs: number; bytes: string }>> {
  const out = new Map<string, { mtimeMs: number; bytes: string }>();
  async function walk(d: string) {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(path.relative(dir, p), { mtimeMs: (await fs.stat(p)).mtimeMs, bytes: (await fs.readFile(p)).toString('base64') });
    }
  }
  await walk(dir);
  return out;
}
