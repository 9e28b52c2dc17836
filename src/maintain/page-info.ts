// Small, pure facts about vault pages that several checks need.
import { ENTITY_TYPES } from '../types.js';
import { AGENTS_FILE, INDEX_FILE, LOG_FILE, NOTES_HEADING, NOTES_MARKER, SOURCES_FOLDER } from '../wiki/schema.js';
import type { VaultPage } from '../wiki/vault.js';
import { escapeRegExp, stripLatinAccents } from '../compile/extract/name-key.js';

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);

export const isEntityPage = (p: VaultPage): boolean => p.type !== undefined && ENTITY_TYPE_SET.has(p.type);
export const isSourcePage = (p: VaultPage): boolean => p.type === 'source' || (p.type === undefined && p.folder === SOURCES_FOLDER);
/** The generated catalogues: links from them do not make a page reachable, and they are never orphans. */
export const isCatalogue = (p: VaultPage): boolean => [INDEX_FILE, LOG_FILE, AGENTS_FILE].includes(p.path);

/** 1-based file line of a frontmatter key, or of the line under it holding `value`; 1 when not found. */
export function frontmatterLine(page: VaultPage, key: string, value?: string): number {
  if (!page.hasFrontmatter) return 1;
  const lines = page.text.split('\n');
  const end = page.bodyLine - 1;
  const keyRe = new RegExp(`^${escapeRegExp(key)}\\s*:`);
  for (let i = 1; i < end && i < lines.length; i++) {
    if (!keyRe.test(lines[i])) continue;
    if (value === undefined) return i + 1;
    for (let j = i; j < end && j < lines.length; j++) {
      if (j > i && /^\S/.test(lines[j])) break;
      if (lines[j].includes(value)) return j + 1;
    }
    return i + 1;
  }
  return 1;
}

const linesOf = new WeakMap<VaultPage, string[]>();

/** Lines of the page (index 0 = file line 1). Split once per page: callers must not change the array. */
export function pageLines(page: VaultPage): string[] {
  let lines = linesOf.get(page);
  if (!lines) {
    lines = page.text.split('\n');
    linesOf.set(page, lines);
  }
  return lines;
}

/** The body lines of a `## Heading` section: [firstLine, lastLine] as 1-based file lines, or undefined. */
export function sectionLines(page: VaultPage, heading: string): [number, number] | undefined {
  const h = page.headings.find((x) => x.level === 2 && x.text.toLowerCase() === heading.toLowerCase());
  if (!h) return undefined;
  const next = page.headings.find((x) => x.line > h.line && x.level <= 2);
  const last = next ? next.line - 1 : pageLines(page).length;
  return [h.line + 1, last];
}

/**
 * File offset where the author's part of the page starts (the `## Notes` heading), or the end of the
 * file when there is none. Fixes never change anything at or after it.
 */
export function protectedFrom(page: VaultPage): number {
  const lines = pageLines(page);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i + 1 >= page.bodyLine && (lines[i].trim() === NOTES_HEADING || lines[i].trim() === NOTES_MARKER)) return offset;
    offset += lines[i].length + 1;
  }
  return page.text.length;
}

/** The author's notes: text after the marker (empty string when there are none or no marker). */
export function notesText(page: VaultPage): string {
  const i = page.text.indexOf(NOTES_MARKER);
  return i < 0 ? '' : page.text.slice(i + NOTES_MARKER.length).trim();
}

/** Names folded for comparison: case, possessives, punctuation and spacing ignored; `+` and `#` kept (Google+, C#). */
export function foldName(s: string): string {
  // Plain ASCII (most names) needs no normalising, and its letters are a-z.
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase().replace(/'s\b/g, '').replace(/[^a-z0-9+#]+/g, '');
  return stripLatinAccents(s.normalize('NFKD'))
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    // Letters of every script: `Оба` and `Ее` are two names, not two empty ones.
    .replace(/[^\p{L}\p{M}\p{N}+#]+/gu, '');
}

/** Normalised URL for "same homepage": no scheme, no www., no trailing slash, no query or fragment. */
export function foldUrl(u: string): string | undefined {
  try {
    const url = new URL(u);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const p = url.pathname.replace(/\/+$/, '').toLowerCase();
    return host + p;
  } catch {
    return undefined;
  }
}

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
