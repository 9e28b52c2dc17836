// Which raw/ file an item belongs to: the file with its guid, else its link, else its title and date.
// Each file is claimed by at most one item per run, so items sharing a title or a link get their own files.
import type { FeedItem, RawFrontmatter } from '../types.js';

/** URLs, URNs and tag: URIs are unique beyond one feed. */
const GLOBAL_ID = /^([a-z][a-z0-9+.-]*:\/\/|urn:|tag:)/i;

export interface Existing {
  id: string;
  meta: RawFrontmatter;
}

export class Matcher {
  private readonly claimed = new Set<string>();
  /** Lower-cased ids in use, as case-insensitive file systems see them. */
  private readonly taken = new Set<string>();

  constructor(private readonly existing: Existing[]) {
    for (const e of existing) this.taken.add(e.id.toLowerCase());
  }

  /**
   * The existing file for this item, claiming it; undefined when the item is new. Guids that are not
   * URIs (`1`, `post-7`) only identify an item within its own feed, so they match only files from it.
   */
  match(item: FeedItem, feed: RawFrontmatter['feed']): string | undefined {
    const fromFeed = (e: Existing) => (feed.url && e.meta.feed.url ? feed.url === e.meta.feed.url : feed.title === e.meta.feed.title);
    const globalId = !!item.guid && GLOBAL_ID.test(item.guid);
    const free = this.existing.filter((e) => !this.claimed.has(e.id) && (globalId || fromFeed(e)));
    const same = (e: Existing) => e.meta.title === item.title && e.meta.published === item.published && e.meta.url === item.link;
    const pick = (cands: Existing[]) => (cands.length ? (cands.find(same) ?? cands[0]) : undefined);
    let hit: Existing | undefined;
    if (item.guid) hit = pick(free.filter((e) => e.meta.guid === item.guid));
    if (!hit && item.link) hit = pick(free.filter((e) => e.meta.url === item.link && (!e.meta.guid || !item.guid)));
    if (!hit) hit = pick(free.filter((e) => e.meta.title === item.title && e.meta.published === item.published && (!e.meta.guid || !item.guid) && (!e.meta.url || !item.link)));
    if (hit) this.claimed.add(hit.id);
    return hit?.id;
  }

  /** A fresh id from a base name: `base`, else `base-2`, `base-3`, ... */
  allocate(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
    this.taken.add(id.toLowerCase());
    this.claimed.add(id);
    return id;
  }
}
