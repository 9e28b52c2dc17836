import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { main } from '../../src/cli.js';
import { buildVault } from '../../src/wiki/vault.js';
import type { CheckContext, RawPost } from '../../src/maintain/types.js';

export const FIXTURE = path.resolve(__dirname, '../fixtures/vault');

/** A copy of the fixture vault (wiki/ and raw/) in a temp dir. */
export async function copyFixture(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-maintain-'));
  await fs.cp(FIXTURE, dir, { recursive: true });
  return dir;
}

/**
 * Every file under dir (dot-folders included) with its bytes, for before/after comparisons; maintain's
 * own cache (wiki/.wikic/cache/maintain/, which any run may rewrite) left out.
 */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && e.name === 'maintain' && rel.endsWith('.wikic/cache')) continue;
      if (e.isDirectory()) await walk(path.join(d, e.name), r);
      else out[r] = await fs.readFile(path.join(d, e.name), 'utf8');
    }
  };
  await walk(dir, '');
  return out;
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(['node', 'wikic', ...args]);
    // picocolors colours output on CI runners even without a terminal; the tests read plain text.
    const plain = (t: string): string => t.replace(/\x1b\[[0-9;]*m/g, '');
    return { code, stdout: plain(stdout), stderr: plain(stderr) };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** A check context over in-memory pages; every page counts as generated unless listed in `hand`. */
export function memoryContext(pages: Record<string, string>, opts: { raw?: RawPost[]; hand?: string[] } = {}): CheckContext {
  const vault = buildVault('/vault', Object.entries(pages).map(([p, text]) => ({ path: p, text })));
  const hand = new Set(opts.hand ?? []);
  return {
    vault,
    config: defaultConfig('/'),
    raw: opts.raw,
    rawFromWiki: '../raw',
    manifest: { compiler: 'test', pages: Object.fromEntries(Object.keys(pages).filter((p) => !hand.has(p)).map((p) => [p, 'x'])), raw: Object.fromEntries((opts.raw ?? []).map((r) => [r.id, r.hash])) },
    generated: (p) => !hand.has(typeof p === 'string' ? p : p.path),
  };
}

export const NOTES = '## Notes\n\n<!-- wikic:notes - everything below this line is yours; wikic never changes it -->\n';

/** An entity page with every required field. */
export function entityPage(title: string, opts: { type?: string; aliases?: string[]; url?: string; body?: string; sources?: string[]; mentions?: number } = {}): string {
  const fm = [
    '---',
    `type: ${opts.type ?? 'company'}`,
    `aliases: [${(opts.aliases ?? []).map((a) => JSON.stringify(a)).join(', ')}]`,
    'tags: []',
    ...(opts.url ? [`url: ${opts.url}`] : []),
    `sources: [${(opts.sources ?? []).map((s) => JSON.stringify(s)).join(', ')}]`,
    `mentions: ${opts.mentions ?? 1}`,
    'first_seen: 2026-01-01',
    'last_seen: 2026-01-01',
    '---',
  ].join('\n');
  return `${fm}\n# ${title}\n\n${opts.body ?? `${title} is a thing that the posts describe in enough words to not be thin at all, really.`}\n\n${NOTES}`;
}
