// Small builders for extraction tests: a RawDoc from markdown, entities from a few posts, a name's context votes.
import type { Entity, RawDoc } from '../../../src/types.js';
import { defaultConfig, type WikicConfig } from '../../../src/config.js';
import { extractDocument, resolveEntities } from '../../../src/compile/extract/index.js';
import { buildDocument } from '../../../src/compile/extract/document.js';
import { contextVotes } from '../../../src/compile/extract/cues.js';

export function rawDoc(id: string, body: string, extra: Partial<RawDoc['meta']> = {}): RawDoc {
  return {
    id,
    file: `${id}.md`,
    meta: {
      title: id,
      url: `https://blog.example.com/${id}/`,
      published: '2026-01-15T00:00:00.000Z',
      categories: [],
      feed: { title: 'Example' },
      content_hash: id,
      ...extra,
    },
    body,
    hash: id,
  };
}

export function entitiesOf(bodies: string[] | RawDoc[], config: WikicConfig = defaultConfig('/tmp')): Entity[] {
  const docs = bodies.map((b, i) => (typeof b === 'string' ? rawDoc(`2026-01-${String(10 + i)}-post-${i}`, b) : b));
  return resolveEntities(docs, docs.map((d) => extractDocument(d)), config);
}

/** The entities' page names. */
export const names = (entities: Entity[]): string[] => entities.map((e) => e.name);

export function find(entities: Entity[], name: string): Entity | undefined {
  const l = name.toLowerCase();
  return entities.find((e) => e.name.toLowerCase() === l || e.aliases.some((a) => a.toLowerCase() === l));
}

/** Context votes for the first occurrence of `name` in `text`. */
export function votes(text: string, name: string, possessive = false): Record<string, number> {
  const ctx = buildDocument(text, undefined);
  const at = ctx.text.indexOf(name);
  return contextVotes(ctx, at, at + name.length, possessive);
}
