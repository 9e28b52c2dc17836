// The directories commands are given: checks that need no file read.
import path from 'node:path';
import { WikicError } from '../errors.js';

/**
 * Refuses a raw directory that is also the vault: compile would write pages among the posts, and
 * the next run would read those pages as posts.
 */
export function separateDirs(raw: string, wiki: string): void {
  if (path.resolve(raw) === path.resolve(wiki)) {
    throw new WikicError(`${wiki}: --raw and --wiki name the same directory: the vault needs a directory of its own (e.g. --raw raw --wiki wiki)`);
  }
}
