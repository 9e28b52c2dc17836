// Type of a resolved entity: head words of its names, the shape of its names, link targets, table headers
// and the context votes of every mention, in that order of weight.
import type { EntityType } from '../../types.js';
import type { MentionRef } from './resolve.js';
import { looksLikePerson, personShaped } from './person.js';
import { HEAD_PAIRS, HEAD_WORDS, MEMORY_STANDARD, STANDARD_NAMES, STANDARD_SERIES, headWordType, knownBody } from './data/type-words.js';
import { wellKnownType } from './data/well-known.js';
import { isKnownModelRelease } from './releases.js';
import { FIRST_NAMES } from './data/first-names.js';
import { cleanSurface, isAcronym, isPlace, isVersion, nameKey, words } from './names.js';
import { hostOf } from './signals/candidate.js';
import { isDictionaryWord } from './nlp.js';

type Votes = Partial<Record<EntityType, number>>;

function add(v: Votes, t: EntityType, n: number): void {
  v[t] = (v[t] ?? 0) + n;
}

/** Short names of university systems whose campuses are named by a place (`IIT Madras`, `TU Berlin`, `UC Davis`; not `UC Browser`). */
const UNIVERSITY_SYSTEM = /^(?:IIT|NIT|IIIT|IISER|TU|UC|UT|SUNY|CUNY|KU|LMU)$/;
/**
 * Standards bodies that name their standards with their own prefix (`W3C Trace Context`, `NIST Cybersecurity Framework`,
 * `HL7 v2`, `3GPP Release 17`): a name that opens so and closes with no head word is a standard. Not the body's
 * groups and meetings named by an acronym (`ITU-T VCEG`, `IEEE INFOCOM 2025`), nor one word after it (`IEEE Spectrum`, a magazine).
 */
const STANDARDS_BODY_PREFIX = /^(?:W3C|IETF|IEEE|ISO|IEC|OASIS|3GPP|HL7|NIST|ECMA|ETSI|ANSI|ITU-T|IEC\/IEEE|ISO\/IEC)\s+(?!\p{Lu}{2,}(?:\s+(?:19|20)\d\d)?$)(?:\S+\s+\S|\S*\d)/u;
/** A word for a university or an institute in a language other than English, as a word of the name. */
const SCHOOL_WORD = /(?:^|\s)(?:Universit(?:é|ät|à|eit)|Universidad|Universidade|Uniwersytet|Hochschule|Politecnico|Instituto?|École|Escuela)(?=\s|$)/u;

/** Organisation heads that are adjectives or ordinary nouns when they open a name (`Cooperative Extension Service`, `Circuit Finder`, `Project Kuiper`). */
const NOT_FIRST_HEADS = new Set(['project', 'cooperative', 'circuit', 'regulator']);

/** Last word that is not a version (`Gemma 4` -> `Gemma`, `Agent Framework v1.0` -> `Framework`). */
function headWord(name: string): string | undefined {
  let w = words(name).filter((x) => !isVersion(x) && !/^\(/.test(x));
  const of = w.findIndex((x) => x === 'of' || x === 'for');
  // `Code for America Summit`, `Bank of America Conference`: an event's head closes the name all the same.
  if (of > 0 && HEAD_WORDS.get(w[w.length - 1].toLowerCase()) === 'event') return w[w.length - 1];
  if (of > 0) return w[of - 1]; // `University of Toronto`, `Bank of America`, `Allen Institute for AI`
  while (w.length > 1 && isPlace(w[w.length - 1])) w = w.slice(0, -1); // `Open Source Summit Europe`
  const first = w[0]?.toLowerCase();
  // `University College London`; not an adjective that also heads names (`Cooperative Extension Service`).
  if (w.length > 1 && first && HEAD_WORDS.get(first) === 'organization' && !NOT_FIRST_HEADS.has(first)) return w[0];
  return w[w.length - 1];
}

/** Other words of a government's services' names, after the country's (`Canadian Digital Service`, `U.S. Postal Service`). */
const PUBLIC_SERVICE_WORDS = /^(?:Digital|Health|Weather|Employment|Social|Security|Border|Geological|Meteorological|Prison|Probation|Fire|Ambulance|Park|Parks|Civil)$/;

/** Words only a government's services open their names with (`Internal Revenue Service`, `National Park Service`). */
const PUBLIC_SERVICE_OPENERS = /^(?:National|Federal|Internal|Postal|Royal|Public|Civil|Foreign|Secret|Forest|Government|Diplomatic|Immigration|Customs|Intelligence|Revenue|Marshals|Consular)$/;

/**
 * Words that open a government's services only with its remits after them (`Agricultural Research Service`,
 * `Natural Resources Conservation Service`, `Fish and Wildlife Service`; not `Natural Language Service` or
 * `Food Delivery Service`, products).
 */
const REMIT_OPENERS = /^(?:Agricultural|Economic|Natural|Fish|Food|Rural|Indian)$/;
const REMITS = /^(?:Research|Conservation|Inspection|Wildlife|Utilities|Marketing|Statistics|Statistical|Extension|Resources|Safety|Health|and|of|the)$/;

/**
 * `Internal Revenue Service`, `Canadian Digital Service`, `U.S. Digital Service`, `Services Australia`: a public service,
 * named by its country or by words only governments use (not `Amazon Web Services` or `Azure Kubernetes Service`).
 */
function publicService(ws: string[]): boolean {
  const w = ws[0] === 'The' ? ws.slice(1) : ws;
  if (w.length < 2) return false;
  if (w[0] === 'Services') return isPlace(w.slice(1).join(' '));
  if (!/^Services?$/.test(w[w.length - 1])) return false;
  if (PUBLIC_SERVICE_OPENERS.test(w[0])) return true;
  if (REMIT_OPENERS.test(w[0]) && w.length > 2 && w.slice(1, -1).every((x) => REMITS.test(x))) return true;
  // A country's name, then only words a government's service is named by (not `Canadian Tire Financial Services`).
  const country = isPlace(w.slice(0, 2).join(' ')) && w.length > 2 ? 2 : isPlace(w[0]) ? 1 : 0;
  return country > 0 && w.slice(country, -1).every((x) => PUBLIC_SERVICE_OPENERS.test(x) || PUBLIC_SERVICE_WORDS.test(x));
}

/** Type of a name's head: a two-word head (`Community Group`) first, then the last word or its singular. */
export function headType(name: string): EntityType | undefined {
  // `ICLR 2026 Workshop: Reliable Agentic AI`: a title after a colon or spaced dash names the thing's subject, not its kind.
  const dash = /\s[-–—]\s|:\s/.exec(name);
  const before = dash && words(name.slice(0, dash.index)).length >= 2 ? headType(name.slice(0, dash.index)) : undefined;
  if (before) return before;
  const w = words(name).filter((x) => !isVersion(x));
  // `Georgia Tech`, `Virginia Tech`: a place's institute of technology.
  if (w.length === 2 && w[1] === 'Tech' && isPlace(w[0])) return 'organization';
  // `Microsoft Research`, `Samsung Research`: a firm's research lab (not `Deep Research`, a product).
  if (w.length === 2 && w[1] === 'Research' && wellKnownType(w[0]) === 'company') return 'organization';
  // `Technische Universität München`, `École Polytechnique Fédérale de Lausanne`: other languages put the head anywhere.
  if (w.length >= 2 && SCHOOL_WORD.test(name)) return 'organization';
  // `IIT Bombay`, `TU Munich`, `UC Davis`: a campus of a university system, by the system's short name.
  if (w.length === 2 && UNIVERSITY_SYSTEM.test(w[0]) && /^\p{Lu}\p{Ll}+$/u.test(w[1]) && !HEAD_WORDS.has(w[1].toLowerCase())) return 'organization';
  // `California DMV`, `Texas PUC`: a state's or country's public body by its acronym.
  if (w.length >= 2 && knownBody(w[w.length - 1]) && isPlace(w.slice(0, -1).join(' '))) return 'organization';
  if (publicService(w)) return 'organization';
  // `FC Barcelona`, `AFC Bournemouth`, `Manchester United FC`, `Inter Miami CF`: a football club by the letters that open
  // or close its name: before a place or a word that is no ordinary word (`FC Online` is a game), after plain capitalised
  // words (`EA Sports FC` is a game too).
  if (w.length >= 2 && ((/^(?:FC|AFC|CF)$/.test(w[0]) && /^\p{Lu}\p{Ll}/u.test(w[1]) && (isPlace(w[1]) || !isDictionaryWord(w[1].toLowerCase()))) ||
    (/^(?:FC|AFC|CF)$/.test(w[w.length - 1]) && w.slice(0, -1).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))))) return 'organization';
  // `PGA Tour`, `ATP Tour`: a tour named by its body's acronym (not `Mario Kart Tour`, a game, or a `Product Tour`).
  if (w.length === 2 && w[1] === 'Tour' && /^\p{Lu}{3,5}$/u.test(w[0])) return 'event';
  // `Brookfield Properties`, `AvalonBay Communities`: property firms by their trade, after a name that is no ordinary
  // word and none everyone knows (`System Properties` is a dialog, `Facebook Communities` a feature).
  if (w.length >= 2 && /^(?:Properties|Communities)$/.test(w[w.length - 1]) && (isPlace(w[0]) || !isDictionaryWord(w[0].toLowerCase())) && !wellKnownType(w[0])) return 'company';
  // `General-Purpose AI Code of Practice`, `Code of Conduct`: a code a body sets out is a rule, like a standard.
  if (/(?:^|\s)Code of (?:Practice|Conduct)$/.test(name)) return 'protocol';
  // `Code for America`, `Teach for America`: a body named for what it does for a country.
  if (w.length === 3 && w[1] === 'for' && /^\p{Lu}\p{Ll}+$/u.test(w[0]) && isPlace(w[2]) && !wellKnownType(w[0])) return 'organization';
  if (w.length >= 2) {
    const pair = HEAD_PAIRS.get(`${w[w.length - 2]} ${w[w.length - 1]}`.toLowerCase());
    if (pair) return pair;
  }
  const h = headWord(name)?.toLowerCase();
  if (!h) return undefined;
  // Plurals: `Benchmarks`, `Sandia National Laboratories`.
  return headWordType(h);
}

/** `PEP 517`, `RFC 9110`, `HTML5`, `HTTP/2`, `OAuth 2.0`: standards by their numbering or their common acronym. */
export function standardName(name: string): boolean {
  if (STANDARD_SERIES.test(name)) return true;
  const stem = name.toLowerCase().replace(/\s+v?\d+(\.\d+)*$/, '').replace(/\/\d(\.\d)?$/, '').replace(/(?<=\p{L})\d+(\.\d+)*$/u, '');
  return STANDARD_NAMES.has(stem) || STANDARD_NAMES.has(name.toLowerCase()) || MEMORY_STANDARD.test(name);
}

/**
 * `GopherCon`, `RailsConf`, `PyCon`, `SREcon`, `CERAWeek`, `PGConf.dev`: one word ending in a conference suffix, after its organiser's
 * acronym or not (`USENIX SREcon`), with a year glued to it (`SREcon19`) or a region or year after it (`KubeCon Europe 2026`).
 */
const EVENT_WORD = /^(?:\p{Lu}{2,}\s+)?(?:\p{Lu}[\p{L}\p{N}]*\p{Ll}(?:Con|Conf|Fest|Summit|Camp)|\p{Lu}{2,}(?:con|Conf|Week))(?:\.(?:dev|io|org|eu))?(?:\d{2}|\d{4})?(?:\s+(?:EU|US|UK|NA|Europe|Asia|India|Japan|China|APAC|EMEA|Americas|Online|\d{2,4}))*$/u;

/** `SWE-bench`, `LiveCodeBench`, `HumanEval`, `Chatbot Arena`-like single words: benchmark suffixes. */
const BENCH_WORD = /^[\p{L}\p{N}.+-]*(?:[-_][Bb]ench|[\p{Ll}\p{Lu}\p{N}]Bench|[-_]?Eval|-?Arena|\p{L}{2,}QA)(?:[-\s]+v?[\d.]+)?$/u;

/**
 * Says whether a name is one of a family of names (`Apache Kafka` beside `Apache Hudi` and `Apache Polaris`,
 * `Kali Linux` beside `Arch Linux` and `Linux`): the shared word is a maker's or a line's, not a given name
 * or a surname. Resolution knows the families; alone, no name is in one.
 */
export type FamilyTest = (form: string) => boolean;

/** Institutions a country has one of, named by one word. */
/** Words that, after a standard's acronym, name a standard of its family (`JSON Schema`, `JSON Web Token`). */
const STANDARD_WORDS = /^(?:Schema|Web|Tokens?|Signatures?|Encryption|Keys?|Lines|Pointer|Patch|Merge|Path|Feed|Live|Streaming|Semantics)$/;

export const LONE_INSTITUTION = /^(?:Congress|Parliament|Senate|Treasury|Pentagon|Bundestag|Knesset|Duma|Kremlin)$/;

/** A name that cannot be a person's: one acronym, CamelCase word or word with digits, or acronyms only. */
function notPersonShape(forms: Set<string>): boolean {
  return [...forms].every((f) => {
    const w = words(f);
    // `USENIX ATC`: a name of acronyms only is no person's either.
    if (w.length > 1) return w.every((x) => isAcronym(x));
    return isAcronym(f) || /\p{Ll}\p{Lu}/u.test(f) || /\d/.test(f) || /^\p{Ll}/u.test(f);
  });
}

/**
 * A link to a bare home page whose domain is exactly the name (`vapi.ai` for Vapi) is usually the company's;
 * open-source projects favour .org, .io and .dev, so those count less.
 */
function homepageVote(forms: Set<string>, refs: MentionRef[]): number {
  let best = 0;
  const squashed = new Set([...forms].map((f) => f.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  for (const r of refs) {
    const m = r.m.signal === 'link' && r.m.url ? /^https?:\/\/([^/]+)$/.exec(r.m.url) : null;
    if (!m) continue;
    const parts = m[1].toLowerCase().split('.');
    const tld = parts[parts.length - 1];
    const label = parts.length >= 3 && /^(co|com|org|ac)$/.test(parts[parts.length - 2]) ? parts[parts.length - 3] : parts[parts.length - 2];
    const exact = squashed.has(label) || squashed.has(label.replace(/(hq|app|inc|labs|ai)$/, ''));
    best = Math.max(best, exact && /^(com|ai|co|inc|us|uk|de|fr)$/.test(tld) ? 2.5 : 0.5);
  }
  return best;
}

/**
 * `[Apache Kafka](https://kafka.apache.org)`: a link to a site named by one word of the name under a domain named by
 * another is a project's site under its maker's (a person's own site is one name: `simonwillison.net`).
 */
function projectSite(forms: Set<string>, refs: MentionRef[]): boolean {
  // Most names have no such link: the hosts first, the name's words only for those that have one.
  const hosts: string[][] = [];
  for (const r of refs) {
    const parts = (r.m.signal === 'link' && r.m.url ? hostOf(r.m.url) : undefined)?.split('.');
    // Not a university's or a government's site (`Stanford HAI` at hai.stanford.edu).
    if (parts && parts.length >= 3 && parts[0] !== parts[1] && !parts.some((p) => ACADEMIC_OR_PUBLIC.has(p))) hosts.push(parts);
  }
  if (hosts.length === 0) return false;
  const ws = new Set([...forms].flatMap((f) => words(f).map((w) => w.toLowerCase())));
  if (ws.size < 2 || [...forms].some((f) => headType(f) === 'organization')) return false;
  return hosts.some((parts) => ws.has(parts[0]) && ws.has(parts[1]));
}

const ACADEMIC_OR_PUBLIC = new Set(['edu', 'ac', 'gov', 'mil', 'int']);

/**
 * Threat actors by the vendors' naming schemes: `Volt Typhoon`, `Midnight Blizzard`, `Octo Tempest`,
 * `Scattered Spider`, `Fancy Bear`, `UNC3944`, `APT29`, `FIN7`, `Storm-2603`. Groups of people, not products.
 */
const THREAT_ACTOR = /^(?:\p{Lu}\p{Ll}+ (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Cyclone|Hail|Tsunami|Spider|Bear|Panda|Kitten|Chollima|Jackal)|(?:UNC|APT|FIN|TA)\d{1,4}|Storm-\d{3,4})$/u;
/** Of those, the words that are also family names (`Sam Bear`, `Priya Panda`): a given name before them is a person's. */
const SURNAME_ACTOR = /^(\p{Lu}\p{Ll}+) (?:Tempest|Spider|Bear|Panda|Kitten|Jackal)$/u;

function isThreatActor(name: string): boolean {
  const m = SURNAME_ACTOR.exec(name);
  return THREAT_ACTOR.test(name) && !(m && FIRST_NAMES.has(m[1].toLowerCase()));
}

/** `Latham & Watkins`: two capitalised names, neither an ordinary word, joined by an ampersand. */
function foundersFirm(form: string): boolean {
  const m = /^(\p{Lu}[\p{L}'’]+) & (\p{Lu}[\p{L}'’]+)$/u.exec(form);
  return !!m && !isDictionaryWord(m[1].toLowerCase()) && !isDictionaryWord(m[2].toLowerCase());
}

/** `Llama 3 70B`, `Qwen3-8B`, `26B MoE`: a parameter count (not `500M Series B` or `100M ARR`, amounts of money). */
const SIZE = /^(?!\d+(?:\.\d+)?[BMT]\s+(?:Series|ARR|MRR|[Rr]ound|[Ss]eed|[Ff]unding|[Vv]aluation|[Rr]evenue)\b).*(?:\b\d+(\.\d+)?[BMT]\b|-\d+(\.\d+)?[bBmM]\b)/;

export function decideType(name: string, refs: MentionRef[], owned: number, good: Set<string>): EntityType {
  return scoreType(name, refs, owned, good).type;
}

/** The type with its winning score (0 when nothing spoke for any type). */
export function scoreType(
  name: string,
  refs: MentionRef[],
  owned: number,
  good: Set<string>,
  inFamily: FamilyTest = () => false,
): { type: EntityType; score: number } {
  const v: Votes = {};
  const forms = new Set(refs.map((r) => cleanSurface(r.m.surface)));
  forms.add(name);
  // Head words: the strongest evidence, counted once per distinct form.
  let headHits = 0;
  const paperTitle = refs.some((r) => r.m.typeHint === 'paper' && (r.m.signal === 'paper-title' || r.m.signal === 'quoted-title' || r.m.signal === 'link'));
  const quotedWork = refs.some((r) => r.m.typeHint === 'paper' && r.m.signal === 'quoted-title' && r.m.strength === 'strong');
  for (const f of forms) {
    if (words(f).length < 2) continue;
    // `ZeRO: ... Trillion Parameter Models` is a paper, not a model; a quoted title of a work (`"Designing Machine
    // Learning Systems"`, a book) is no company either.
    if (paperTitle && (words(f).length >= 5 || (words(f).length >= 3 && quotedWork))) continue;
    // `Getty Images v. Stability AI` is a court case, not the company its last word names.
    if (/\s+v\.\s+/.test(f)) continue;
    const t = headType(f);
    if (t) {
      add(v, t, 5);
      headHits++;
    }
  }
  // `Violet Typhoon`: a threat actor's name that opens with a given name is still the group's.
  const threatActor = [...forms].some((f) => isThreatActor(f));
  if (!threatActor && [...forms].some((f) => looksLikePerson(f))) add(v, 'person', 6);
  else if (projectSite(forms, refs)) add(v, 'product', 3);
  // (Not a thing everyone knows by a name of that shape: `Apache Kafka`.)
  else if (headHits === 0 && !wellKnownType(name) && [...forms].some((f) => personShaped(f) && !inFamily(f))) add(v, 'person', 2.5);
  if ([...forms].some((f) => /^CVE-\d{4}-\d+$/i.test(f))) add(v, 'event', 6);
  // A court case: its parties' cues (`sued`, `ruled`) speak of them, not of the case.
  if (refs.some((r) => r.m.signal === 'case-name')) add(v, 'event', 8);
  // `Latham & Watkins`, `Allen & Overy`: two names that are no words joined by `&` are a firm's (its founders').
  if ([...forms].some((f) => foundersFirm(f))) add(v, 'company', 4);
  if (threatActor) add(v, 'organization', 5);
  if ([...forms].some((f) => standardName(f))) add(v, 'protocol', headHits ? 3 : 5);
  // A framework or API a standards body publishes is one of its standards (`NIST Cybersecurity Framework`).
  else if ([...forms].some((f) => STANDARDS_BODY_PREFIX.test(f) && (headType(f) ?? 'product') === 'product')) add(v, 'protocol', headHits ? 6 : 3);
  // `Bluetooth LE Audio`, `Wi-Fi 7 MLO`: a profile or edition of a standard named by its first word.
  // So is one named by an acronym of one and a standard's words (`JSON Schema`, `JSON Web Token`, `HTTP Live Streaming`,
  // `JSON-RPC`); not a tool named so (`HTML Tidy`, `HTTP Toolkit`, `MIDI-OX`).
  else if ([...forms].some((f) => words(f).length > 1 && standardName(words(f)[0]) && (!isAcronym(words(f)[0]) || words(f).slice(1).every((x) => STANDARD_WORDS.test(x))))) add(v, 'protocol', 3);
  else if ([...forms].some((f) => /^[\p{Lu}\p{N}]{2,}-(?:RPC|LD)$/u.test(f) && standardName(f.slice(0, f.indexOf('-'))))) add(v, 'protocol', 3);
  // By the name itself only: an acronym a post defines for something else (`EPA` for an authentication
  // protocol) is no agency.
  if (knownBody(name)) add(v, 'organization', 3);
  // `TC39`, `WG21`, `JTC 1`, `SC 42`: a standards body's numbered committee or working group (not `SC24`, the
  // conference, or `SG300` and `TC 200`, model numbers).
  if (/^(?:(?:TC|WG|SG)\s?\d{1,2}|JTC ?1|SC \d{1,2})$/.test(name)) add(v, 'organization', 5);
  // `GAO-19-471`: a government auditor's report, by its number.
  if (/^(?:GAO|OIG)-\d{2}-\d{2,6}[A-Z]?$/.test(name)) add(v, 'paper', 5);
  // `Congress`, `Parliament`, `the Treasury`: a legislature or ministry named by its one word.
  if (LONE_INSTITUTION.test(name)) add(v, 'organization', 2.5);
  // Firms, universities and conferences everyone knows, by the entity's own name (a conference with its year too):
  // posts name them in passing, with no cue.
  const known = wellKnownType(name);
  // A product everyone knows is often its maker's name too (`Figma`, `GitHub`): a lighter vote that a post's
  // own cues (`Figma priced its IPO`) outweigh.
  if (known) add(v, known, known === 'product' ? 2 : 5);
  if ([...forms].some((f) => EVENT_WORD.test(f))) add(v, 'event', 5);
  if ([...forms].some((f) => BENCH_WORD.test(f))) add(v, 'benchmark', 5);
  // `11x.ai`, `Character.ai`, `Daily.co`: a company named by its domain.
  if ([...forms].some((f) => /^[\p{L}\p{N}-]+\.(?:ai|com|co|io)$/iu.test(f))) add(v, 'company', 3);
  if ([...forms].some((f) => /^@[\w-]+$/.test(f))) add(v, 'person', 3);
  let context: Votes = {};
  // A post's table names a thing in several rows under one column: its header is one piece of evidence, not one per row.
  const cellHints = new Set<string>();
  for (const r of refs) {
    // A repository link says product, but benchmarks and specs live in repositories too.
    const repo = r.m.typeHint === 'product' && /^https:\/\/(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\//.test(r.m.url ?? '');
    const cell = r.m.signal === 'table-cell' && r.m.typeHint ? `${r.m.docId}\u0000${r.m.typeHint}` : undefined;
    const again = cell !== undefined && cellHints.has(cell);
    if (cell) cellHints.add(cell);
    if (r.m.typeHint && !again) add(v, r.m.typeHint, repo ? 2 : r.m.signal === 'link' || r.m.signal === 'table-cell' ? 3 : 2.5);
    for (const [t, n] of Object.entries(r.m.votes ?? {})) add(context, t as EntityType, n as number);
  }
  // `AMD said`: verbs of speech make no person of an acronym.
  // A title before the name (`Commissioner Cassie Brown`, `CEO J. Powell Brown`) outweighs a family of names that share
  // its last word (`Brown & Brown`).
  const titled = refs.some((r) => r.m.flags?.titled);
  if (context.person && (notPersonShape(forms) || (!titled && [...forms].every((f) => words(f).length > 1 && inFamily(f))))) delete context.person;
  // `tables that Snowflake writes`: a single dictionary word is a person only on stronger evidence than a verb.
  // A title says more (`President Trump`).
  if (context.person && [...forms].every((f) => words(f).length === 1 && isDictionaryWord(f.toLowerCase())) && !titled) delete context.person;
  // A link to a site whose domain spells the name: the site's owner more often than not.
  add(v, 'company', homepageVote(forms, refs));
  // Versions: a model when the sentences speak of models, else a release of a product (`Ruby 1.9.3`).
  const versioned = [...forms].some((f) => SIZE.test(f)) ? 2 : [...forms].some((f) => words(f).slice(1).some((x) => isVersion(x) && /\d/.test(x)) || /^[\p{L}]+-\d/u.test(f)) ? 1 : 0;
  // A release of a family of models everyone knows (`GPT-4.1`, `Claude 3.5 Sonnet`, `Mistral Large`) is a model.
  // `Claude Sonnet 4.6` is a release of `Claude`; `Claude Code 2.1` is not.
  const knownModel = isKnownModelRelease(name);
  if (versioned) {
    if (versioned === 2 || (context.model ?? 0) >= 0.6 || knownModel) add(v, 'model', 4);
    else add(v, 'product', 2);
  } else if (knownModel) add(v, 'model', 4);
  // `WWDC24`, `KDD25`: an acronym with a two-digit year is an edition of an event (not `GB10`, a chip).
  if ([...forms].some((f) => /^\p{Lu}{3,}(?:\d{2}|20[0-3]\d)$/u.test(f))) add(v, 'event', 1.5);
  const damp = Math.max(1, Math.sqrt(refs.length) / 2);
  for (const [t, n] of Object.entries(context)) add(v, t as EntityType, Math.min(n as number, 3 * damp) / damp);
  // What a name owns makes it a firm, unless it is a public body everyone knows (`the ITU's IMT-2030`).
  if (owned) add(v, [...forms].some((f) => knownBody(f)) ? 'organization' : 'company', Math.min(3, 1.5 * owned));
  // `DuckDB 1.0.0 shipped`: a name with a version is a release, never its maker.
  if (versioned) delete v.company;
  const ranked = (Object.entries(v) as [EntityType, number][]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length && ranked[0][1] >= 1) return { type: ranked[0][0], score: ranked[0][1] - (ranked[1]?.[1] ?? 0) };
  // No evidence: most unnamed-type things in tech writing are products.
  return { type: 'product', score: 0 };
}
