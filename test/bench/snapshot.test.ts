import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffSnapshots, snapshot } from '../../bench/measure/snapshot.js';
import { writeFileAtomic } from '../../src/io/atomic.js';

describe('vault snapshots', () => {
  it('counts rewrites, identical rewrites, additions and removals, pages apart from state files', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-bench-snap-'));
    try {
      await writeFileAtomic(path.join(dir, 'a.md'), 'a');
      await writeFileAtomic(path.join(dir, 'people/b.md'), 'b');
      await writeFileAtomic(path.join(dir, 'c.md'), 'c');
      await writeFileAtomic(path.join(dir, '.wikic/cache/x.json'), '{}');
      const before = await snapshot(dir);
      expect(diffSnapshots(before, await snapshot(dir)).rewritten).toBe(0);

      await writeFileAtomic(path.join(dir, 'a.md'), 'a'); // same bytes, written again
      await writeFileAtomic(path.join(dir, 'people/b.md'), 'b2');
      await fs.rm(path.join(dir, 'c.md'));
      await writeFileAtomic(path.join(dir, '.wikic/cache/y.json'), '{}');
      const d = diffSnapshots(before, await snapshot(dir));
      expect(d).toMatchObject({ rewritten: 2, rewrittenUnchanged: 1, added: 1, removed: 1, pages: 3 });
      expect(d.paths).toEqual(['.wikic/cache/y.json', 'a.md', 'c.md', 'people/b.md']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
