// A link the author wrote in their notes to a page not written yet is a warning (Obsidian treats
// unresolved links as normal); in the compiler's text it stays an error. --fix never edits the notes.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadVault } from '../../src/wiki/vault.js';
import { applyFixes } from '../../src/maintain/fix.js';
import type { MaintainFinding } from '../../src/maintain/types.js';
import { entityPage, runCli } from './helpers.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

/** A vault of two entity pages that link to each other; Acme's notes and body as given. */
async function vault(acmeBody: string, acmeNotes: string): Promise<{ wiki: string; raw: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-notes-links-'));
  dirs.push(dir);
  const wiki = path.join(dir, 'wiki');
  await fs.mkdir(path.join(wiki, 'companies'), { recursive: true });
  await fs.writeFile(path.join(wiki, 'companies/Acme.md'), entityPage('Acme', { body: acmeBody }) + acmeNotes);
  await fs.writeFile(path.join(wiki, 'companies/Globex.md'), entityPage('Globex', { body: 'Globex is a company that works with [[Acme]] on many long projects, said the post.' }));
  return { wiki, raw: path.join(dir, 'raw') };
}

const BODY = 'Acme is a company that works with [[Globex]] on many long projects, said the post.';

describe('broken links in the author notes', () => {
  it('a forward link in the notes is a warning and maintain exits 0', async () => {
    const { wiki, raw } = await vault(BODY, '\nNext: write up [[PostgreSQL 18]] once it ships.\n');
    const r = await runCli(['maintain', '--wiki', wiki, '--raw', raw]);
    expect(r.stdout).toMatch(/^ {2}companies\/Acme\.md:\d+ {2}warning {2}in the notes, \[\[PostgreSQL 18\]\] does not resolve$/m);
    expect(r.stdout).toMatch(/^0 errors, 1 warning, \d+ info/m);
    expect(r.code).toBe(0);
    const json = JSON.parse((await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json'])).stdout) as Array<Record<string, unknown>>;
    expect(json.filter((f) => f.check === 'broken-link')).toEqual([
      expect.objectContaining({ severity: 'warning', page: 'companies/Acme.md', message: 'in the notes, [[PostgreSQL 18]] does not resolve' }),
    ]);
  });

  it('the same link in the generated text is an error and maintain exits 1', async () => {
    const { wiki, raw } = await vault(`${BODY} It plans [[PostgreSQL 18]].`, '\nNext: write up [[PostgreSQL 18]] once it ships.\n');
    const r = await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json', '--only', 'broken-link']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Array<Record<string, unknown>>).map((f) => `${f.line} ${f.severity} ${f.message}`)).toEqual([
      '12 error [[PostgreSQL 18]] does not resolve',
      '18 warning in the notes, [[PostgreSQL 18]] does not resolve',
    ]);
  });

  it('a missing heading linked from the notes is a warning too', async () => {
    const { wiki, raw } = await vault(BODY, '\nSee [[Globex#History]].\n');
    const r = await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json', '--only', 'broken-link']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ severity: 'warning', message: 'in the notes, [[Globex#History]]: no heading "History" in companies/Globex.md; closest heading: "Notes"' })]);
  });
});

describe('--fix and the author notes', () => {
  it('applies no edit, rewrite or removal that would change the notes, whatever a finding asks', async () => {
    const notes = '\nMy own [[Acme]] and [[Globex]] notes.\n';
    const { wiki } = await vault(BODY, notes);
    const acmeFile = path.join(wiki, 'companies/Acme.md');
    const before = await fs.readFile(acmeFile, 'utf8');
    const v = await loadVault(wiki);
    const inNotes = before.lastIndexOf('[[Globex]]');
    const inBody = before.indexOf('[[Globex]]');
    const finding = (action: MaintainFinding['action']): MaintainFinding => ({ check: 'test', severity: 'error', page: 'companies/Acme.md', message: 'x', fix: 'test fix', action });

    const refused = await applyFixes(v, [
      finding({ kind: 'edit', page: 'companies/Acme.md', edits: [{ offset: inNotes, expect: '[[Globex]]', text: '[[Globex Corp]]' }] }),
      finding({ kind: 'write', page: 'companies/Acme.md', content: before.replace(notes, '\n') }),
      finding({ kind: 'delete', page: 'companies/Acme.md' }),
    ]);
    expect(refused).toEqual([]);
    expect(await fs.readFile(acmeFile, 'utf8')).toBe(before);

    // Above the notes the same edit goes through, and the notes stay byte for byte.
    const applied = await applyFixes(v, [finding({ kind: 'edit', page: 'companies/Acme.md', edits: [{ offset: inBody, expect: '[[Globex]]', text: '[[Globex|Globex Inc]]' }] })]);
    expect(applied).toHaveLength(1);
    const after = await fs.readFile(acmeFile, 'utf8');
    expect(after).toContain('works with [[Globex|Globex Inc]] on');
    expect(after.endsWith(notes)).toBe(true);
  });
});
