// raw/ files: render one post to `---frontmatter---\nmarkdown`, and read the directory back for
// compile (and for ingest's own matching of items to existing files).
import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { WikicError } from '../errors.js';
import type { RawDoc, RawFrontmatter } from '../types.js';
import { FrontmatterError, splitFrontmatter, stringifyFrontmatter } from '../wiki/frontmatter.js';
import { isRawPostName } from '../wiki/dirs.js';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Hash of a post's normalised markdown: line endings and trailing space do not count as change. */
export function contentHash(markdown: string): string {
  const norm = markdown.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return sha256(norm);
}

/** The exact text of a raw/ file; keys in RawFrontmatter order, absent values left out. */
export function renderRawFile(meta: RawFrontmatter, body: string): string {
  const ordered: Record<string, unknown> = {
    title: meta.title,
    former_titles: meta.former_titles?.length ? meta.former_titles : undefined,
    url: meta.url,
    guid: meta.guid,
    published: meta.published,
    updated: meta.updated,
    author: meta.author,
    categories: meta.categories,
    summary: meta.summary,
    feed: meta.feed.url !== undefined ? { title: meta.feed.title, url: meta.feed.url } : { title: meta.feed.title },
    content_hash: meta.content_hash,
  };
  return `${stringifyFrontmatter(ordered)}\n${body}`;
}

function fail(file: string, line: number | undefined, col: number | undefined, what: string): never {
  const where = line !== undefined ? `:${line}:${col ?? 1}` : '';
  throw new WikicError(`${file}${where}: ${what}`);
}

/** Line (1-based) of a top-level frontmatter key, for error messages. */
function keyLine(text: string, key: string): number | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : undefined;
}

const OPTIONAL_STRINGS = ['url', 'guid', 'published', 'updated', 'author', 'summary'] as const;

/** Checks a parsed frontmatter against RawFrontmatter; errors name the file and line. */
export function toRawFrontmatter(data: Record<string, unknown>, file: string, text: string): RawFrontmatter {
  const at = (key: string) => keyLine(text, key) ?? 1;
  if (typeof data.title !== 'string' || !data.title.trim()) fail(file, at('title'), 1, '"title" must be a non-empty string');
  const meta: RawFrontmatter = { title: data.title, categories: [], feed: { title: '' }, content_hash: '' };
  for (const k of OPTIONAL_STRINGS) {
    const v = data[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') fail(file, at(k), 1, `"${k}" must be a string`);
    meta[k] = v;
  }
  for (const k of ['published', 'updated'] as const) {
    if (meta[k] !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(meta[k]!)) fail(file, at(k), 1, `"${k}" is not an ISO 8601 date: ${meta[k]}`);
  }
  const former = data.former_titles;
  if (former !== undefined && former !== null) {
    if (!Array.isArray(former) || former.some((t) => typeof t !== 'string')) fail(file, at('former_titles'), 1, '"former_titles" must be a list of strings');
    if (former.length > 0) meta.former_titles = former as string[];
  }
  const cats = data.categories ?? [];
  if (!Array.isArray(cats) || cats.some((c) => typeof c !== 'string')) fail(file, at('categories'), 1, '"categories" must be a list of strings');
  meta.categories = cats as string[];
  const feed = data.feed;
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed)) fail(file, at('feed'), 1, '"feed" must be a mapping with "title" (and "url")');
  const f = feed as Record<string, unknown>;
  if (typeof f.title !== 'string') fail(file, at('feed'), 1, '"feed.title" must be a string');
  if (f.url !== undefined && f.url !== null && typeof f.url !== 'string') fail(file, at('feed'), 1, '"feed.url" must be a string');
  meta.feed = typeof f.url === 'string' ? { title: f.title, url: f.url } : { title: f.title };
  if (typeof data.content_hash !== 'string' || !data.content_hash) fail(file, at('content_hash'), 1, '"content_hash" must be a string');
  meta.content_hash = data.content_hash;
  return meta;
}

/** Parses one raw/ file's text. `file` is only used in error messages. */
export function parseRawFile(text: string, file: string): { meta: RawFrontmatter; body: string } {
  let split;
  try {
    split = splitFrontmatter(text);
  } catch (err) {
    if (err instanceof FrontmatterError) fail(file, err.line, err.col, `bad frontmatter: ${err.message}`);
    throw err;
  }
  if (!split.hasFrontmatter) fail(file, 1, 1, 'no frontmatter (a raw post starts with ---)');
  const meta = toRawFrontmatter(split.data, file, text);
  return { meta, body: split.body.replace(/^\n/, '') };
}

/**
 * Reads every `*.md` at the top level of a raw/ directory (snapshots in sub-folders are not posts),
 * sorted by id. A missing directory reads as empty. A malformed file -> WikicError naming file and line:col.
 */
export async function readRawDir(dir: string): Promise<RawDoc[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new WikicError(`${dir}: cannot read raw directory (${code ?? String(err)})`);
  }
  const names = entries.filter(isRawPostName).sort();
  const docs: RawDoc[] = [];
  // Every file that is no post is named at once (one line), so a directory with several is mended in one go.
  const bad: string[] = [];
  // Synchronous reads: for thousands of small files, awaiting each stat and read costs more than the I/O.
  for (const name of names) {
    const full = path.join(dir, name);
    if (!statSync(full).isFile()) continue;
    const bytes = readFileSync(full);
    const text = bytes.toString('utf8');
    try {
      const { meta, body } = parseRawFile(text, full);
      docs.push({ id: name.slice(0, -3), file: name, meta, body, hash: sha256(bytes) });
    } catch (err) {
      if (!(err instanceof WikicError)) throw err;
      bad.push(err.message);
    }
  }
  if (bad.length === 1) throw new WikicError(bad[0]);
  if (bad.length > 1) {
    const shown = bad.slice(0, 3).join('; ');
    throw new WikicError(`${bad.length} files in ${dir} are not raw posts: ${shown}${bad.length > 3 ? `; and ${bad.length - 3} more` : ''}`);
  }
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return docs;
}
