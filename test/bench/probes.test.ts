import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FILE_PROBE_FILES, fileProbeMs } from '../../bench/measure/probes.js';

describe('machine probes', () => {
  it('creates its files in the directory it is given, through temp files that do not remain', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-bench-probe-'));
    try {
      const at = path.join(dir, 'probe');
      expect(fileProbeMs(at)).toBeGreaterThanOrEqual(0);
      const names = await fs.readdir(at);
      expect(names).toHaveLength(FILE_PROBE_FILES);
      expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
      expect(await fs.readdir(dir)).toEqual(['probe']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
