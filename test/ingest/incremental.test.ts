import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/command.js';
import { docsIn, snapshotTree, tmpDir } from './helpers.js';

const AUTHOR_FEED = path.resolve('raw/feeds/rajkiranpanuganti.xml');

function rss(items: { title: string; link?: string; guid?: string; date?: string; body: string }[]): string {
  const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>${items
    .map(
      (i) =>
        `<item><title>${xmlEsc(i.title)}</title>${i.link ? `<link>${i.link}</link>` : ''}${i.guid ? `<guid>${i.guid}</guid>` : ''}${
          i.date ? `<pubDate>${i.date}</pubDate>` : ''
        }<description>${xmlEsc(i.body)}</description></item>`,
    )
    .join('')}</channel></rss>`;
}

async function feedFile(xml: string): Promise<string> {
  const f = path.join(await tmpDir('wikic-feed-'), 'feed.xml');
  await fs.writeFile(f, xml);
  return f;
}

describe('incremental ingest', () => {
  it('ingests the author feed into 20 files, and a second run writes nothing', async () => {
    const raw = await tmpDir();
    expect(await ingest([AUTHOR_FEED], raw, 5000)).toEqual({ new: 20, updated: 0, unchanged: 0, skipped: {}, undated: 0, empty: 0 });
    const before = await snapshotTree(raw);
    expect([...before.keys()].filter((k) => k.endsWith('.md'))).toHaveLength(20);
    expect(before.has(path.join('feeds', 'rajkiranpanuganti.xml'))).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(await ingest([AUTHOR_FEED], raw, 5000)).toEqual({ new: 0, updated: 0, unchanged: 20, skipped: {}, undated: 0, empty: 0 });
    expect(await snapshotTree(raw)).toEqual(before);
  });

  it('produces the committed raw/ files byte for byte', async () => {
    const raw = await tmpDir();
    await ingest([AUTHOR_FEED], raw, 5000);
    for (const d of await docsIn(raw)) {
      expect(await fs.readFile(path.join(raw, d.file), 'utf8')).toBe(await fs.readFile(path.resolve('raw', d.file), 'utf8'));
    }
  });

  it('rewrites only the item whose content changed, in its existing file, and keeps items that left the feed', async () => {
    const raw = await tmpDir();
    const items = [
      { title: 'Alpha', guid: 'g-a', link: 'https://t.example/a', date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: 'alpha body' },
      { title: 'Beta', guid: 'g-b', link: 'https://t.example/b', date: 'Tue, 06 Jan 2026 10:00:00 GMT', body: 'beta body' },
      { title: 'Gamma', guid: 'g-c', link: 'https://t.example/c', date: 'Wed, 07 Jan 2026 10:00:00 GMT', body: 'gamma body' },
    ];
    await ingest([await feedFile(rss(items))], raw, 5000);
    const before = await snapshotTree(raw);
    await new Promise((r) => setTimeout(r, 20));
    // Beta changes its title and body; Gamma leaves the feed.
    const next = [items[0], { ...items[1], title: 'Beta, revised', body: 'beta body, revised' }];
    expect(await ingest([await feedFile(rss(next))], raw, 5000)).toEqual({ new: 0, updated: 1, unchanged: 1, skipped: {}, undated: 0, empty: 0 });
    const after = await snapshotTree(raw);
    const changed = [...after.keys()].filter((k) => k.endsWith('.md') && after.get(k)!.bytes !== before.get(k)?.bytes);
    expect(changed).toEqual(['2026-01-06-beta.md']);
    expect(after.get('2026-01-05-alpha.md')).toEqual(before.get('2026-01-05-alpha.md'));
    expect(after.get('2026-01-07-gamma.md')).toEqual(before.get('2026-01-07-gamma.md'));
    const beta = (await docsIn(raw)).find((d) => d.id === '2026-01-06-beta')!;
    expect(beta.meta.title).toBe('Beta, revised');
    expect(beta.body).toBe('beta body, revised\n');
  });

  it('keeps the date an Atom entry with no publication date was first filed under when it is edited', async () => {
    const atom = (updated: string, body: string) =>
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>${updated}</updated>` +
      `<entry><id>urn:t:1</id><title>Your next desktop</title><link href="https://t.example/desktop"/><updated>${updated}</updated>` +
      `<content type="html">${body}</content></entry></feed>`;
    const raw = await tmpDir();
    await ingest([await feedFile(atom('2012-02-22T10:00:00Z', 'first text'))], raw, 5000);
    const [first] = await docsIn(raw);
    expect([first.file, first.meta.published, first.meta.updated]).toEqual(['2012-02-22-your-next-desktop.md', '2012-02-22T10:00:00Z', undefined]);
    expect(await ingest([await feedFile(atom('2012-07-20T08:00:00Z', 'edited text'))], raw, 5000)).toMatchObject({ new: 0, updated: 1 });
    const [edited] = await docsIn(raw);
    expect([edited.file, edited.meta.published, edited.meta.updated]).toEqual(['2012-02-22-your-next-desktop.md', '2012-02-22T10:00:00Z', '2012-07-20T08:00:00Z']);
    expect(edited.body).toContain('edited text');
    // A fresh raw/ files the edited entry under its one date: nothing else is known.
    const fresh = await tmpDir();
    await ingest([await feedFile(atom('2012-07-20T08:00:00Z', 'edited text'))], fresh, 5000);
    expect((await docsIn(fresh))[0].meta.published).toBe('2012-07-20T08:00:00Z');
  });

  it('gives items that share a title or a link their own files, stably across runs', async () => {
    const raw = await tmpDir();
    const items = [
      { title: 'Weekly notes', link: 'https://t.example/weekly', date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: 'one' },
      { title: 'Weekly notes', link: 'https://t.example/weekly', date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: 'two' },
      { title: 'Weekly notes', guid: 'x-3', date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: 'three' },
    ];
    const f = await feedFile(rss(items));
    expect((await ingest([f], raw, 5000)).new).toBe(3);
    const docs = await docsIn(raw);
    expect(docs.map((d) => d.id)).toEqual(['2026-01-05-weekly-notes', '2026-01-05-weekly-notes-2', '2026-01-05-weekly-notes-3']);
    expect(docs.map((d) => d.body.trim()).sort()).toEqual(['one', 'three', 'two']);
    expect(await ingest([f], raw, 5000)).toEqual({ new: 0, updated: 0, unchanged: 3, skipped: {}, undated: 0, empty: 0 });
  });

  it('scopes guids that are not URIs to their feed', async () => {
    const raw = await tmpDir();
    const a = await feedFile(rss([{ title: 'From A', guid: '1', date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: 'a' }]).replace('<title>T</title>', '<title>Feed A</title>'));
    const b = await feedFile(rss([{ title: 'From B', guid: '1', date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: 'b' }]).replace('<title>T</title>', '<title>Feed B</title>'));
    expect(await ingest([a, b], raw, 5000)).toMatchObject({ new: 2, updated: 0 });
    expect(await ingest([b, a], raw, 5000)).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    expect((await docsIn(raw)).map((d) => [d.meta.feed.title, d.meta.title])).toEqual([
      ['Feed A', 'From A'],
      ['Feed B', 'From B'],
    ]);
  });

  it('matches an item without guid by its link, else by title and date', async () => {
    const raw = await tmpDir();
    const a = { title: 'No guid', link: 'https://t.example/ng', date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: 'v1' };
    const b = { title: 'No guid or link', date: 'Mon, 05 Jan 2026 11:00:00 GMT', body: 'v1' };
    await ingest([await feedFile(rss([a, b]))], raw, 5000);
    const r = await ingest([await feedFile(rss([{ ...a, title: 'No guid (renamed)', body: 'v2' }, { ...b, body: 'v2' }]))], raw, 5000);
    expect(r).toMatchObject({ new: 0, updated: 2 });
    expect((await docsIn(raw)).map((d) => d.id)).toEqual(['2026-01-05-no-guid', '2026-01-05-no-guid-or-link']);
  });

  it('keeps the titles a post had before in former_titles, oldest first, and forgets one the post takes back', async () => {
    const raw = await tmpDir();
    const post = { title: 'Vacuum Tuning Lessons', guid: 'g1', date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: 'v1' };
    await ingest([await feedFile(rss([post]))], raw, 5000);
    expect((await docsIn(raw))[0].meta.former_titles).toBeUndefined();
    await ingest([await feedFile(rss([{ ...post, title: 'Vacuum: Lessons' }]))], raw, 5000);
    await ingest([await feedFile(rss([{ ...post, title: 'Vacuum Lessons, Revisited' }]))], raw, 5000);
    const [doc] = await docsIn(raw);
    expect(doc.id).toBe('2026-01-05-vacuum-tuning-lessons');
    expect(doc.meta.former_titles).toEqual(['Vacuum Tuning Lessons', 'Vacuum: Lessons']);
    // The same feed again changes nothing; going back to an old title drops it from the list.
    expect(await ingest([await feedFile(rss([{ ...post, title: 'Vacuum Lessons, Revisited' }]))], raw, 5000)).toMatchObject({ unchanged: 1 });
    await ingest([await feedFile(rss([{ ...post, title: 'Vacuum Tuning Lessons' }]))], raw, 5000);
    expect((await docsIn(raw))[0].meta.former_titles).toEqual(['Vacuum: Lessons', 'Vacuum Lessons, Revisited']);
  });

  it('keeps hostile titles inside raw/ with safe, readable names', async () => {
    // raw/ sits in a parent of its own, so anything that escapes it is visible and nothing else is there.
    const raw = path.join(await tmpDir(), 'raw');
    await fs.mkdir(raw);
    const titles = [
      '../../etc/passwd',
      'a/b\\c:d*e?f"g<h>i|j',
      'CON',
      '\u{1F680} Rocket launch \u{1F389}',
      '\u65e5\u672c\u8a9e\u306e\u30bf\u30a4\u30c8\u30eb',
      'x'.repeat(500),
      '   ',
      '..',
    ];
    const items = titles.map((t, i) => ({ title: t, guid: `h-${i}`, date: 'Mon, 05 Jan 2026 10:00:00 GMT', body: `body ${i}` }));
    expect((await ingest([await feedFile(rss(items))], raw, 5000)).new).toBe(titles.length);
    const names = (await fs.readdir(raw)).filter((n) => n.endsWith('.md')).sort();
    expect(names).toHaveLength(titles.length);
    for (const n of names) {
      expect(n).toMatch(/^2026-01-05-[\p{L}\p{N}-]+\.md$/u);
      expect(Buffer.byteLength(n)).toBeLessThan(200);
    }
    expect(names).toContain('2026-01-05-etc-passwd.md');
    expect(names).toContain('2026-01-05-rocket-launch.md');
    expect(names).toContain('2026-01-05-\u65e5\u672c\u8a9e\u306e\u30bf\u30a4\u30c8\u30eb.md');
    // Nothing escaped the directory.
    const parent = await fs.readdir(path.dirname(raw));
    expect(parent.some((n) => n.endsWith('.md'))).toBe(false);
    expect(await ingest([await feedFile(rss(items))], raw, 5000)).toMatchObject({ new: 0, unchanged: titles.length });
  });

  it('keeps a snapshot per feed when two feed files share a name, and the same feed keeps its own', async () => {
    const raw = await tmpDir();
    const a = await feedFile(rss([{ title: 'From A', guid: 'a-1', date: 'Fri, 09 Jan 2026 12:00:00 GMT', body: 'A' }]));
    const b = await feedFile(rss([{ title: 'From B', guid: 'b-1', date: 'Fri, 09 Jan 2026 12:00:00 GMT', body: 'B' }]).replace(/https:\/\/t\.example\//, 'https://b.example/'));
    await ingest([a], raw, 5000);
    await ingest([b], raw, 5000);
    const feeds = (await fs.readdir(path.join(raw, 'feeds'))).sort();
    expect(feeds).toEqual(['feed-2.xml', 'feed.xml', 'snapshots.json']);
    expect(await fs.readFile(path.join(raw, 'feeds', 'feed.xml'), 'utf8')).toContain('From A');
    expect(await fs.readFile(path.join(raw, 'feeds', 'feed-2.xml'), 'utf8')).toContain('From B');
    // The first feed again, with a new post: its own snapshot is brought up to date, the other left alone.
    await fs.writeFile(a, rss([{ title: 'From A', guid: 'a-1', date: 'Fri, 09 Jan 2026 12:00:00 GMT', body: 'A' }, { title: 'A again', guid: 'a-2', body: 'A2' }]));
    expect(await ingest([a], raw, 5000)).toMatchObject({ new: 1 });
    expect(await fs.readFile(path.join(raw, 'feeds', 'feed.xml'), 'utf8')).toContain('A again');
    expect(await fs.readFile(path.join(raw, 'feeds', 'feed-2.xml'), 'utf8')).toContain('From B');
  });

  it('never writes another feed over a feed file kept under raw/feeds itself', async () => {
    const raw = await tmpDir();
    await fs.mkdir(path.join(raw, 'feeds'), { recursive: true });
    const own = path.join(raw, 'feeds', 'feed.xml');
    const mine = rss([{ title: 'Mine', guid: 'm-1', date: 'Fri, 09 Jan 2026 12:00:00 GMT', body: 'M' }]);
    await fs.writeFile(own, mine);
    await ingest([own], raw, 5000);
    const other = await feedFile(rss([{ title: 'Other', guid: 'o-1', date: 'Fri, 09 Jan 2026 12:00:00 GMT', body: 'O' }]).replace(/https:\/\/t\.example\//, 'https://o.example/'));
    await ingest([other], raw, 5000);
    expect(await fs.readFile(own, 'utf8')).toBe(mine);
    expect(await fs.readFile(path.join(raw, 'feeds', 'feed-2.xml'), 'utf8')).toContain('Other');
  });
});

