// Relations between pages: entity co-occurrence, related entities and related posts. Each is one
// pass over the mentions (or over a capped inverted index), so the cost grows linearly with posts.
import type { EntityNode, PostNode, VaultModel } from './model.js';

/** Entities whose text mentions fall in the same sentence, with how many sentences they share. */
export interface Cooccurrence {
  a: EntityNode;
  b: EntityNode;
  weight: number;
}

export function sentenceCooccurrences(model: VaultModel): Cooccurrence[] {
  const index = new Map(model.entities.map((n, i) => [n, i]));
  const pairs = new Map<number, Cooccurrence>();
  const n = model.entities.length;
  for (const post of model.posts) {
    const bySentence = new Map<number, Set<EntityNode>>();
    for (const node of post.mentions.keys()) {
      for (const m of node.mentionsByPost.get(post.doc.id) ?? []) {
        if (!(m.sentence >= 0)) continue;
        let set = bySentence.get(m.sentence);
        if (!set) bySentence.set(m.sentence, (set = new Set()));
        set.add(node);
      }
    }
    for (const set of bySentence.values()) {
      if (set.size < 2) continue;
      const list = [...set].sort((x, y) => index.get(x)! - index.get(y)!);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const key = index.get(list[i])! * n + index.get(list[j])!;
          const c = pairs.get(key);
          if (c) c.weight++;
          else pairs.set(key, { a: list[i], b: list[j], weight: 1 });
        }
      }
    }
  }
  return [...pairs.entries()].sort((x, y) => x[0] - y[0]).map(([, c]) => c);
}

/**
 * Fills `related` on every entity: sentence co-occurrence first; entities with few such partners
 * are topped up with entities from the same posts, listed after them.
 */
export function relateEntities(model: VaultModel, pairs: Cooccurrence[], limit: number): void {
  const scores = new Map<EntityNode, Map<EntityNode, number>>();
  const bump = (x: EntityNode, y: EntityNode, w: number): void => {
    let m = scores.get(x);
    if (!m) scores.set(x, (m = new Map()));
    m.set(y, (m.get(y) ?? 0) + w);
  };
  for (const p of pairs) {
    bump(p.a, p.b, p.weight);
    bump(p.b, p.a, p.weight);
  }
  type Rel = EntityNode['related'][number];
  const rank = (list: Rel[]): Rel[] =>
    // Local order only (no PageRank): a new post must not reshuffle pages it does not touch.
    list.sort((x, y) => y.weight - x.weight || x.node.nameOrder - y.node.nameOrder);

  // Per post, its entities by how often the post names them: a top-up only needs the first few.
  const ranked = new Map<PostNode, EntityNode[]>();
  const rankedOf = (post: PostNode): EntityNode[] => {
    let list = ranked.get(post);
    if (!list) ranked.set(post, (list = [...post.mentions.keys()].sort(byPostCount(post))));
    return list;
  };

  for (const node of model.entities) {
    const own = scores.get(node) ?? new Map<EntityNode, number>();
    let list: Rel[] = rank([...own.entries()].map(([n, w]) => ({ node: n, weight: w, via: 'sentence' as const })));
    if (list.length < limit) {
      const need = limit - list.length;
      const extra = new Map<EntityNode, number>();
      for (const post of [...node.posts, ...node.categoryPosts]) {
        let taken = 0;
        for (const other of rankedOf(post)) {
          if (other === node || own.has(other)) continue;
          extra.set(other, (extra.get(other) ?? 0) + 1);
          if (++taken >= need * 3) break;
        }
      }
      list = list.concat(rank([...extra.entries()].map(([n, w]) => ({ node: n, weight: w, via: 'post' as const }))).slice(0, need));
    } else {
      list = list.slice(0, limit);
    }
    node.related = list;
  }
}

/** Entities of a post, most named in it first. */
export function byPostCount(post: PostNode): (a: EntityNode, b: EntityNode) => number {
  return (a, b) => post.mentions.get(b)! - post.mentions.get(a)! || a.nameOrder - b.nameOrder;
}

/** Posts most related to each post: linked posts first, then posts sharing rare entities. */
export function relatePosts(model: VaultModel, limit = 5, maxDocFreq = 30): void {
  const order = new Map(model.posts.map((p, i) => [p, i]));
  for (const post of model.posts) {
    const score = new Map<PostNode, number>();
    const shared = (nodes: Iterable<EntityNode>): void => {
      for (const node of nodes) {
        const others = [...node.posts, ...node.categoryPosts];
        if (others.length > maxDocFreq || others.length < 2) continue;
        const w = 1 / others.length;
        for (const o of others) if (o !== post) score.set(o, (score.get(o) ?? 0) + w);
      }
    };
    shared(post.mentions.keys());
    shared(post.topics.filter((t) => !post.mentions.has(t)));
    const linked = [...new Set([...post.linksTo, ...post.linkedFrom])].sort((a, b) => order.get(a)! - order.get(b)!);
    const rest = [...score.entries()]
      .filter(([p]) => !linked.includes(p))
      .sort((a, b) => b[1] - a[1] || order.get(b[0])! - order.get(a[0])!)
      .map(([p]) => p);
    post.related = [...linked, ...rest.slice(0, Math.max(0, limit - linked.length))];
  }
}
