import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/command.js';
import { FIXTURES, docsIn, tmpDir } from './helpers.js';

async function ingestFixture(name: string) {
  const raw = await tmpDir();
  const counts = await ingest([path.join(FIXTURES, name)], raw, 5000);
  const docs = await docsIn(raw);
  return { raw, counts, docs, byTitle: (t: string) => docs.find((d) => d.meta.title === t)! };
}

describe('RSS 2.0', () => {
  it('reads content:encoded, dc:creator, categories, guid and the feed self link', async () => {
    const { counts, docs, byTitle } = await ingestFixture('rss2.xml');
    expect(counts).toMatchObject({ new: 2, updated: 0, unchanged: 0 });
    expect(docs.map((d) => d.id)).toEqual(['2026-03-02-plain-description-only', '2026-03-03-tables-code-and-links']);
    const d = byTitle('Tables, code & links');
    expect(d.meta).toMatchObject({
      url: 'https://blog.example.com/posts/tables-code-links/',
      guid: 'post-1',
      published: '2026-03-03T09:30:00+01:00',
      author: 'Jane Roe',
      categories: ['Databases', 'Rust'],
      summary: 'A short teaser.',
      feed: { title: 'Example & Co Blog', url: 'https://blog.example.com/feed.xml' },
    });
    expect(d.meta.updated).toBeUndefined();
  });

  it('writes clean markdown: headings, lists, tables, fenced code with language, absolute links', async () => {
    const { byTitle } = await ingestFixture('rss2.xml');
    const body = byTitle('Tables, code & links').body;
    expect(body).toContain('## Intro');
    expect(body).toContain('[the about page](https://blog.example.com/about/)');
    expect(body).toContain('[notes](https://blog.example.com/posts/tables-code-links/notes.html)');
    expect(body).toContain('![Chart](https://blog.example.com/posts/tables-code-links/img/chart.png)');
    expect(body).toContain('```python\ndef f(x):\n    return x < 2\n```');
    expect(body).toContain('- first\n- second *item*');
    expect(body).toContain('1. one\n2. two');
    expect(body).toContain('| Name | Value |\n| --- | --- |');
    expect(body).toContain('a\\|b');
    // Entities decoded once: &amp;amp; in the HTML is the literal text "&amp;".
    expect(body).toContain('AT&T &amp; more, \u201cquoted\u201d.');
    for (const noise of ['alert', 'color:red', 'feedburner', 'Tweet', 'javascript:']) expect(body).not.toContain(noise);
    expect(body).toContain('bad link');
  });

  it('reads escaped HTML in description and the name in an RSS author', async () => {
    const { byTitle } = await ingestFixture('rss2.xml');
    const d = byTitle('Plain description only');
    expect(d.body).toBe('Escaped **HTML** with & an ampersand.\n');
    expect(d.meta.author).toBe('Jane Roe');
    expect(d.meta.summary).toBeUndefined();
  });
});

describe('RSS author', () => {
  it("falls back to the channel's dc:creator", async () => {
    const raw = await tmpDir();
    const src = path.join(await tmpDir('wikic-feed-'), 'a.xml');
    await fs.writeFile(
      src,
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title><dc:creator>Solo Writer</dc:creator>' +
        '<item><title>One</title><link>https://a.example/1</link></item><item><title>Two</title><link>https://a.example/2</link><dc:creator>Guest</dc:creator></item></channel></rss>',
    );
    await ingest([src], raw, 5000);
    expect((await docsIn(raw)).map((d) => [d.meta.title, d.meta.author])).toEqual([
      ['One', 'Solo Writer'],
      ['Two', 'Guest'],
    ]);
  });
});

describe('RSS 0.91', () => {
  it('reads a latin1 feed with a DOCTYPE and no dates into an undated file', async () => {
    const { docs } = await ingestFixture('rss091.xml');
    expect(docs.map((d) => d.id)).toEqual(['undated-first-post']);
    expect(docs[0].meta).toMatchObject({ title: 'First post', url: 'http://old.example.org/1.html', feed: { title: 'Old School' } });
    expect(docs[0].body).toBe('Hello from 1999.\n');
  });
});

describe('Atom 1.0', () => {
  it('reads xhtml content against its xml:base, html titles, alternate links and authors', async () => {
    const { docs, byTitle } = await ingestFixture('atom.xml');
    expect(docs).toHaveLength(3);
    const d = byTitle('XHTML <content> entry');
    expect(d.id).toBe('2026-04-01-xhtml-content-entry');
    expect(d.meta).toMatchObject({
      url: 'https://atom.example.net/blog/2026/xhtml-entry',
      guid: 'urn:uuid:entry-1',
      published: '2026-04-01T23:30:00-05:00',
      updated: '2026-04-02T08:00:00Z',
      author: 'Ann Writer',
      categories: ['Graphs'],
      summary: 'Short summary.',
      feed: { title: 'Atom Example', url: 'https://atom.example.net/atom.xml' },
    });
    expect(d.body).toBe('Read [part two](https://static.example.net/posts/part2.html) & *enjoy*.\n\n![A](https://static.example.net/pics/a.png)\n');
  });

  it('uses an html summary when there is no content, and text content as text', async () => {
    const { byTitle } = await ingestFixture('atom.xml');
    const s = byTitle('HTML summary only');
    expect(s.body).toBe('Only a **summary** here, &c.\n');
    expect(s.meta.author).toBe('Feed Author');
    expect(s.meta.published).toBe('2026-03-15T12:00:00Z');
    const t = byTitle('Text content');
    expect(t.body).toBe('Fish & chips <3\n');
    expect(t.meta.url).toBe('https://atom.example.net/text-entry');
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, rdf:about as guid and dc:date', async () => {
    const { docs } = await ingestFixture('rdf.xml');
    expect(docs).toHaveLength(1);
    expect(docs[0].id).toBe('2025-12-31-an-rdf-item');
    expect(docs[0].meta).toMatchObject({
      guid: 'https://rdf.example.org/a',
      published: '2025-12-31T22:15:00+02:00',
      author: 'Rdf Author',
      categories: ['Semantic Web'],
      feed: { title: 'RDF Site' },
    });
  });
});

describe('JSON Feed 1.1', () => {
  it('reads content_html, content_text, tags, authors and dates', async () => {
    const { byTitle } = await ingestFixture('feed.json');
    const one = byTitle('JSON one');
    expect(one.meta).toMatchObject({ guid: '1', author: 'Feed Person', categories: ['json', 'feeds'], summary: 'A teaser', updated: '2026-01-06T10:00:00Z' });
    expect(one.body).toBe('Hello [two](https://json.example.com/two).\n');
    const two = byTitle('JSON two');
    expect(two.meta.author).toBe('Item Person');
    expect(two.body).toBe('Line one.\n\nLine \\*two\\* stays markdown.\n');
  });
});

describe('encodings', () => {
  const xml = (enc: string, title: string) =>
    `<?xml version="1.0" encoding="${enc}"?>\n<rss version="2.0"><channel><title>E</title><item><title>${title}</title><link>http://e.example/1</link><description>d</description></item></channel></rss>`;

  it('decodes what the prolog declares: ISO-8859-1 and windows-1251', async () => {
    const raw = await tmpDir();
    const src = await tmpDir();
    await fs.writeFile(path.join(src, 'latin1.xml'), Buffer.from(xml('ISO-8859-1', 'Caf\u00e9 cr\u00e8me'), 'latin1'));
    const cyr = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
    await fs.writeFile(path.join(src, 'cp1251.xml'), Buffer.concat([Buffer.from(xml('windows-1251', '@@').split('@@')[0]), cyr, Buffer.from(xml('windows-1251', '@@').split('@@')[1])]));
    await ingest([path.join(src, 'latin1.xml'), path.join(src, 'cp1251.xml')], raw, 5000);
    const titles = (await docsIn(raw)).map((d) => d.meta.title).sort();
    expect(titles).toEqual(['Caf\u00e9 cr\u00e8me', '\u041f\u0440\u0438\u0432\u0435\u0442']);
  });

  it('decodes UTF-16 with a BOM and UTF-8 with a BOM', async () => {
    const raw = await tmpDir();
    const src = await tmpDir();
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml('UTF-16', '\u65e5\u672c\u8a9e title'), 'utf16le')]);
    await fs.writeFile(path.join(src, 'u16.xml'), le);
    await fs.writeFile(path.join(src, 'u8.xml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('UTF-8', 'Na\u00efve'))]));
    await ingest([path.join(src, 'u16.xml'), path.join(src, 'u8.xml')], raw, 5000);
    const titles = (await docsIn(raw)).map((d) => d.meta.title).sort();
    expect(titles).toEqual(['Na\u00efve', '\u65e5\u672c\u8a9e title']);
  });
});

describe('HTML cleanup', () => {
  it('reads bold and italics from styles in text pasted from Google Docs, not from a wrapping <b> that is not bold', async () => {
    const { htmlToMarkdown } = await import('../../src/ingest/html-to-markdown.js');
    const html =
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><ul><li><span style="font-weight:700">Lead.</span>' +
      '<span style="font-weight:400"> The rest of the item, in <span style="font-style:italic">italics</span> here.</span></li></ul>' +
      '<p>Plain <b>bold</b> and <strong style="font-weight: bold">strong</strong>.</p></b>';
    expect(htmlToMarkdown(html, 'https://ex.example/p/')).toBe('- **Lead.** The rest of the item, in *italics* here.\n\nPlain **bold** and **strong**.\n');
    // What is bold or italic already is not wrapped twice.
    expect(htmlToMarkdown('<p><b><span style="font-weight:700">Both</span></b> and <span style="font-weight:700"><span style="font-weight:700">x</span></span></p>')).toBe('**Both** and **x**\n');
    expect(htmlToMarkdown('<p><em><span style="font-style:italic">it</span></em></p><h2><span style="font-weight:700">Heading</span></h2>')).toBe('*it*\n\n## Heading\n');
  });
  it('keeps embeds as links and line breaks inside code, names the code language from common class styles', async () => {
    const { htmlToMarkdown } = await import('../../src/ingest/html-to-markdown.js');
    expect(htmlToMarkdown('<p>x</p><iframe src="//www.youtube.com/embed/abc"></iframe>', 'https://ex.example/p/')).toBe(
      'x\n\n[https://www.youtube.com/embed/abc](https://www.youtube.com/embed/abc)\n',
    );
    expect(htmlToMarkdown('<pre class="brush: js">var a = 1;<br>var b = 2;</pre>')).toBe('```js\nvar a = 1;\nvar b = 2;\n```\n');
    expect(htmlToMarkdown('<div class="highlight"><pre lang="go"><code class="lang-go">fmt.Println(1)</code></pre></div>')).toBe('```go\nfmt.Println(1)\n```\n');
    expect(htmlToMarkdown('<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>')).toBe('- a\n  - a1\n- b\n');
    const shareBar =
      '<p>Post.</p><p><a href="http://www.pheedcontent.com/c?x=1"><img src="http://images.example.com/fb.gif" alt="Add to Facebook"></a> ' +
      '<a href="http://ads.example.com/click?s=1"><img src="http://ads.example.com/img?s=1"></a> <a href="https://example.com/share"><img src="/s.png" title="Share on Mastodon"></a></p>';
    expect(htmlToMarkdown(shareBar, 'https://example.com/')).toBe('Post.\n');
  });
});

describe('sloppy HTML in feeds', () => {
  it('reads HTML written inline as XML in a description, and unwraps one-row layout tables', async () => {
    const raw = await tmpDir();
    const src = path.join(await tmpDir('wikic-feed-'), 'inline.xml');
    await fs.writeFile(
      src,
      '<rss version="2.0"><channel><title>t</title><item><title>Inline</title><link>https://in.example/p</link>' +
        '<description><table><tr><td><a href="/p"><img src="/t.jpg" alt="thumb"/></a></td><td>submitted by <a href="/u/x">x</a><br/>more</td></tr></table></description></item></channel></rss>',
    );
    await ingest([src], raw, 5000);
    const [d] = await docsIn(raw);
    expect(d.body).toBe('[![thumb](https://in.example/t.jpg)](https://in.example/p)\n\nsubmitted by [x](https://in.example/u/x)  \nmore\n');
  });
});

describe('Media RSS', () => {
  it('takes media:description as the body of a video feed whose entries have no content or summary', async () => {
    const { docs } = await ingestFixture(path.join('peer', 'rss-parser', 'input', 'atom-customfields.atom'));
    expect(docs).toHaveLength(15);
    const d = docs.find((x) => x.meta.title === 'Scott Galloway: Asshole ≠ Innovative')!;
    expect(d.body).toMatch(/^This has been an awful year for Uber, which was the most valuable startup in the world\. We'll see\.\.\.\n\n\(0:41\) “‘Apple Is Sex’/);
    // Lines of the plain-text description stay lines.
    expect(d.body).toContain('Cannes Lions 2017,” YouTube, June 2017. http://bit.ly/2uDOG3S  \n(0:56)');
    expect(docs.filter((x) => x.body.trim() === '')).toEqual([]);
  });

  it('reads an item-level media:description, typed html or plain, and prefers the item description', async () => {
    const raw = await tmpDir();
    const feed = path.join(raw, '..', `${path.basename(raw)}-media.xml`);
    await fs.writeFile(
      feed,
      `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Casts</title>
<item><title>One</title><guid>1</guid><media:description type="html">&lt;p&gt;Talk about &lt;b&gt;Rust&lt;/b&gt;&lt;/p&gt;</media:description></item>
<item><title>Two</title><guid>2</guid><media:description>A &lt;plain&gt; &amp; text</media:description></item>
<item><title>Three</title><guid>3</guid><description>The description</description><media:description>Not this</media:description></item>
</channel></rss>`,
    );
    await ingest([feed], raw, 5000);
    const docs = await docsIn(raw);
    const body = (t: string) => docs.find((d) => d.meta.title === t)!.body.trim();
    expect(body('One')).toBe('Talk about **Rust**');
    // Text that reads as a tag keeps a backslash before it: Obsidian would hide `<plain>` as HTML.
    expect(body('Two')).toBe('A \\<plain> & text');
    expect(body('Three')).toBe('The description');
  });
});

describe('text that reads as a tag', () => {
  it('stays text: a backslash before the `<`, in HTML and in JSON Feed content_text, not in code', async () => {
    const { htmlToMarkdown } = await import('../../src/ingest/html-to-markdown.js');
    expect(htmlToMarkdown('<p>Use the &lt;div&gt; tag, &lt;/p&gt; and &lt;!-- x --&gt;, but a &lt; b stays. <code>&lt;b&gt;</code></p>')).toBe('Use the \\<div> tag, \\</p> and \\<!-- x -->, but a < b stays. `<b>`\n');
    const { parseFeed } = await import('../../src/ingest/parse-feed.js');
    const feed = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', content_text: 'Plain <b>not bold</b> text.' }] }));
    expect(htmlToMarkdown(feed.items[0].html)).toBe('Plain \\<b>not bold\\</b> text.\n');
  });
});
