import { cpSync, mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The checked-in fixture vault: read-only source for copies. */
export const FIXTURE_SOURCE = path.resolve('test/fixtures/context/vault');

/**
 * A private copy of the fixture vault: context calls keep a cache inside the vault, which must
 * not land in the repository.
 */
export const FIXTURE_VAULT = path.join(mkdtempSync(path.join(os.tmpdir(), 'wikic-fixture-')), 'vault');
cpSync(FIXTURE_SOURCE, FIXTURE_VAULT, { recursive: true });

/** Runs a command function and returns its exit code and what it wrote to stdout. */
export async function captureStdout(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (done) queueMicrotask(done);
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await run();
    return { code, out: chunks.join('') };
  } finally {
    process.stdout.write = write;
  }
}

export async function tempDir(prefix = 'wikic-context-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Copies a directory tree (the fixture vault) so a test can change it. */
export async function copyDir(from: string, to: string): Promise<void> {
  await fs.cp(from, to, { recursive: true });
}
