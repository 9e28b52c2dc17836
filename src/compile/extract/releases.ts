// Release names: a family name with a version, a size or a variant (`Claude Sonnet 4.6`, `Qwen2.5-Coder-32B`,
// `GPT-4.1 mini`, `Mistral Large`), and the family names such a name could belong to.
import { words } from './names.js';
import { HEAD_WORDS } from './data/type-words.js';
import { MODEL_FAMILIES } from './data/well-known.js';

const OTHER_HEADS = new Set([...HEAD_WORDS].filter(([, t]) => t !== 'model').map(([w]) => w));

/** `4.6`, `V3.2`, `4o`, `70B`: the version or size a release name carries (not `20x`, a multiple). */
const RELEASE_WORD = /^[vV]?\d+(?:\.\d+)*[a-wyz]?$|^\d+(?:\.\d+)?[BMT]$/;

/** Sizes and variants named in words (not `Pro` or `Max`, which name plans as often). */
const VARIANT = /^(?:small|medium|large|mini|nano|lite|flash|turbo|instruct|base)$/i;

/**
 * The names `name` could be a release of, longest first (`Claude Sonnet 4.6` -> `Claude Sonnet`, `Claude`;
 * `Qwen3.5`, `GPT-4o`, `DeepSeek-R1-Zero` -> the letters the first word glues to its version), or none when
 * the name is no release. Other words must be capitalised variant names (`Gemini 2.5 Flash`) or variants.
 */
export function releaseFamilies(name: string): string[] {
  const w = words(name);
  // `DeepSeek-V3 Technical Report`, `Gemini CLI 2.0`: a head word of another kind says what the name is.
  if (w.length === 0 || w.slice(1).some((x) => OTHER_HEADS.has(x.toLowerCase()))) return [];
  const glued = /^(\p{L}{2,}?)(?:-?\d|-\p{Lu}{1,2}\d)/u.exec(w[0]);
  if (glued) return w.slice(1).every((x) => RELEASE_WORD.test(x) || VARIANT.test(x) || /^\p{Lu}\p{Ll}+$/u.test(x)) ? [glued[1]] : [];
  if (w.length === 2 && VARIANT.test(w[1]) && /^\p{Lu}/u.test(w[1])) return [w[0]];
  const at = w.findIndex((x, i) => i > 0 && RELEASE_WORD.test(x));
  if (at < 0 || w.length - at > 3 || !w.every((x, i) => i === at || /^\p{Lu}[\p{L}-]*$/u.test(x) || (i > at && VARIANT.test(x)))) return [];
  const out: string[] = [];
  for (let k = at; k >= 1; k--) out.push(w.slice(0, k).join(' '));
  return out;
}

/** Tiers and variants a family names between its name and a version (`Claude Sonnet 4.6`, `Gemini Pro 1.5`). */
const TIER = /^(?:Pro|Ultra|Flash|Nano|Mini|Lite|Turbo|Instruct|Coder|Chat|Vision|Base|Large|Medium|Small|Sonnet|Opus|Haiku|Reasoning|Thinking)$/;

/**
 * The first family of `name` that `lookup` knows, longest first, going past a longer candidate only over tier
 * words: `Claude Sonnet 4.6` may be a release of `Claude`, `Claude Code 2.1` and `Llama Stack 0.2` are not
 * releases of `Claude` and `Llama`.
 */
export function releaseOf<T>(name: string, lookup: (family: string) => T | undefined): T | undefined {
  const families = releaseFamilies(name);
  for (let k = 0; k < families.length; k++) {
    const hit = lookup(families[k]);
    if (hit !== undefined) return hit;
    const shorter = families[k + 1];
    if (!shorter || !words(families[k]).slice(words(shorter).length).every((x) => TIER.test(x))) return undefined;
  }
  return undefined;
}

/** A release of a family of models everyone knows (`GPT-4.1`, `Claude Sonnet 4.6`, `Mistral Large`). */
export function isKnownModelRelease(name: string): boolean {
  return releaseOf(name, (f) => (MODEL_FAMILIES.has(f.toLowerCase()) ? true : undefined)) === true;
}
