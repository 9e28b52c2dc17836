// `wikic compile --timings`: the summary line on stdout as always, and where the time went on stderr.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../ingest/helpers.js';

describe('compile --timings', () => {
  it('prints the phases to stderr, and nothing there without the flag', async () => {
    // The committed vault is up to date with raw/: the compile answers from hashes (the check phase alone).
    const wiki = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-timings-')), 'wiki');
    await fs.cp(path.resolve('wiki'), wiki, { recursive: true });
    const timed = runCli(['compile', '--raw', path.resolve('raw'), '--wiki', wiki, '--timings']);
    expect(timed.code).toBe(0);
    expect(timed.stdout).toMatch(/^compiled 20 sources \(0 extracted, 20 cached\).*pages 0 written/);
    expect(timed.stderr).toMatch(/^phases: check \d+ ms\n$/);
    const plain = runCli(['compile', '--raw', path.resolve('raw'), '--wiki', wiki]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe('');
  });
});
