// Releases of one product are one page: `PostgreSQL 16` and `PostgreSQL 13` are `PostgreSQL`, `Chrome 126`
// is `Chrome`, `A2A v1.0` is `A2A`. Models are left alone: in the writing about them `Llama 3.1` and
// `Llama 2` are different models, each with its own page.
import type { Entity, EntityType } from '../../types.js';
import { isModelNumber, isVersion, nameKey, words } from './names.js';
import { STANDARD_SERIES } from './data/type-words.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Types whose versions are releases of one thing. */
const RELEASED: ReadonlySet<EntityType> = new Set(['product', 'protocol']);

/** `7B`, `2.3B`, `405M`: a size, which names a model, not a release. */
const SIZE = /^\d+(?:\.\d+)?[BMKT]$/i;

/** The name without its trailing version (`PostgreSQL 16` -> `PostgreSQL`), or undefined when it has none. */
export function versionStem(name: string): string | undefined {
  // `PEP 517` and `RFC 9110` are documents of a series, each its own.
  if (STANDARD_SERIES.test(name)) return undefined;
  const w = words(name);
  // `RTX 5090`, `Ryzen 9 9950X`, `Core Ultra 9 285K`: a model number (four digits after an acronym, or digits with
  // a letter after them) names a product of its own, not a release of its line.
  const last = w[w.length - 1] ?? '';
  if ((w.length >= 2 && isModelNumber(w[w.length - 2], last)) || /^\d{3,5}\p{Lu}{1,2}\d?\p{Lu}?$/u.test(last)) return undefined;
  let k = w.length;
  while (k > 1 && isVersion(w[k - 1]) && /\d/.test(w[k - 1]) && !SIZE.test(w[k - 1])) k--;
  if (k === w.length || k === 0) return undefined;
  const stem = w.slice(0, k).join(' ');
  // `Series 2`, `Layer 1`-like stems end in a digit or are too short to name anything.
  return /\p{L}/u.test(stem) && !/\d$/.test(stem) && stem.length >= 2 ? stem : undefined;
}

type Mentions = Entity['mentions'];
const byPlace = (a: Mentions[number], b: Mentions[number]): number => cmp(a.docId, b.docId) || a.sentence - b.sentence || (a.offset ?? 0) - (b.offset ?? 0);

/** Folds `other` into `into`: its mentions, names, facts and dates; the lead and URL only where `into` has none. */
export function foldInto(into: Entity, other: Entity): void {
  foldAll(into, [other]);
}

/**
 * Folds each of `others` into `into`, in order: what folding them in one at a time gives (stable sorts
 * compose), in one pass, so a product with hundreds of releases costs no more than their mentions.
 */
export function foldAll(into: Entity, others: readonly Entity[]): void {
  if (others.length === 0) return;
  // One stable sort of all the lists, each already in order: runs the sort merges in linear time.
  into.mentions = [...into.mentions, ...others.flatMap((o) => o.mentions)].sort(byPlace);
  const own = into.name.toLowerCase();
  const names = new Map<string, string>();
  const addName = (n: string): void => {
    const l = n.toLowerCase();
    if (l !== own && !names.has(l)) names.set(l, n);
  };
  into.aliases.forEach(addName);
  for (const o of others) {
    addName(o.name);
    o.aliases.forEach(addName);
  }
  into.aliases = [...names.values()].sort(cmp);
  // A fact already there is not repeated; one an entity lists twice is kept twice, as folding one at a time does.
  const factKey = (f: Entity['facts'][number]): string => `${f.docId}\u0000${f.text}`;
  const seen = new Set(into.facts.map(factKey));
  const facts = [...into.facts];
  for (const o of others) {
    const added = o.facts.filter((f) => !seen.has(factKey(f)));
    for (const f of added) {
      seen.add(factKey(f));
      facts.push(f);
    }
  }
  into.facts = facts.sort((a, b) => cmp(a.date ?? '', b.date ?? '') || cmp(a.docId, b.docId));
  for (const o of others) {
    into.lead ??= o.lead;
    into.url ??= o.url;
    if (o.firstSeen && (!into.firstSeen || o.firstSeen < into.firstSeen)) into.firstSeen = o.firstSeen;
    if (o.lastSeen && (!into.lastSeen || o.lastSeen > into.lastSeen)) into.lastSeen = o.lastSeen;
  }
}

/**
 * Folds each release into the product it is a version of: the entity named by its stem when there is
 * one, else (two releases or more, none of the family a model) the most mentioned release, renamed to
 * the stem. `fixed`: entities whose name or type the author pinned, which are never folded away.
 * Returns the entities that remain.
 */
export function foldVersions(entities: Entity[], fixed: ReadonlySet<Entity> = new Set()): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), e);
  const releases = new Map<string, { stem: string; list: Entity[] }>();
  const modelStems = new Set<string>();
  for (const e of entities) {
    const stem = versionStem(e.name);
    if (!stem) continue;
    if (e.type === 'model') modelStems.add(nameKey(stem));
    if (!RELEASED.has(e.type) || fixed.has(e)) continue;
    const k = nameKey(stem);
    const group = releases.get(k) ?? { stem, list: [] };
    group.list.push(e);
    releases.set(k, group);
  }
  const gone = new Set<Entity>();
  for (const [k, { stem, list }] of [...releases].sort((a, b) => cmp(a[0], b[0]))) {
    if (modelStems.has(k)) continue;
    let base = byKey.get(k);
    if (base && (!RELEASED.has(base.type) || gone.has(base))) continue;
    if (!base) {
      if (list.length < 2) continue;
      base = [...list].sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.name, b.name))[0];
      base.aliases = [...new Set([...base.aliases, base.name])].sort(cmp);
      base.name = stem;
      base.aliases = base.aliases.filter((a) => a.toLowerCase() !== stem.toLowerCase());
    }
    const folded = list.filter((e) => e !== base);
    foldAll(base, folded);
    for (const e of folded) gone.add(e);
  }
  return entities.filter((e) => !gone.has(e));
}
