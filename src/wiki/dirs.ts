// The directories commands are given: the raw posts and the vault kept apart.
import { promises as fs, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { WikicError } from '../errors.js';

/**
 * The absolute path with symbolic links followed as far as the path exists: a vault reached through a
 * link and the same vault named directly are one directory. The part not yet made is kept as written.
 */
function physical(p: string): string {
  const abs = path.resolve(p);
  let head = abs;
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync.native(head), ...tail);
    } catch {
      const up = path.dirname(head);
      if (up === head) return abs;
      tail.unshift(path.basename(head));
      head = up;
    }
  }
}

/**
 * Refuses a raw directory that is also the vault, inside it or around it: compile would write pages among the
 * posts and the next run read them as posts, or the vault would hold the posts as pages.
 */
export function separateDirs(raw: string, wiki: string): void {
  const r = physical(raw);
  const w = physical(wiki);
  if (r === w) {
    throw new WikicError(`${wiki}: --raw and --wiki name the same directory: the vault needs a directory of its own (e.g. --raw raw --wiki wiki)`);
  }
  // The vault is every markdown file below it: posts inside it would be read as pages.
  const rel = path.relative(w, r);
  if (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel)) {
    throw new WikicError(`${raw}: the raw directory is inside the vault ${wiki}: keep them side by side (e.g. --raw raw --wiki wiki)`);
  }
  // Nor the vault inside raw/: its pages would sit among the feed snapshots (raw/feeds) or beside the posts.
  const back = path.relative(r, w);
  if (back !== '..' && !back.startsWith(`..${path.sep}`) && !path.isAbsolute(back)) {
    throw new WikicError(`${wiki}: the vault is inside the raw directory ${raw}: keep them side by side (e.g. --raw raw --wiki wiki)`);
  }
}

/** A file name ingest could have written a post to (`*.md`, not hidden). */
export const isRawPostName = (name: string): boolean => name.endsWith('.md') && !name.startsWith('.');

/** A folder with no pages given as the vault: a mistyped --wiki, not a vault with nothing in it. */
export const noPagesError = (wiki: string): WikicError => new WikicError(`${wiki}: no markdown pages there (pass the vault's directory with --wiki DIR)`);

/**
 * Whether `dir` is a directory of raw posts rather than a vault: no index page or compile manifest,
 * and its first markdown file has the frontmatter ingest writes. Answering about it as a vault
 * would only report every post as an orphan, or find nothing.
 */
async function holdsRawPosts(dir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return false;
  }
  if (names.includes('index.md') || names.includes('.wikic')) return false;
  const first = names.filter(isRawPostName).sort()[0];
  if (!first) return false;
  const head = await fs.readFile(path.join(dir, first), 'utf8').then((t) => t.slice(0, 4096), () => '');
  const end = head.indexOf('\n---', 3);
  return head.startsWith('---') && end > 0 && /^content_hash:/m.test(head.slice(0, end));
}

/** Refuses a directory of raw posts given as the vault (`shown` is the path as the user wrote it). */
export async function notRawPosts(dir: string, shown: string): Promise<void> {
  if (await holdsRawPosts(dir)) throw new WikicError(`${shown}: holds raw posts (what "wikic ingest" writes), not a vault: pass the vault's directory with --wiki DIR`);
}

/** Refuses a vault given as the raw directory: its pages would be read as posts and fail as such. */
export async function notAVault(dir: string, shown: string): Promise<void> {
  const made = await fs.stat(path.join(dir, '.wikic', 'manifest.json')).then(() => true, () => false);
  if (made) throw new WikicError(`${shown}: is a vault compile made (it has .wikic/manifest.json), not a directory of raw posts: pass the posts' directory with --raw DIR`);
}

/**
 * Refuses a path whose nearest existing ancestor is a file (`--out notes.txt/graph.json`): making its folders would
 * fail half-way with the system's words, not these.
 */
export async function folderCanHold(file: string, option: string): Promise<void> {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    const st = await fs.stat(dir).catch(() => undefined);
    if (st) {
      if (!st.isDirectory()) throw new WikicError(`${path.relative(process.cwd(), dir) || dir}: not a directory, so ${option} ${file} cannot be written`);
      return;
    }
    if (path.dirname(dir) === dir) return;
  }
}

/** Refuses a vault path that is a file (a vault not made yet is fine: compile makes it). */
export function vaultPathUsable(wiki: string): void {
  if (statSync(wiki, { throwIfNoEntry: false })?.isDirectory() === false) throw new WikicError(`${wiki}: not a directory (--wiki takes the vault's directory)`);
}
