// How a name is cleaned and keyed, as plain string work with no dependencies: extraction groups
// mentions by this key, and the config (which every command loads) matches names the same way
// without loading the NLP model that the rest of extraction needs.

const NON_ASCII = /[^\x00-\x7f]/;

/** `s` as a literal inside a RegExp: a name written with `+`, `.` or brackets (`C++`, `Node.js`) matches itself. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Latin letters without their accents (`Pokémon` -> `Pokemon`); other scripts keep theirs (`й` is not `и`). Plain
 * ASCII, most names, comes back as it is without normalising.
 */
export function stripLatinAccents(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.normalize('NFD').replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1').normalize('NFC');
}

/** A mention's text without surrounding punctuation, a possessive or a sentence's closing dot. */
export function cleanSurfaceRaw(s: string): string {
  // Plain ASCII (most names) is its own normal form: normalising it costs time for nothing.
  let t = (NON_ASCII.test(s) ? s.normalize('NFC') : s).replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  t = t.replace(/^[\s"'(\[{*_<>:;,.!?–—-]+/, '').replace(/[\s"'()\[\]{}*_<>:;,!?–—-]+$/, '');
  t = t.replace(/'s$|s'$/i, (m) => (m.toLowerCase() === "s'" ? 's' : ''));
  t = t.replace(/\.$/, (m) => (/\b\p{L}\.\p{L}$/u.test(t) || /\b(Inc|Corp|Ltd|Co|Jr|Sr|al)$/.test(t.slice(0, -1)) ? m : ''));
  return t.trim();
}

/** The key names are grouped by: case, accents (`Pokémon`, `Pokemon`), spacing, hyphens and dots folded; a leading `the` dropped. */
export function nameKeyRaw(s: string): string {
  return stripLatinAccents(cleanSurfaceRaw(s))
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s\-_.·'’"]+/g, '')
    .replace(/&/g, 'and');
}
