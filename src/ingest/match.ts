// Which raw/ file an item belongs to: the file with its guid, else its link, else its title and date.
// Each file is claimed by at most one item per run, so items sharing a title or a link get their own files.
import type { FeedItem, RawFrontmatter } from '../types.js';

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

  /** The existing file for this item, claiming it; undefined when the item is new. */
  match(item: FeedItem): string | undefined {
    const free = this.existing.filter((e) => !this.claimed.has(e.id));
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
