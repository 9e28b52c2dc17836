import { promises as fs } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** One post of the feed the synthetic corpus is built from. */
export interface SourcePost {
  title: string;
  link: string;
  description: string;
  html: string;
  categories: string[];
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return text((v as Record<string, unknown>)['#text']);
  return String(v);
}

/** Reads the items of an RSS 2.0 feed (the project's bundled author feed). */
export function parseRssPosts(xml: string, file: string): SourcePost[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    htmlEntities: true,
    isArray: (name) => name === 'item' || name === 'category',
  });
  const doc = parser.parse(xml) as { rss?: { channel?: { item?: Record<string, unknown>[] } } };
  const items = doc.rss?.channel?.item ?? [];
  if (items.length === 0) throw new Error(`${file}: no RSS 2.0 items to build the corpus from`);
  return items.map((it) => ({
    title: text(it.title),
    link: text(it.link),
    description: text(it.description),
    html: text(it['content:encoded']) || text(it.description),
    categories: ((it.category as unknown[]) ?? []).map(text).filter(Boolean),
  }));
}

/** The project's bundled feed snapshots (raw/feeds/*.xml), in name order. */
export async function defaultSourceFeed(repoRoot: string): Promise<string> {
  const dir = path.join(repoRoot, 'raw', 'feeds');
  let names: string[] = [];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.xml')).sort();
  } catch {
    // fall through to the error below
  }
  if (names.length === 0) throw new Error(`${dir}: no feed snapshot (*.xml) to build the corpus from; pass --source FILE`);
  return path.join(dir, names[0]);
}

export async function loadSourcePosts(file: string): Promise<SourcePost[]> {
  return parseRssPosts(await fs.readFile(file, 'utf8'), file);
}
