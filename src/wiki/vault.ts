// Reads a vault from disk into one plain model that compile, maintain and context share.
// A page that cannot be parsed is still a page: its frontmatter error is kept as data.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter, FrontmatterError } from './frontmatter.js';
import { buildResolver, maskCode, parseBlockIds, parseHeadings, parseLinks, type Heading, type Resolver, type WikiLink } from './links.js';
import { WikicError } from '../errors.js';
import { notRawPosts } from './dirs.js';

export interface FrontmatterProblem {
  message: string;
  /** 1-based line and column in the file. */
  line: number;
  col: number;
}

/** A link found in a page; `line`/`col` are file lines and `offset` a file offset. */
export type PageLink = WikiLink;

export interface VaultPage {
  /** Vault-relative path with forward slashes, e.g. `companies/OpenAI.md`. */
  path: string;
  /** File name without `.md`: what `[[...]]` names. */
  name: string;
  /** Folder relative to the vault ('' at the top level). */
  folder: string;
  /** The whole file as read. */
  text: string;
  hasFrontmatter: boolean;
  /** Parsed frontmatter; `{}` when absent or broken. */
  frontmatter: Record<string, unknown>;
  frontmatterError?: FrontmatterProblem;
  /** `frontmatter.type` when it is a string. */
  type?: string;
  /** `frontmatter.aliases` (and the older `alias`), a string or list of strings, trimmed, empties dropped. */
  aliases: string[];
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
  /** Headings with file line numbers. */
  headings: Heading[];
  blockIds: string[];
  /** Outgoing links (in frontmatter values, then in the body) with file line numbers and file offsets. */
  links: PageLink[];
}

/** A non-markdown file (image, PDF, ...) that links and embeds may name. */
export interface VaultAttachment {
  path: string;
  name: string;
}

export type VaultFile = VaultPage | VaultAttachment;

export interface Vault {
  /** Absolute directory of the vault. */
  dir: string;
  /** Markdown pages sorted by path. */
  pages: VaultPage[];
  /** Other files sorted by path. */
  attachments: VaultAttachment[];
  /** Obsidian resolver over pages and attachments. */
  resolver: Resolver<VaultFile>;
  /** Page by vault-relative path. */
  page(p: string): VaultPage | undefined;
}

export const isPage = (f: VaultFile | undefined): f is VaultPage => !!f && 'links' in f;

/** Dot-folders (`.obsidian`, `.wikic`, `.git`, `.trash`) and dot-files are not part of the vault's content. */
const hidden = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

async function walk(dir: string, rel: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (hidden(e.name)) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) await walk(path.join(dir, e.name), r, out);
    else if (e.isFile()) out.push(r);
  }
}

/** The vault's files under `dir`, vault-relative and sorted: markdown pages, and the rest (attachments). */
export async function listVaultFiles(dir: string): Promise<{ markdown: string[]; attachments: string[] }> {
  const files: string[] = [];
  await walk(dir, '', files);
  files.sort();
  const isMd = (f: string): boolean => f.toLowerCase().endsWith('.md');
  return { markdown: files.filter(isMd), attachments: files.filter((f) => !isMd(f)) };
}

/** Where the body starts when the frontmatter does not parse: after the closing `---` if there is one. */
function bodyAfterBrokenFrontmatter(text: string): { body: string; bodyLine: number } {
  const lines = text.split('\n');
  if (!/^---\r?$/.test(lines[0] ?? '')) return { body: text, bodyLine: 1 };
  for (let i = 1; i < lines.length; i++) {
    if (/^---[ \t]*\r?$/.test(lines[i])) return { body: lines.slice(i + 1).join('\n'), bodyLine: i + 2 };
  }
  return { body: '', bodyLine: lines.length + 1 };
}

export function stringList(v: unknown): string[] {
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  return list.filter((x): x is string => typeof x === 'string').map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Wikilinks in frontmatter values (`sources: ["[[Post]]"]`): Obsidian treats them as links of the
 * page (backlinks, graph), so they are checked and counted like links in the body.
 */
export function frontmatterLinks(text: string, parsed: boolean, bodyLine: number): PageLink[] {
  if (!parsed) return [];
  const start = text.indexOf('\n') + 1;
  // The end of line max(1, bodyLine - 2): the closing --- starts the line after it.
  const want = Math.max(1, bodyLine - 2);
  let end = -1;
  for (let n = 0; n < want; n++) {
    const nl = text.indexOf('\n', end + 1);
    if (nl < 0) {
      end = text.length;
      break;
    }
    end = nl;
  }
  if (!text.includes('[[', start) || text.indexOf('[[', start) >= end) return [];
  const yamlText = text.slice(start, end);
  return parseLinks(yamlText)
    .filter((l) => l.format === 'wiki')
    .map((l) => ({ ...l, line: l.line + 1, offset: l.offset + start }));
}

/** A page's text split into frontmatter and body; broken frontmatter is reported, not thrown, and its body still found. */
export function splitPage(text: string): {
  frontmatter: Record<string, unknown>;
  frontmatterError?: FrontmatterProblem;
  body: string;
  bodyLine: number;
  hasFrontmatter: boolean;
} {
  try {
    const doc = splitFrontmatter(text);
    return { frontmatter: doc.data, body: doc.body, bodyLine: doc.bodyLine, hasFrontmatter: doc.hasFrontmatter };
  } catch (err) {
    if (!(err instanceof FrontmatterError)) throw err;
    const frontmatterError = { message: err.message, line: err.line ?? 1, col: err.col ?? 1 };
    return { frontmatter: {}, frontmatterError, ...bodyAfterBrokenFrontmatter(text), hasFrontmatter: true };
  }
}

/** Parses one page's text. `p` is its vault-relative path. Pure: no I/O. */
export function parsePage(p: string, text: string): VaultPage {
  const { frontmatter, frontmatterError, body, bodyLine, hasFrontmatter } = splitPage(text);
  const bodyOffset = text.length - body.length;
  const shift = bodyLine - 1;
  const masked = maskCode(body);
  // Positions in the body become file positions (the objects are fresh from the parsers).
  const bodyLinks = parseLinks(body, masked);
  for (const l of bodyLinks) {
    l.line += shift;
    l.offset += bodyOffset;
  }
  const fmLinks = frontmatterLinks(text, hasFrontmatter && !frontmatterError, bodyLine);
  const links = fmLinks.length > 0 ? [...fmLinks, ...bodyLinks] : bodyLinks;
  const headings = parseHeadings(body, masked);
  for (const h of headings) h.line += shift;
  const base = path.posix.basename(p);
  const folder = path.posix.dirname(p);
  return {
    path: p,
    name: base.replace(/\.md$/i, ''),
    folder: folder === '.' ? '' : folder,
    text,
    hasFrontmatter,
    frontmatter,
    frontmatterError,
    type: typeof frontmatter.type === 'string' ? frontmatter.type : undefined,
    // `alias` is the older spelling Obsidian still reads in some vaults.
    aliases: [...new Set([...stringList(frontmatter.aliases), ...stringList(frontmatter.alias)])],
    body,
    bodyLine,
    headings,
    blockIds: parseBlockIds(body, masked),
    links,
  };
}

/** Builds a vault from already-read files (path -> text for pages; attachment paths). Pure. */
export function buildVault(dir: string, pages: Array<{ path: string; text: string }>, attachments: string[] = []): Vault {
  return vaultOf(
    dir,
    pages.map((f) => parsePage(f.path, f.text)),
    attachments,
  );
}

/** Builds a vault from pages already parsed (or known some other way, as maintain's cached pages are). */
export function vaultOf(dir: string, pages: VaultPage[], attachments: string[] = []): Vault {
  const parsed = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const atts = [...attachments].sort().map((p) => ({ path: p, name: path.posix.basename(p) }));
  const byPath = new Map(parsed.map((pg) => [pg.path, pg]));
  return {
    dir,
    pages: parsed,
    attachments: atts,
    resolver: buildResolver<VaultFile>([...parsed, ...atts]),
    page: (p) => byPath.get(p),
  };
}

/** The absolute directory of a vault; WikicError when `dir` is not a readable directory. */
export async function vaultDir(dir: string): Promise<string> {
  const abs = path.resolve(dir);
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch {
    // A missing vault is usually one not compiled yet, or one elsewhere: say which command or option helps.
    throw new WikicError(`${dir}: wiki directory not found (run "wikic compile" first, or pass --wiki DIR)`);
  }
  if (!stat.isDirectory()) throw new WikicError(`${dir}: not a directory`);
  await notRawPosts(abs, dir);
  return abs;
}




/**
 * Reads every `.md` page under `dir` (skipping dot-folders such as `.obsidian/` and `.wikic/`),
 * and lists the other files as attachments. Throws WikicError when `dir` is not a readable directory.
 */
export async function loadVault(dir: string): Promise<Vault> {
  const abs = await vaultDir(dir);
  const { markdown: md, attachments } = await listVaultFiles(abs);
  const pages: Array<{ path: string; text: string }> = [];
  // Read in batches: fast on large vaults without running out of file handles.
  for (let i = 0; i < md.length; i += 64) {
    const batch = md.slice(i, i + 64);
    const texts = await Promise.all(batch.map((f) => fs.readFile(path.join(abs, f), 'utf8')));
    batch.forEach((f, k) => pages.push({ path: f, text: texts[k] }));
  }
  return buildVault(abs, pages, attachments);
}
