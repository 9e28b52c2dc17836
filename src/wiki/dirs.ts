// The directories commands are given: checks that need no file read.
import path from 'node:path';
import { WikicError } from '../errors.js';

/**
 * Refuses a raw directory that is also the vault, or inside it: compile would write pages among the
 * posts and the next run read them as posts, or the vault would hold the posts as pages.
 */
export function separateDirs(raw: string, wiki: string): void {
  if (path.resolve(raw) === path.resolve(wiki)) {
    throw new WikicError(`${wiki}: --raw and --wiki name the same directory: the vault needs a directory of its own (e.g. --raw raw --wiki wiki)`);
  }
  // The vault is every markdown file below it: posts inside it would be read as pages.
  const rel = path.relative(path.resolve(wiki), path.resolve(raw));
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) {
    throw new WikicError(`${raw}: the raw directory is inside the vault ${wiki}: keep them side by side (e.g. --raw raw --wiki wiki)`);
  }
}
