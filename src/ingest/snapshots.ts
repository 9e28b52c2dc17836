// Which feed each snapshot under raw/feeds/ belongs to, so two sources never share one file: two local files
// both called `feed.xml`, or two URLs whose flattened names meet (`host/blog.atom` and `host/blog.xml`, or one
// host on two ports). A later ingest of one would write over the other's snapshot, and a URL answered with
// 304 would then re-read the other feed's items as its own. The owners are kept in raw/feeds/snapshots.json
// by what identifies a feed on any machine: a URL as given, or a file's feed by its own home link and title.
import { promises as fs } from 'node:fs';
import { WikicError } from '../errors.js';

export const SNAPSHOTS_FILE = 'snapshots.json';

/** One source's claim on a snapshot name. */
export interface SnapshotClaim {
  /** The name the source would take (`feed.xml`, `example.com-blog.xml`). */
  wanted: string;
  /** Who the source is: `url:<URL>` or `feed:<home link>|<title>`. */
  owner: string;
  /** A name the HTTP cache already gives this URL: kept as it is. */
  held?: string;
}

/** Snapshot name -> owner, from raw/feeds/snapshots.json (empty when there is none). */
export async function readSnapshotOwners(file: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) throw new Error('not an object of names');
    return new Map(Object.entries(v as Record<string, string>));
  } catch (err) {
    throw new WikicError(`${file}: not a valid list of snapshot owners (${(err as Error).message.split('\n')[0]}); delete it to start afresh`);
  }
}

/** `feed.xml` -> `feed-2.xml`. */
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

/**
 * The snapshot name of each claim: a name a claim already holds (a URL's in the HTTP cache, a feed file kept under
 * raw/feeds itself) stays its own, the first holder winning when two hold one; any other claim takes its wanted
 * name when that is free or already this owner's, else the first numbered one that is (`feed-2.xml`). `owners` is
 * updated in place; `taken` lists names in use by sources the owners file does not know (URLs of the HTTP cache).
 */
export function assignSnapshots(claims: SnapshotClaim[], owners: Map<string, string>, taken: Map<string, string> = new Map()): string[] {
  const names: Array<string | undefined> = claims.map(() => undefined);
  const heldBy = new Map<string, string>();
  claims.forEach((c, i) => {
    if (c.held === undefined || (heldBy.has(c.held) && heldBy.get(c.held) !== c.owner)) return;
    heldBy.set(c.held, c.owner);
    owners.set(c.held, c.owner);
    names[i] = c.held;
  });
  const ownerOf = (name: string): string | undefined => heldBy.get(name) ?? owners.get(name) ?? taken.get(name);
  return claims.map((c, i) => {
    if (names[i] !== undefined) return names[i]!;
    let name = c.wanted;
    for (let n = 2; ownerOf(name) !== undefined && ownerOf(name) !== c.owner; n++) name = numbered(c.wanted, n);
    owners.set(name, c.owner);
    heldBy.set(name, c.owner);
    return name;
  });
}

/**
 * HTTP cache entries of URLs that share one snapshot (written before names were kept apart): the first URL keeps
 * it; the others lose their entry, so they are fetched whole rather than answered from another feed's snapshot.
 */
export function dropSharedSnapshots<T extends { snapshot: string }>(cache: Record<string, T>): Record<string, T> {
  const first = new Map<string, string>();
  const out: Record<string, T> = {};
  for (const url of Object.keys(cache).sort()) {
    const name = cache[url]?.snapshot;
    if (typeof name !== 'string' || first.has(name)) continue;
    first.set(name, url);
    out[url] = cache[url];
  }
  return out;
}
