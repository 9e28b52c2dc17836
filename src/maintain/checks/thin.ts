// Entity pages with almost nothing in them: no lead, no facts, one passing mention.
import type { VaultPage } from '../../wiki/vault.js';
import { isEntityPage, pageLines } from '../page-info.js';
import type { Check } from '../types.js';
import { pageResult } from '../analysis.js';
import { foldNames, withoutNames } from '../own-names.js';

/** Sections that list other pages or belong to the author: they say nothing about the page's subject. */
const NOT_CONTENT = new Set(['related', 'backlinks', 'notes', 'sources']);
export const THIN_WORDS = 5;

/**
 * Words the page says about its subject: prose outside headings, link lists and the author's notes,
 * without links (citations and navigation), dates, the page's own name and aliases, and with a
 * sentence repeated in the lead and the mentions counted once. Counting stops once it reaches `enough`.
 */
export function contentWords(page: VaultPage, enough = Infinity): number {
  const lines = pageLines(page);
  const names = [page.name, ...page.aliases].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const upper = names.map((n) => n.toUpperCase());
  // A page of a product with hundreds of releases has hundreds of names: each line is matched against
  // those it holds only. A name the case-blind match finds in a line is in its upper case too, so the
  // names left out could not match, and the order of those kept is the same: the same text is removed.
  const folded = foldNames(names);
  const ownIn = (line: string): Uint32Array[] => {
    const up = line.toUpperCase();
    return folded.filter((_, i) => up.includes(upper[i]));
  };
  const seen = new Set<string>();
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
    let text = l
      .replace(/<!--.*?-->/g, ' ')
      .replace(/!?\[\[[^\]]*\]\]/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
    text = withoutNames(text, ownIn(text));
    text = text.replace(/[>*_`|#()[\],;:.!?-]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    words += text.split(' ').filter((w) => /[a-z0-9]/.test(w)).length;
    // The check only asks whether a page has fewer than THIN_WORDS: the rest of a big page need not be read.
    if (words >= enough) return words;
  }
  return words;
}

export const thin: Check = {
  meta: { id: 'thin', description: 'entity pages with almost nothing in them', severity: 'info', fixable: false },
  check(ctx) {
    return ctx.vault.pages
      .filter((p) => isEntityPage(p) && p.type !== 'topic')
      .map((p) => ({ p, n: pageResult(p, 'thin', (q) => contentWords(q, THIN_WORDS)) }))
      .filter(({ n }) => n < THIN_WORDS)
      .map(({ p, n }) => ({ check: 'thin', severity: 'info' as const, page: p.path, line: 1, message: `only ${n} word${n === 1 ? '' : 's'} about [[${p.name}]] besides its name and citations` }));
  },
};
