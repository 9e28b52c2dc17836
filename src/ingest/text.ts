// Plain-text fields (titles, names, categories): entities decoded once, stray inline tags dropped.
import { load } from 'cheerio';

const INLINE_TAG = /<\/?(?:a|abbr|b|big|cite|code|del|em|font|i|ins|kbd|mark|q|s|small|span|strike|strong|sub|sup|tt|u)\b[^>]*>/gi;
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/g;

/** Decodes HTML character references (the XML layer already decoded its own five). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (ref) => {
    const out = load(`<p>${ref}</p>`, null, false)('p').text();
    return out;
  });
}

/** One-line plain text: inline tags dropped, entities decoded, whitespace collapsed. */
export function plainText(s: string | undefined): string {
  if (!s) return '';
  return decodeEntities(s.replace(INLINE_TAG, ''))
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of an HTML fragment, whitespace collapsed (for summaries and fallbacks). */
export function htmlToText(html: string): string {
  if (!html) return '';
  const $ = load(html, null, false);
  $('script, style, noscript').remove();
  $('br, p, div, li, h1, h2, h3, h4, h5, h6, tr').after(' ');
  return $.root().text().replace(/\s+/g, ' ').trim();
}
