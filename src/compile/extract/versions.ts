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

const isSorted = <T>(xs: readonly T[], order: (a: T, b: T) => number): boolean => xs.every((x, i) => i === 0 || order(xs[i - 1], x) <= 0);

/**
 * What a stable sort of `a` then `b` gives, in one pass when both are in order already (a product
 * folds its releases in one after another, and re-sorting the growing list each time cost more).
 */
function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] {
  if (!isSorted(a, order) || !isSorted(b, order)) return [...a, ...b].sort(order);
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // Ties keep `a` first, as the stable sort would.
  while (i < a.length && j < b.length) out[k++] = order(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** Folds `other` into `into`: its mentions, names, facts and dates; the lead and URL only where `into` has none. */
export function foldInto(into: Entity, other: Entity): void {
  into.mentions = mergeSorted(into.mentions, other.mentions, byPlace);
  const names = new Map<string, string>();
  for (const n of [...into.aliases, other.name, ...other.aliases]) {
    if (n.toLowerCase() !== into.name.toLowerCase() && !names.has(n.toLowerCase())) names.set(n.toLowerCase(), n);
  }
  into.aliases = [...names.values()].sort(cmp);
  const seen = new Set(into.facts.map((f) => `${f.docId}\u0000${f.text}`));
  const facts = [...into.facts, ...other.facts.filter((f) => !seen.has(`${f.docId}\u0000${f.text}`))];
  into.facts = facts.sort((a, b) => cmp(a.date ?? '', b.date ?? '') || cmp(a.docId, b.docId));
  into.lead ??= other.lead;
  into.url ??= other.url;
  if (other.firstSeen && (!into.firstSeen || other.firstSeen < into.firstSeen)) into.firstSeen = other.firstSeen;
  if (other.lastSeen && (!into.lastSeen || other.lastSeen > into.lastSeen)) into.lastSeen = other.lastSeen;
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
    for (const e of list) {
      if (e === base) continue;
      foldInto(base, e);
      gone.add(e);
    }
  }
  return entities.filter((e) => !gone.has(e));
}
