// Reads what the benchmark needs from a compiled vault: page counts by type, and a few questions
// for `context` drawn from the vault itself (so nothing about any one corpus is written down here).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_FOLDERS, SOURCES_FOLDER } from '../../src/wiki/schema.js';

export interface VaultCounts {
  /** All markdown pages. */
  pages: number;
  sources: number;
  /** Entity and topic pages. */
  entities: number;
  byType: Record<string, number>;
}

// Synchronous reads: a vault is thousands of small files, and awaiting each stat costs more than the stat.
function mdFiles(dir: string): { name: string; size: number }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: { name: string; size: number }[] = [];
  for (const n of names.sort()) {
    if (!n.endsWith('.md')) continue;
    out.push({ name: n.slice(0, -3), size: statSync(path.join(dir, n)).size });
  }
  return out;
}

function countMarkdown(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) n += countMarkdown(path.join(dir, e.name));
    else if (e.name.endsWith('.md')) n++;
  }
  return n;
}

export async function countVault(wiki: string): Promise<VaultCounts> {
  const byType: Record<string, number> = {};
  let entities = 0;
  for (const [type, folder] of Object.entries(ENTITY_FOLDERS).sort()) {
    const n = mdFiles(path.join(wiki, folder)).length;
    byType[type] = n;
    entities += n;
  }
  return { pages: countMarkdown(wiki), sources: mdFiles(path.join(wiki, SOURCES_FOLDER)).length, entities, byType };
}

/**
 * Three questions an agent might ask: about the entity with the largest page, comparing the next two
 * largest of other folders, and about the most recent post's subject (its page name without the date).
 */
export async function questionsFor(wiki: string): Promise<string[]> {
  const pages: { name: string; size: number; folder: string }[] = [];
  for (const folder of Object.values(ENTITY_FOLDERS)) {
    for (const f of mdFiles(path.join(wiki, folder))) pages.push({ ...f, folder });
  }
  pages.sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  const qs: string[] = [];
  if (pages[0]) qs.push(`What is ${pages[0].name}?`);
  const others = pages.slice(1).filter((p) => p.folder !== pages[0]?.folder);
  if (others.length >= 2) qs.push(`How do ${others[0].name} and ${others[1].name} compare?`);
  const sources = mdFiles(path.join(wiki, SOURCES_FOLDER));
  const newest = sources[sources.length - 1];
  if (newest) qs.push(`What does the post ${newest.name.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/-/g, ' ')} argue?`);
  return qs;
}
