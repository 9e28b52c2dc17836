// maintain's page cache: a run after another reads only what changed, and its findings are always
// those of a run without any cache on the same files.
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { buildContext, runChecks } from '../../src/maintain/run.js';
import { CHECKS } from '../../src/maintain/registry.js';
import { renderJson } from '../../src/maintain/report.js';
import { MAINTAIN_CACHE_FILE } from '../../src/maintain/page-cache.js';
import { copyFixture, entityPage, runCli } from './helpers.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

const readSync = (file: string): string => readFileSync(file, 'utf8');

interface CacheFile {
  head: { version: string; strings: unknown[]; [k: string]: unknown };
  pages: Record<string, { s: unknown; r: Record<string, unknown> }>;
  lines: unknown[][];
}

/** The cache file: a header line, then one `[kind, path, entry]` line per page or post. */
function readCache(file: string): CacheFile {
  const [head, ...rest] = readSync(file).trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
  const lines = rest as unknown[][];
  const pages = Object.fromEntries(lines.filter((l) => l[0] === 'p').map((l) => [l[1], l[2]])) as CacheFile['pages'];
  return { head: head as CacheFile['head'], pages, lines };
}

async function writeCache(file: string, c: CacheFile): Promise<void> {
  await fs.writeFile(file, `${[c.head, ...c.lines].map((l) => JSON.stringify(l)).join('\n')}\n`);
}
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A copy of the fixture vault whose files are older than the cache's racy window, so their stamps count. */
async function fixture(): Promise<{ wiki: string; raw: string; cacheFile: string }> {
  const dir = await copyFixture();
  dirs.push(dir);
  await sleep(150);
  const wiki = path.join(dir, 'wiki');
  return { wiki, raw: path.join(dir, 'raw'), cacheFile: path.join(wiki, MAINTAIN_CACHE_FILE) };
}

/** The JSON report of a run that reads and parses everything and keeps nothing. */
async function cold(wiki: string, raw: string): Promise<string> {
  return renderJson(runChecks(await buildContext(wiki, raw, defaultConfig(), { cache: false }), CHECKS));
}

/** The JSON report of the CLI, which reads through the cache and saves it. */
async function warm(wiki: string, raw: string): Promise<string> {
  return (await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json'])).stdout;
}

async function stats(wiki: string, raw: string) {
  const ctx = await buildContext(wiki, raw, defaultConfig());
  runChecks(ctx, CHECKS);
  return ctx.cache!.stats;
}

const edit = async (file: string, from: string, to: string): Promise<void> => {
  const text = await fs.readFile(file, 'utf8');
  expect(text).toContain(from);
  await fs.writeFile(file, text.split(from).join(to));
};

describe('maintain page cache', () => {
  it('writes a cache on the first run and reads nothing again when nothing changed', async () => {
    const { wiki, raw, cacheFile } = await fixture();
    const first = await warm(wiki, raw);
    expect(first).toBe(await cold(wiki, raw));
    const saved = readCache(cacheFile);
    expect(Object.keys(saved.pages)).toContain('companies/Globex.md');
    // No page bodies in the cache.
    expect(await fs.readFile(cacheFile, 'utf8')).not.toContain('## Mentions');

    const s = await stats(wiki, raw);
    expect(s.pagesParsed).toBe(0);
    expect(s.pagesHashed).toBe(0);
    expect(s.pagesTrusted).toBe(Object.keys(saved.pages).length);
    expect(s.rawRead).toBe(0);
    expect(await warm(wiki, raw)).toBe(first);
  });

  it('re-reads an edited page and reports what a cold run reports', async () => {
    const { wiki, raw } = await fixture();
    const before = await warm(wiki, raw);
    // The planted contradiction goes away, and a broken link appears.
    await edit(path.join(wiki, 'companies/Globex.md'), '$3 billion', '$2 billion');
    await edit(path.join(wiki, 'products/Widgetly.md'), '# Widgetly', '# Widgetly\n\nSee [[Nowhere Page]].');
    const after = await warm(wiki, raw);
    expect(after).toBe(await cold(wiki, raw));
    expect(after).not.toBe(before);
    expect(after).not.toContain('"check": "contradiction"');
    expect(after).toContain('[[Nowhere Page]] does not resolve');
    const s = await stats(wiki, raw);
    expect(s.pagesParsed).toBe(0);
  });

  it('notices an edit that keeps the size of the page', async () => {
    const { wiki, raw } = await fixture();
    await warm(wiki, raw);
    await edit(path.join(wiki, 'companies/Globex.md'), '$3 billion', '$4 billion');
    const after = await warm(wiki, raw);
    expect(after).toBe(await cold(wiki, raw));
    expect(after).toContain('vs $4 billion');
  });

  it('reads an added page and forgets a deleted one', async () => {
    const { wiki, raw, cacheFile } = await fixture();
    await warm(wiki, raw);
    // A new page with the same homepage as an existing one (a duplicate), linking the lonely page (no longer an orphan).
    await fs.writeFile(path.join(wiki, 'companies/Acme Robotics Inc.md'), entityPage('Acme Robotics Inc', { url: 'https://acme-robotics.example', body: 'Acme Robotics Inc builds robots and sells [[Lonely Tool]] to warehouses across the region.' }));
    const added = await warm(wiki, raw);
    expect(added).toBe(await cold(wiki, raw));
    expect(added).toContain('may duplicate');
    expect(added).not.toContain('no page links to [[Lonely Tool]]');

    await fs.rm(path.join(wiki, 'companies/Acme Robotics Inc.md'));
    await fs.rm(path.join(wiki, 'products/Tiny Thing.md'));
    const removed = await warm(wiki, raw);
    expect(removed).toBe(await cold(wiki, raw));
    expect(removed).toContain('no page links to [[Lonely Tool]]');
    const saved = readCache(cacheFile);
    expect(Object.keys(saved.pages)).not.toContain('products/Tiny Thing.md');
    expect(Object.keys(saved.pages)).not.toContain('companies/Acme Robotics Inc.md');
  });

  it('re-reads a changed raw post', async () => {
    const { wiki, raw } = await fixture();
    const before = await warm(wiki, raw);
    const post = path.join(raw, '2026-03-01-funding-roundup.md');
    await edit(post, 'Zentrix', 'Quorvane');
    const after = await warm(wiki, raw);
    expect(after).toBe(await cold(wiki, raw));
    expect(after).toContain('post changed since the last compile');
    expect(after).not.toBe(before);
  });

  it('finds names in posts again where a page added or removed changes what the search can match', async () => {
    const { wiki, raw } = await fixture();
    const post = (id: string, body: string): Promise<void> =>
      fs.writeFile(path.join(raw, `2026-04-0${id}-post-${id}.md`), `---\ntitle: Post ${id}\npublished: 2026-04-0${id}T09:00:00Z\n---\n\n${body}\n`);
    // "Quorvane Cloud" is the longest name in every post, so "Quorvane" alone is found only in the first.
    await post('1', '**Quorvane Cloud**: a hosting service by [Quorvane](https://quorvane.example).');
    await post('2', 'We moved our builds to Quorvane Cloud last year.');
    await post('3', 'Quorvane Cloud now hosts the demo.');
    const before = await warm(wiki, raw);
    expect(before).toBe(await cold(wiki, raw));
    expect(before).toContain('\\"Quorvane Cloud\\" is mentioned in 3 posts');
    expect(before).not.toContain('\\"Quorvane\\" is mentioned');

    // With a page for it, "Quorvane Cloud" leaves the search and "Quorvane" is found in all three.
    await fs.writeFile(path.join(wiki, 'products/Quorvane Cloud.md'), entityPage('Quorvane Cloud', { type: 'product' }));
    const added = await warm(wiki, raw);
    expect(added).toBe(await cold(wiki, raw));
    expect(added).toContain('\\"Quorvane\\" is mentioned in 3 posts');
    expect(added).not.toContain('\\"Quorvane Cloud\\" is mentioned');

    await fs.rm(path.join(wiki, 'products/Quorvane Cloud.md'));
    const removed = await warm(wiki, raw);
    expect(removed).toBe(before);
    expect(await warm(wiki, raw)).toBe(before);
  });

  it('keeps the results of posts whose bytes are the same in another raw directory', async () => {
    const { wiki, raw, cacheFile } = await fixture();
    const expected = await warm(wiki, raw);
    expect(expected).toContain('\\"Zentrix\\" is mentioned in 3 posts');
    const moved = path.join(path.dirname(raw), 'raw-copy');
    await fs.cp(raw, moved, { recursive: true });
    await edit(path.join(moved, '2026-03-01-funding-roundup.md'), 'according to a filing', 'according to filings');
    // Results that would be wrong if they were used: no post finds any name.
    const data = readCache(cacheFile);
    for (const l of data.lines) if (l[0] === 'r') (l[2] as { r: Record<string, unknown> }).r['missing-page:found'] = [];
    await writeCache(cacheFile, data);
    const s = await stats(wiki, moved);
    expect(s.rawTrusted).toBe(0);
    expect(s.rawRead).toBe(3);
    // The two unchanged posts keep their (emptied) names; the edited one is searched again.
    expect(await warm(wiki, moved)).not.toContain('\\"Zentrix\\" is mentioned');
    await fs.rm(cacheFile);
    const fresh = await warm(wiki, moved);
    expect(fresh).toBe(await cold(wiki, moved));
    expect(fresh).toContain('\\"Zentrix\\" is mentioned in 3 posts');
  });

  it('ignores a corrupt cache and writes a good one', async () => {
    const { wiki, raw, cacheFile } = await fixture();
    const expected = await warm(wiki, raw);
    const good = readSync(cacheFile);
    for (const junk of ['{"version": 3, "pages": ', 'null', '[]', good.slice(0, good.length / 2), good.replace(/"links":\[/g, '"links":["x",')]) {
      await fs.writeFile(cacheFile, junk);
      expect(await warm(wiki, raw)).toBe(expected);
      expect(() => readCache(cacheFile)).not.toThrow();
    }
    // Entries of the right version but the wrong shape are read again.
    const data = readCache(cacheFile);
    for (const l of data.lines) if (l[0] === 'p') (l[2] as { s: unknown }).s = { links: 'no' };
    data.head.strings = [];
    await writeCache(cacheFile, data);
    expect(await warm(wiki, raw)).toBe(expected);
    expect((await stats(wiki, raw)).pagesParsed).toBe(0);
  });

  it('computes again results of the right version but the wrong shape', async () => {
    const { wiki, raw, cacheFile } = await fixture();
    const expected = await warm(wiki, raw);
    const data = readCache(cacheFile);
    for (const l of data.lines) {
      const r = (l[2] as { r: Record<string, unknown> }).r;
      if (l[0] === 'p' && 'duplicate' in r) r.duplicate = { names: 'no' };
      if (l[0] === 'r') r['missing-page:found'] = [1, null];
    }
    data.head.shared = { 'missing-page:found': 'no' };
    await writeCache(cacheFile, data);
    expect(await warm(wiki, raw)).toBe(expected);
    expect(await warm(wiki, raw)).toBe(expected);
  });

  it('reads nothing from a cache made by another version of the code', async () => {
    const { wiki, raw, cacheFile } = await fixture();
    const expected = await warm(wiki, raw);
    const data = readCache(cacheFile);
    // Results that would be wrong if they were used: every page "thin" with zero words.
    for (const e of Object.values(data.pages)) if ('thin' in e.r) e.r.thin = 0;
    data.head.version = 'older';
    await writeCache(cacheFile, data);
    const s = await stats(wiki, raw);
    expect(s.pagesTrusted + s.pagesHashed).toBe(0);
    expect(await warm(wiki, raw)).toBe(expected);
  });

  it('trusts results of its own version (so the tests above prove the cache is read)', async () => {
    const { wiki, raw, cacheFile } = await fixture();
    await warm(wiki, raw);
    const data = readCache(cacheFile);
    data.pages['companies/Globex.md'].r.thin = 0;
    await writeCache(cacheFile, data);
    expect(await warm(wiki, raw)).toContain('only 0 words about [[Globex]]');
  });

  it('writes again only the lines of what changed', async () => {
    const { wiki, raw, cacheFile } = await fixture();
    await warm(wiki, raw);
    await sleep(150);
    // A second run settles the entries the first wrote as racy.
    await warm(wiki, raw);
    const before = readSync(cacheFile).split('\n');
    await edit(path.join(wiki, 'companies/Globex.md'), '$3 billion', '$5 billion');
    await warm(wiki, raw);
    const after = readSync(cacheFile).split('\n');
    const changed = after.filter((l) => l !== '' && !before.includes(l)).map((l) => (JSON.parse(l) as unknown[])[1] ?? 'header');
    // The header holds vault-wide results, which may change too; no other page's line does.
    expect(changed.filter((c) => c !== 'header')).toEqual(['companies/Globex.md']);
  });

  it('keeps the cache consistent through --fix', async () => {
    const { wiki, raw } = await fixture();
    await warm(wiki, raw);
    const fixed = await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix']);
    expect(fixed.stdout).toContain('fixes applied');
    expect(fixed.stdout).not.toContain('0 fixes applied');
    await sleep(150);
    expect(await warm(wiki, raw)).toBe(await cold(wiki, raw));
    expect(await warm(wiki, raw)).toBe(await cold(wiki, raw));
  });
});
