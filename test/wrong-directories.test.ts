// Mistakes with the directories and arguments commands are given: one line naming what is wrong, exit 2,
// and nothing written where it should not be.
import { promises as fs } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, snapshotTree, tmpDir } from './ingest/helpers.js';

const FEED = path.join(FIXTURES, 'rss2.xml');

describe('commands given the wrong directories', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tmpDir('wikic-dirs-');
    expect(runCli(['ingest', FEED, '--raw', 'raw'], dir).code).toBe(0);
  });

  it('compile and build refuse one directory for --raw and --wiki, before writing anything', async () => {
    const before = await snapshotTree(path.join(dir, 'raw'));
    for (const args of [['compile', '--raw', 'raw', '--wiki', 'raw'], ['compile', '--raw', 'raw', '--wiki', './raw/'], ['build', FEED, '--raw', 'raw', '--wiki', 'raw']]) {
      const r = runCli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^wikic: \S+: --raw and --wiki name the same directory: the vault needs a directory of its own/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await snapshotTree(path.join(dir, 'raw'))).toEqual(before);
    await fs.cp(path.join(dir, 'raw'), path.join(dir, 'vault', 'raw'), { recursive: true });
    const inside = runCli(['compile', '--raw', 'vault/raw', '--wiki', 'vault'], dir);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toBe('wikic: vault/raw: the raw directory is inside the vault vault: keep them side by side (e.g. --raw raw --wiki wiki)\n');
    // Nor the vault inside the raw directory, among the feed snapshots or beside the posts.
    for (const w of ['raw/feeds', 'raw/sub']) {
      const r = runCli(['compile', '--raw', 'raw', '--wiki', w], dir);
      expect(r.code, w).toBe(2);
      expect(r.stderr).toBe(`wikic: ${w}: the vault is inside the raw directory raw: keep them side by side (e.g. --raw raw --wiki wiki)\n`);
    }
    expect(await snapshotTree(path.join(dir, 'raw'))).toEqual(before);
  });

  it('ingest and compile refuse a vault given as the raw directory, naming it, before writing anything', async () => {
    expect(runCli(['compile', '--raw', 'raw', '--wiki', 'made'], dir).code).toBe(0);
    const before = await snapshotTree(path.join(dir, 'made'));
    for (const args of [['ingest', FEED, '--raw', 'made'], ['compile', '--raw', 'made', '--wiki', 'other']]) {
      const r = runCli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/made: is a vault compile made \(it has \.wikic\/manifest\.json\), not a directory of raw posts: pass the posts' directory with --raw DIR\n$/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await snapshotTree(path.join(dir, 'made'))).toEqual(before);
    await expect(fs.stat(path.join(dir, 'other'))).rejects.toThrow();
  });

  it('a link to the raw directory is that directory, and a folder named `..x` inside the vault is inside it', async () => {
    await fs.symlink(path.join(dir, 'raw'), path.join(dir, 'raw-link'));
    await fs.mkdir(path.join(dir, 'linked'), { recursive: true });
    await fs.symlink(path.join(dir, 'vault'), path.join(dir, 'linked', 'vault'));
    const before = await snapshotTree(path.join(dir, 'raw'));
    const same = runCli(['compile', '--raw', 'raw', '--wiki', 'raw-link'], dir);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/^wikic: raw-link: --raw and --wiki name the same directory/);
    // The vault through a link, the raw directory named inside the real one.
    const inside = runCli(['maintain', '--raw', 'vault/raw', '--wiki', 'linked/vault'], dir);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/^wikic: vault\/raw: the raw directory is inside the vault linked\/vault/);
    await fs.cp(path.join(dir, 'raw'), path.join(dir, 'vault', '..posts'), { recursive: true });
    const dotted = runCli(['compile', '--raw', 'vault/..posts', '--wiki', 'vault'], dir);
    expect(dotted.code).toBe(2);
    expect(dotted.stderr).toMatch(/^wikic: vault\/\.\.posts: the raw directory is inside the vault vault/);
    expect(await snapshotTree(path.join(dir, 'raw'))).toEqual(before);
  });

  it('compile refuses to write a vault into a directory of raw posts', async () => {
    await fs.cp(path.join(dir, 'raw'), path.join(dir, 'other-blog'), { recursive: true });
    const before = await snapshotTree(path.join(dir, 'other-blog'));
    const r = runCli(['compile', '--raw', 'raw', '--wiki', 'other-blog'], dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'wikic: other-blog: holds raw posts (what "wikic ingest" writes), not a vault: pass the vault\'s directory with --wiki DIR\n' });
    expect(await snapshotTree(path.join(dir, 'other-blog'))).toEqual(before);
  });

  it('maintain, context and graph refuse a directory of raw posts as the vault', async () => {
    const before = await snapshotTree(path.join(dir, 'raw'));
    for (const args of [['maintain', '--wiki', 'raw', '--raw', 'elsewhere'], ['context', 'what is here?', '--wiki', 'raw'], ['graph', '--wiki', 'raw']]) {
      const r = runCli(args, dir);
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'wikic: raw: holds raw posts (what "wikic ingest" writes), not a vault: pass the vault\'s directory with --wiki DIR\n' });
    }
    expect(runCli(['maintain', '--wiki', 'raw', '--raw', 'raw'], dir).stderr).toMatch(/--raw and --wiki name the same directory/);
    expect(await snapshotTree(path.join(dir, 'raw'))).toEqual(before);
  });

  it('the compiled vault is still a vault for them', async () => {
    expect(runCli(['compile', '--raw', 'raw', '--wiki', 'wiki'], dir).code).toBe(0);
    expect(runCli(['maintain', '--wiki', 'wiki', '--raw', 'raw'], dir).code).toBe(0);
    expect(runCli(['context', 'what is here?', '--wiki', 'wiki'], dir).code).toBe(0);
  });

  it('ingest names a --raw that is a file, and writes nothing', async () => {
    await fs.writeFile(path.join(dir, 'notes.md'), 'mine\n');
    const r = runCli(['ingest', FEED, '--raw', 'notes.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`wikic: ${path.join(dir, 'notes.md')}: not a directory (--raw takes the directory ingest writes posts to)\n`);
    expect(await fs.readFile(path.join(dir, 'notes.md'), 'utf8')).toBe('mine\n');
  });

  it('ingest names a URL scheme it does not read', () => {
    for (const url of ['ftp://127.0.0.1/feed.xml', 'file:///tmp/feed.xml']) {
      const r = runCli(['ingest', url, '--raw', 'raw'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`wikic: ${url}: unsupported URL scheme "${url.split(':')[0]}:" (ingest reads feed files and http(s) URLs)\n`);
    }
  });

  it('context refuses a question with no words', () => {
    for (const q of ['', '  ?? ']) {
      const r = runCli(['context', q, '--wiki', 'wiki'], dir);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `wikic: context: the question "${q.replace(/\s+/g, " ")}" has no words to look for (e.g. wikic context "What is MCP?")\n` });
    }
  });
});

describe('a vault or output path that cannot be one, and a folder with nothing in it', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tmpDir('wikic-paths-');
    expect(runCli(['ingest', FEED, '--raw', 'raw'], dir).code).toBe(0);
    await fs.writeFile(path.join(dir, 'afile'), 'not a folder\n');
    await fs.mkdir(path.join(dir, 'empty'));
  });

  it('compile and build refuse a --wiki that is a file in one line, and build ingests nothing first', async () => {
    for (const args of [['compile', '--raw', 'raw', '--wiki', 'afile'], ['build', FEED, '--raw', 'raw2', '--wiki', 'afile']]) {
      const r = runCli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe("wikic: afile: not a directory (--wiki takes the vault's directory)\n");
    }
    await expect(fs.stat(path.join(dir, 'raw2'))).rejects.toThrow();
    expect(await fs.readFile(path.join(dir, 'afile'), 'utf8')).toBe('not a folder\n');
  });

  it('compile of a raw directory with no posts leaves no vault behind', async () => {
    const r = runCli(['compile', '--raw', 'empty', '--wiki', 'never'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('wikic: empty: no posts to compile (run "wikic ingest" first, or pass --raw DIR)\n');
    await expect(fs.stat(path.join(dir, 'never'))).rejects.toThrow();
  });

  it('graph refuses an --out below a file, naming the file', async () => {
    expect(runCli(['compile', '--raw', 'raw', '--wiki', 'wiki'], dir).code).toBe(0);
    for (const out of ['afile/graph.json', 'afile/sub/graph.json']) {
      const r = runCli(['graph', '--wiki', 'wiki', '--out', out], dir);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toBe(`wikic: afile: not a directory, so --out ${out} cannot be written\n`);
    }
  });

  it('maintain and context refuse a folder with no pages (a mistyped --wiki), writing nothing there', async () => {
    for (const args of [['maintain', '--wiki', 'empty', '--raw', 'raw'], ['context', 'What is new?', '--wiki', 'empty']]) {
      const r = runCli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe("wikic: empty: no markdown pages there (pass the vault's directory with --wiki DIR)\n");
    }
    expect(await fs.readdir(path.join(dir, 'empty'))).toEqual([]);
  });
});

describe('a compile that did not finish', () => {
  it('is named by maintain before its findings, which may be that and not the wiki', async () => {
    const dir = await tmpDir('wikic-unfinished-');
    expect(runCli(['ingest', FEED, '--raw', 'raw'], dir).code).toBe(0);
    expect(runCli(['compile', '--raw', 'raw', '--wiki', 'wiki'], dir).code).toBe(0);
    // The lock a killed compile leaves: the id of a process that has ended.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await fs.writeFile(path.join(dir, 'wiki', '.wikic', 'compile.lock'), `${gone}\n`);
    const r = runCli(['maintain', '--wiki', 'wiki', '--raw', 'raw'], dir);
    expect(r.stderr.split('\n')[0]).toBe(`wikic: note: wiki: the last compile did not finish (process ${gone} left its lock): pages may be missing or out of date; run "wikic compile"`);
    // The next compile takes the lock over and leaves none.
    expect(runCli(['compile', '--raw', 'raw', '--wiki', 'wiki', '--force'], dir).code).toBe(0);
    expect(runCli(['maintain', '--wiki', 'wiki', '--raw', 'raw'], dir).stderr).not.toMatch(/did not finish/);
  });
});
