// Where each page's links lead, resolved once per run and shared by the checks that follow links.
// A page's distinct links come from its summary, so a page restored from the cache is not read.
import type { Resolution } from '../wiki/links.js';
import type { Vault, VaultFile, VaultPage } from '../wiki/vault.js';
import { parseLinkKey, summaryOf } from './page-summary.js';
import { isCatalogue } from './page-info.js';

/** Per vault: folder of the linking page -> link key -> resolution ('' + \0 for links that resolve alike from every folder). */
const byFolder = new WeakMap<Vault, Map<string, Map<string, Resolution<VaultFile>>>>();
const ANYWHERE = '\u0000';
const byPage = new WeakMap<VaultPage, Array<Resolution<VaultFile>>>();

const dirOf = (p: string): string => {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
};

/** The resolution of each distinct link of `page`, in the order of the page's summary. */
export function resolvedLinks(vault: Vault, page: VaultPage): Array<Resolution<VaultFile>> {
  const done = byPage.get(page);
  if (done) return done;
  let folders = byFolder.get(vault);
  if (!folders) {
    folders = new Map();
    byFolder.set(vault, folders);
  }
  const dir = dirOf(page.path);
  const memoOf = (d: string): Map<string, Resolution<VaultFile>> => {
    let m = folders!.get(d);
    if (!m) {
      m = new Map();
      folders!.set(d, m);
    }
    return m;
  };
  const here = memoOf(dir);
  const anywhere = memoOf(ANYWHERE);
  const out: Array<Resolution<VaultFile>> = [];
  for (const key of summaryOf(page).links) {
    let r = anywhere.get(key) ?? here.get(key);
    if (!r) {
      const link = parseLinkKey(key);
      r = vault.resolver.resolveLink(link, page.path);
      // A link into the same page resolves against the page itself; any other depends at most on the
      // folder it is written in, and most on nothing but the vault.
      if (link.target !== '') (vault.resolver.folderMatters(link) ? here : anywhere).set(key, r);
    }
    out.push(r);
  }
  byPage.set(page, out);
  return out;
}

const linkedMemo = new WeakMap<Vault, { others: Set<string>; catalogues: Map<string, Set<string>> }>();

/**
 * Paths of the files pages link to (a page's links to itself left out), from every page but the
 * catalogues (index, log, AGENTS), plus from the catalogues named in `also`. One pass over the
 * vault serves every check that asks.
 */
export function linkedFrom(vault: Vault, also: readonly string[] = []): Set<string> {
  let m = linkedMemo.get(vault);
  if (!m) {
    const others = new Set<string>();
    const catalogues = new Map<string, Set<string>>();
    for (const page of vault.pages) {
      let into = others;
      if (isCatalogue(page)) catalogues.set(page.path, (into = new Set<string>()));
      for (const { file } of resolvedLinks(vault, page)) if (file && file.path !== page.path) into.add(file.path);
    }
    m = { others, catalogues };
    linkedMemo.set(vault, m);
  }
  const extra = also.map((p) => m!.catalogues.get(p)).filter((x): x is Set<string> => !!x && x.size > 0);
  if (extra.length === 0) return m.others;
  const out = new Set(m.others);
  for (const set of extra) for (const p of set) out.add(p);
  return out;
}
