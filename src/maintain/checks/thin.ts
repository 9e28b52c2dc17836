// Entity pages with almost nothing in them: no lead, no facts, one passing mention.
import type { VaultPage } from '../../wiki/vault.js';
import { isEntityPage, pageLines } from '../page-info.js';
import type { Check } from '../types.js';

/** Sections that list other pages or belong to the author: they say nothing about the page's subject. */
const NOT_CONTENT = new Set(['related', 'backlinks', 'notes', 'sources']);
export const THIN_WORDS = 20;

/** Words of prose about the page's subject (headings, link lists and the author's notes left out). */
export function contentWords(page: VaultPage): number {
  const lines = pageLines(page);
  let words = 0;
  let skip = false;
  for (let i = page.bodyLine - 1; i < lines.length; i++) {
    const l = lines[i];
    const h = /^#{1,6}\s+(.*)$/.exec(l);
    if (h) {
      skip = NOT_CONTENT.has(h[1].trim().toLowerCase());
      continue;
    }
    // Placeholder lines such as "No dated facts yet." say nothing.
    if (skip || /^No [\w ]+ yet\.$/.test(l.trim())) continue;
    const text = l
      .replace(/<!--.*?-->/g, ' ')
      .replace(/!?\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[>*_`|#-]/g, ' ');
    words += text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  }
  return words;
}

export const thin: Check = {
  meta: { id: 'thin', description: 'entity pages with almost nothing in them', severity: 'info', fixable: false },
  check(ctx) {
    return ctx.vault.pages
      .filter((p) => isEntityPage(p) && p.type !== 'topic')
      .map((p) => ({ p, n: contentWords(p) }))
      .filter(({ n }) => n < THIN_WORDS)
      .map(({ p, n }) => ({ check: 'thin', severity: 'info' as const, page: p.path, line: 1, message: `only ${n} words about [[${p.name}]]` }));
  },
};
