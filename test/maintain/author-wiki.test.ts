// The author's posts compiled with the real extractor: maintain must find no errors in the result,
// and none in the committed wiki/ either.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { defaultConfig } from '../../src/config.js';
import { buildContext, runChecks } from '../../src/maintain/run.js';
import { CHECKS } from '../../src/maintain/registry.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RAW = path.join(ROOT, 'raw');
const COMMITTED = path.join(ROOT, 'wiki');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-author-'));
  await compileVault({ raw: RAW, wiki: path.join(dir, 'wiki'), force: false, config: defaultConfig(ROOT) });
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const errors = async (wiki: string) => {
  const ctx = await buildContext(wiki, RAW, defaultConfig(ROOT));
  return runChecks(ctx, CHECKS)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.check} ${f.page}:${f.line ?? '-'} ${f.message}`);
};

describe("maintain on the author's wiki", () => {
  it('finds no errors in a fresh compile of raw/', async () => {
    expect(await errors(path.join(dir, 'wiki'))).toEqual([]);
  });

  it('finds no errors in the committed wiki/', async () => {
    expect(existsSync(path.join(COMMITTED, 'index.md')), 'wiki/ is committed').toBe(true);
    expect(await errors(COMMITTED)).toEqual([]);
  });
});
