// Resolution: mentions from all posts become entities. Names are grouped by key (case, possessive, spacing
// folded), joined by definitions, shared homepages, owner-prefixed names and surnames, filtered by evidence,
// named by their fullest common form and typed by the votes of all their mentions.
import type { Entity, EntityType, Mention, RawDoc } from '../../types.js';
import type { WikicConfig } from '../../config.js';
import type { DocExtraction } from './types.js';
import { GENERIC_TERMS, STOP_WORDS } from './data/words.js';
import {
  cleanSurface,
  isPlace,
  initials,
  spellsOut,
  isAcronym,
  isCommonCapitalised,
  isDistinctive,
  isNonEntity,
  isNonEntityWork,
  isPluralAcronym,
  isPluralOfWord,
  isVersion,
  nameKey,
  safeFileName,
  singularsOf,
  words,
} from './names.js';
import { stripLatinAccents } from './name-key.js';
import { isDictionaryWord } from './nlp.js';
import { LONE_INSTITUTION, headType, scoreType } from './classify.js';
import { HEAD_WORDS, ORGANIZATION_ACRONYMS } from './data/type-words.js';
import { KNOWN_ALIASES, WELL_KNOWN_COMPANIES, wellKnownType } from './data/well-known.js';
import { looksLikePerson, personShaped } from './person.js';
import { FIRST_NAMES } from './data/first-names.js';
import { collectFacts, pickLead } from './facts.js';
import { foldInto, foldVersions } from './versions.js';
import { releaseOf } from './releases.js';
import { pinnedMentions, pinnedPattern } from './pinned.js';
import { boilerplateShapes, sentenceFingerprints } from './boilerplate.js';
import { MAX_NAMES_PER_URL } from '../../wiki/schema.js';
import { hostOf } from './signals/candidate.js';
import { squash } from './signals/urls.js';

/**
 * Trade words that, after the name of a firm everyone knows, name one of its divisions (`Amazon Games`, `Sony Interactive`,
 * `Tesla Insurance`, `IBM Solutions`) rather than the firm. (Not `Analytics` or `Automation`: `Vercel Analytics` and `Jira
 * Automation` are features of the bare name's product, not firms.)
 */
const DIVISION_WORDS = 'Games|Entertainment|Studios|Interactive|Insurance|Reinsurance|International|Solutions|Agriculture|Industrial';
const DIVISION_SUFFIX = new RegExp(`^(?:${DIVISION_WORDS})$`);
/** Words naming a company's trade after its name (`Micron Technology`, `Samsung Electronics`, `MGM Resorts`, `Epic Games`, `Mistral AI`). */
const TRADE_SUFFIX = new RegExp(`^(?:Technologies|Technology|Holdings|Group|Electronics|Semiconductor|Semiconductors|Resorts|Industries|Systems|Innovation|Logistics|Robotics|Mobility|Motors|Motor|Manufacturing|Computing|AI|Therapeutics|Biosciences|Pharmaceuticals|Genomics|Biotherapeutics|${DIVISION_WORDS})$`);

/** A firm's legal form after its name (`Microsoft Corp`, `Photonic Inc.`). */
const LEGAL_FORM = /\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|Plc|PLC)\.?$/;

/** A public body's head before what it serves (`Department of Health and Human Services`): its acronym may leave it out. */
const BODY_HEAD_OF = /^(?:Department|Ministry|Office|Bureau)\s+of\s+(?:the\s+)?/;

/** Trade words that close a firm's name and that its bare name may drop (see TRADE_SUFFIX). */
const FIRM_TAIL = /\s+(?:Energy|Aerospace|Communications|Capital|Ventures|Venture Partners|Healthcare|Audio|Space Industries|Quantum Computers|Quantum|Global|Asset Management)$/;

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // Deterministic: the smaller key becomes the root.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/** Per entity: the margin its type won by, whether the config pinned it, and its mentions. */
type Typing = Map<Entity, { score: number; forced: boolean; refs: MentionRef[] }>;

export interface MentionRef {
  m: Mention;
  key: string;
  date?: string;
  /** Where its post sorts among the posts (by id): orders a cluster's mentions without comparing ids. */
  post?: number;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function dateOf(doc: RawDoc): string | undefined {
  const d = doc.meta.published ?? doc.meta.updated;
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : undefined;
}

/** Mentions of pinned names, except where the extractor found that name in that sentence already. */
function newPinned(x: DocExtraction, pinned: RegExp): Mention[] {
  const found = new Set(x.mentions.map((m) => `${m.sentence}\u0000${nameKey(m.surface)}`));
  return pinnedMentions(x, pinned).filter((m) => !found.has(`${m.sentence}\u0000${nameKey(m.surface)}`));
}

/** The strongest single type vote a mention's own context gave it. */
function cueStrength(m: Mention): number {
  return Math.max(0, ...Object.values(m.votes ?? {}).map((n) => n ?? 0));
}

/** Evidence that a group of mentions is a name, not an ordinary word that happened to be capitalised. */
function accepted(refs: MentionRef[], vocab: Map<string, number>, minMentions: number): boolean {
  const surface = cleanSurface(refs[0].m.surface);
  const lc = words(surface).length === 1 ? vocab.get(surface.toLowerCase()) ?? 0 : 0;
  // `Workflows are predictable.`: a plural the posts also write in lower case, capitalised only to open a
  // sentence, is that word; `Pandas` and `Polars`, never written so, stay names.
  // `Reinsurers are the biggest customers`: so is a plural whose singular the posts write in lower case.
  const singularLc = lc === 0 && isPluralOfWord(surface) ? singularsOf(surface).some((x) => (vocab.get(x.toLowerCase()) ?? 0) > 0) : false;
  if ((lc > 0 || singularLc) && isPluralOfWord(surface) && !refs.some((r) => r.m.strength === 'strong' || r.m.flags?.midSentence)) return false;
  // `Pesticides: EPA, the ESA and dicamba`, `Intake: the first notice of loss`: one ordinary word that only ever opens a
  // heading, and that the posts also write in lower case, labels a section (not `## Zoom: earnings`, nor `Go` and `Rust`,
  // names the text uses too; nor `Congress`).
  if (words(surface).length === 1 && (lc > 0 || singularLc) && refs.every((r) => r.m.signal === 'heading') && !isDistinctive(surface) &&
    (isDictionaryWord(surface.toLowerCase()) || isPluralOfWord(surface)) && !wellKnownType(surface) && !LONE_INSTITUTION.test(surface)) return false;
  if (refs.some((r) => r.m.strength === 'strong' || r.m.strength === 'medium')) return true;
  const mid = refs.filter((r) => r.m.flags?.midSentence).length;
  // A bold lead-in names its item, unless it is one ordinary word with nothing else to show for it (no
  // type from its description, no cue): `**Truncation.**`, `**Testing.**` label the points of a list.
  if (refs.some((r) => r.m.flags?.boldLead) && lc === 0 &&
    (words(surface).length > 1 || isDistinctive(surface) || mid > 0 || refs.some((r) => r.m.typeHint || cueStrength(r.m) >= 2))) return true;
  if (mid >= Math.max(2, minMentions) && lc === 0) return true;
  // A firm, university, conference or product everyone knows, written capitalised mid-sentence: a name, even once.
  // Not a given name (`Ruby joined Stripe`): a language or an assistant named so needs the evidence any name does.
  const known = !!wellKnownType(surface) && !FIRST_NAMES.has(surface.toLowerCase());
  if (mid > 0 && lc === 0 && known) return true;
  // Opening a sentence too, with a cue (`Apple announced support`), owning something or listed with other
  // names (`Anthropic and OpenAI both sell`); not alone (`Meta descriptions matter`).
  if (lc === 0 && known && refs.some((r) => cueStrength(r.m) >= 0.5 || r.m.flags?.possessive || r.m.flags?.listedWith?.length)) return true;
  // Once, but mid-sentence with a type cue of its own (`Google's Spanner paper`, `Lambda raised`) or owning
  // something (`Astral's mission`): a name.
  if (lc === 0 && !isCommonCapitalised(surface) && refs.some((r) => (r.m.flags?.midSentence || r.m.signal === 'bold-lead') &&
    (cueStrength(r.m) >= 2 || (r.m.flags?.possessive && r.m.flags?.midSentence)))) return true;
  // Opening a sentence, a name needs a stronger cue (`Arm CEO Rene Haas`) and one mention elsewhere, or to be
  // the subject of a funding round or an acquisition (`Wiz raised $1 billion`).
  if (lc === 0 && !isCommonCapitalised(surface) && refs.length >= 2 && refs.some((r) => cueStrength(r.m) >= 2)) return true;
  // Or to be described at once by what it is (`Bun, the JavaScript runtime from Jarred Sumner, is written in Zig`).
  if (lc === 0 && !isCommonCapitalised(surface) && refs.some((r) => r.m.flags?.dealSubject || r.m.flags?.described)) return true;
  if (mid >= 3 && lc * 3 <= mid) return true;
  return false;
}

/**
 * The fullest name used often enough: `Model Context Protocol` over `MCP`, `Andrej Karpathy` over `Karpathy`;
 * the singular over a plural joined to it (`plurals`: plural key -> singular key) only when the singular is
 * used more (`Cloudflare Workers`, `GitHub Actions` are names in the plural).
 */
function canonicalName(refs: MentionRef[], plurals: Map<string, string>): string {
  const counts = new Map<string, { n: number; forms: Map<string, number>; def: boolean; former: boolean }>();
  for (const r of refs) {
    const form = cleanSurface(r.m.surface);
    const k = nameKey(form);
    const e = counts.get(k) ?? { n: 0, forms: new Map(), def: false, former: false };
    e.n++;
    e.forms.set(form, (e.forms.get(form) ?? 0) + 1);
    if (r.m.signal === 'definition' && !isAcronym(form)) e.def = true;
    if (r.m.flags?.formerName) e.former = true;
    counts.set(k, e);
  }
  const total = refs.length;
  const options = [...counts.entries()].filter(([, e]) => !e.former || counts.size === 1);
  const common = options.filter(([, e]) => e.def || e.n >= Math.max(1, total * 0.15));
  const pool = common.length ? common : options;
  const pluralPenalty = (k: string): number => {
    const single = plurals.get(k);
    return single !== undefined && (counts.get(single)?.n ?? 0) > (counts.get(k)?.n ?? 0) ? -3 : 0;
  };
  const score = (form: string): number =>
    words(form).length * 10 + (isAcronym(form) ? -5 : 0) + pluralPenalty(nameKey(form)) + Math.min(form.length, 40) / 100 +
    // `Microsoft Corp` is written so in filings and captions; its page is `Microsoft`, and `GSMA Ltd`'s `GSMA` (the
    // penalty outweighs a word and an acronym's).
    (LEGAL_FORM.test(form) ? -16 : 0);
  const best = pool
    .map(([k, e]) => {
      // Equally used, the spelling with its accents (`Pokémon` over `Pokemon`): who writes them knows the name.
      const form = [...e.forms.entries()].sort((a, b) => b[1] - a[1] || scoreCase(b[0]) - scoreCase(a[0]) || accents(b[0]) - accents(a[0]) || cmp(a[0], b[0]))[0][0];
      return { k, form, s: score(form) + e.n / 1000 };
    })
    .sort((a, b) => b.s - a.s || cmp(a.k, b.k))[0];
  // `The Game Awards`, `The Verge`: an article written with a capital in mid-sentence is part of the name.
  // So is the article of a work's title, quoted or heading its summary (`"The Tail at Scale"`).
  const named = refs.some((r) => (r.m.flags?.midSentence || (r.m.typeHint === 'paper' && r.m.strength === 'strong')) &&
    /^The\s/.test(r.m.surface) && nameKey(r.m.surface) === nameKey(best.form));
  return named ? best.form.replace(/^the\s+/i, 'The ') : best.form.replace(/^the\s+/i, '');
}


/** A link of the name's goes to a site named for `bare` with `AI` (`bland.ai`, `retellai.com`, `www.sakana.ai`). */
function siteSpells(refs: MentionRef[], bare: string): boolean {
  const squashed = squash(bare);
  return refs.some((r) => {
    const host = r.m.url ? hostOf(r.m.url) : undefined;
    if (!host) return false;
    const parts = host.split('.');
    return (parts.length === 2 && parts[0] === squashed && parts[1] === 'ai') || parts[parts.length - 2] === `${squashed}ai`;
  });
}

/** Whether a form is written with accents on its Latin letters. */
function accents(form: string): number {
  return stripLatinAccents(form) === form ? 0 : 1;
}

/** Prefer the form with capitals (`OpenAI` over `Openai`). */
function scoreCase(form: string): number {
  return (form.match(/\p{Lu}/gu) ?? []).length;
}

export function resolveEntities(docs: RawDoc[], extractions: DocExtraction[], config: WikicConfig): Entity[] {
  const minMentions = Math.max(1, config.thresholds.minMentions);
  const docById = new Map(docs.map((d) => [d.id, d]));
  const extractionById = new Map(extractions.map((x) => [x.docId, x]));
  const vocab = new Map<string, number>();
  for (const x of extractions) {
    // Indexed: hundreds of thousands of pairs, and unpacking each one costs more than adding it.
    const list = x.vocabulary ?? [];
    for (let i = 0; i < list.length; i++) {
      const w = list[i][0];
      vocab.set(w, (vocab.get(w) ?? 0) + list[i][1]);
    }
  }
  const ignore = new Set(config.entities.ignore.map((n) => nameKey(n)));

  // 1. Every mention under its key, except those in a blog's boilerplate (bylines, sign-offs, edition blurbs).
  const boiler = boilerplateShapes(extractions);
  const byKey = new Map<string, MentionRef[]>();
  const pinnedRe = pinnedPattern(config);
  const sorted = [...extractions].sort((a, b) => cmp(a.docId, b.docId));
  for (let post = 0; post < sorted.length; post++) {
    const x = sorted[post];
    const doc = docById.get(x.docId);
    const date = doc ? dateOf(doc) : undefined;
    const shapesOf = boiler.size > 0 ? sentenceFingerprints(x) : undefined;
    const extra = pinnedRe ? newPinned(x, pinnedRe) : [];
    for (const m of extra.length > 0 ? [...x.mentions, ...extra] : x.mentions) {
      if (boiler.size > 0 && m.sentence >= 0 && boiler.has(shapesOf?.[m.sentence] ?? '')) continue;
      const key = nameKey(m.surface);
      if (!key || ignore.has(key)) continue;
      const list = byKey.get(key) ?? [];
      list.push({ m, key, date, post });
      byKey.set(key, list);
    }
  }

  // 2. Which keys stand on their own evidence.
  const good = new Set<string>();
  for (const [k, refs] of byKey) if (accepted(refs, vocab, minMentions)) good.add(k);
  // Members of a coordinated list whose other members are names are names too (`with Benchmark, Sequoia, and Greenoaks`).
  for (const [k, refs] of byKey) {
    if (good.has(k)) continue;
    // Opening the sentence too when the word is never written in lower case and is no common capitalised word or
    // given name (`Sam, Dario and Demis spoke`).
    const first = cleanSurface(refs[0].m.surface);
    const opener = !vocab.get(first.toLowerCase()) && !isCommonCapitalised(first) && !FIRST_NAMES.has(first.toLowerCase());
    const listed = refs.filter((r) => r.m.flags?.listedWith?.length && (r.m.flags.midSentence || opener));
    if (listed.some((r) => {
      const others = r.m.flags!.listedWith!.map((o) => nameKey(o));
      return others.filter((o) => good.has(o)).length * 2 > others.length;
    })) good.add(k);
  }

  // 3. Join keys that name the same thing.
  const uf = new UnionFind();
  // A destination linked under many different names (a listing, a shared post, a paper cited by the
  // titles of several works) identifies none of them: one URL must not fold hundreds of names into one page.
  const namesByUrl = new Map<string, Set<string>>();
  for (const [k, refs] of byKey) {
    if (!good.has(k)) continue;
    for (const r of refs) {
      if (!r.m.url) continue;
      const names = namesByUrl.get(r.m.url);
      if (names) names.add(k);
      else namesByUrl.set(r.m.url, new Set([k]));
    }
  }
  const urlOwner = new Map<string, string>();
  for (const [k, refs] of byKey) {
    for (const r of refs) {
      if (r.m.alias && r.m.signal === 'definition') {
        const ak = nameKey(r.m.alias);
        if (ak && !ignore.has(ak)) uf.union(k, ak);
      }
      if (r.m.url && good.has(k) && namesByUrl.get(r.m.url)!.size <= MAX_NAMES_PER_URL) {
        const owner = urlOwner.get(r.m.url);
        if (owner === undefined) urlOwner.set(r.m.url, k);
        else uf.union(owner, k);
      }
    }
  }
  for (const [name, list] of Object.entries(config.entities.aliases)) for (const a of list) uf.union(nameKey(name), nameKey(a));
  for (const [name, alias] of KNOWN_ALIASES) if (good.has(nameKey(name)) && good.has(nameKey(alias))) uf.union(nameKey(name), nameKey(alias));
  for (const [name, into] of Object.entries(config.entities.merge)) uf.union(nameKey(name), nameKey(into));
  const mergeSources = new Set(Object.keys(config.entities.merge).map((n) => nameKey(n)));

  // `Salesforce Agentforce` is `Agentforce` named with its owner; `Google Cloud` is not `Google` (no `Cloud` alone).
  const surfaces = new Map<string, string>();
  for (const [k, refs] of byKey) surfaces.set(k, cleanSurface(refs[0].m.surface));
  // Words that open or close several accepted names: a family's (`Apache Kafka`, `Apache Hudi`), not a
  // person's. A first word needs three names, or two and to be a name of its own, and no given name's
  // spelling (`Jarred Sumner` beside a lone `Jarred` stays a person); a last word, two and to be a name of
  // its own (`Kali Linux`, `Arch Linux` beside `Linux`).
  const opens = new Map<string, number>();
  const closes = new Map<string, number>();
  for (const k of good) {
    const w = words(surfaces.get(k) ?? '');
    if (w.length < 2) continue;
    opens.set(nameKey(w[0]), (opens.get(nameKey(w[0])) ?? 0) + 1);
    closes.set(nameKey(w[w.length - 1]), (closes.get(nameKey(w[w.length - 1])) ?? 0) + 1);
  }
  const inFamily = (form: string): boolean => {
    const w = words(form);
    // `Chung Ju-yung` beside `Chung Mong-koo`: a hyphenated given name is a person's, family or not.
    if (w.length < 2 || w.some((x) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(x))) return false;
    const fk = nameKey(w[0]);
    const lk = nameKey(w[w.length - 1]);
    const n = opens.get(fk) ?? 0;
    return (!FIRST_NAMES.has(w[0].toLowerCase()) && (n >= 3 || (n >= 2 && good.has(fk)))) || ((closes.get(lk) ?? 0) >= 2 && good.has(lk));
  };
  const docSets = new Map<string, Set<string>>();
  const docsOf = (k: string): Set<string> => {
    let set = docSets.get(k);
    if (!set) docSets.set(k, (set = new Set((byKey.get(k) ?? []).map((r) => r.m.docId))));
    return set;
  };
  // How much a name's own mentions speak of a product, or a public body or nonprofit, rather than a company (below zero: a company).
  const leanTo = (kind: 'product' | 'organization', key: string): number => {
    let lean = 0;
    for (const r of byKey.get(key) ?? []) {
      lean += (r.m.votes?.[kind] ?? 0) - (r.m.votes?.company ?? 0);
      if (r.m.typeHint === kind) lean += 2;
      else if (r.m.typeHint === 'company') lean -= 2;
    }
    return lean;
  };
  const productLean = (key: string): number => leanTo('product', key);
  // Where a name is first used in a post (sentence, then offset): a short form follows its full name.
  const firstAt = (k: string, doc: string): number => Math.min(...(byKey.get(k) ?? [])
    .filter((r) => r.m.docId === doc).map((r) => r.m.sentence * 100_000 + (r.m.offset ?? 0)));
  for (const [k, s] of surfaces) {
    const w = words(s);
    if (w.length < 2 || !good.has(k)) continue;
    for (let i = 1; i < w.length; i++) {
      const head = w.slice(0, i).join(' ');
      const tail = w.slice(i).join(' ');
      const tk = nameKey(tail);
      const hk = nameKey(head);
      if (!good.has(tk) || words(tail).length === 1 && (isCommonCapitalised(tail) || GENERIC_TERMS.has(tail.toLowerCase()))) continue;
      // `Blackwell B200` is the `B200`: a model number names the thing whatever precedes it.
      const modelNumber = words(tail).length === 1 && /^\p{Lu}{1,3}\d{2,4}\p{Lu}?$/u.test(tail);
      // `Apache Iceberg` ... `Iceberg`: a shortened name used only in posts that also give the full one, and
      // the short form of one name only (`Linux` after `Kali Linux` and `Arch Linux` is neither).
      // Asked only when the cheaper tests leave it open.
      // Not after a comparative (`Faster CPython` is a project about CPython, not its full name).
      const ellipsis = (): boolean => words(tail).length === 1 && (closes.get(tk) ?? 0) < 2 && words(head).every((x) => /^\p{Lu}\p{L}+$/u.test(x)) &&
        !(/^\p{Lu}\p{Ll}+(?:er|est)$/u.test(head) && isDictionaryWord(head.toLowerCase())) &&
        [...docsOf(tk)].every((d) => docsOf(k).has(d) && firstAt(k, d) < firstAt(tk, d));
      // `Apache Kafka` ... `Kafka` across a blog: a brand that opens several names (`Apache`, `AWS`) shortened to the
      // one name ending with that word (not `Linux` after `Kali Linux` and `Arch Linux`), when some post writes the
      // full name and then the short one, or the short one is no ordinary word and is not spoken of as a company
      // while the full name is a product, or the other way round (not `AWS Lambda` and another post's `Lambda raised`).
      const brand = (): boolean => i === 1 && words(tail).length === 1 && (closes.get(tk) ?? 0) < 2 && (opens.get(hk) ?? 0) >= 2 &&
        !FIRST_NAMES.has(head.toLowerCase()) && ([...docsOf(tk)].some((d) => docsOf(k).has(d) && firstAt(k, d) < firstAt(tk, d)) ||
          (!isDictionaryWord(tail) && !wellKnownType(tail) && Math.sign(productLean(tk)) * Math.sign(productLean(k)) >= 0));
      if (!modelNumber && !(good.has(hk) || GENERIC_TERMS.has(head.toLowerCase())) && !ellipsis() && !brand()) continue;
      if (words(tail).length === 1 && !isDistinctive(tail) && isDictionaryWord(tail) && !ellipsis() && !brand()) continue;
      uf.union(k, tk);
      break;
    }
  }
  // `Stanford University` is the `Stanford` everyone knows as a university; `Sandia National Laboratories` is `Sandia`.
  for (const [k, s] of surfaces) {
    const uni = good.has(k) ? /^(.+?)\s+(?:University|College|Institute)$/.exec(s) : null;
    if (uni && wellKnownType(uni[1]) === 'organization' && good.has(nameKey(uni[1]))) uf.union(k, nameKey(uni[1]));
    const lab = good.has(k) ? /^(\p{Lu}.*?)\s+National\s+(?:Laboratory|Laboratories|Lab|Labs)$/u.exec(s) : null;
    // Not the town or region the laboratory is named after (`Los Alamos`, `the Pacific Northwest`) when the posts say so.
    if (lab && good.has(nameKey(lab[1])) && !isPlace(lab[1])) uf.union(k, nameKey(lab[1]));
  }
  // `DeepSeek-R1` ... `R1`, `DeepSeek-V3` ... `V3`: a maker's name hyphened to a model number, shortened to the
  // number in posts that also write the full name (before or after it, or inside a title: `the DeepSeek-V3
  // Technical Report`), when one full name only is written in every post that uses the number (`Open-R1` is not).
  const hyphened = new Map<string, string[]>();
  for (const [k, s] of surfaces) {
    const glued = good.has(k) ? /^\p{Lu}\p{L}+-(\p{Lu}{1,2}\d[\p{L}\d.-]*)$/u.exec(s) : null;
    if (glued && good.has(nameKey(glued[1]))) hyphened.set(nameKey(glued[1]), [...(hyphened.get(nameKey(glued[1])) ?? []), s]);
  }
  for (const [tk, fulls] of hyphened) {
    const covering = fulls.filter((f) => [...docsOf(tk)].every((d) => docById.get(d)?.body.includes(f)));
    if (covering.length === 1) uf.union(nameKey(covering[0]), tk);
  }
  /** A person's name by its shape, not a family member whose shape only looks like one. */
  const personName = (s: string): boolean => looksLikePerson(s) || (personShaped(s) && !inFamily(s));
  const personParts = new Set<string>();
  for (const [k, s] of surfaces) {
    const w = words(s);
    if (good.has(k) && w.length >= 2 && personName(s)) for (const x of w) personParts.add(nameKey(x));
  }
  // `Node` is `Node.js`; `Dremel` is the paper `Dremel: Interactive Analysis of ...` when both are in one post, and
  // `Probabilistic Machine Learning` the book `Probabilistic Machine Learning: An Introduction`.
  for (const [k, s] of surfaces) {
    if (!good.has(k)) continue;
    const js = /^(.+)\.js$/i.exec(s);
    if (js && byKey.has(nameKey(js[1]))) uf.union(k, nameKey(js[1]));
    const titled = /^([^\s:]+):\s+\S+(?:\s+\S+){2,}$/.exec(s) ?? /^([^\s:]+(?:\s+[^\s:]+){1,5}):\s+\S+(?:\s+\S+){1,}$/.exec(s);
    const paper = (byKey.get(k) ?? []).some((r) => r.m.typeHint === 'paper');
    if (titled && paper && byKey.has(nameKey(titled[1])) && good.has(nameKey(titled[1])) && !personParts.has(nameKey(titled[1]))) {
      const shortDocs = docsOf(nameKey(titled[1]));
      const fullDocs = docsOf(k);
      if ([...shortDocs].every((d) => fullDocs.has(d))) uf.union(k, nameKey(titled[1]));
    }
  }
  // `LPUs` are the `LPU`.
  for (const [k, s] of surfaces) {
    if (!good.has(k) || !isPluralAcronym(s)) continue;
    const sk = k.slice(0, -1);
    if (byKey.has(sk)) uf.union(k, sk);
  }
  // `Signed Agent Cards` are the `Signed Agent Card`, `Claude Agents SDK` the `Claude Agent SDK`: two names
  // that stand on their own and differ only by one word's plural. One word alone only when one post uses both
  // (`Threads` the app and `Thread` the protocol are not one thing) and its singular is no ordinary word
  // (`AdGroupFeeds`, `AdGroupFeed`). Not a person's name (`Page`, `Pages`).
  const plurals = new Map<string, string>();
  for (const [k, s] of surfaces) {
    if (!good.has(k) || personParts.has(k) || looksLikePerson(s) || personShaped(s)) continue;
    const w = words(s);
    for (let i = 0; i < w.length; i++) {
      for (const single of singularsOf(w[i])) {
        const sk = nameKey([...w.slice(0, i), single, ...w.slice(i + 1)].join(' '));
        if (sk === k || !good.has(sk) || personParts.has(sk)) continue;
        // `Transformers` the library beside `Transformer` the architecture: a one-word name whose singular is an ordinary word stays apart.
        if (w.length === 1 && (isDictionaryWord(single.toLowerCase()) || ![...docsOf(k)].some((d) => docsOf(sk).has(d)))) continue;
        uf.union(k, sk);
        plurals.set(k, sk);
      }
    }
  }
  // `Salesforce Agentforce`, `Google Cloud`: the first word of a longer name is often its maker.
  const ownerCount = new Map<string, number>();
  for (const [k, s] of surfaces) {
    const w = words(s);
    if (w.length < 2 || !good.has(k)) continue;
    const hk = nameKey(w[0]);
    // `H100 SXM`, `M4 Max`: a model number names a thing, never its maker; nor does a name written with a
    // lower-case first letter (`macOS Tahoe`, `iOS 26`), a product's style.
    if (!good.has(hk) || hk === k || /\d/.test(w[0]) || /^\p{Ll}/u.test(w[0])) continue;
    // `Go 1.22` is a release, `Python Packaging Authority` an organisation, `MLPerf Storage` a part: no makers.
    if (w.slice(1).every((x) => isVersion(x))) continue;
    const ht = headType(s);
    if (ht && ht !== 'product') continue;
    const last = w[w.length - 1];
    // `AdWords API`, `Foo SDK`: anything can offer an interface; those say nothing of the first word.
    if (/^(api|apis|sdk|sdks|cli|app|apps|plugin|extension|bindings|client|server)$/i.test(last)) continue;
    if (HEAD_WORDS.get(last.toLowerCase()) !== 'product' && !(w.length === 2 && isDistinctive(last) && !/\d/.test(last))) continue;
    ownerCount.set(hk, (ownerCount.get(hk) ?? 0) + 1);
  }
  // `Donald J. Trump` is `Donald Trump`, `Stéfan J. van der Walt` is `Stéfan van der Walt`: a person's name with a
  // middle initial and the same name without it, when only one initial is used with that name (`Jane A. Doe` and
  // `Jane B. Doe` are two people).
  const initialled = new Map<string, string[]>();
  for (const [k, s] of surfaces) {
    const w = words(s);
    const at = w.findIndex((x, j) => j > 0 && j < w.length - 1 && /^\p{Lu}\.?$/u.test(x));
    if (!good.has(k) || w.length < 3 || w.length > 5 || at < 0) continue;
    const bareName = w.filter((_x, j) => j !== at).join(' ');
    if (!(looksLikePerson(s) || personShaped(s) || personShaped(bareName))) continue;
    const bare = nameKey(bareName);
    if (good.has(bare)) initialled.set(bare, [...(initialled.get(bare) ?? []), k]);
  }
  for (const [bare, keys] of initialled) if (new Set(keys.map((k) => uf.find(k))).size === 1) uf.union(keys[0], bare);
  // A surname or given name alone joins the one person it belongs to (`Karpathy` -> `Andrej Karpathy`).
  const byPart = new Map<string, string[]>();
  const givenOf = new Map<string, string>();
  for (const [k, s] of surfaces) {
    const w = words(s);
    if (!good.has(k) || w.length < 2 || w.length > 3 || !personName(s)) continue;
    // `Salesforce Agentforce`: two names each used alone are a maker and its product, not a person.
    if (!looksLikePerson(s) && good.has(nameKey(w[0])) && good.has(nameKey(w[w.length - 1]))) continue;
    for (const part of [w[0], w[w.length - 1]]) {
      const pk = nameKey(part);
      byPart.set(pk, [...(byPart.get(pk) ?? []), k]);
    }
    givenOf.set(nameKey(w[0]), k);
  }
  for (const [pk, owners] of byPart) {
    const roots = new Set(owners.map((o) => uf.find(o)));
    if (!(roots.size === 1 && byKey.has(pk) && words(surfaces.get(pk) ?? '').length === 1)) continue;
    // A given name alone (`Julia`) is the person only after the full name in the same post; a surname anywhere.
    const owner = givenOf.get(pk);
    if (owner && ![...docsOf(pk)].every((d) => docsOf(owner).has(d) && firstAt(owner, d) < firstAt(pk, d))) continue;
    uf.union(owners[0], pk);
  }
  // `Micron Technology` is `Micron`, `MGM Resorts` is `MGM`: a company named with its trade beside the bare
  // name, when the posts never write the bare name in lower case (`Delta`) and it is no person's. Not a legal
  // form (`ClickHouse Inc` is the company, `ClickHouse` its database), nor a business of its own (`Intel
  // Capital`, `Google Ventures`).
  // Surnames of the people the posts name: `Mullen International` is no firm of `Joe Mullen`'s surname alone. Made the
  // first time a bare name gets that far.
  let surnames: Set<string> | undefined;
  const isSurname = (key: string): boolean => {
    if (!surnames) {
      surnames = new Set();
      for (const [k, s] of surfaces) if (good.has(k) && words(s).length >= 2 && personName(s)) surnames.add(nameKey(words(s)[words(s).length - 1]));
    }
    return surnames.has(key);
  };
  const releasesOf = new Set<string>();
  for (const [k, s] of surfaces) {
    const w = words(s);
    if (good.has(k) && w.length >= 2 && isVersion(w[w.length - 1]) && /\d/.test(w[w.length - 1])) releasesOf.add(nameKey(w.slice(0, -1).join(' ')));
  }
  for (const [k, s] of surfaces) {
    if (!good.has(k)) continue;
    const w = words(s);
    const last = w[w.length - 1];
    // `Unreal Engine` is `Unreal`, `Godot Engine` is `Godot`: an engine is named by its bare name too. Not `Kubernetes
    // Engine` or `Docker Engine`, parts of things everyone knows.
    const engine = last === 'Engine';
    // `Thrive Capital`, `Fervo Energy`, `Bessemer Venture Partners`, `Varda Space Industries`: firms named by their trade
    // too, but not the businesses of a firm everyone knows (`Intel Capital`, `GE Aerospace`).
    const tail = FIRM_TAIL.exec(s);
    if (w.length < 2 || !(engine || TRADE_SUFFIX.test(last) || tail)) continue;
    // `Mistral AI` is `Mistral`, but `Meta AI` and `Notion AI` are products of their makers: only a firm everyone
    // knows by the longer name.
    let bare = tail ? s.slice(0, tail.index) : w.slice(0, -1).join(' ');
    // `Aspen Insurance Holdings`, `American Integrity Insurance Group`: several trade words may close the name.
    if (!tail && !engine) {
      let n = w.length - 1;
      while (n > 1 && !good.has(nameKey(w.slice(0, n).join(' '))) && TRADE_SUFFIX.test(w[n - 1])) n--;
      bare = w.slice(0, n).join(' ');
    }
    if (tail && (wellKnownType(bare) === 'company' || !bare)) continue;
    // Nor a firm whose own site spells the longer name (`[Bland AI](https://bland.ai)`, `retellai.com`) and that a post
    // also calls by the bare one: not `Meta AI` at meta.ai, a product of a firm everyone knows by the bare name.
    const ownSite = last === 'AI' && wellKnownType(bare) !== 'company' && siteSpells(byKey.get(k) ?? [], bare) &&
      [...docsOf(k)].some((d) => docsOf(nameKey(bare)).has(d));
    if (last === 'AI' && wellKnownType(s) !== 'company' && !ownSite) continue;
    if (DIVISION_SUFFIX.test(last) && wellKnownType(bare) === 'company' && wellKnownType(s) !== 'company') continue;
    const bk = nameKey(bare);
    if (bk === k || !good.has(bk) || personName(bare) || isSurname(bk) || (words(bare).length === 1 && (vocab.get(bare.toLowerCase()) ?? 0) > 0)) continue;
    // `Unity 6` beside `Unity Technologies`: a bare name with releases, or spoken of as a product, is the product.
    if (engine ? wellKnownType(bare) : releasesOf.has(bk) || (productLean(bk) > 0 && !ownSite)) continue;
    uf.union(k, bk);
  }
  // `Microsoft Corp` is `Microsoft`, a firm everyone knows, with its legal form, and so is `DraftKings Inc.` the
  // `DraftKings` the posts speak of as a firm (`DraftKings bought Railbird`); `ClickHouse Inc`, beside the `ClickHouse`
  // database, stays apart. `TKO Group Holdings` is `TKO`: an acronym the posts use alone, then two trade words or more.
  for (const [k, s] of surfaces) {
    if (!good.has(k)) continue;
    const legal = LEGAL_FORM.exec(s);
    // `Toyota Motor Corporation`: trade words may stand between the firm's name and its legal form.
    const fw = legal ? words(s.slice(0, legal.index)) : [];
    while (fw.length > 1 && !good.has(nameKey(fw.join(' '))) && TRADE_SUFFIX.test(fw[fw.length - 1])) fw.pop();
    const firm = fw.join(' ');
    // Not a body a legal form incorporates (`Wikimedia Foundation Inc.`), by its name or its own mentions.
    if (firm && good.has(nameKey(firm)) && (wellKnownType(firm) === 'company' || (!wellKnownType(firm) && productLean(nameKey(firm)) < 0 && !personName(firm) &&
      headType(firm) !== 'organization' && leanTo('organization', nameKey(firm)) <= 0))) {
      uf.union(k, nameKey(firm));
    }
    const w = words(s);
    let n = w.length;
    while (n > 1 && TRADE_SUFFIX.test(w[n - 1])) n--;
    if (n === 1 && w.length >= 3 && isAcronym(w[0]) && good.has(nameKey(w[0]))) uf.union(k, nameKey(w[0]));
  }
  // `Department of Veterans Affairs` is `Veterans Affairs`, `Office of the United States Trade Representative` is the
  // `United States Trade Representative`: a public body named with and without its head, when the rest is a name of two
  // words or more the posts use alone (not a person's: `Office of the Jane Doe` is no one's office).
  for (const [k, s] of surfaces) {
    if (!good.has(k) || !BODY_HEAD_OF.test(s)) continue;
    const rest = s.replace(BODY_HEAD_OF, '');
    const rk = nameKey(rest);
    if (rk !== k && words(rest).length >= 2 && good.has(rk) && !personName(rest)) uf.union(k, rk);
  }
  // `AG-UI Protocol` is `AG-UI`, `MMLU Benchmark` is `MMLU`: an acronym closed by its kind. Not a word-shaped name
  // (`OpenTelemetry Protocol` is not the `OpenTelemetry` project, nor `BitTorrent Protocol` the firm).
  for (const [k, s] of surfaces) {
    if (!good.has(k)) continue;
    const m = /^(\p{Lu}[\p{Lu}\p{N}]*(?:[-.+][\p{Lu}\p{N}]+)*) (?:Protocol|protocol|Benchmark|benchmark|Specification|Spec|spec)$/u.exec(s);
    if (!m || m[1].replace(/[^\p{Lu}]/gu, '').length < 2) continue;
    const bk = nameKey(m[1]);
    if (bk !== k && good.has(bk)) uf.union(k, bk);
  }
  // An acronym that spells exactly one longer name (`AWS` and `Amazon Web Services`).
  const byInitials = new Map<string, string[]>();
  for (const [k, s] of surfaces) {
    const w = words(s);
    if (good.has(k) && w.length >= 2 && w.every((x) => /^[\p{Lu}&]/u.test(x) || x === 'of' || x === 'and')) {
      const ini = initials(s);
      byInitials.set(ini, [...(byInitials.get(ini) ?? []), k]);
    }
  }
  for (const [k, s] of surfaces) {
    // `M&S` spells `Marks & Spencer` with its ampersand.
    if (!good.has(k) || !/^\p{Lu}(?:&?\p{Lu}){1,5}s?$/u.test(s)) continue;
    const lower = s.toLowerCase();
    // `LLMs` is a plural; `SMS`, `DNS` and `CMS` end in a capital that is part of the acronym.
    const longs = byInitials.get(lower) ?? (s.endsWith('s') ? byInitials.get(lower.slice(0, -1)) : undefined) ?? [];
    // A public body's acronym everyone knows spells no law or standard (`ESA` is no `EU Space Act`).
    const known = ORGANIZATION_ACRONYMS.has(lower) && longs.length === 1 && headType(surfaces.get(longs[0]) ?? '') === 'protocol';
    if (longs.length === 1 && !known) uf.union(k, longs[0]);
  }
  // `CAISO` and `California Independent System Operator`, `ERCOT` and `Electric Reliability Council of Texas`: an acronym
  // made with more than a word's first letter, or with a function word's, and the one longer name it spells among the
  // names of the posts it is written in (the first 40 of them: a long form is spelled out where the acronym is used).
  const longsIn = new Map<string, string[]>();
  for (const [k, s] of surfaces) {
    const w = words(s);
    if (!good.has(k) || w.length < 2 || !w.every((x) => /^[\p{Lu}&]/u.test(x) || STOP_WORDS.has(x.toLowerCase()))) continue;
    for (const d of docsOf(k)) {
      const list = longsIn.get(d);
      if (list) list.push(k);
      else longsIn.set(d, [k]);
    }
  }
  for (const [k, s] of surfaces) {
    if (!good.has(k) || !/^\p{Lu}[\p{Lu}\d]{2,6}$/u.test(s) || byInitials.has(s.toLowerCase())) continue;
    const near = new Set<string>();
    for (const d of [...docsOf(k)].sort().slice(0, 40)) for (const lk of longsIn.get(d) ?? []) near.add(lk);
    // More than a word's first letter only for a name of three words or more, and no person's (`MIT` is no `Michael Truell`,
    // `CES` no `Creed Shadows`).
    const first = s[0].toLowerCase();
    const fits = [...near].filter((lk) => {
      const long = (surfaces.get(lk) ?? '').replace(/^the\s+/i, '');
      // Cheap tests first: the same first letter (or a body's head before it), and not many more words than letters.
      if (lk === k || words(long).length > s.length + 5 || /\p{Lu}{2}/u.test(long.replace(/^\S+/, ''))) return false;
      if (long[0]?.toLowerCase() !== first && !BODY_HEAD_OF.test(long)) return false;
      const content = words(long).filter((x) => !STOP_WORDS.has(x.toLowerCase())).length;
      // `HHS` spells the `Department of Health and Human Services` without its head.
      const unheaded = long.replace(BODY_HEAD_OF, '');
      return spellsOut(s, long, false) || (unheaded !== long && spellsOut(s, unheaded, false)) || (content >= 3 && !personName(long) && spellsOut(s, long));
    });
    if (fits.length > 0 && new Set(fits.map((f) => uf.find(f))).size === 1) uf.union(k, fits[0]);
  }
  // `@mrobinson`, `@delan`: a handle joins the one person whose given name or surname it spells.
  const persons = [...surfaces].filter(([k, s]) => good.has(k) && (looksLikePerson(s) || personShaped(s)));
  for (const [k, s] of surfaces) {
    if (!/^@[\w-]{3,}$/.test(s)) continue;
    const handle = s.slice(1).toLowerCase().replace(/[-_]/g, '');
    const owners = new Set<string>();
    for (const [pk, ps] of persons) {
      const parts = words(ps).map((x) => x.toLowerCase().replace(/[^\p{L}]/gu, '')).filter((x) => x.length >= 4);
      if (parts.some((p) => handle.includes(p)) || handle === words(ps).map((x) => x[0].toLowerCase()).join('')) owners.add(uf.find(pk));
    }
    if (owners.size === 1) uf.union(k, [...owners][0]);
  }
  // `Epic v. Apple` is `Epic Games v. Apple`, `Kadrey v. Meta` is `Kadrey v. Meta Platforms`: one case, each party
  // named alike or by names the posts already join (not `New York v. Microsoft` beside `New York Times v. Microsoft`,
  // nor `State of Texas v. Google` beside `State of California v. Google`).
  const sameParty = (x: string, y: string): boolean => {
    const xk = nameKey(x);
    const yk = nameKey(y);
    if (xk === yk || (byKey.has(xk) && byKey.has(yk) && uf.find(xk) === uf.find(yk))) return true;
    // A firm by the first words of its name (`Epic` of `Epic Games`), not a place named so (`New York`).
    const [short, long] = words(x).length <= words(y).length ? [words(x), words(y)] : [words(y), words(x)];
    return short.every((w, i) => nameKey(w) === nameKey(long[i])) && !isPlace(short.join(' '));
  };
  const byParties = new Map<string, Array<{ k: string; a: string; b: string }>>();
  for (const [k, s] of surfaces) {
    const parties = good.has(k) ? /^(.+?)\s+v\.\s+(.+)$/.exec(s) : null;
    if (!parties) continue;
    const [, a, b] = parties;
    const pk = `${nameKey(words(a)[0] ?? '')} v ${nameKey(words(b)[0] ?? '')}`;
    const list = byParties.get(pk) ?? [];
    for (const o of list) if (sameParty(o.a, a) && sameParty(o.b, b)) uf.union(o.k, k);
    list.push({ k, a, b });
    byParties.set(pk, list);
  }

  // 4. Clusters.
  const clusters = new Map<string, MentionRef[]>();
  const clusterGood = new Map<string, boolean>();
  for (const [k, refs] of byKey) {
    const root = uf.find(k);
    const list = clusters.get(root) ?? [];
    list.push(...refs);
    clusters.set(root, list);
    if (good.has(k)) clusterGood.set(root, true);
  }
  const forcedType = new Map(Object.entries(config.entities.types).map(([n, t]) => [nameKey(n), t]));
  const forcedRoots = new Set([...forcedType.keys(), ...Object.keys(config.entities.aliases).map((n) => nameKey(n))].map((k) => uf.find(k)));

  const entities: Entity[] = [];
  const typing: Typing = new Map();
  for (const [root, refs] of clusters) {
    if (!clusterGood.get(root) && !forcedRoots.has(root)) continue;
    refs.sort((a, b) => a.post! - b.post! || a.m.sentence - b.m.sentence || (a.m.offset ?? 0) - (b.m.offset ?? 0));
    let name = canonicalName(refs, plurals);
    // A name the config both gives aliases and merges into another names the page that other one.
    const aliasKeys = Object.keys(config.entities.aliases).filter((n) => uf.find(nameKey(n)) === root);
    const configName = aliasKeys.find((n) => !mergeSources.has(nameKey(n)));
    // `merge` names the page it folds into, even a name the posts never write whole (`Mollema` into `Dirk-jan Mollema`).
    const mergeName = configName ? undefined : Object.values(config.entities.merge).find((n) => uf.find(nameKey(n)) === root && !mergeSources.has(nameKey(n)));
    if (configName) name = configName;
    else if (mergeName) {
      // Spelled as the posts spell it when they write it, else as the config does.
      const own = refs.filter((r) => r.key === nameKey(mergeName));
      name = own.length > 0 ? canonicalName(own, plurals) : mergeName;
    }
    // `LPUs` beside `the LPU`: the page takes the singular; an acronym only ever plural names no one thing.
    if (isPluralAcronym(name) && !configName && !mergeName) {
      const one = refs.find((r) => cleanSurface(r.m.surface) === name.slice(0, -1));
      if (!one) continue;
      name = name.slice(0, -1);
    }
    // A work's title is named by the quote or heading that gives it (`"How Complex Systems Fail"`).
    const work = refs.some((r) => r.m.typeHint === 'paper' && r.m.strength === 'strong');
    if ((work ? isNonEntityWork(name) : isNonEntity(name)) && !configName && !mergeName) continue;
    if (ignore.has(nameKey(name))) continue;
    const keys = new Set(refs.map((r) => r.key));
    let type: EntityType | undefined;
    for (const k of keys) type ??= forcedType.get(k);
    let owned = 0;
    for (const k of keys) owned += ownerCount.get(k) ?? 0;
    const forced = !!type;
    const scored = scoreType(name, refs, owned, good, inFamily);
    type ??= scored.type;
    const aliasForms = new Map<string, string>();
    for (const r of refs) {
      const f = cleanSurface(r.m.surface);
      if (nameKey(f) !== nameKey(name) && !aliasForms.has(f.toLowerCase())) aliasForms.set(f.toLowerCase(), f);
    }
    for (const n of aliasKeys) {
      for (const a of [n, ...config.entities.aliases[n]]) if (nameKey(a) !== nameKey(name) && !aliasForms.has(a.toLowerCase())) aliasForms.set(a.toLowerCase(), a);
    }
    const urls = new Map<string, number>();
    for (const r of refs) if (r.m.url) urls.set(r.m.url, (urls.get(r.m.url) ?? 0) + (r.m.signal === 'link' ? 2 : 1));
    const url = [...urls.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || cmp(a[0], b[0]))[0]?.[0];
    const dates = refs.map((r) => r.date).filter((d): d is string => !!d).sort();
    const mentions = refs.map((r) => r.m);
    const entity: Entity = {
      name,
      type,
      aliases: [...aliasForms.values()].sort(cmp),
      mentions,
      facts: collectFacts(refs, extractionById, docById),
      firstSeen: dates[0],
      lastSeen: dates[dates.length - 1],
    };
    if (url) entity.url = url;
    const lead = pickLead(name, refs, extractionById, docById);
    if (lead) entity.lead = lead;
    entities.push(entity);
    typing.set(entity, { score: scored.score, forced, refs });
  }
  typeFamilies(entities, typing);
  typeByListMates(entities, typing);
  typeReleasesByFamily(entities, typing);
  typeFirmsAIProducts(entities, typing);
  // Names and types the author pinned in the config stay as they are.
  const pinned = new Set([...Object.keys(config.entities.aliases), ...Object.values(config.entities.merge)].map((n) => nameKey(n)));
  const released = foldVersions(entities, new Set(entities.filter((e) => typing.get(e)?.forced || pinned.has(nameKey(e.name)))));

  addTopics(released, docs, config, ignore);
  return finalNames(released);
}

/**
 * A family named without a version takes the type of its versioned members when it has little evidence
 * of its own (`Llama` beside `Llama 3.1` and `Llama-3-8B` is a model family, `Go` beside `Go 1.22` a product).
 */
function typeFamilies(entities: Entity[], typing: Typing): void {
  const byKey = new Map<string, Entity>();
  for (const e of entities) if (words(e.name).length === 1) byKey.set(nameKey(e.name), e);
  const votes = new Map<Entity, Map<EntityType, number>>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      const m = /^(\p{L}[\p{L}\p{N}]*?)(?:\s+\p{Lu}\p{L}+)?(?:\s+|-)v?\d[\w.\-]*(?:\s+\p{L}+)?$/u.exec(n) ?? /^(\p{L}[\p{L}]+?)-?\d+(?:\.\d+)*[\w.\-]*$/u.exec(n);
      if (!m) continue;
      const fam = byKey.get(nameKey(m[1]));
      if (!fam || fam === e) continue;
      const v = votes.get(fam) ?? new Map<EntityType, number>();
      v.set(e.type, (v.get(e.type) ?? 0) + 1);
      votes.set(fam, v);
      break;
    }
  }
  for (const [fam, v] of votes) {
    const t = typing.get(fam);
    if (!t || t.forced || t.score >= 3) continue;
    const best = [...v.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
    if (best[0] === 'model' || best[0] === 'product' || best[0] === 'protocol' || best[0] === 'benchmark') {
      fam.type = best[0];
      t.score = Math.max(t.score, 2);
    }
  }
}

/**
 * A release of a model family is a model (`Gemini 2.5 Flash` beside the model `Gemini`): with no word about
 * models in its own sentences it had only the product vote every versioned name gets.
 */
function typeReleasesByFamily(entities: Entity[], typing: Typing): void {
  const byKey = new Map<string, Entity>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), e);
  const changes: Entity[] = [];
  for (const e of entities) {
    const t = typing.get(e);
    if (!t || t.forced || t.score >= 3 || e.type !== 'product') continue;
    const fam = releaseOf(e.name, (f) => byKey.get(nameKey(f)));
    if (fam && fam !== e && fam.type === 'model') changes.push(e);
  }
  for (const e of changes) e.type = 'model';
}

function madeByKnownFirm(name: string): boolean {
  const w = words(name);
  return w.length > 1 && WELL_KNOWN_COMPANIES.has(w[0].toLowerCase()) && !WELL_KNOWN_COMPANIES.has(name.toLowerCase());
}

/**
 * `Notion AI`, `ElevenLabs Conversational AI`: a firm's own name before an `AI` head is that firm's AI feature,
 * not a second firm (`Mistral AI` and `Hume AI`, whose short forms join them, are never beside a firm of their own).
 */
function typeFirmsAIProducts(entities: Entity[], typing: Typing): void {
  const firms = new Set(entities.filter((e) => e.type === 'company').map((e) => nameKey(e.name)));
  for (const e of entities) {
    const w = words(e.name);
    if (e.type !== 'company' || w.length < 2 || w[w.length - 1] !== 'AI' || typing.get(e)?.forced || wellKnownType(e.name)) continue;
    if (w.slice(0, -1).some((_, k) => firms.has(nameKey(w.slice(0, k + 1).join(' '))))) e.type = 'product';
  }
}

/**
 * Members of one coordinated list are mostly of one kind (`by Woosuk Kwon, ..., Hao Zhang and Ion Stoica`):
 * an entity with little evidence of its own takes the type most of its typed list-mates share.
 */
function typeByListMates(entities: Entity[], typing: Typing): void {
  const byKey = new Map<string, Entity>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), e);
  const changes: [Entity, EntityType][] = [];
  for (const e of entities) {
    const t = typing.get(e);
    if (!t || t.forced || t.score >= 3) continue;
    const counts = new Map<EntityType, number>();
    let mates = 0;
    for (const r of t.refs) {
      for (const o of r.m.flags?.listedWith ?? []) {
        const other = byKey.get(nameKey(o));
        if (!other || other === e) continue;
        const ot = typing.get(other);
        if (!ot || ot.score < 2) continue;
        mates++;
        counts.set(other.type, (counts.get(other.type) ?? 0) + 1);
      }
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
    // `from CrowdStrike, SentinelOne or Microsoft Defender`: a name led by a known firm's is that firm's product.
    if (best?.[0] === 'company' && madeByKnownFirm(e.name)) continue;
    // `clients in Claude, ChatGPT, Cursor, Windsurf and Gemini`: apps listed beside model families; a model
    // taken from list-mates needs a model's version or size.
    if (best?.[0] === 'model' && !/\d/.test(e.name)) continue;
    // `Shelley Simpson, CEO of J.B. Hunt, Lior Ron, CEO of Uber Freight, and ...`: firms named in the appositives of a
    // list of people are no people; a firm or body with evidence of its own keeps its type unless its name is a person's.
    if (best?.[0] === 'person' && (e.type === 'company' || e.type === 'organization') && t.score >= 1 && !looksLikePerson(e.name) && !personShaped(e.name)) continue;
    if (best && best[1] >= 2 && best[1] * 3 >= mates * 2 && best[0] !== e.type) changes.push([e, best[0]]);
  }
  for (const [e, type] of changes) e.type = type;
}

/** Feed categories become topics, unless the category names an entity, which then carries it. */
function addTopics(entities: Entity[], docs: RawDoc[], config: WikicConfig, ignore: Set<string>): void {
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    byKey.set(nameKey(e.name), e);
    for (const a of e.aliases) if (!byKey.has(nameKey(a))) byKey.set(nameKey(a), e);
  }
  const topics = new Map<string, Entity>();
  for (const doc of [...docs].sort((a, b) => cmp(a.id, b.id))) {
    const date = dateOf(doc);
    for (const cat of doc.meta.categories ?? []) {
      const name = cleanSurface(cat);
      const k = nameKey(name);
      if (!k || ignore.has(k)) continue;
      const m: Mention = { surface: name, docId: doc.id, sentence: -1, signal: 'category', strength: 'strong' };
      const target = byKey.get(k) ?? topics.get(k);
      if (target) {
        target.mentions.push(m);
        if (date && (!target.firstSeen || date < target.firstSeen)) target.firstSeen = date;
        if (date && (!target.lastSeen || date > target.lastSeen)) target.lastSeen = date;
        continue;
      }
      const forced = Object.entries(config.entities.types).find(([n]) => nameKey(n) === k)?.[1];
      // Blogs that file posts under their authors (`Adam Bender`): a person, not a subject.
      const type = forced ?? (looksLikePerson(name) ? 'person' : 'topic');
      const t: Entity = { name, type, aliases: [], mentions: [m], facts: [], firstSeen: date, lastSeen: date };
      topics.set(k, t);
    }
  }
  // `LLM` and `LLMs` are one topic.
  for (const [k, t] of [...topics]) {
    const singular = k.replace(/s$/, '');
    const other = singular !== k ? topics.get(singular) : undefined;
    if (other) {
      foldInto(other, t);
      topics.delete(k);
    }
  }
  entities.push(...topics.values());
}

/** File-safe, case-insensitively unique names; sorted by name. */
function finalNames(entities: Entity[]): Entity[] {
  const taken = new Map<string, Entity>();
  const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.name, b.name));
  for (const e of sorted) {
    let name = safeFileName(e.name) || 'Untitled';
    if (name !== e.name && !e.aliases.includes(e.name)) e.aliases = [...e.aliases, e.name].sort(cmp);
    if (taken.has(name.toLowerCase())) name = `${name} (${e.type})`;
    let n = 2;
    const base = name;
    while (taken.has(name.toLowerCase())) name = `${base} ${n++}`;
    e.name = name;
    e.aliases = e.aliases.filter((a) => a.toLowerCase() !== name.toLowerCase());
    taken.set(name.toLowerCase(), e);
  }
  return entities.sort((a, b) => cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.name, b.name));
}

