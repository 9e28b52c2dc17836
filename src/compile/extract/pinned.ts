// Names the author pinned in the config (a type, aliases, a merge target) are found wherever the posts
// write them, even where no signal reads a name (`etcd`, `cert-manager`): the config is the author's
// repair for what extraction misses, so it must not depend on extraction having seen the name.
import type { Mention } from '../../types.js';
import type { WikicConfig } from '../../config.js';
import type { DocExtraction } from './types.js';
import { escapeRegExp } from './name-key.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every name the config spells out, longest first (a longer name wins where two overlap). */
function pinnedNames(config: WikicConfig): string[] {
  const e = config.entities;
  const all = [...Object.keys(e.types), ...Object.keys(e.aliases), ...Object.values(e.aliases).flat(), ...Object.values(e.merge)];
  return [...new Set(all.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length || cmp(a, b));
}


/**
 * A pattern for the pinned names as written, and with a capital first letter (a sentence may open
 * with `Etcd`); undefined when the config pins none.
 */
export function pinnedPattern(config: WikicConfig): RegExp | undefined {
  const names = pinnedNames(config);
  const forms = new Set<string>();
  for (const n of names) {
    forms.add(n);
    forms.add(n[0].toUpperCase() + n.slice(1));
  }
  if (forms.size === 0) return undefined;
  const alternatives = [...forms].sort((a, b) => b.length - a.length || cmp(a, b)).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Mentions of the pinned names in one post's sentences, one per occurrence. */
export function pinnedMentions(x: DocExtraction, re: RegExp): Mention[] {
  const out: Mention[] = [];
  x.sentences.forEach((s, i) => {
    for (const m of s.text.matchAll(re)) out.push({ surface: m[0], docId: x.docId, sentence: i, signal: 'config', strength: 'strong', offset: m.index });
  });
  return out;
}
