import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { promises as fs, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A checkout in a temp dir: bin/built.js with src/ files and, when `stamp` is given, a dist/ stamp at that time. */
async function checkout(srcTimes: number[], stamp?: number): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-launcher-'));
  await fs.mkdir(path.join(root, 'bin'));
  await fs.copyFile(path.resolve('bin/built.js'), path.join(root, 'bin', 'built.js'));
  await fs.mkdir(path.join(root, 'src', 'deep'), { recursive: true });
  for (const [i, t] of srcTimes.entries()) {
    const f = path.join(root, 'src', i % 2 ? 'deep' : '', `m${i}.ts`);
    await fs.writeFile(f, '');
    utimesSync(f, t, t);
  }
  if (stamp !== undefined) {
    await fs.mkdir(path.join(root, 'dist'));
    await fs.writeFile(path.join(root, 'dist', '.built'), '');
    utimesSync(path.join(root, 'dist', '.built'), stamp, stamp);
  }
  return root;
}

async function builtCliOf(root: string): Promise<string | undefined> {
  const mod = (await import(`${pathToFileURL(path.join(root, 'bin', 'built.js')).href}?${Math.random()}`)) as { builtCli(): string | undefined };
  return mod.builtCli();
}

describe('bin/wikic.js picks the build only when it is current', () => {
  it('uses dist/ when its stamp is at least as new as every source file, at any depth', async () => {
    const root = await checkout([1000, 2000, 3000], 3000);
    expect(await builtCliOf(root)).toBe(pathToFileURL(path.join(root, 'dist', 'cli.js')).href);
  });

  it('runs the sources when there is no build, or a source file (in a subfolder too) is newer than it', async () => {
    expect(await builtCliOf(await checkout([1000]))).toBeUndefined();
    expect(await builtCliOf(await checkout([1000, 5000], 3000))).toBeUndefined();
    expect(await builtCliOf(await checkout([5000, 1000], 3000))).toBeUndefined();
  });

  it('runs the sources when WIKIC_FROM_SOURCE is set', async () => {
    const root = await checkout([1000], 3000);
    process.env.WIKIC_FROM_SOURCE = '1';
    try {
      expect(await builtCliOf(root)).toBeUndefined();
    } finally {
      delete process.env.WIKIC_FROM_SOURCE;
    }
  });

  it('gives the same answers either way', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [path.resolve('bin/wikic.js'), 'compile', '--raw', path.join(os.tmpdir(), 'wikic-no-such-dir')], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const a = run({ WIKIC_FROM_SOURCE: '1' });
    const b = run({});
    expect(a.status).toBe(2);
    expect([b.status, b.stdout, b.stderr]).toEqual([a.status, a.stdout, a.stderr]);
  });
});
