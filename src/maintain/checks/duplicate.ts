// Two pages for one thing: same folded name, one name an alias or the acronym of the other, the same
// homepage, a company suffix, release number or web domain more, or names one typo apart. Names that differ in a
// number or a one-letter token (`GPT-4` and `GPT-5`, `Series A` and `Series B`) are different things.
import { distance } from 'fastest-levenshtein';
import type { VaultPage } from '../../wiki/vault.js';
import { compareStrings, foldName, foldUrl, isEntityPage } from '../page-info.js';
import type { Check, MaintainFinding } from '../types.js';
import { fieldsOf } from '../page-summary.js';
import { pageResult, setPageResult } from '../analysis.js';
import { MAX_NAMES_PER_URL } from '../../wiki/schema.js';

const STOP = new Set(['of', 'and', 'the', 'for', 'a', 'an', 'in', 'on', 'to', '&']);
// A bare host of these sites says nothing about which thing a page is about.
const SHARED_HOSTS = new Set(['github.com', 'arxiv.org', 'huggingface.co', 'x.com', 'twitter.com', 'linkedin.com', 'youtube.com', 'medium.com', 'substack.com', 'wikipedia.org', 'en.wikipedia.org']);

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

// Two-letter initials and initials with digits match too many unrelated names to mean anything.
const isAcronym = (s: string): boolean => /^[A-Z][A-Z&]{2,7}s?$/.test(s);
/** `PCI DSS`: initials written in two or three groups; the letters run together are the acronym. */
const spacedAcronym = (s: string): string | null => (/^[A-Z]{2,5}(?: [A-Z]{2,5}){1,2}$/.test(s) ? s.replace(/ /g, '') : null);

// `Pulumi Corp`, `Acme, Inc.`: the company's name with the form of company it is.
const COMPANY_SUFFIX = /,?\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|llc|plc|gmbh|ag|s\.?a)\.?$/i;
const withoutSuffix = (name: string): string | null => (COMPANY_SUFFIX.test(name) ? name.replace(COMPANY_SUFFIX, '').trim() || null : null);
// `OpenTofu 1.9`, `Grafana v12`: a name and a release number.
const RELEASE = /\s+v?\d+(?:\.\d+)*$/i;
const withoutRelease = (name: string): string | null => (RELEASE.test(name) ? name.replace(RELEASE, '').trim() || null : null);
// `Google.com`, `Perplexity.ai`: a name written as its web address.
const DOMAIN = /\.(?:com|ai|io|dev|app|org|net|co)$/i;
const withoutDomain = (name: string): string | null => (DOMAIN.test(name) && !/\s/.test(name) ? name.replace(DOMAIN, '') || null : null);

/** `TE` and `TEs`, `LLM` and `LLMs`: an acronym and its plural, however short. */
function acronymPlural(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return /^[A-Z][A-Z0-9]+$/.test(short) && long === `${short}s`;
}

/** A word and its plural ("Agent Card", "Agent Cards"). */
function pluralPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  return long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`);
}

/**
 * Names one typo apart. Single words must be a plural pair, since one edit turns many words into
 * other words (encoder, encoded); and names that differ in a number or a one-letter token
 * (GPT-4 and GPT-5, Series A and Series B) are different things.
 */
function typoPair(a: string, b: string): 'plural' | 'typo' | undefined {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return undefined;
  const ta = la.split(/[\s-]+/);
  const tb = lb.split(/[\s-]+/);
  if (ta.length !== tb.length) return undefined;
  const diff = ta.map((t, i) => [t, tb[i]]).filter(([x, y]) => x !== y);
  if (diff.length !== 1) return undefined;
  const [x, y] = diff[0];
  if (pluralPair(x, y)) return 'plural';
  if (ta.length === 1 || x.length <= 2 || y.length <= 2) return undefined;
  const digits = (s: string): string => s.replace(/\D+/g, ' ').trim();
  // An edit at the end of a word is usually another form of it (sourced, encoder), not a typo.
  const sameEnd = x.slice(-2) === y.slice(-2);
  return sameEnd && digits(x) === digits(y) && Math.min(x.length, y.length) >= 5 && distance(x, y) === 1 ? 'typo' : undefined;
}

function reason(a: VaultPage, b: VaultPage, crowded: ReadonlySet<string>): { why: string; swap?: boolean } | undefined {
  const r = reasonText(a, b, crowded);
  if (!r) return undefined;
  return typeof r === 'string' ? { why: r } : r;
}

/** `crowded`: folded homepages shared by so many pages that they tell none of them apart. */
function reasonText(a: VaultPage, b: VaultPage, crowded: ReadonlySet<string>): string | { why: string; swap: boolean } | undefined {
  if (foldName(a.name) === foldName(b.name)) return `same name as [[${a.name}]] once case and punctuation are ignored`;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    if (y.aliases.some((al) => foldName(al) === foldName(x.name))) return { why: `"${x.name}" is an alias of [[${y.name}]]`, swap: x === a };
  }
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const words = y.name.split(/\s+/);
    const short = isAcronym(x.name) ? x.name.replace(/s$/, '') : spacedAcronym(x.name);
    if (short && words.length >= 2 && !words.includes(x.name) && initials(y.name) === short) return { why: `"${x.name}" is the acronym of [[${y.name}]]`, swap: x === a };
  }
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const bare = withoutSuffix(x.name);
    // Only the same kind of thing: `ClickHouse Inc` makes the product `ClickHouse`.
    if (bare && foldName(bare) === foldName(y.name) && x.type === y.type) return { why: `the name of [[${y.name}]] with a company suffix`, swap: x === a };
    const site = withoutDomain(x.name);
    // Of the same kind of thing only: `Socket.io` the library is no duplicate of a company `Socket`.
    if (site && foldName(site) === foldName(y.name) && x.type === y.type) return { why: `the web address of [[${y.name}]]`, swap: x === a };
    const base = withoutRelease(x.name);
    // A release is the same kind of thing as what it is a release of (`ElevenLabs V3` is a product of the
    // company); models are named by their version, events by their edition and standards by their number.
    if (base && foldName(base) === foldName(y.name) && x.type === y.type && !['model', 'event', 'protocol'].includes(x.type ?? '')) {
      return { why: `a release of [[${y.name}]]`, swap: x === a };
    }
  }
  const ua = typeof fieldsOf(a).url === 'string' ? foldUrl(fieldsOf(a).url as string) : undefined;
  const ub = typeof fieldsOf(b).url === 'string' ? foldUrl(fieldsOf(b).url as string) : undefined;
  if (ua && ua === ub && !SHARED_HOSTS.has(ua) && !crowded.has(ua)) return `same homepage as [[${a.name}]] (${fieldsOf(a).url})`;
  if (acronymPlural(a.name, b.name)) return `singular and plural of one name`;
  const near = typoPair(a.name, b.name);
  if (near === 'plural') return `singular and plural of one name`;
  if (near === 'typo') return `name one typo away from [[${a.name}]]`;
  return undefined;
}

const mentions = (p: VaultPage): number => (typeof fieldsOf(p).mentions === 'number' ? (fieldsOf(p).mentions as number) : 0);

/** Every way the word could be a plural, so that a word and its plural share a key. */
const singulars = (w: string): string[] => [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y')];

/** The word with one letter left out, every way: two words one edit apart share one of these. */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * What a page is matched on besides its name's tokens: folded name, aliases and the name without a
 * company suffix or release number; homepage; acronym (run together when written in groups); initials.
 */
type NameKeys = [string[], string | null, string | null, string | null];

/** The keys of one page, kept between runs (a homepage is parsed as a URL, every name folded). */
function nameKeys(p: VaultPage): NameKeys {
  const url = typeof fieldsOf(p).url === 'string' ? foldUrl(fieldsOf(p).url as string) : undefined;
  const shorter = [withoutSuffix(p.name), withoutRelease(p.name), withoutDomain(p.name)].filter((n): n is string => !!n).map(foldName);
  return [
    [...new Set([foldName(p.name), ...p.aliases.map(foldName), ...shorter])],
    url ?? null,
    isAcronym(p.name) ? p.name.replace(/s$/, '') : spacedAcronym(p.name),
    p.name.split(/\s+/).length >= 2 ? initials(p.name) : null,
  ];
}

const isKeys = (k: unknown): k is NameKeys =>
  Array.isArray(k) && k.length === 4 && Array.isArray(k[0]) && k[0].every((x) => typeof x === 'string') && k.slice(1).every((x) => x === null || typeof x === 'string');

function keysOf(p: VaultPage): NameKeys {
  const k = pageResult(p, 'duplicate', nameKeys);
  if (isKeys(k)) return k;
  const fresh = nameKeys(p);
  setPageResult(p, 'duplicate', fresh);
  return fresh;
}

/**
 * Candidate pairs (indexes into `pages`) that share a key some rule could match on. Each key is
 * narrow (a folded name, a homepage, one token with a letter left out), so the work grows with
 * the number of pages, not with its square.
 */
function candidatePairs(pages: VaultPage[], crowded: ReadonlySet<string>): Array<[number, number]> {
  const buckets = new Map<string, number[]>();
  const put = (key: string, i: number): void => {
    const list = buckets.get(key);
    if (!list) buckets.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  const acronyms = new Map<string, number[]>();
  const spelled = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  // Two names pair on a token (typo or plural) only when every other token is the same: names are
  // first grouped by the tokens around each one, and the token's variants are spelled out only in
  // the few groups that hold more than one name, instead of for every token of every name.
  const contexts = new Map<string, Array<{ i: number; token: string; single: boolean }>>();
  pages.forEach((p, i) => {
    const [names, url, acronym, spelledAs] = keysOf(p);
    for (const n of names) put(`n:${n}`, i);
    if (url && !crowded.has(url)) put(`u:${url}`, i);
    if (acronym !== null) add(acronyms, acronym, i);
    if (spelledAs !== null) add(spelled, spelledAs, i);
    const tokens = p.name.toLowerCase().split(/[\s-]+/);
    tokens.forEach((t, k) => {
      const key = `${tokens.length}:${k}:${tokens.slice(0, k).join(' ')}\u0000${tokens.slice(k + 1).join(' ')}`;
      const entry = { i, token: t, single: tokens.length === 1 };
      const list = contexts.get(key);
      if (list) list.push(entry);
      else contexts.set(key, [entry]);
    });
  });
  // Within one group, names pair when the differing tokens share a variant.
  const groups: Array<Map<string, number[]>> = [];
  for (const members of contexts.values()) {
    if (members.length < 2) continue;
    const byVariant = new Map<string, number[]>();
    for (const { i, token: t, single } of members) {
      // One name of one word pairs with another only as its plural (typoPair): no letter left out.
      const variants = new Set([...singulars(t), ...(t.length >= 5 && !single ? deletions(t) : [])]);
      for (const v of variants) {
        const list = byVariant.get(v);
        if (!list) byVariant.set(v, [i]);
        else if (!list.includes(i)) list.push(i);
      }
    }
    groups.push(byVariant);
  }
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  const pair = (a: number, b: number): void => {
    if (a === b) return;
    const [i, j] = a < b ? [a, b] : [b, a];
    const key = `${i}|${j}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push([i, j]);
  };
  for (const list of buckets.values()) for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pair(list[x], list[y]);
  for (const byVariant of groups) for (const list of byVariant.values()) for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pair(list[x], list[y]);
  for (const [key, short] of acronyms) for (const a of short) for (const b of spelled.get(key) ?? []) pair(a, b);
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

export const duplicate: Check = {
  meta: { id: 'duplicate', description: 'two pages for one thing (name, alias, acronym, homepage, company suffix, release, near-identical names)', severity: 'warning', fixable: false },
  check(ctx) {
    const pages = ctx.vault.pages.filter(isEntityPage);
    const sharing = new Map<string, number>();
    for (const p of pages) {
      const url = keysOf(p)[1];
      if (url) sharing.set(url, (sharing.get(url) ?? 0) + 1);
    }
    const crowded = new Set([...sharing].filter(([, n]) => n > MAX_NAMES_PER_URL).map(([u]) => u));
    const out: MaintainFinding[] = [];
    for (const [i, j] of candidatePairs(pages, crowded)) {
      // Report on the lesser page (fewer mentions, then later path): it is the one to merge away.
      let [keep, dup] = mentions(pages[i]) > mentions(pages[j]) || (mentions(pages[i]) === mentions(pages[j]) && compareStrings(pages[i].path, pages[j].path) < 0) ? [pages[i], pages[j]] : [pages[j], pages[i]];
      const r = reason(keep, dup, crowded);
      if (!r) continue;
      if (r.swap) [keep, dup] = [dup, keep];
      // One file name in two folders: `[[Name]]` then opens only one of them in Obsidian, whatever the links meant.
      const sameFile = dup.name.toLowerCase() === keep.name.toLowerCase();
      out.push({
        check: 'duplicate',
        severity: sameFile ? 'error' : 'warning',
        page: dup.path,
        line: 1,
        message: sameFile
          ? `[[${dup.name}]] is ambiguous: ${dup.path} and ${keep.path} have one file name, and Obsidian opens only one of them for the link (rename or merge one)`
          : `[[${dup.name}]] may duplicate [[${keep.name}]]: ${r.why}`,
        evidence: [`${dup.path} (${dup.type}, ${mentions(dup)} mentions)`, `${keep.path} (${keep.type}, ${mentions(keep)} mentions)`],
      });
    }
    return out;
  },
};
