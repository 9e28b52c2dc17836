// The markdown files of a vault that compile did not make: the author's own notes, pages they moved, notes an
// earlier compile set aside. Pages never take their names, and their text is carried, so they are inputs of a
// compile like the posts: a compile with nothing else changed is up to date only while they are as it left them.
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { sha256 } from './hash.js';

/**
 * Calls `file` for every `.md` file of the vault outside dot-folders that is not in `pages` (vault-relative path, absolute
 * path), and `dot` for every dot-entry it passes over (its folder and name).
 */
export async function walkUnmade(
  wiki: string,
  pages: Record<string, string>,
  file: (rel: string, abs: string) => Promise<void>,
  dot?: (dir: string, entry: Dirent) => Promise<void>,
): Promise<void> {
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) {
        await dot?.(dir, e);
        continue;
      }
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md') && !(r in pages)) await file(r, path.join(dir, e.name));
    }
  };
  await walk(wiki, '');
}

/** Vault-relative path -> sha256 of every `.md` file outside dot-folders that is not in `pages`, sorted by path. */
export async function unmadeHashes(wiki: string, pages: Record<string, string>): Promise<Record<string, string>> {
  const found: Array<[string, string]> = [];
  await walkUnmade(wiki, pages, async (rel, abs) => {
    found.push([rel, sha256(await fs.readFile(abs))]);
  });
  return Object.fromEntries(found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Whether two path -> hash records hold the same entries. */
export function sameFiles(a: Record<string, string> | undefined, b: Record<string, string>): boolean {
  if (!a) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
