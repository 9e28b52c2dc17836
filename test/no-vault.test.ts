// maintain, context and graph where there is no vault: the same kind of hint compile gives.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './ingest/helpers.js';

describe('a vault command where there is no vault', () => {
  it.each([[['maintain']], [['context', 'what is here?']], [['graph']]])('%j: says to compile first or pass --wiki, exit 2', async (args) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-novault-'));
    const r = runCli(args, dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'wikic: wiki: wiki directory not found (run "wikic compile" first, or pass --wiki DIR)\n' });
    const other = runCli([...args, '--wiki', 'elsewhere'], dir);
    expect(other.stderr).toBe('wikic: elsewhere: wiki directory not found (run "wikic compile" first, or pass --wiki DIR)\n');
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
