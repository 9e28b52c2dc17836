// Where the notes of a page no longer made go: the page that took its place. A post page is followed
// by its raw post (its title, and so its file name, changed); an entity or topic page by its name, as
// a link to it would be (a spelling whose case changed, a name merged into another, a type that moved
// it to another folder). Only a single page qualifies: notes never go where two pages could claim them.
import path from 'node:path';
import type { VaultModel } from './model.js';
import { nameKeyRaw } from './extract/name-key.js';
import { splitFrontmatter } from '../wiki/frontmatter.js';
import { SOURCES_FOLDER } from '../wiki/schema.js';

/** The page made now that takes the place of `rel` (a page the last compile made and this one does not), given its text. */
export type Successor = (rel: string, text: string) => string | undefined;

export function successorsIn(model: VaultModel): Successor {
  const postByRaw = new Map(model.posts.map((p) => [p.doc.id, p.path]));
  const byName = new Map<string, Set<string>>();
  const byAlias = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, name: string, page: string): void => {
    const k = nameKeyRaw(name);
    if (!k) return;
    const set = index.get(k);
    if (set) set.add(page);
    else index.set(k, new Set([page]));
  };
  for (const n of model.entities) {
    add(byName, n.name, n.path);
    add(byName, n.entity.name, n.path);
    for (const a of n.entity.aliases) add(byAlias, a, n.path);
  }
  const only = (set: Set<string> | undefined, rel: string): string | undefined => {
    const one = set?.size === 1 ? [...set][0] : undefined;
    return one !== rel ? one : undefined;
  };
  return (rel, text) => {
    if (rel.startsWith(`${SOURCES_FOLDER}/`)) {
      let raw: unknown;
      try {
        raw = splitFrontmatter(text).data.raw;
      } catch {
        return undefined;
      }
      return typeof raw === 'string' ? only(postByRaw.has(raw) ? new Set([postByRaw.get(raw)!]) : undefined, rel) : undefined;
    }
    const base = path.posix.basename(rel, '.md');
    // `Gemma 4 (model)`: a name made unique by its type is still that name.
    const bare = base.replace(/\s+\([^()]+\)$/, '');
    const names = bare !== base ? [base, bare] : [base];
    for (const index of [byName, byAlias]) {
      for (const n of names) {
        const set = index.get(nameKeyRaw(n));
        if (set) return only(set, rel);
      }
    }
    return undefined;
  };
}
