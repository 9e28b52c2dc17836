// The markdown files of a vault that compile did not make: the author's own notes, pages they moved, notes an
// earlier compile set aside. Pages never take their names, and their text is carried, so they are inputs of a
// compile like the posts: a compile with nothing else changed is up to date only while they are as it left them.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sha256 } from './hash.js';

/** Vault-relative path -> sha256 of every `.md` file outside dot-folders that is not in `pages`, sorted by path. */
export async function unmadeHashes(wiki: string, pages: Record<string, string>): Promise<Record<string, string>> {
  const found: Array<[string, string]> = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md') && !(r in pages)) found.push([r, sha256(await fs.readFile(path.join(dir, e.name)))]);
    }
  };
  await walk(wiki, '');
  return Object.fromEntries(found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Whether two path -> hash records hold the same entries. */
export function sameFiles(a: Record<string, string> | undefined, b: Record<string, string>): boolean {
  if (!a) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
