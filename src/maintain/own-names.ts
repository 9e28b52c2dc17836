// Removing a page's own names from a line of its text, as a case-blind RegExp of those names would:
// `/(?<![\w-])(?:N1|N2|…)(?:['’]s)?(?![\w-])/gi`, names tried in the order given. Made by hand because
// compiling such a RegExp costs far more than running it, and every page has names of its own.

/** Code unit -> what a case-blind RegExp without the `u` flag compares it as (+1; 0 = not yet known). */
const folded = new Uint32Array(0x10000);

/**
 * The ECMAScript Canonicalize for `i` without `u`: the unit's upper case when that is a single unit,
 * except that a unit outside ASCII never becomes one inside it (`ſ` is not `S`, `ı` not `I`).
 */
function fold(unit: number): number {
  const known = folded[unit];
  if (known !== 0) return known - 1;
  const upper = String.fromCharCode(unit).toUpperCase();
  let out = unit;
  if (upper.length === 1) {
    const u = upper.charCodeAt(0);
    if (!(unit >= 128 && u < 128)) out = u;
  }
  folded[unit] = out + 1;
  return out;
}

/** `[\w-]` of a RegExp without the `u` flag: ASCII letters and digits, `_` and `-`. */
function wordOrHyphen(unit: number): boolean {
  return (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || unit === 95 || unit === 45;
}

const boundaryAt = (text: string, i: number): boolean => i >= text.length || !wordOrHyphen(text.charCodeAt(i));

/** Whether `name` (as folded units) is at `at` in `text`, case-blind. */
function foldedAt(text: string, at: number, name: Uint32Array): boolean {
  if (at + name.length > text.length) return false;
  for (let k = 0; k < name.length; k++) if (fold(text.charCodeAt(at + k)) !== name[k]) return false;
  return true;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const S = 83;

/** Where a match of `name` at `at` ends (after a possessive when there is one), or -1. */
function matchEnd(text: string, at: number, name: Uint32Array): number {
  if (!foldedAt(text, at, name)) return -1;
  const end = at + name.length;
  const q = text.charCodeAt(end);
  if ((q === APOSTROPHE || q === RIGHT_QUOTE) && end + 1 < text.length && fold(text.charCodeAt(end + 1)) === S && boundaryAt(text, end + 2)) return end + 2;
  return boundaryAt(text, end) ? end : -1;
}

/** Names as the units matchEnd compares. */
export function foldNames(names: readonly string[]): Uint32Array[] {
  return names.map((n) => {
    const out = new Uint32Array(n.length);
    for (let k = 0; k < n.length; k++) out[k] = fold(n.charCodeAt(k));
    return out;
  });
}

/**
 * `text` with each mention of one of `names` (and its possessive) replaced by one space, scanning
 * left to right and trying the names in order at each place, as the RegExp above does.
 */
export function withoutNames(text: string, names: readonly Uint32Array[]): string {
  if (names.length === 0) return text;
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; ) {
    let end = -1;
    if (at === 0 || !wordOrHyphen(text.charCodeAt(at - 1))) {
      for (const n of names) {
        // An empty name would match nothing the RegExp removes but the place itself: none are given.
        if (n.length > 0 && (end = matchEnd(text, at, n)) >= 0) break;
      }
    }
    if (end >= 0) {
      out += `${text.slice(from, at)} `;
      from = at = end;
    } else at++;
  }
  return from === 0 ? text : out + text.slice(from);
}
