// AGENTS.md and llms.txt: how an agent should read the vault. Small, and listing only pages that exist.
import { ENTITY_TYPES } from '../../types.js';
import { fastFrontmatter as stringifyFrontmatter } from '../frontmatter-fast.js';
import { AGENTS_FILE, ENTITY_FOLDERS, LLMS_FILE, SOURCES_FOLDER } from '../../wiki/schema.js';
import { TYPE_LABELS, describeEntity, describePost } from '../describe.js';
import type { VaultModel } from '../model.js';
import { byName, byString, count, wikilink } from '../text.js';
import { postLink } from './shared.js';
import type { Emitter } from './types.js';

const FOLDER_WHAT: Record<string, string> = {
  company: 'companies and startups',
  organization: 'non-profits, foundations, labs, agencies and standards bodies',
  person: 'people',
  product: 'products, tools, services and open-source projects',
  model: 'AI models',
  protocol: 'protocols, standards and specifications',
  paper: 'research papers',
  benchmark: 'benchmarks and leaderboards',
  event: 'events and conferences',
  topic: 'feed categories: the posts filed under each',
};

function topEntities(model: VaultModel, n: number): VaultModel['entities'] {
  return [...model.entities].filter((e) => e.type !== 'topic').sort((a, b) => b.pagerank - a.pagerank || byName(a.name, b.name)).slice(0, n);
}

function span(model: VaultModel): string {
  const dates = model.posts.map((p) => p.date).filter(Boolean);
  return dates.length > 0 ? `${dates[0]} to ${dates[dates.length - 1]}` : '';
}

function about(model: VaultModel): string {
  const entities = model.entities.filter((e) => e.type !== 'topic').length;
  const topics = model.entities.length - entities;
  const blog = model.title ? `${model.blogs > 1 ? 'the blogs' : 'the blog'} ${model.title}` : 'a blog';
  const when = span(model);
  return `This vault is a knowledge base compiled by wikic from ${count(model.posts.length, 'post')} of ${blog}${when ? ` (${when})` : ''}: ${count(entities, 'entity page', 'entity pages')} (companies, people, products, models, protocols, papers, ...), ${count(topics, 'topic page')} and one page per post. It is rebuilt from the posts in raw/ on every compile.`;
}

/** Link text that cannot close the markdown link early. */
const label = (s: string): string => s.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();

const href = (p: string): string =>
  p
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/');

export const agentsEmitter: Emitter = {
  kind: 'agents',
  emit(ctx) {
    const { model } = ctx;
    const folders = ENTITY_TYPES.map((t) => ({ folder: ENTITY_FOLDERS[t], count: model.entities.filter((e) => e.type === t).length, what: FOLDER_WHAT[t] })).filter(
      (f) => f.count > 0,
    );
    if (model.posts.length > 0) folders.unshift({ folder: SOURCES_FOLDER, count: model.posts.length, what: 'one page per post' });
    const latest = [...model.posts].sort((a, b) => byString(b.date, a.date) || byName(a.name, b.name))[0];
    const counts = ENTITY_TYPES.map((t) => ({ label: TYPE_LABELS[t], count: model.entities.filter((e) => e.type === t).length })).filter((c) => c.count > 0);
    counts.unshift({ label: 'Sources', count: model.posts.length });
    const content = ctx.templates.get('agents.md')({
      frontmatter: stringifyFrontmatter({ type: 'agents' }).trimEnd(),
      about: about(model),
      top: topEntities(model, 10)
        .map((e) => wikilink(e.name))
        .join(', '),
      topics: model.entities
        .filter((e) => e.type === 'topic')
        .sort((a, b) => b.categoryPosts.length - a.categoryPosts.length || byName(a.name, b.name))
        .slice(0, 8)
        .map((e) => wikilink(e.name))
        .join(', '),
      folders,
      example: latest ? `"... (${postLink(latest)}${latest.url ? `, ${latest.url}` : ''})"` : '"... ([[Post title]], https://example.com/post)"',
      counts,
    });
    return [{ path: AGENTS_FILE, content: `${content.trimEnd()}\n` }];
  },
};

export const llmsEmitter: Emitter = {
  kind: 'llms',
  emit(ctx) {
    const { model } = ctx;
    const key = topEntities(model, 20).map((e) => ({ label: label(e.name), href: href(e.path), description: describeEntity(e, 120) }));
    const recent = [...model.posts]
      .sort((a, b) => byString(b.date, a.date) || byName(a.name, b.name))
      .slice(0, 10)
      .map((p) => ({ label: label(p.title), href: href(p.path), description: describePost(p, 120) }));
    const content = ctx.templates.get('llms.txt')({
      title: model.title ? `${model.title}: wiki` : 'Wiki',
      summary: about(model),
      key,
      recent,
    });
    return [{ path: LLMS_FILE, content: `${content.trimEnd()}\n` }];
  },
};
