import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, runCli, snapshot } from './helpers.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

async function fixture(): Promise<{ wiki: string; raw: string; dir: string }> {
  const dir = await copyFixture();
  dirs.push(dir);
  return { dir, wiki: path.join(dir, 'wiki'), raw: path.join(dir, 'raw') };
}

const read = (wiki: string, p: string): Promise<string> => fs.readFile(path.join(wiki, p), 'utf8');
const MARKER = '<!-- wikic:notes - everything below this line is yours; wikic never changes it -->';

describe('maintain --fix', () => {
  it('rewrites alias links and rebuilds the index, never touches notes or hand-made pages, and a second run changes nothing', async () => {
    const { wiki, raw } = await fixture();
    // The author wrote an alias link in their notes: reported, never rewritten.
    const janePath = path.join(wiki, 'people/Jane Doe.md');
    await fs.appendFile(janePath, 'Also see [[Acme]].\n');
    const janeBefore = await fs.readFile(janePath, 'utf8');
    const handBefore = await read(wiki, 'My notes.md');

    const first = await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix']);
    expect(first.stdout).toContain('fixed sources/Coding tools.md:');
    expect(first.stdout).toContain('rewrite [[Acme]] as [[Acme Robotics|Acme]]');
    expect(first.stdout).toContain('fixed index.md:1  rebuild the index entries');
    expect(first.stdout).toContain('2 fixes applied');

    expect(await read(wiki, 'sources/Coding tools.md')).toContain('[[Acme Robotics|Acme]] hit $150 million');
    const index = await read(wiki, 'index.md');
    expect(index).toContain('## Models (2)\n\n- [[Nova 2]]: a page\n- [[Nova 3]]\n');
    expect(await fs.readFile(janePath, 'utf8')).toBe(janeBefore);
    expect(janeBefore.slice(janeBefore.indexOf(MARKER))).toContain('[[Acme]]');
    expect(await read(wiki, 'My notes.md')).toBe(handBefore);
    // The stale post page is still linked from other pages, so it stays until a compile.
    await expect(fs.stat(path.join(wiki, 'sources/Old post.md'))).resolves.toBeTruthy();

    // What remains: the link in the notes (a warning), and the findings --fix cannot settle.
    const left = JSON.parse((await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json'])).stdout) as Array<{ check: string; page: string; severity: string }>;
    expect(left.filter((f) => f.check === 'broken-link').map((f) => `${f.page} ${f.severity}`)).toEqual(['people/Jane Doe.md warning']);
    expect(left.some((f) => f.check === 'index')).toBe(false);

    const before = await snapshot(wiki);
    const second = await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix']);
    expect(second.stdout).toContain('0 fixes applied');
    expect(await snapshot(wiki)).toEqual(before);
  });

  it('removes a stale page the compiler made when nothing links to it, and its index entry', async () => {
    const { wiki, raw } = await fixture();
    const gone = [
      '---',
      'type: source',
      'title: Gone',
      'url: https://blog.example.com/gone',
      'published: 2025-01-01',
      'raw: 2025-01-01-gone',
      'topics: []',
      'entities: []',
      '---',
      '# Gone',
      '',
      '## Notes',
      '',
      MARKER,
      '',
    ].join('\n');
    await fs.writeFile(path.join(wiki, 'sources/Gone.md'), gone);
    await fs.appendFile(path.join(wiki, 'index.md'), '- [[Gone]]: a page\n');
    const manifestFile = path.join(wiki, '.wikic/manifest.json');
    const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
    manifest.pages['sources/Gone.md'] = createHash('sha256').update(gone).digest('hex');
    await fs.writeFile(manifestFile, JSON.stringify(manifest));

    const r = await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix', '--only', 'stale,index']);
    expect(r.stdout).toContain('fixed sources/Gone.md:6  removed the page');
    await expect(fs.stat(path.join(wiki, 'sources/Gone.md'))).rejects.toThrow();
    expect(await read(wiki, 'index.md')).not.toContain('[[Gone]]');
    const again = await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix', '--only', 'stale,index']);
    expect(again.stdout).toContain('0 fixes applied');
  });

  it('keeps a stale page that holds author notes or was edited since compile', async () => {
    const { wiki, raw } = await fixture();
    const page = [
      '---',
      'type: source',
      'title: Gone',
      'url: https://x.example',
      'published: 2025-01-01',
      'raw: 2025-01-01-gone',
      'topics: []',
      'entities: []',
      '---',
      '# Gone',
      '',
      '## Notes',
      '',
      MARKER,
      'mine',
      '',
    ].join('\n');
    await fs.writeFile(path.join(wiki, 'sources/Gone.md'), page);
    const manifestFile = path.join(wiki, '.wikic/manifest.json');
    const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
    manifest.pages['sources/Gone.md'] = createHash('sha256').update(page).digest('hex');
    await fs.writeFile(manifestFile, JSON.stringify(manifest));
    await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix', '--only', 'stale']);
    expect(await read(wiki, 'sources/Gone.md')).toBe(page);
  });

  it('leaves a vault without a manifest untouched', async () => {
    const { wiki, raw } = await fixture();
    await fs.rm(path.join(wiki, '.wikic'), { recursive: true });
    const before = await snapshot(wiki);
    const r = await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix']);
    expect(r.stdout).toContain('0 fixes applied');
    expect(await snapshot(wiki)).toEqual(before);
  });

  it('reports raw posts that are new or changed since the last compile', async () => {
    const { wiki, raw } = await fixture();
    await fs.appendFile(path.join(raw, '2026-02-10-coding-tools.md'), '\nOne more line.\n');
    await fs.writeFile(path.join(raw, '2026-04-01-new.md'), '---\ntitle: New\n---\nNew post.\n');
    const r = JSON.parse((await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json', '--only', 'stale'])).stdout) as Array<{ page: string; message: string }>;
    expect(r.map((f) => `${f.page} ${f.message}`)).toEqual([
      '../raw/2026-02-10-coding-tools.md post changed since the last compile; run wikic compile',
      '../raw/2026-04-01-new.md post not compiled yet; run wikic compile',
      'sources/Old post.md its post 2025-10-01-old-post.md is no longer in raw/; run wikic compile (--fix leaves it: other pages link to it)',
    ]);
  });

  it('tells the author to delete a post page compile no longer makes, not to compile again', async () => {
    const { wiki, raw } = await fixture();
    const manifestFile = path.join(wiki, '.wikic/manifest.json');
    const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
    delete manifest.pages['sources/Old post.md'];
    await fs.writeFile(manifestFile, JSON.stringify(manifest));
    const r = JSON.parse((await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json', '--only', 'stale'])).stdout) as Array<{ page: string; message: string }>;
    expect(r.find((f) => f.page === 'sources/Old post.md')?.message).toBe(
      'its post 2025-10-01-old-post.md is no longer in raw/; kept for its notes; delete it when they are no longer needed',
    );
  });

  it('stays quiet about stale pages when the raw directory does not exist', async () => {
    const { wiki, dir } = await fixture();
    const r = await runCli(['maintain', '--wiki', wiki, '--raw', path.join(dir, 'nope'), '--json', '--only', 'stale,missing-page', '--fix']);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('maintain --fix after a page was renamed and kept its old name as an alias', () => {
  it('points generated links and the index entry at the new name, leaves hand-made pages alone, and settles in one run', async () => {
    const { wiki, raw } = await fixture();
    const oldFile = path.join(wiki, 'companies/Globex.md');
    const text = await fs.readFile(oldFile, 'utf8');
    await fs.rm(oldFile);
    await fs.writeFile(path.join(wiki, 'companies/Globex Corp.md'), text.replace('aliases: []', 'aliases:\n  - Globex'));

    const before = JSON.parse((await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json', '--only', 'broken-link,index'])).stdout) as Array<{ page: string }>;
    expect(before.length).toBeGreaterThan(5);

    await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix']);
    const funding = await read(wiki, 'sources/Funding roundup.md');
    expect(funding).toContain('[[Globex Corp|Globex]] was valued at $3 billion');
    expect(funding).toContain('  - "[[Globex Corp|Globex]]"');
    expect(await read(wiki, 'sources/Coding tools.md')).toContain('**Companies**: [[Globex Corp|Globex]]');
    expect(await read(wiki, 'index.md')).toContain('## Companies (2)\n\n- [[Acme Robotics]]: a page\n- [[Globex Corp]]: a page\n');
    expect(await read(wiki, 'My notes.md')).toContain('[[Globex#Facts]]');

    const after = JSON.parse((await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json', '--only', 'broken-link,index'])).stdout) as Array<{ page: string }>;
    expect(after.map((f) => f.page)).toEqual(['My notes.md']);
    expect((await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--fix'])).stdout).toContain('0 fixes applied');
  });
});

describe('maintain without --fix', () => {
  it('changes nothing on disk', async () => {
    const { dir, wiki, raw } = await fixture();
    const before = await snapshot(dir);
    await runCli(['maintain', '--wiki', wiki, '--raw', raw]);
    await runCli(['maintain', '--wiki', wiki, '--raw', raw, '--json']);
    expect(await snapshot(dir)).toEqual(before);
  });
});
