// Whether a name reads as a person's: a known given name and a capitalised surname, or two or three
// plain capitalised words none of which is a dictionary word, an acronym or a type head.
import { FIRST_NAMES, SURNAMES } from './data/first-names.js';
import { HEAD_WORDS } from './data/type-words.js';
import { isAcronym, isCompoundWord, isPlace, words } from './names.js';
import { isDictionaryWord } from './nlp.js';

const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'le', 'la', 'da', 'di', 'du', 'del', 'dos', 'ter', 'ten']);
/** The same, with those of Arabic names (`Al`, `bin`), which are written capitalised too. */
const FAMILY_PARTICLES = new Set([...SURNAME_PARTICLES, 'al', 'el', 'bin', 'ibn', 'bint']);
/** Particles that mark a person's name whatever the first word (places and firms use `de`, `del`, `du` too). */
const NAME_PARTICLES = new Set(['von', 'van', 'ter', 'ten', 'al', 'bin', 'ibn', 'bint']);

/** A known given name, or one joined to a second part (`Dirk-jan`, `Jean-Luc`). */
function isGivenName(word: string): boolean {
  const l = word.toLowerCase();
  return FIRST_NAMES.has(l) || (/^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u.test(word) && FIRST_NAMES.has(l.slice(0, l.indexOf('-'))));
}

/** `Andrej Karpathy`, `Bret Taylor`: a known given name and a capitalised surname, nothing else. */
export function looksLikePerson(name: string): boolean {
  // `F. Scott Fitzgerald`, `P. Kevin Castel`: an initial before the given name.
  const w = words(name).filter((x, i, all) => !(i === 0 && all.length >= 3 && /^\p{Lu}\.$/u.test(x) && isGivenName(all[1])));
  if (w.length < 2 || w.length > 4) return false;
  if (!isGivenName(w[0])) return false;
  if (w.some((x) => /\d/.test(x) || isAcronym(x))) return false;
  const last = w[w.length - 1];
  // `McCarthy`, `O'Neil`, and the family prefixes written joined (`DiCerbo`, `VanLehn`, `DeSantis`, `LeCun`, `LoDuca`, `FitzGerald`).
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(last) && !/^(?:Mc|Mac|O'|O’|Di|De|Da|Du|La|Le|Lo|Van|Von|Del|Fitz)\p{Lu}\p{Ll}+$/u.test(last)) return false;
  // `Georgia Tech`, `Li Auto`: no one's surname.
  if (HEAD_WORDS.has(last.toLowerCase()) || last === 'Tech' || last === 'Auto') return false;
  // `Mario Kart World`, `Grace Hopper Celebration`: a given name's namesake, closed by an ordinary noun that is
  // no surname (`Mary Jo White`, a second given name, `Steve Van Horn`, a particle, and `Martin Luther King` stay people).
  if (w.length >= 3 && isDictionaryWord(last.toLowerCase()) && !SURNAMES.has(last.toLowerCase()) &&
    !w.slice(1, -1).some((x) => isGivenName(x) || SURNAME_PARTICLES.has(x.toLowerCase()))) return false;
  return true;
}


/** Weaker than `looksLikePerson`: `Werner Lemberg`, `Kostya Serebryany` (given names the list lacks). */
export function personShaped(name: string): boolean {
  const w = words(name);
  if (w.length < 2 || w.length > 5 || (w.length > 3 && !w.some((x) => FAMILY_PARTICLES.has(x.toLowerCase())))) return false;
  // `Kotlin Multiplatform`, `Jetpack Macrobenchmark`, `Droidcon London`: no surname is two words run together or a place.
  const lastWord = w[w.length - 1];
  if (isCompoundWord(lastWord.toLowerCase()) || isPlace(lastWord)) return false;
  if (w.some((x) => HEAD_WORDS.has(x.toLowerCase()))) return false;
  // `Ursula von der Leyen`, `Sultan Al Jaber`, `Mohammed bin Salman`: a family particle between capitalised names. The
  // Romance ones (`de`, `del`, `du`) only after a given name: `Banco de Santander`, `Museo del Prado`, `Rio de Janeiro`.
  const particles = w.slice(1, -1);
  if (w.length >= 3 && w.length <= 5 && particles.every((x) => FAMILY_PARTICLES.has(x.toLowerCase())) &&
    (FIRST_NAMES.has(w[0].toLowerCase()) || particles.some((x) => NAME_PARTICLES.has(x.toLowerCase()))) &&
    /^\p{Lu}\p{Ll}+$/u.test(w[0]) && /^\p{Lu}\p{Ll}+$/u.test(lastWord) &&
    // `Robbert van der Helm`: after `van der`, `von der`, a surname may be an ordinary word, when the first is none.
    (!isDictionaryWord(lastWord.toLowerCase()) || (particles.length >= 2 && particles.some((x) => NAME_PARTICLES.has(x.toLowerCase())) && !isDictionaryWord(w[0].toLowerCase())))) return true;
  const cap = (x: string): boolean => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(x);
  // `Viral B. Shah`: a middle initial between two capitalised words.
  if (w.length === 3 && cap(w[0]) && /^\p{Lu}\.$/u.test(w[1]) && cap(w[2])) return true;
  // `Hao Zhang`, `Ion Stoica`-like: a common family name after a capitalised given name.
  const last = w[w.length - 1];
  if (w.length === 2 && cap(w[0]) && cap(last) && SURNAMES.has(last.toLowerCase()) &&
    (FIRST_NAMES.has(w[0].toLowerCase()) || !isDictionaryWord(w[0]) || !isDictionaryWord(last))) return true;
  if (!w.every((x) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(x) || /^(Mc|Mac|O')\p{Lu}\p{Ll}+$/u.test(x))) return false;
  if (w.some((x) => HEAD_WORDS.has(x.toLowerCase()))) return false;
  if (w.length === 3 && !FIRST_NAMES.has(w[0].toLowerCase())) return false;
  return !isDictionaryWord(w[w.length - 1]) && (FIRST_NAMES.has(w[0].toLowerCase()) || !isDictionaryWord(w[0]));
}
