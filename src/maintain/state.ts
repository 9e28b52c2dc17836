// Reads what the checks look at besides the vault: raw/ posts and the compile manifest.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { splitFrontmatter } from '../wiki/frontmatter.js';
import { COMPILED_FROM_FILE, MANIFEST_FILE } from '../wiki/schema.js';
import type { ManifestState, RawPost } from './types.js';

/** The post files of a raw directory (sorted), or undefined when the directory does not exist. */
export async function rawPostFiles(dir: string): Promise<string[] | undefined> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
  return names.filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.')).sort();
}

/** The raw posts, or undefined when the directory does not exist. Unparseable frontmatter leaves the post without a title or date. */
export async function readRawPosts(dir: string): Promise<RawPost[] | undefined> {
  const names = await rawPostFiles(dir);
  if (!names) return undefined;
  const posts: RawPost[] = [];
  for (const file of names) {
    const bytes = await fs.readFile(path.join(dir, file));
    const text = bytes.toString('utf8');
    let title: string | undefined;
    let date: string | undefined;
    let body = text;
    try {
      const doc = splitFrontmatter(text);
      body = doc.body;
      if (typeof doc.data.title === 'string') title = doc.data.title;
      if (typeof doc.data.published === 'string') date = doc.data.published.slice(0, 10);
    } catch {
      // A raw file with broken frontmatter is still a post for the stale check.
    }
    posts.push({ id: file.replace(/\.md$/i, ''), file, hash: createHash('sha256').update(bytes).digest('hex'), title, date, body });
  }
  return posts;
}

const stringMap = (v: unknown): Record<string, string> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
};

/** The manifest compile wrote, or undefined when there is none (a vault compile did not make). */
export async function readManifestState(wikiDir: string): Promise<ManifestState | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(wikiDir, MANIFEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    return { compiler: typeof data.compiler === 'string' ? data.compiler : '', pages: stringMap(data.pages), raw: stringMap(data.raw) };
  } catch {
    return undefined;
  }
}

/**
 * The raw directory the vault was last compiled from, as the working directory sees it, when the compile recorded one
 * and it is there: what `maintain` reads when neither `--raw` nor a config names one (run from anywhere, or from inside
 * the vault, it checks the vault against its own posts, not a `raw/` that happens to sit in the working directory).
 */
export async function compiledFrom(wikiDir: string): Promise<string | undefined> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(wikiDir, ...COMPILED_FROM_FILE.split('/')), 'utf8')) as Record<string, unknown>;
    if (typeof data.raw !== 'string' || data.raw === '') return undefined;
    // `path.resolve` takes `/` on every platform, and an absolute path as it is.
    const dir = path.resolve(wikiDir, data.raw);
    return (await fs.stat(dir)).isDirectory() ? path.relative(process.cwd(), dir) || '.' : undefined;
  } catch {
    return undefined;
  }
}

