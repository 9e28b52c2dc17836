import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadSourcePosts } from '../../bench/corpus/source.js';
import { CorpusGenerator, generateCorpus } from '../../bench/corpus/generate.js';
import { renderRss } from '../../bench/corpus/rss.js';
import { findRenamableWords } from '../../bench/corpus/names.js';
import { renameHtml } from '../../bench/corpus/rewrite.js';
import { parseFeed } from '../../src/ingest/parse-feed.js';

const FEED = path.resolve(__dirname, '../../raw/feeds/rajkiranpanuganti.xml');
const CHANNEL = { title: 't', link: 'https://example.invalid/', description: 'd' };

describe('bench corpus generator', () => {
  it('is deterministic and a smaller corpus is a prefix of a larger one', async () => {
    const source = await loadSourcePosts(FEED);
    const a = generateCorpus(source, { posts: 60, seed: 7 });
    const b = generateCorpus(source, { posts: 90, seed: 7 });
    const c = generateCorpus(source, { posts: 60, seed: 8 });
    expect(b.posts.slice(0, 60)).toEqual(a.posts);
    expect(c.posts.map((p) => p.html)).not.toEqual(a.posts.map((p) => p.html));
    // The first posts are the source posts unchanged; later ones rename some names.
    expect(a.posts[0].html).toBe(source[0].html);
    expect(a.posts[source.length].html).not.toBe(source[0].html);
  });

  it('grows its vocabulary sub-linearly, with new names reused across posts', async () => {
    const source = await loadSourcePosts(FEED);
    const gen = new CorpusGenerator(source, 1);
    const distinct: number[] = [];
    for (let i = 1; i <= 1600; i++) {
      gen.nextPost();
      if (i === 400 || i === 1600) distinct.push(gen.stats.inventedNames);
    }
    const exponent = Math.log(distinct[1] / distinct[0]) / Math.log(4);
    expect(exponent).toBeGreaterThan(0.3);
    expect(exponent).toBeLessThan(0.9);
    // Reuse: far fewer distinct names than renames.
    expect(gen.stats.renames).toBeGreaterThan(3 * gen.stats.inventedNames);
  });

  it('writes an RSS 2.0 feed that ingest parses into the same posts with unique guids', async () => {
    const source = await loadSourcePosts(FEED);
    const { posts } = generateCorpus(source, { posts: 45, seed: 3 });
    const parsed = parseFeed(renderRss(posts, CHANNEL));
    expect(parsed.items).toHaveLength(45);
    expect(new Set(parsed.items.map((i) => i.guid)).size).toBe(45);
    expect(new Set(parsed.items.map((i) => i.title)).size).toBe(45);
    expect(parsed.items[44].title).toBe(posts[44].title);
    expect(parsed.items[44].published).toBe(posts[44].published);
  });
});

describe('renaming', () => {
  it('treats names as words capitalised mid-sentence and never lower case, plus acronyms', () => {
    const texts = [
      'Yesterday Zorblat shipped the XQJ service. Protocol work went on.\n\nThe protocol matters.',
      'Nothing here. Zorblat again.',
      'Plain text only.',
      'More plain text.',
      'Still plain.',
      'And more.',
      'Last one.',
      'Really.',
      'Yes.',
    ];
    const [first] = findRenamableWords(texts);
    expect([...first]).toEqual(['XQJ', 'Zorblat']);
  });

  it('renames text and link targets but leaves markup alone', () => {
    const html = '<p>Zorblat makes <a href="https://zorblat.com/x" title="Zorblat">Zorblat Cloud</a> and XQJs.</p>';
    const out = renameHtml(html, new Map([['Zorblat', 'Quenix'], ['XQJ', 'BRT']]));
    expect(out).toBe('<p>Quenix makes <a href="https://quenix.com/x" title="Zorblat">Quenix Cloud</a> and BRTs.</p>');
  });
});
