// Type of a resolved entity: head words of its names, the shape of its names, link targets, table headers
// and the context votes of every mention, in that order of weight.
import type { EntityType } from '../../types.js';
import type { MentionRef } from './resolve.js';
import { looksLikePerson, personShaped } from './person.js';
import { HEAD_WORDS } from './data/type-words.js';
import { cleanSurface, isAcronym, isPlace, isVersion, nameKey, words } from './names.js';
import { isDictionaryWord } from './nlp.js';

type Votes = Partial<Record<EntityType, number>>;

function add(v: Votes, t: EntityType, n: number): void {
  v[t] = (v[t] ?? 0) + n;
}

/** Last word that is not a version (`Gemma 4` -> `Gemma`, `Agent Framework v1.0` -> `Framework`). */
function headWord(name: string): string | undefined {
  let w = words(name).filter((x) => !isVersion(x) && !/^\(/.test(x));
  const of = w.findIndex((x) => x === 'of');
  if (of > 0) return w[of - 1]; // `University of Toronto`, `Bank of America`
  while (w.length > 1 && isPlace(w[w.length - 1])) w = w.slice(0, -1); // `Open Source Summit Europe`
  const first = w[0]?.toLowerCase();
  if (w.length > 1 && first && HEAD_WORDS.get(first) === 'organization') return w[0]; // `University College London`
  return w[w.length - 1];
}

const SIZE = /\b\d+(\.\d+)?[BMT]\b|-\d+(\.\d+)?[bBmM]\b/;

export function decideType(
  name: string,
  refs: MentionRef[],
  owned: number,
  good: Set<string>,
): EntityType {
  const v: Votes = {};
  const forms = new Set(refs.map((r) => cleanSurface(r.m.surface)));
  forms.add(name);
  // Head words: the strongest evidence, counted once per distinct form.
  let headHits = 0;
  for (const f of forms) {
    if (words(f).length < 2) continue;
    const h = headWord(f)?.toLowerCase();
    const t = h ? HEAD_WORDS.get(h) : undefined;
    if (t) {
      add(v, t, 5);
      headHits++;
    }
  }
  if ([...forms].some((f) => looksLikePerson(f))) add(v, 'person', 6);
  else if (headHits === 0 && [...forms].some((f) => personShaped(f))) add(v, 'person', 2.5);
  if ([...forms].some((f) => /^CVE-\d{4}-\d+$/i.test(f))) add(v, 'event', 6);
  let context: Votes = {};
  for (const r of refs) {
    if (r.m.typeHint) add(v, r.m.typeHint, r.m.signal === 'link' || r.m.signal === 'table-cell' ? 3 : 2.5);
    for (const [t, n] of Object.entries(r.m.votes ?? {})) add(context, t as EntityType, n as number);
  }
  // Versions: a model when the sentences speak of models, else a release of a product (`Ruby 1.9.3`).
  const versioned = [...forms].some((f) => SIZE.test(f)) ? 2 : [...forms].some((f) => words(f).slice(1).some((x) => isVersion(x) && /\d/.test(x)) || /^[\p{L}]+-\d/u.test(f)) ? 1 : 0;
  if (versioned) {
    if (versioned === 2 || (context.model ?? 0) >= 0.6) add(v, 'model', 4);
    else add(v, 'product', 2);
  }
  const damp = Math.max(1, Math.sqrt(refs.length) / 2);
  for (const [t, n] of Object.entries(context)) add(v, t as EntityType, Math.min(n as number, 3 * damp) / damp);
  if (owned) add(v, 'company', Math.min(3, 1.5 * owned));
  const ranked = (Object.entries(v) as [EntityType, number][]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length && ranked[0][1] >= 1) return ranked[0][0];
  // No evidence: a name that extends another entity's name is its product (`Notion Mail`); else a company.
  const w = words(name);
  if (w.length >= 2 && good.has(nameKey(w[0])) && headHits === 0) return 'product';
  return 'product';
}
