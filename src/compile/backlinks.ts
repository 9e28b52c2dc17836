// Backlinks from the model in one pass over the relations that become links: a post links the
// entities it mentions, the topics it is filed under and its authors' person pages; an entity or
// topic page links its related entities. (Hub pages link everything and are left out.) A test checks
// this against the links actually found in the rendered pages.
import type { VaultModel } from './model.js';
import { byName, byString } from './text.js';

export function computeBacklinks(model: VaultModel): void {
  const from = new Map(model.entities.map((n) => [n, new Set<string>()]));
  const postDate = new Map(model.posts.map((p) => [p.name, p.date]));
  for (const p of model.posts) {
    for (const n of p.mentions.keys()) from.get(n)?.add(p.name);
    for (const t of p.topics) from.get(t)?.add(p.name);
    for (const b of p.byline) if (b.person) from.get(b.person)?.add(p.name);
  }
  for (const n of model.entities) {
    for (const r of n.related) if (r.node !== n) from.get(r.node)?.add(n.name);
  }
  for (const n of model.entities) {
    const names = [...from.get(n)!];
    const pages = names.filter((x) => !postDate.has(x)).sort(byName);
    const posts = names.filter((x) => postDate.has(x)).sort((a, b) => byString(postDate.get(a)!, postDate.get(b)!) || byName(a, b));
    n.backlinks = [...pages, ...posts];
  }
}
