// Post HTML -> clean markdown: cheerio drops noise and makes URLs absolute, turndown (with the
// GFM plugin) writes headings, lists, tables and fenced code.
import { load, type CheerioAPI } from 'cheerio';
import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';

const DROP = [
  'script', 'style', 'noscript', 'frame', 'object', 'embed', 'form', 'button', 'input', 'select',
  'textarea', 'link', 'meta', 'template', 'svg', 'canvas', 'audio', 'video', 'base',
].join(', ');

// Share bars, feed flares, related-post widgets: the blog engine's chrome, not the post.
const CHROME_CLASS = /(^|[\s_-])(share|sharing|sharedaddy|social|feedflare|jp-relatedposts|addtoany|a2a_kit|wp-block-buttons|post-share|related-posts|subscribe-box)([\s_-]|$)/i;
const SHARE_HREF = /(feeds\.feedburner\.com\/~ff|feedproxy\.google\.com\/~ff|twitter\.com\/(intent|share)|x\.com\/intent|facebook\.com\/sharer|linkedin\.com\/share|reddit\.com\/submit|pinterest\.com\/pin\/create|addtoany\.com|news\.ycombinator\.com\/submitlink|api\.whatsapp\.com\/send|mailto:\?)/i;
// Feed-ad networks and the button images of share bars ("Add to Facebook", "Share on X").
const AD_URL = /(\/\/ads?\.|\/\/[^/]*\.ads?\.|pheedo\.com|pheedcontent\.com|doubleclick\.net|adserver|feedsportal\.com|\/~a\/)/i;
const SHARE_LABEL = /^\s*(add to|share (on|to|via)|post to|tweet (this|it)|email (this|to a friend)|subscribe (to|via))\b/i;
const PIXEL_SRC = /(feeds\.feedburner\.com\/~r|feedproxy\.google\.com\/~r|pixel\.wp\.com|stats\.wordpress\.com|\/~ff\/|feedsportal\.com|doubleclick\.net|google-analytics\.com|\/pixel(\.gif|\.png)?(\?|$)|\/track(ing)?\/|\bbeacon\b)/i;

function absolute(url: string, base: string | undefined): string | undefined {
  const u = url.trim();
  if (!u) return undefined;
  if (/^(javascript|vbscript|data):/i.test(u)) return undefined;
  try {
    return new URL(u, base).href;
  } catch {
    // No usable base: keep what the author wrote if it is already absolute-looking, else as is.
    return u;
  }
}

function codeLanguage(cls: string | undefined): string | undefined {
  if (!cls) return undefined;
  const m = /(?:^|\s)(?:language|lang|highlight-source|brush:?)-?\s*([A-Za-z0-9_+#.-]+)/i.exec(cls);
  if (m) return m[1].toLowerCase().replace(/;$/, '');
  return undefined;
}

function isPixel(el: { attribs: Record<string, string> }): boolean {
  const a = el.attribs;
  const w = a.width?.replace(/px$/, '');
  const h = a.height?.replace(/px$/, '');
  if ((w === '1' || w === '0') && (h === '1' || h === '0')) return true;
  if (/(^|;)\s*(display\s*:\s*none|width\s*:\s*[01]px)/i.test(a.style ?? '')) return true;
  return PIXEL_SRC.test(a.src ?? '');
}

/** Cleans the HTML of one post in place; exported for tests. */
export function cleanHtml($: CheerioAPI, base: string | undefined): void {
  // An embedded video or widget is worth keeping as a link to what it shows.
  $('iframe').each((_, el) => {
    const src = absolute($(el).attr('src') ?? '', base);
    if (src && /^https?:/i.test(src) && !PIXEL_SRC.test(src)) $(el).replaceWith($('<p></p>').append($('<a></a>').attr('href', src).text(src)));
    else $(el).remove();
  });
  $(DROP).remove();
  $('[hidden], [aria-hidden="true"]').not('img').remove();
  $('*').each((_, el) => {
    const cls = (el as { attribs?: Record<string, string> }).attribs?.class;
    if (cls && CHROME_CLASS.test(cls)) $(el).remove();
  });
  $('img').each((_, el) => {
    const $img = $(el);
    const label = `${$img.attr('alt') ?? ''} ${$img.attr('title') ?? ''}`.trim();
    if (!AD_URL.test($img.attr('src') ?? '') && !SHARE_LABEL.test(label)) return;
    const $a = $img.closest('a');
    ($a.length ? $a : $img).remove();
  });
  $('a[href]').each((_, el) => {
    const href = $(el).attr('href') ?? '';
    if (SHARE_HREF.test(href) || AD_URL.test(href)) {
      $(el).remove();
      return;
    }
    const abs = absolute(href, base);
    if (abs === undefined) $(el).removeAttr('href');
    else $(el).attr('href', abs);
  });
  $('img').each((_, el) => {
    const $el = $(el);
    const lazy = $el.attr('data-src') ?? $el.attr('data-lazy-src') ?? $el.attr('data-original');
    if (lazy && (!$el.attr('src') || /^data:/i.test($el.attr('src') ?? ''))) $el.attr('src', lazy);
    if (isPixel(el as { attribs: Record<string, string> })) {
      $el.remove();
      return;
    }
    const src = absolute($el.attr('src') ?? '', base);
    if (!src) $el.remove();
    else $el.attr('src', src);
  });
  // Text pasted from Google Docs (Blogger posts) is wrapped in `<b style="font-weight:normal">` and set bold or
  // italic by styled spans: the styles, not the tags, say what a reader sees.
  $('b[style], strong[style]').each((_, el) => {
    if (/font-weight\s*:\s*(?:normal|lighter|[1-4]00)\b/i.test($(el).attr('style') ?? '')) $(el).replaceWith($(el).contents());
  });
  // Not inside what is bold or italic already (a `<b>`, a heading, a table header, an outer styled span).
  $('span[style]').each((_, el) => {
    const style = $(el).attr('style') ?? '';
    const $el = $(el);
    if (!$el.text().trim()) return;
    if (/font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i.test(style) && !$el.parents('b, strong, h1, h2, h3, h4, h5, h6, th').length) $el.wrapInner('<strong></strong>');
    if (/font-style\s*:\s*italic\b/i.test(style) && !$el.parents('i, em').length) $el.wrapInner('<em></em>');
  });
  // A one-row table without headers is layout (thumbnail beside text), not data.
  $('table').each((_, el) => {
    const $t = $(el);
    if ($t.find('th').length || $t.find('tr').length !== 1 || $t.find('table').length) return;
    const $blocks = $('<div></div>');
    for (const td of $t.find('td').toArray()) $blocks.append($('<div></div>').append($(td).contents()));
    $t.replaceWith($blocks);
  });
  // Code blocks: one <code> inside <pre>, its language as class="language-x" for turndown.
  $('pre').each((_, el) => {
    const $pre = $(el);
    const $code = $pre.children('code').first();
    const lang =
      codeLanguage($code.attr('class')) ?? codeLanguage($pre.attr('class')) ?? codeLanguage($pre.attr('data-lang') ? `lang-${$pre.attr('data-lang')}` : undefined);
    $pre.find('br').replaceWith('\n');
    const text = $pre.text();
    const $fresh = $('<code></code>').text(text);
    if (lang) $fresh.attr('class', `language-${lang}`);
    $pre.empty().append($fresh);
  });
}

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  const td = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  td.use(gfm);
  td.addRule('listItem', {
    filter: 'li',
    replacement(content, node, options) {
      const parent = node.parentNode as unknown as { nodeName: string; getAttribute(n: string): string | null; children: ArrayLike<unknown> } | null;
      let prefix = `${options.bulletListMarker} `;
      if (parent && parent.nodeName === 'OL') {
        const start = parent.getAttribute('start');
        const index = Array.prototype.indexOf.call(parent.children, node);
        prefix = `${(start && /^\d+$/.test(start) ? Number(start) : 1) + index}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?!$)/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  // Images with no source are gone already; links with no text but an image keep the image.
  td.addRule('emptyLink', {
    filter: (node) => node.nodeName === 'A' && !node.getAttribute('href'),
    replacement: (content) => content,
  });
  // Text that reads as a tag (`&lt;div&gt;` in the post, shown as `<div>`) stays text: Obsidian would take `<div>` for
  // HTML and hide it. Turndown escapes markdown's own characters only.
  const escapeMarkdown = td.escape.bind(td);
  td.escape = (text: string) => escapeTags(escapeMarkdown(text));
  service = td;
  return td;
}

/** `<div>`, `</p>`, `<!--` written as text: a backslash before the `<`, so no reader takes it for a tag. */
function escapeTags(text: string): string {
  return text.includes('<') ? text.replace(/<(?=[A-Za-z/!?])/g, '\\<') : text;
}

/** Tidies turndown's output: no trailing spaces except hard breaks, at most one blank line, one final newline. */
function tidy(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (line.trim().startsWith(fence)) fence = undefined;
      out.push(line);
      continue;
    }
    if (fence) {
      out.push(line);
      continue;
    }
    const trimmed = line.replace(/[ \t]+$/, '');
    out.push(/\S {2,}$/.test(line) ? `${trimmed}  ` : trimmed);
  }
  // A hard break that ends a paragraph breaks nothing.
  for (let i = 0; i < out.length; i++) {
    if (out[i].endsWith('  ') && (i + 1 === out.length || out[i + 1] === '')) out[i] = out[i].trimEnd();
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\s+$/, '')}\n`;
}

const HAS_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/;

/** Plain-text (or markdown) content has no tags: keep its paragraphs, decode entities once. */
function textToMarkdown(text: string): string {
  const $ = load(`<div>${text.replace(/</g, '&lt;')}</div>`, null, false);
  return tidy(escapeTags($('div').text().replace(/\r\n?/g, '\n')));
}

/** Converts one post's HTML to markdown, links and images absolute against `base`. */
export function htmlToMarkdown(html: string, base?: string): string {
  if (!html.trim()) return '';
  if (!HAS_TAG.test(html)) return textToMarkdown(html);
  const $ = load(html, null, false);
  cleanHtml($, base);
  const md = turndown().turndown($.html());
  return tidy(md);
}
