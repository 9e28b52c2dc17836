// What a user reads when a feed is cut off: one line naming the file and where it ends, no parser dumps.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/command.js';
import { parseFeed } from '../../src/ingest/parse-feed.js';
import { FIXTURES, runCli, tmpDir } from './helpers.js';

/** The fixture feed cut right after the first occurrence of `after` (or `cut` characters into it). */
async function cutFeed(file: string, after: string, cut = after.length): Promise<string> {
  const full = await fs.readFile(path.join(FIXTURES, file), 'utf8');
  const at = full.indexOf(after);
  expect(at, after).toBeGreaterThanOrEqual(0);
  return full.slice(0, at + cut);
}

describe('a truncated feed', () => {
  it('CLI: names the file and the element the file ends in, exit 2, nothing written', async () => {
    const dir = await tmpDir('wikic-trunc-');
    await fs.writeFile(path.join(dir, 'trunc.xml'), await cutFeed('rss2.xml', '<description>A short'));
    const r = runCli(['ingest', 'trunc.xml', '--raw', 'raw'], dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'wikic: trunc.xml: malformed XML: the file ends before <description> (in <rss><channel><item>) is closed\n' });
    expect(await fs.readdir(dir)).toEqual(['trunc.xml']);
  });

  it.each([
    ['inside CDATA', 'rss2.xml', '<![CDATA[<h2>Intro', 'the file ends inside a CDATA section, before <content:encoded> (in <rss><channel><item>) is closed'],
    ['inside an attribute value', 'rss2.xml', '<guid isPermaLink="fal', 'the file ends inside the start tag of <guid>, before <item> (in <rss><channel>) is closed'],
    ['inside an entity reference', 'rss2.xml', '<title>Example &am', 'the file ends inside an entity reference, before <title> (in <rss><channel>) is closed'],
    ['inside an end tag', 'rss2.xml', 'Blog</titl', 'the file ends inside the end tag </title>, before <channel> (in <rss>) is closed'],
    ['between elements', 'atom.xml', '</entry>', 'the file ends before <feed> is closed'],
  ])('%s: says where the file ends', async (_what, file, after, message) => {
    const dir = await tmpDir('wikic-trunc-');
    const src = path.join(dir, 'trunc.xml');
    await fs.writeFile(src, await cutFeed(file, after));
    const raw = path.join(dir, 'raw');
    await expect(ingest([src], raw, 5000)).rejects.toThrow(`${src}: malformed XML: ${message}`);
  });

  it('cut at any character after the root element starts: the end of the file is named, never a dump or 1:1', async () => {
    for (const file of ['rss2.xml', 'atom.xml', 'rdf.xml', 'rss091.xml']) {
      const full = await fs.readFile(path.join(FIXTURES, file), 'utf8');
      const start = full.search(/<(rss|feed|rdf:RDF)\b/);
      const end = full.lastIndexOf('</');
      expect(start, file).toBeGreaterThanOrEqual(0);
      for (let n = start + 1; n <= end; n++) {
        let message = '';
        try {
          parseFeed(full.slice(0, n));
        } catch (e) {
          message = (e as Error).message;
        }
        expect(message, `${file} cut at ${n}`).toMatch(/^malformed XML: the file ends (inside |before <)[^\n[]*$/);
      }
    }
  });

  it('a bare ampersand and a cut: the cut is reported (the ampersand would be repaired)', () => {
    const text = '<rss version="2.0"><channel><title>Fish & Chips</title><item><title>a</title>';
    expect(() => parseFeed(text)).toThrow(/^malformed XML: the file ends before <item> \(in <rss><channel>\) is closed$/);
  });

  it('an error in the middle keeps its line:col and the validator message', () => {
    const text = '<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>x</title>\n<item><title>a</item>\n</channel></rss>';
    expect(() => parseFeed(text)).toThrow(/^malformed XML at line 4:\d+: Expected closing tag 'title'/);
  });
});
