// The fixture vault holds exactly one planted problem per check, beside clean pages that look
// similar (a value that changes over time, models one version apart, an acronym that is an alias,
// links that differ only in case, a hand-made note, links inside code and dot-folders).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { buildContext, runChecks } from '../../src/maintain/run.js';
import { CHECKS } from '../../src/maintain/registry.js';
import { FIXTURE, copyFixture, runCli } from './helpers.js';

const WIKI = path.join(FIXTURE, 'wiki');
const RAW = path.join(FIXTURE, 'raw');

/** 1-based line of the first line of a fixture page containing `needle`. */
function lineOf(page: string, needle: string): number {
  const i = readFileSync(path.join(WIKI, page), 'utf8').split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${page}`);
  return i + 1;
}

// The CLI keeps a cache in the vault it checks: runs go over a copy, never the fixture itself.
let copy: string;
beforeAll(async () => {
  copy = await copyFixture();
});
afterAll(() => fs.rm(copy, { recursive: true, force: true }));
const cliWiki = (): string => path.join(copy, 'wiki');
const cliRaw = (): string => path.join(copy, 'raw');

describe('maintain on the fixture vault', () => {
  it('finds each planted problem once, on the right line, and nothing else', async () => {
    const ctx = await buildContext(WIKI, RAW, defaultConfig());
    const got = runChecks(ctx, CHECKS).map((f) => `${f.check} ${f.page}:${f.line ?? '-'}`);
    const expected = [
      `schema events/Agent Summit 2026.md:${lineOf('events/Agent Summit 2026.md', 'type: event')}`,
      `broken-link sources/Coding tools.md:${lineOf('sources/Coding tools.md', '[[Acme]]')}`,
      'index index.md:1',
      'orphan products/Lonely Tool.md:1',
      'duplicate products/Widgetly App.md:1',
      `alias-collision people/John Doe.md:${lineOf('people/John Doe.md', 'J. Doe')}`,
      `contradiction companies/Globex.md:${lineOf('companies/Globex.md', '$3 billion')}`,
      `stale sources/Old post.md:${lineOf('sources/Old post.md', 'raw:')}`,
      'thin products/Tiny Thing.md:1',
      `missing-page sources/Agents in production.md:${lineOf('sources/Agents in production.md', 'Zentrix')}`,
    ];
    expect(got.sort()).toEqual(expected.sort());
  });

  it('explains each finding', async () => {
    const ctx = await buildContext(WIKI, RAW, defaultConfig());
    const by = Object.fromEntries(runChecks(ctx, CHECKS).map((f) => [f.check, f]));
    expect(by['broken-link'].message).toContain('alias of [[Acme Robotics]]');
    expect(by.index.message).toContain('models/Nova 3.md');
    expect(by.duplicate.message).toMatch(/same homepage/);
    expect(by['alias-collision'].message).toContain('[[Jane Doe]]');
    expect(by.contradiction.message).toMatch(/valuation for 2026-01: \$2 billion .* vs \$3 billion/);
    expect(by.contradiction.evidence).toEqual([
      '"Globex was valued at $2 billion in January 2026." (Coding tools, 2026-02-10)',
      '"Globex was valued at $3 billion in January 2026, according to a filing." (Funding roundup, 2026-03-01)',
    ]);
    expect(by.stale.message).toContain('2025-10-01-old-post');
    expect(by['missing-page'].message).toContain('"Zentrix" is mentioned in 3 posts');
    expect(by.schema.message).toContain('last_seen');
  });

  it('exits 1 when errors are found and prints a report grouped by check with a count line', async () => {
    const r = await runCli(['maintain', '--wiki', cliWiki(), '--raw', cliRaw()]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^4 errors, 4 warnings, 2 info \(10 checks, 21 pages\)$/);
    expect(r.stdout).toContain(`sources/Coding tools.md:${lineOf('sources/Coding tools.md', '[[Acme]]')}  error  [[Acme]] does not resolve`);
    expect(lines.filter((l) => /^[a-z-]+ \(\d+\)$/.test(l))).toHaveLength(10);
  });

  it('prints a sorted JSON array with --json', async () => {
    const r = await runCli(['maintain', '--wiki', cliWiki(), '--raw', cliRaw(), '--json']);
    expect(r.code).toBe(1);
    const arr = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(arr).toHaveLength(10);
    for (const f of arr) {
      expect(Object.keys(f)).toEqual([...Object.keys(f)].sort());
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(typeof f.page).toBe('string');
      expect(typeof f.message).toBe('string');
      expect(f).not.toHaveProperty('action');
    }
    const keys = arr.map((f) => `${f.page}\u0000${String(f.line ?? 0).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('runs only the checks named by --only and exits 0 on warnings alone', async () => {
    const r = await runCli(['maintain', '--wiki', cliWiki(), '--raw', cliRaw(), '--json', '--only', 'orphan,contradiction']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ check: string }>).map((f) => f.check).sort()).toEqual(['contradiction', 'orphan']);
  });

  it('exits 2 on an unknown check id or a missing wiki directory', async () => {
    const bad = await runCli(['maintain', '--wiki', cliWiki(), '--raw', cliRaw(), '--only', 'orphan,nonsense']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"nonsense"');
    const missing = await runCli(['maintain', '--wiki', path.join(FIXTURE, 'no-such-dir'), '--raw', cliRaw()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-dir');
  });

  it('keeps the manifest in step with the fixture files (run rehash.mjs after editing them)', async () => {
    const ctx = await buildContext(WIKI, RAW, defaultConfig());
    for (const r of ctx.raw!) expect(ctx.manifest!.raw[r.id], r.id).toBe(r.hash);
  });
});
