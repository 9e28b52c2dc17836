// Cache versions are hashes of the code that made what is cached: every module that code loads counts, wherever
// it lives, and nothing else. A helper in another folder must invalidate the cache; a module the cached step never
// runs must not (a change to how names are resolved keeps every post's extraction).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles, importClosure, ROOT } from '../../src/code-version.js';
import { extractorInputs } from '../../src/compile/version.js';
import { MAINTAIN_CODE } from '../../src/maintain/version.js';
import { tempDir } from './helpers.js';

const rel = (files: string[]): string[] => files.map((f) => path.relative(ROOT, f).split(path.sep).join('/'));

describe('importClosure', () => {
  it('follows imports, re-exports and dynamic imports through `.js` specifiers to the sources, not imports of types', async () => {
    const dir = await tempDir('wikic-closure-');
    const files: Record<string, string> = {
      'a.ts': [
        "import { b } from './b.js';",
        "import type { C } from './c.js';",
        'import type {',
        '  C2,',
        "} from './c2.js';",
        "export { d } from './lib/d.js';",
        "export type { E } from './e.js';",
        "import './side.js';",
        "const late = () => import('./late.js');",
        "import { readFileSync } from 'node:fs';",
      ].join('\n'),
      'b.ts': "import { helper } from '../outside/helper.js';\nexport const b = helper;\n",
      'c.ts': 'export interface C { x: number }\n',
      'c2.ts': 'export interface C2 { x: number }\n',
      'lib/d.ts': "export { b as d } from '../b.js';\n",
      'e.ts': 'export interface E { x: number }\n',
      'side.ts': 'globalThis.x = 1;\n',
      'late.ts': 'export const late = 1;\n',
      'unused.ts': "import { b } from './b.js';\n",
    };
    for (const [name, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, 'src', name)), { recursive: true });
      await fs.writeFile(path.join(dir, 'src', name), text);
    }
    await fs.mkdir(path.join(dir, 'outside'), { recursive: true });
    await fs.writeFile(path.join(dir, 'outside', 'helper.ts'), 'export const helper = 1;\n');
    const got = importClosure([path.join(dir, 'src', 'a.ts')]).map((f) => path.relative(dir, f).split(path.sep).join('/'));
    expect(got).toEqual(['outside/helper.ts', 'src/a.ts', 'src/b.ts', 'src/late.ts', 'src/lib/d.ts', 'src/side.ts']);
  });
});

describe('cache versions', () => {
  it('key the extraction cache by the modules extraction runs, wherever they are, and not by resolution', () => {
    const files = rel(codeFiles(extractorInputs()));
    // Extraction stores each post's linkable words through a module outside its folder.
    expect(files).toContain('src/compile/linker-words.ts');
    expect(files).toContain('src/compile/extract/signals/propn-runs.ts');
    expect(files).toContain('src/compile/extract/data/first-names.ts');
    expect(files).toContain('src/ingest/raw-store.ts');
    // Resolution runs over all posts on every compile: changing it keeps the cache.
    for (const f of ['src/compile/extract/resolve.ts', 'src/compile/extract/facts.ts', 'src/compile/extract/versions.ts', 'src/compile/extract/pinned.ts']) {
      expect(files).not.toContain(f);
    }
  });
});

describe("maintain's cache version", () => {
  it('counts the modules maintain loads from outside its folders (how names are keyed)', () => {
    const files = rel(codeFiles(MAINTAIN_CODE));
    expect(files).toContain('src/compile/extract/name-key.ts');
    expect(files).toContain('src/maintain/checks/contradiction.ts');
  });
});
