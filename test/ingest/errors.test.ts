import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingest, summaryLine } from '../../src/ingest/command.js';
import { WikicError } from '../../src/errors.js';
import { runCli, tmpDir } from './helpers.js';

async function attempt(content: string | Buffer, name = 'feed.xml') {
  const src = path.join(await tmpDir('wikic-bad-'), name);
  await fs.writeFile(src, content);
  const raw = await tmpDir();
  const err = await ingest([src], raw, 5000).then(
    () => undefined,
    (e) => e,
  );
  return { err, src, rawFiles: await fs.readdir(raw) };
}

const ok = (title: string) =>
  `<rss version="2.0"><channel><title>t</title><item><title>${title}</title><link>http://x.example/</link><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>`;

describe('bad input', () => {
  it.each([
    ['malformed XML', '<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>x</title>\n<item><title>a</item>\n</channel></rss>', /feed\.xml: malformed XML at line 4:\d+: /],
    ['not XML', 'just some words', /feed\.xml: not XML or JSON$/],
    ['an HTML page', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', /feed\.xml: not a feed: an HTML page$/],
    ['another XML vocabulary', '<?xml version="1.0"?><note><to>x</to></note>', /feed\.xml: not a feed: root element is <note>$/],
    ['an empty feed', '<rss version="2.0"><channel><title>x</title></channel></rss>', /feed\.xml: empty feed: no items$/],
    ['an empty file', '', /feed\.xml: empty document$/],
    ['invalid JSON', '{"version": "https://jsonfeed.org/version/1.1", ', /feed\.xml: not valid JSON/],
    ['JSON that is not a feed', '{"a": 1}', /feed\.xml: not a feed: JSON without a JSON Feed "version"$/],
    [
      'a billion-laughs bomb',
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
        ok('&c;'),
      /feed\.xml: malformed XML at line 1:1: nested entity definitions \(an entity-expansion bomb\) are refused$/,
    ],
    ['an external entity', '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + ok('&x;'), /feed\.xml: malformed XML at line 2:1: external entities are refused$/],
    [
      'a quadratic-blowup entity',
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "${'a'.repeat(50_000)}">]>` + ok('&x;'.repeat(1000)),
      /feed\.xml: refused entity expansion: /,
    ],
    ['an unknown encoding', '<?xml version="1.0" encoding="x-no-such"?>' + ok('a'), /unsupported encoding "x-no-such"/],
  ])('%s: one-line WikicError naming the file, nothing written', async (_what, content, message) => {
    const { err, rawFiles } = await attempt(content);
    expect(err).toBeInstanceOf(WikicError);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
    expect(rawFiles).toEqual([]);
  });

  it('recovers bare ampersands instead of failing', async () => {
    const { err } = await attempt(ok('Fish & Chips'));
    expect(err).toBeUndefined();
  });

  it('skips items with no title, link or content and says why; a feed of only such items is an error', async () => {
    const empty = '<item><description></description></item>';
    const mixed = `<rss version="2.0"><channel><title>t</title>${empty}<item><title>Kept</title></item></channel></rss>`;
    const src = path.join(await tmpDir('wikic-skip-'), 'mixed.xml');
    await fs.writeFile(src, mixed);
    const raw = await tmpDir();
    const counts = await ingest([src], raw, 5000);
    expect(summaryLine(counts)).toBe('1 new, 0 updated, 0 unchanged, 1 skipped (1 no title, link or content), 1 new without a date wikic can read (filed as undated), 1 new with no text in the feed (title and link only)');
    const { err } = await attempt(`<rss version="2.0"><channel><title>t</title>${empty}${empty}</channel></rss>`);
    expect(err.message).toMatch(/feed\.xml: no usable items: none has a title, link or content$/);
  });

  it('stops before writing anything when any source is bad', async () => {
    const good = path.join(await tmpDir('wikic-good-'), 'good.xml');
    await fs.writeFile(good, ok('fine'));
    const raw = await tmpDir();
    await expect(ingest([good, path.join(path.dirname(good), 'missing.xml')], raw, 5000)).rejects.toThrow(/missing\.xml: no such file$/);
    expect(await fs.readdir(raw)).toEqual([]);
  });

  it('CLI: exit 2 and one line on stderr, no stack; a summary line on success', async () => {
    const { src } = await attempt('<rss version="2.0"><channel><item><title>a</title></channel></rss>');
    const raw = await tmpDir();
    const bad = runCli(['ingest', src, '--raw', raw]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^wikic: .*feed\.xml: malformed XML at line 1:\d+: .*\n$/);
    const good = path.join(path.dirname(src), 'good.xml');
    await fs.writeFile(good, ok('fine'));
    const r = runCli(['ingest', good, '--raw', raw]);
    expect(r).toEqual({ code: 0, stdout: '1 new, 0 updated, 0 unchanged, 1 new with no text in the feed (title and link only)\n', stderr: '' });
  });
});
