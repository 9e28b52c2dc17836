// What a first run on an unfamiliar feed met: undated posts, pipes closed early, names in other scripts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-new-user-'));
  await fs.writeFile(path.join(dir, 'wikic.config.json'), '{}');
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const item = (title: string, body: string, date?: string): string =>
  `<item><title>${title}</title><link>https://blog.example.com/${encodeURIComponent(title)}</link>${date ? `<pubDate>${date}</pubDate>` : ''}<category>Publishing</category><description><![CDATA[${body}]]></description></item>`;
const feed = (items: string[]): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://blog.example.com/</link><description>d</description>${items.join('')}</channel></rss>`;

describe('a feed whose posts carry no dates', () => {
  it('builds a vault its own check accepts, with the date fields left empty', async () => {
    const f = path.join(dir, 'feed.xml');
    await fs.writeFile(f, feed([item('The First Item', '<p>Zorblin Labs shipped Quibble to every customer.</p>'), item('The Second Item', '<p>Quibble is used by Zorblin Labs.</p>')]));
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    const r = await runCli(['build', f, '--raw', raw, '--wiki', wiki, '--config', path.join(dir, 'wikic.config.json')]);
    expect(r.stdout + r.stderr).not.toMatch(/must be a date/);
    expect(r.code).toBe(0);
    const page = await fs.readFile(path.join(wiki, 'sources', 'The First Item.md'), 'utf8');
    expect(page).toMatch(/^published: null$/m);
    const topic = await fs.readFile(path.join(wiki, 'topics', 'Publishing.md'), 'utf8');
    expect(topic).toMatch(/^first_seen: null$/m);
  });
});

describe('a reader that closes the pipe early', () => {
  it('finishes quietly, with the exit code of the run and no stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    await fs.cp(path.resolve('wiki'), path.join(dir, 'wiki'), { recursive: true });
    await fs.cp(path.resolve('raw'), path.join(dir, 'raw'), { recursive: true });
    const bin = path.resolve('bin/wikic.js');
    // `true` exits at once; maintain writes its report seconds later, into a closed pipe.
    const r = spawnSync('bash', ['-c', `node "${bin}" maintain --wiki wiki --raw raw | true; echo "code=\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim()).toBe('code=0');
    expect(r.stderr).not.toMatch(/EPIPE|at \w+ \(/);
  });
});

describe('compiling into a folder that already holds the author\'s own files', () => {
  it('stops before writing over an index or a log no compile made, and writes over its own', async () => {
    const f = path.join(dir, 'feed.xml');
    await fs.writeFile(f, feed([item('First', '<p>Zorblin Labs shipped Quibble.</p>', 'Mon, 02 Dec 2024 09:00:00 +0000')]));
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    expect((await runCli(['ingest', f, '--raw', raw])).code).toBe(0);
    await fs.mkdir(wiki);
    // An Obsidian log of the author's own may well say `type: log`.
    await fs.writeFile(path.join(wiki, 'log.md'), '---\ntype: log\n---\n# My log\nprecious\n');
    const r = await runCli(['compile', '--raw', raw, '--wiki', wiki]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/log\.md: this file was not made by wikic/);
    expect(await fs.readFile(path.join(wiki, 'log.md'), 'utf8')).toBe('---\ntype: log\n---\n# My log\nprecious\n');
    expect(await fs.readdir(wiki)).toEqual(['log.md']);
    await fs.rm(path.join(wiki, 'log.md'));
    expect((await runCli(['compile', '--raw', raw, '--wiki', wiki])).code).toBe(0);
    // A vault whose .wikic/ was lost still knows its own index and log.
    await fs.rm(path.join(wiki, '.wikic'), { recursive: true });
    expect((await runCli(['compile', '--raw', raw, '--wiki', wiki])).code).toBe(0);
  });
});

describe('a page kept for its notes, and another thing of its name later', () => {
  it('keeps the notes where they are when the new page is of another type', async () => {
    const f = path.join(dir, 'feed.xml');
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    const one = (body: string) => feed([item('Models this week', body, 'Mon, 02 Dec 2024 09:00:00 +0000')]);
    await fs.writeFile(f, one('<p>Zorbix, the open-weight model from Acme Labs, has 70B parameters and was trained on 15T tokens. Zorbix beats Llama 3 70B on MMLU.</p>'));
    expect((await runCli(['build', f, '--raw', raw, '--wiki', wiki])).code).toBeLessThan(2);
    const page = (await fs.readdir(path.join(wiki, 'models'))).find((n) => n.startsWith('Zorbix'));
    expect(page).toBeDefined();
    await fs.appendFile(path.join(wiki, 'models', page!), 'the model, not the exchange\n');
    // The post is edited: the model goes, and its page is kept for the notes.
    await fs.writeFile(f, one('<p>Acme Labs shipped nothing this week.</p>'));
    await runCli(['ingest', f, '--raw', raw]);
    expect((await runCli(['compile', '--raw', raw, '--wiki', wiki])).stderr).toMatch(/models\/Zorbix\.md is kept for your notes/);
    // Later, a post about an exchange of that name.
    await fs.writeFile(f, feed([
      item('Models this week', '<p>Acme Labs shipped nothing this week.</p>', 'Mon, 02 Dec 2024 09:00:00 +0000'),
      item('Exchanges', '<p>Zorbix, the crypto exchange, raised $10 million from Sequoia. Zorbix is hiring.</p>', 'Tue, 03 Dec 2024 09:00:00 +0000'),
    ]));
    await runCli(['ingest', f, '--raw', raw]);
    const r = await runCli(['compile', '--raw', raw, '--wiki', wiki]);
    expect(r.code).toBe(0);
    expect(await fs.readFile(path.join(wiki, 'models', page!), 'utf8')).toContain('the model, not the exchange');
    const company = (await fs.readdir(path.join(wiki, 'companies'))).find((n) => n.startsWith('Zorbix'));
    expect(company).toBeDefined();
    expect(await fs.readFile(path.join(wiki, 'companies', company!), 'utf8')).not.toContain('the model, not the exchange');
  });
});

describe('a post titled with double brackets', () => {
  it('makes a page whose title links nowhere, so the vault passes its own check', async () => {
    const f = path.join(dir, 'feed.xml');
    await fs.writeFile(f, feed([item('What [[wikilinks]] are', '<p>Obsidian reads [[wikilinks]] between pages. Zorblin Labs wrote a plugin.</p>', 'Mon, 02 Dec 2024 09:00:00 +0000')]));
    const r = await runCli(['build', f, '--raw', path.join(dir, 'raw'), '--wiki', path.join(dir, 'wiki')]);
    expect(r.stdout + r.stderr).not.toMatch(/broken-link|does not resolve/);
    expect(r.code).toBe(0);
    const page = (await fs.readdir(path.join(dir, 'wiki', 'sources')))[0];
    expect(await fs.readFile(path.join(dir, 'wiki', 'sources', page), 'utf8')).toMatch(/^title: What \[wikilinks\] are$/m);
  });
});

describe('posts that quote markup', () => {
  it('give a vault its own check accepts: a markdown link in code, escaped brackets, the notes marker quoted', async () => {
    const f = path.join(dir, 'feed.xml');
    await fs.writeFile(f, feed([item('Links in Markdown', [
      '<p>In Markdown you write <code>[label](other.md)</code> for a link. Markdown is simple.</p>',
      '<p>The array a[i](j) is odd, says Zorblin Labs.</p>',
      '<p>Zorblin Labs marks its notes with <code>&lt;!-- wikic:notes - everything below this line is yours; wikic never changes it --&gt;</code> in Markdown.</p>',
    ].join(''), 'Mon, 02 Dec 2024 09:00:00 +0000')]));
    const r = await runCli(['build', f, '--raw', path.join(dir, 'raw'), '--wiki', path.join(dir, 'wiki')]);
    expect(r.stdout).toMatch(/^0 errors, /m);
    expect(r.code).toBe(0);
  });
});

describe('two compiles of one vault at once, and a compile stopped midway', () => {
  it('refuses a second compile while one runs, takes over the lock of one that is gone, and removes the temp files it left', async () => {
    const { spawn } = await import('node:child_process');
    const f = path.join(dir, 'feed.xml');
    await fs.writeFile(f, feed([item('First', '<p>Zorblin Labs shipped Quibble.</p>', 'Mon, 02 Dec 2024 09:00:00 +0000')]));
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    expect((await runCli(['ingest', f, '--raw', raw])).code).toBe(0);
    expect((await runCli(['compile', '--raw', raw, '--wiki', wiki])).code).toBe(0);
    const lock = path.join(wiki, '.wikic', 'compile.lock');
    await expect(fs.stat(lock)).rejects.toThrow();
    // A running process holds the lock.
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await fs.writeFile(lock, `${sleeper.pid}\n`);
      const r = await runCli(['compile', '--raw', raw, '--wiki', wiki, '--force']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`compile\\.lock: another compile \\(process ${sleeper.pid}\\) is writing this vault`));
    } finally {
      sleeper.kill();
    }
    // Its process gone (and a temp file left beside a page): the next compile goes ahead and cleans up.
    await new Promise((resolve) => sleeper.once('exit', resolve));
    const temp = path.join(wiki, '.index.md.zz9abc1.tmp');
    await fs.writeFile(temp, 'half a page');
    expect((await runCli(['compile', '--raw', raw, '--wiki', wiki, '--force'])).code).toBe(0);
    await expect(fs.stat(lock)).rejects.toThrow();
    await expect(fs.stat(temp)).rejects.toThrow();
  });
});

describe('small edges a second trial met', () => {
  it('graph --out a directory, a deleted index, and a JSON Feed item dated only by its update', async () => {
    await fs.cp(path.resolve('wiki'), path.join(dir, 'wiki'), { recursive: true });
    await fs.cp(path.resolve('raw'), path.join(dir, 'raw'), { recursive: true });
    await fs.mkdir(path.join(dir, 'out'));
    const g = await runCli(['graph', '--wiki', path.join(dir, 'wiki'), '--format', 'gexf', '--out', path.join(dir, 'out')]);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/out: is a directory; --out takes a file name \(e\.g\. .*graph\.gexf\)/);
    await fs.rm(path.join(dir, 'wiki', 'index.md'));
    const m = await runCli(['maintain', '--wiki', path.join(dir, 'wiki'), '--raw', path.join(dir, 'raw'), '--only', 'index']);
    expect(m.code).toBe(1);
    expect(m.stdout).toMatch(/index\.md is missing; run wikic compile to write it again/);
    const jf = path.join(dir, 'feed.json');
    await fs.writeFile(jf, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: 'm1', url: 'https://j.example.com/m1', title: 'Modified only', date_modified: '2024-05-02T10:00:00Z', content_html: '<p>Zorblin Labs shipped Quibble.</p>' }] }));
    const i = await runCli(['ingest', jf, '--raw', path.join(dir, 'raw2')]);
    expect(i.code).toBe(0);
    expect(i.stdout + i.stderr).not.toMatch(/undated|without a date/);
    expect((await fs.readdir(path.join(dir, 'raw2'))).some((n) => n.startsWith('2024-05-02-'))).toBe(true);
  });
});

describe('maintain run from elsewhere', () => {
  it('checks the vault against the posts it was compiled from, and says so when they are gone', async () => {
    const { runCli: spawnCli } = await import('../ingest/helpers.js');
    const f = path.join(dir, 'feed.xml');
    await fs.writeFile(f, feed([item('The First Item', '<p>Zorblin Labs shipped Quibble.</p>', 'Fri, 09 Jan 2026 12:00:00 GMT'), item('The Second Item', '<p>Quibble is used by Zorblin Labs.</p>', 'Sat, 10 Jan 2026 12:00:00 GMT')]));
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    expect((await runCli(['build', f, '--raw', raw, '--wiki', wiki, '--config', path.join(dir, 'wikic.config.json')])).code).toBe(0);
    const elsewhere = path.join(dir, 'elsewhere');
    await fs.mkdir(path.join(elsewhere, 'raw'), { recursive: true });
    // A post deleted from raw/: maintain, run from a folder with a raw/ of its own, still sees it gone.
    const [first] = (await fs.readdir(raw)).filter((n) => n.endsWith('.md')).sort();
    await fs.rm(path.join(raw, first));
    const stale = spawnCli(['maintain', '--wiki', wiki, '--json'], elsewhere);
    const gone = JSON.parse(stale.stdout).filter((x: { check: string; message: string }) => x.check === 'stale' && /no longer in raw/.test(x.message));
    expect(gone).toHaveLength(1);
    // From inside the vault too.
    expect(spawnCli(['maintain', '--wiki', '.', '--json'], wiki).code).not.toBe(2);
    // With the posts gone, the run says which checks it could not make.
    await fs.rename(raw, path.join(dir, 'moved-raw'));
    await fs.rm(path.join(elsewhere, 'raw'), { recursive: true });
    const none = spawnCli(['maintain', '--wiki', wiki], elsewhere);
    expect(none.stderr).toMatch(/no raw directory there, so stale and missing-page did not run \(pass --raw DIR\)/);
  }, 60_000);
});

describe('a feed with a post in another language', () => {
  it('says which post gave no names, and builds a vault its own check accepts', async () => {
    const f = path.join(dir, 'feed.xml');
    const german = '<p>Die Deutsche Telekom hat am Standort München ein neues Rechenzentrum eröffnet. Das Unternehmen investiert dort mehr als eine Milliarde Euro in KI-Infrastruktur, und Nvidia liefert die Chips. Laut Vorstand soll der Betrieb noch in diesem Jahr beginnen.</p>';
    await fs.writeFile(f, feed([item('Neues Rechenzentrum', german, 'Fri, 09 Jan 2026 12:00:00 GMT'), item('Quibble ships', '<p>Zorblin Labs shipped Quibble to every customer, and Quibble is used by Zorblin Labs.</p>', 'Sat, 10 Jan 2026 12:00:00 GMT')]));
    const r = await runCli(['build', f, '--raw', path.join(dir, 'raw'), '--wiki', path.join(dir, 'wiki'), '--config', path.join(dir, 'wikic.config.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wikic: note: 1 post does not read as English, so no names were taken from it \(2026-01-09-neues-rechenzentrum\); names pinned in the config still are$/m);
    await expect(fs.access(path.join(dir, 'wiki', 'products', 'Standort.md'))).rejects.toThrow();
  });
});

describe('build with no feed named', () => {
  it('builds the posts already in raw/, saying so, and asks for a source when there are none', async () => {
    const { runCli: spawnCli } = await import('../ingest/helpers.js');
    const blog = path.join(dir, 'blog');
    await fs.mkdir(blog);
    const none = spawnCli(['build'], blog);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('wikic: ingest: no sources: give a feed file or URL, or list "feeds" in wikic.config.json\n');
    const f = path.join(dir, 'feed.xml');
    await fs.writeFile(f, feed([item('The First Item', '<p>Zorblin Labs shipped Quibble.</p>', 'Fri, 09 Jan 2026 12:00:00 GMT')]));
    expect(spawnCli(['ingest', f], blog).code).toBe(0);
    const built = spawnCli(['build'], blog);
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('wikic: note: no feed given or listed in the config: building the posts already in raw\n');
    await fs.access(path.join(blog, 'wiki', 'index.md'));
  }, 60_000);
});

