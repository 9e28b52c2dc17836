// index.md: every page, one line each, grouped by type, most important first (PageRank).
import { ENTITY_TYPES } from '../../types.js';
import { fastFrontmatter as stringifyFrontmatter } from '../frontmatter-fast.js';
import { AGENTS_FILE, INDEX_FILE, LOG_FILE } from '../../wiki/schema.js';
import { TYPE_LABELS, describeEntity, describePost } from '../describe.js';
import { byName, byString, count, wikilink } from '../text.js';
import type { Emitter } from './types.js';

const base = (f: string): string => f.replace(/\.md$/, '');

export const indexEmitter: Emitter = {
  kind: 'index',
  emit(ctx) {
    const { model } = ctx;
    const groups = ENTITY_TYPES.map((type) => {
      const nodes = model.entities.filter((n) => n.type === type).sort((a, b) => b.pagerank - a.pagerank || byName(a.name, b.name));
      return { label: TYPE_LABELS[type], count: nodes.length, items: nodes.map((n) => ({ link: wikilink(n.name), description: describeEntity(n) })) };
    }).filter((g) => g.count > 0);
    const posts = [...model.posts].sort((a, b) => b.pagerank - a.pagerank || byString(b.date, a.date) || byName(a.name, b.name));
    if (posts.length > 0) {
      groups.push({ label: 'Sources', count: posts.length, items: posts.map((p) => ({ link: wikilink(p.name), description: describePost(p) })) });
    }
    const entityCount = model.entities.filter((n) => n.type !== 'topic').length;
    const topicCount = model.entities.length - entityCount;
    const intro = [
      `${count(model.posts.length + model.entities.length + 3, 'page')}: ${count(model.posts.length, 'source')}, ${count(entityCount, 'entity', 'entities')}, ${count(topicCount, 'topic')}, and the ${wikilink(base(LOG_FILE))} and ${wikilink(base(AGENTS_FILE))} pages.`,
      'Each group is ordered by PageRank over the link graph: the most connected pages come first.',
      `Agents: read ${wikilink(base(AGENTS_FILE))} first.`,
    ].join(' ');
    const content = ctx.templates.get('index.md')({
      frontmatter: stringifyFrontmatter({ type: 'index' }).trimEnd(),
      title: model.title ? `${model.title}: index` : 'Index',
      intro,
      groups,
    });
    return [{ path: INDEX_FILE, content: `${content.trimEnd()}\n` }];
  },
};
