import { promises as fs, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes a file through a temp file in the same directory and a rename, so readers never see half a file. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
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
  const dir = path.dirname(file);
  if (!madeDirs?.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs?.add(dir);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
