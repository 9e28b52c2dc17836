// log.md: one entry per post in date order, with what the post added. Derived from the posts
// alone, so it is the same on every compile.
import { fastFrontmatter as stringifyFrontmatter } from '../frontmatter-fast.js';
import { LOG_FILE } from '../../wiki/schema.js';
import type { EntityNode, PostNode } from '../model.js';
import { byName, count, inlineText, wikilink } from '../text.js';
import { postLink } from './shared.js';
import type { Emitter } from './types.js';

export const logEmitter: Emitter = {
  kind: 'log',
  emit(ctx) {
    const { model } = ctx;
    const added = new Map<PostNode, EntityNode[]>();
    for (const n of model.entities) {
      if (!n.firstPost) continue;
      const list = added.get(n.firstPost) ?? [];
      list.push(n);
      added.set(n.firstPost, list);
    }
    const entries = model.posts.map((p) => {
      const counts = p.mentions;
      const fresh = (added.get(p) ?? []).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || byName(a.name, b.name));
      const freshSet = new Set(fresh);
      const known = [...p.mentions.keys()].filter((n) => !freshSet.has(n)).length;
      return {
        date: p.date || 'undated',
        title: inlineText(p.title),
        source: postLink(p),
        topics: p.topics.map((t) => wikilink(t.name)).join(', '),
        added: fresh.length > 0 ? ` (${fresh.length}): ${fresh.map((n) => wikilink(n.name)).join(', ')}` : ': none',
        known: known > 0 ? `${count(known, 'entity', 'entities')} already in the wiki` : '',
      };
    });
    const content = ctx.templates.get('log.md')({ frontmatter: stringifyFrontmatter({ type: 'log' }).trimEnd(), entries });
    return [{ path: LOG_FILE, content: `${content.trimEnd()}\n` }];
  },
};
