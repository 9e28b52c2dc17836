// Where each page's links lead, resolved once per run and shared by the checks that follow links.
// A page's distinct links come from its summary, so a page restored from the cache is not read.
import type { Resolution } from '../wiki/links.js';
import type { Vault, VaultFile, VaultPage } from '../wiki/vault.js';
import { parseLinkKey, summaryOf } from './page-summary.js';

/** Per vault: folder of the linking page -> link key -> resolution. */
const byFolder = new WeakMap<Vault, Map<string, Map<string, Resolution<VaultFile>>>>();
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
  let memo = folders.get(dir);
  if (!memo) {
    memo = new Map();
    folders.set(dir, memo);
  }
  const out: Array<Resolution<VaultFile>> = [];
  for (const key of summaryOf(page).links) {
    let r = memo.get(key);
    if (!r) {
      const link = parseLinkKey(key);
      r = vault.resolver.resolveLink(link, page.path);
      // A link into the same page resolves against the page itself; any other only depends on the folder it is written in.
      if (link.target !== '') memo.set(key, r);
    }
    out.push(r);
  }
  byPage.set(page, out);
  return out;
}
