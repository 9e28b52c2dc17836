// The text helpers every page is built with.
import { describe, expect, it } from 'vitest';
import { inlineText, proseText } from '../../src/compile/text.js';
import { summaryOf } from '../../src/compile/describe.js';
import type { PostNode } from '../../src/compile/model.js';

/** What inlineText promises, written out in full. */
const reference = (t: string): string =>
  t.replace(/\s+/g, ' ').replace(/\[\[/g, '[ [').replace(/\]\]/g, '] ]').replace(/<!--/g, '&lt;!--').trim();

describe('inlineText', () => {
  it('makes one safe line of any text, the same as every replacement applied in turn', () => {
    const samples = [
      'Plain sentence with single spaces.',
      '  padded  ',
      'two  spaces',
      'tab\there',
      'line\nbreak\r\nand more',
      'non\u00a0breaking and\u2028separator\u3000wide',
      'a [[wikilink]] inside',
      'a ]] closer alone',
      'an <!-- opener',
      '[single] brackets stay',
      '',
      ' ',
      'ends with newline\n',
    ];
    for (const s of samples) expect(inlineText(s), JSON.stringify(s)).toBe(reference(s));
    expect(inlineText('a  [[b]]\n<!-- c')).toBe('a [ [b] ] &lt;!-- c');
  });
});

describe('summaryOf', () => {
  const post = (summary: string | undefined, sentences: string[]) =>
    ({ doc: { meta: { summary } }, ext: { sentences: sentences.map((text) => ({ text })) } }) as unknown as PostNode;

  it("takes the feed's summary, else the first full sentences, else the first line of some length", () => {
    expect(summaryOf(post('The feed says so.', ['Ignored sentence that is long enough to count here.']))).toBe('The feed says so.');
    expect(summaryOf(post(undefined, ['Short.', 'This sentence is long enough to be a summary of the post.']))).toBe(
      'This sentence is long enough to be a summary of the post.',
    );
    expect(summaryOf(post(undefined, ['Live', 'Everything you need to know about the inquiry into Russian hacking…']))).toBe(
      'Everything you need to know about the inquiry into Russian hacking…',
    );
    expect(summaryOf(post(undefined, ['Hi', '2018']))).toBe('No summary available.');
  });
});

describe('proseText', () => {
  it('escapes what would format a quoted sentence, and leaves underscores inside words', () => {
    expect(proseText('It adds __array_function__ (NEP 18) and __array_ufunc__.')).toBe('It adds \\_\\_array_function\\_\\_ (NEP 18) and \\_\\_array_ufunc\\_\\_.');
    expect(proseText('Set max_retries to 3 * n and call `run`.')).toBe('Set max_retries to 3 \\* n and call \\`run\\`.');
    expect(proseText('A plain\nsentence [[not a link]].')).toBe(inlineText('A plain\nsentence [[not a link]].'));
    // A bare address stays as written, so its link still works.
    expect(proseText('See https://en.wikipedia.org/wiki/Rust_(programming_language) and /_next/ paths.')).toBe('See https://en.wikipedia.org/wiki/Rust_(programming_language) and /\\_next/ paths.');
  });
});
