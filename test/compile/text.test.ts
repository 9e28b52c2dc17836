// The text helpers every page is built with.
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/compile/text.js';

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
