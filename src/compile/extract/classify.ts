// Type of a resolved entity: head words of its names, the shape of its names, link targets, table headers
// and the context votes of every mention, in that order of weight.
import type { EntityType } from '../../types.js';
import type { MentionRef } from './resolve.js';
import { FIRST_NAMES } from './data/first-names.js';
import { HEAD_WORDS } from './data/type-words.js';
import { cleanSurface, isAcronym, isVersion, nameKey, words } from './names.js';
import { isDictionaryWord } from './nlp.js';

type Votes = Partial<Record<EntityType, number>>;

function add(v: Votes, t: EntityType, n: number): void {
  v[t] = (v[t] ?? 0) + n;
}

/** Last word that is not a version (`Gemma 4` -> `Gemma`, `Agent Framework v1.0` -> `Framework`). */
function headWord(name: string): string | undefined {
  const w = words(name).filter((x) => !isVersion(x) && !/^\(/.test(x));
  return w[w.length - 1];
}

const SIZE = /\b\d+(\.\d+)?[BMT]\b|-\d+(\.\d+)?[bBmM]\b/;

/** `Andrej Karpathy`, `Bret Taylor`: a known given name and a capitalised surname, nothing else. */
export function looksLikePerson(name: string): boolean {
  const w = words(name);
  if (w.length < 2 || w.length > 4) return false;
  if (!FIRST_NAMES.has(w[0].toLowerCase())) return false;
  if (w.some((x) => /\d/.test(x) || isAcronym(x))) return false;
  const last = w[w.length - 1];
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(last) && !/^(Mc|Mac|O')\p{Lu}/u.test(last)) return false;
  if (HEAD_WORDS.has(last.toLowerCase())) return false;
  return true;
}

export function decideType(name: string, refs: MentionRef[], surfaces: Map<string, string>, good: Set<string>): EntityType {
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
  if ([...forms].some((f) => SIZE.test(f))) add(v, 'model', 5);
  else if ([...forms].some((f) => words(f).length >= 1 && words(f).slice(1).some((x) => isVersion(x) && /\d/.test(x)) || /^[\p{L}]+-\d/u.test(f))) {
    add(v, 'model', 2.5);
  }
  // `Conf 2026`: an acronym and a year.
  if ([...forms].some((f) => /^\p{Lu}[\p{L}]*\s(19|20)\d\d$/u.test(f))) add(v, 'event', 3);
  for (const r of refs) {
    if (r.m.typeHint) add(v, r.m.typeHint, r.m.signal === 'link' || r.m.signal === 'table-cell' ? 3 : 2.5);
    for (const [t, n] of Object.entries(r.m.votes ?? {})) add(v, t as EntityType, Math.min(n as number, 3) / Math.max(1, Math.sqrt(refs.length) / 2));
  }
  const ranked = (Object.entries(v) as [EntityType, number][]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length && ranked[0][1] >= 1) return ranked[0][0];
  // No evidence: a name that extends another entity's name is its product (`Notion Mail`); else a company.
  const w = words(name);
  if (w.length >= 2 && good.has(nameKey(w[0])) && headHits === 0) return 'product';
  if (w.length >= 2 && w.every((x) => /^\p{Lu}/u.test(x) && isDictionaryWord(x))) return 'product';
  void surfaces;
  return 'company';
}
