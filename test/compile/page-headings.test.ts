// A page's file name cannot hold a colon or a slash, but its heading can: it shows the name as the posts write it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { tempDir, testConfig, writePosts } from './helpers.js';

describe('an entity page\'s heading', () => {
  it('writes the name with its colon while the file name has the safe form', async () => {
    const dir = await tempDir('wikic-heading-');
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    await writePosts(raw, [
      {
        id: '2026-03-01-reading',
        title: 'Reading',
        published: '2026-03-01T09:00:00Z',
        body: 'The paper "Beyond Fluency: Toward Reliable Trajectories in Agentic IR" (Chen et al., SIGIR 2026) is the one to read.\n',
      },
    ]);
    await compileVault({ raw, wiki, force: false, config: testConfig(), jobs: 1 });
    const file = path.join(wiki, 'papers', 'Beyond Fluency - Toward Reliable Trajectories in Agentic IR.md');
    const text = await fs.readFile(file, 'utf8');
    expect(text).toContain('\n# Beyond Fluency: Toward Reliable Trajectories in Agentic IR\n');
  });
});
