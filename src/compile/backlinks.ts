// Backlinks from one pass over the rendered pages: every wikilink found is recorded against its
// target, then each page's placeholder is replaced by the list of pages that link to it.
import type { WikiPage } from '../types.js';
import type { VaultModel } from './model.js';
import { nameKey } from './names.js';
import { BACKLINKS_PLACEHOLDER } from './emitters/types.js';
import { byName, byString, wikilink } from './text.js';

const WIKILINK = /\[\[([^[\]\n]+?)\]\]/g;

/** Targets of the wikilinks in a text, as page-name keys (`[[A|x]]`, `[[A\|x]]` and `[[A#h]]` all name A). */
export function linkTargetsOf(text: string, keys = new Map<string, string>()): string[] {
  const out: string[] = [];
  WIKILINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WIKILINK.exec(text))) {
    let t = m[1];
    const bar = t.indexOf('|');
    if (bar >= 0) t = t.slice(0, bar);
    if (t.endsWith('\\')) t = t.slice(0, -1);
    const hash = t.indexOf('#');
    if (hash >= 0) t = t.slice(0, hash);
    let k = keys.get(t);
    if (k === undefined) keys.set(t, (k = nameKey(t.trim())));
    if (k) out.push(k);
  }
  return out;
}

export function fillBacklinks(pages: WikiPage[], model: VaultModel): WikiPage[] {
  const nameOfPath = new Map<string, string>();
  for (const info of model.pages.values()) nameOfPath.set(info.path, info.name);
  const incoming = new Map<string, Set<string>>();
  const keys = new Map<string, string>();
  for (const page of pages) {
    const from = nameOfPath.get(page.path);
    const info = from ? model.pages.get(nameKey(from)) : undefined;
    // Hub pages link to everything; listing them on every page says nothing.
    if (!from || !info || info.kind === 'hub') continue;
    const self = nameKey(from);
    for (const key of linkTargetsOf(page.content, keys)) {
      if (key === self || !model.pages.has(key)) continue;
      let set = incoming.get(key);
      if (!set) incoming.set(key, (set = new Set()));
      set.add(from);
    }
  }
  const dateOf = new Map(model.posts.map((p) => [p.name, p.date]));
  return pages.map((page) => {
    if (!page.content.includes(BACKLINKS_PLACEHOLDER)) return page;
    const name = nameOfPath.get(page.path) ?? '';
    const from = [...(incoming.get(nameKey(name)) ?? [])];
    const pagesFirst = from.filter((n) => !dateOf.has(n)).sort(byName);
    const posts = from.filter((n) => dateOf.has(n)).sort((a, b) => byString(dateOf.get(a)!, dateOf.get(b)!) || byName(a, b));
    const list = [...pagesFirst, ...posts].map((n) => `- ${wikilink(n)}`).join('\n');
    return { path: page.path, content: page.content.split(BACKLINKS_PLACEHOLDER).join(list || 'No other pages link here yet.') };
  });
}
