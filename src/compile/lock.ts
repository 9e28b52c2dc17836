// One compile at a time per vault: a second one started while the first writes would leave pages of both.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { WikicError } from '../errors.js';
import { STATE_DIR } from '../wiki/schema.js';

export const LOCK_FILE = `${STATE_DIR}/compile.lock`;

/** Whether a process of that id is running here. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the vault's compile lock (`wiki/.wikic/compile.lock`, holding this process's id) and returns its release; a
 * lock left by a process that is gone (killed, crashed) is taken over. Throws when a running compile holds it.
 */
export function lockVault(wiki: string, shown: string): () => void {
  const file = path.join(wiki, ...LOCK_FILE.split('/'));
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && running(pid)) {
        throw new WikicError(`${path.join(shown, LOCK_FILE)}: another compile (process ${pid}) is writing this vault; wait for it to end (or delete the file if no such process is compiling)`);
      }
      // Left by a compile that is gone: take it over.
      rmSync(file, { force: true });
    }
  }
  throw new WikicError(`${path.join(shown, LOCK_FILE)}: could not take the compile lock`);
}

/**
 * The compile lock found in a vault, if any: a running compile's, or one left by a compile that did not finish
 * (killed or crashed), whose pages may be missing or out of date.
 */
export function lockFound(wiki: string): { pid: number; running: boolean } | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path.join(wiki, ...LOCK_FILE.split('/')), 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? { pid, running: running(pid) } : undefined;
  } catch {
    return undefined;
  }
}
