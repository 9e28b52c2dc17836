import { promises as fs, closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';

/** A temp file's name beside `file`: unique in this process by a counter, across processes by pid and a random tag made once. */
const TEMP_TAG = `${process.pid.toString(36)}${randomBytes(3).toString('hex')}`;
let tempCount = 0;
function tempPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${TEMP_TAG}${(++tempCount).toString(36)}.tmp`);
}

/** Creates `dir` unless `madeDirs` says this process already did. */
function ensureDirSync(dir: string, madeDirs?: Set<string>): void {
  if (madeDirs?.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  madeDirs?.add(dir);
}

/** Writes a file through a temp file in the same directory and a rename, so readers never see half a file. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = tempPath(file);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Writes only when the bytes differ, so unchanged files keep their mtime. Returns whether it wrote. */
export async function writeIfChanged(file: string, data: string): Promise<boolean> {
  try {
    const old = await fs.readFile(file, 'utf8');
    if (old === data) return false;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await writeFileAtomic(file, data);
  return true;
}

/**
 * The same, synchronously, for writing thousands of small files in a row (where each awaited call
 * costs more than the write). `madeDirs` remembers folders already created, to skip the mkdir.
 */
export function writeFileAtomicSync(file: string, data: string | Uint8Array, madeDirs?: Set<string>): void {
  ensureDirSync(path.dirname(file), madeDirs);
  const tmp = tempPath(file);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Writes text or bytes given in pieces through a temp file, hashing it (sha256, hex) on the way, so a
 * large file is never held whole. The temp file replaces `file` only when `keep(hash)` says so; else it is removed.
 * Returns the hash and whether the file was replaced.
 */
export function writeChunksAtomicSync(
  file: string,
  chunks: Iterable<string | Uint8Array>,
  keep: (hash: string) => boolean,
  madeDirs?: Set<string>,
): { hash: string; written: boolean } {
  ensureDirSync(path.dirname(file), madeDirs);
  const tmp = tempPath(file);
  const hash = createHash('sha256');
  try {
    const fd = openSync(tmp, 'w');
    try {
      for (const chunk of chunks) {
        hash.update(chunk);
        if (typeof chunk === 'string') writeSync(fd, chunk);
        else for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done);
      }
    } finally {
      closeSync(fd);
    }
    const digest = hash.digest('hex');
    if (!keep(digest)) {
      rmSync(tmp, { force: true });
      return { hash: digest, written: false };
    }
    renameSync(tmp, file);
    return { hash: digest, written: true };
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** sha256 (hex) of a file's bytes, read in pieces; undefined when there is no such file. */
export function fileHashSync(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
