// One entity, one attribute, one time, two values: quote both sentences and both posts.
// Values for different times are a timeline, not a contradiction (see ../facts.ts).
import { createHash } from 'node:crypto';
import { isPage, type VaultPage } from '../../wiki/vault.js';
import { attributeLabel, disagree, extractClaims, mayHoldClaims, partMayHoldHint, timeLabel, type Claim } from '../facts.js';
import { pageResults, previousResults, setPageResult, touchResults } from '../analysis.js';
import { isEntityPage, isSourcePage, pageLines, sectionLines } from '../page-info.js';
import { rawIdOf } from './stale.js';
import type { Check, CheckContext, MaintainFinding } from '../types.js';
import { keysOccurIn, NameIndex } from '../name-index.js';
import { fieldsOf } from '../page-summary.js';

export interface FactLine {
  line: number;
  sentence: string;
  post: string;
  docId: string;
  date?: string;
  claims: Claim[];
}


interface LineSource {
  post: string;
  docId: string;
  date?: string;
}

function sourceOf(file: VaultPage): LineSource {
  return {
    post: file.name,
    docId: rawIdOf(file) ?? file.name,
    date: typeof fieldsOf(file).published === 'string' ? (fieldsOf(file).published as string).slice(0, 10) : undefined,
  };
}

/**
 * Where a link target written in a folder leads, as one string: the file's path, and for a post page
 * a hash of its path and what a fact line takes from it. Equal strings mean equal fact lines for
 * any page in that folder.
 */
interface Outcome {
  key: string;
  path?: string;
  source?: LineSource;
}

const outcomes = new WeakMap<object, Map<string, Outcome>>();

/** Stands for "any folder" in the table: most targets (post titles) lead to one page from everywhere. */
const ANY_FOLDER = '\u0001';

/** `folder\0target`, or `ANY_FOLDER\0target` when the folder makes no difference. */
const tableKey = (ctx: CheckContext, dir: string, target: string): string =>
  `${ctx.vault.resolver.folderMatters({ target, format: 'wiki' }) ? dir : ANY_FOLDER}\u0000${target}`;
const dirOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

function outcomeOf(ctx: CheckContext, from: string, target: string): Outcome {
  let memo = outcomes.get(ctx.vault);
  if (!memo) {
    memo = new Map();
    outcomes.set(ctx.vault, memo);
  }
  const k = tableKey(ctx, dirOf(from), target);
  let o = memo.get(k);
  if (!o) {
    const file = ctx.vault.resolver.resolve(target, from);
    if (isPage(file) && isSourcePage(file)) {
      const source = sourceOf(file);
      o = { key: createHash('sha256').update(`${file.path}\u0000${JSON.stringify([source.post, source.docId, source.date ?? null])}`).digest('base64').slice(0, 22), path: file.path, source };
    } else o = { key: isPage(file) ? file.path : '', path: isPage(file) ? file.path : undefined };
    memo.set(k, o);
  }
  return o;
}

/**
 * The outcome of every link target the cached fact lines were read with, kept for the whole vault
 * (a few thousand post titles, not a list per page). When any of them now leads elsewhere, every
 * cached page's lines are read again under a new epoch.
 */
interface TargetTable {
  epoch: string;
  /** `folder\0target` -> Outcome.key */
  outcomes: Record<string, string>;
}

function targetTable(ctx: CheckContext): TargetTable {
  const shared = pageResults(ctx.vault);
  const t = shared.contradiction as TargetTable | undefined;
  if (t && typeof t.epoch === 'string' && t.outcomes && typeof t.outcomes === 'object') {
    const still = Object.entries(t.outcomes).every(([k, key]) => {
      const nul = k.indexOf('\u0000');
      const dir = k.slice(0, nul);
      const target = k.slice(nul + 1);
      // A target kept for every folder must still lead to one place from all of them.
      if (dir === ANY_FOLDER && ctx.vault.resolver.folderMatters({ target, format: 'wiki' })) return false;
      return outcomeOf(ctx, dir && dir !== ANY_FOLDER ? `${dir}/_` : '_', target).key === key;
    });
    if (still) return t;
  }
  const fresh: TargetTable = { epoch: `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`, outcomes: {} };
  setPageResult(ctx.vault, 'contradiction', fresh);
  return fresh;
}

/**
 * A fact line as the page's text and its links make it, before names are looked for: the sentence
 * as plain text, its post and date, and the spans of links to other pages in the sentence.
 */
export interface FactCandidate {
  line: number;
  sentence: string;
  post: string;
  docId: string;
  date?: string;
  /** [start, end] of each link to another page, flattened. */
  links: number[];
  /** The places of the names found in the sentence when `claims` were read, and those claims. */
  at?: string;
  claims?: Claim[];
  /** The name index entries found in the sentence (see NameIndex.entries). */
  found?: string[];
}

/** A page's fact candidates, read in the epoch of the vault's target table. */
interface PageFacts {
  epoch: string;
  lines: FactCandidate[];
  /** The page's own names (name and aliases) the lines were read with. */
  own?: string;
}

/**
 * `s` without the ending `re` matches, where `re` ends in one of the characters `ends` then `\s*$`:
 * a string whose last non-space character is none of them is returned as is without running `re`
 * (a pattern anchored at the end tries every position of a long line).
 */
function dropEnd(s: string, ends: string, re: RegExp): string {
  let i = s.length - 1;
  while (i >= 0 && /\s/.test(s[i])) i--;
  return i >= 0 && ends.includes(s[i]) ? s.replace(re, '') : s;
}

/**
 * Reads one `## Facts` or `## Mentions` line: the sentence as plain text, its post and date (from a
 * link to a post page in the line, else from `from`, the post heading it sits under), and the links
 * to other pages in it. Undefined when the line holds no sentence with a number.
 */
function readFactLine(page: VaultPage, lineNo: number, raw: string, outcome: (target: string) => Outcome, from?: LineSource): FactCandidate | undefined {
  // The sentence is made of the line's characters, so a line without a digit has no sentence with one.
  if (!/\d/.test(raw)) return undefined;
  let text = raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
  if (text === raw && !/\w/.test(text)) return undefined;
  let post = '';
  let docId = '';
  let date: string | undefined;
  const others: Array<{ start: number; end: number }> = [];
  // Replace links by their text; links to post pages are the citation and leave the sentence.
  let plain = '';
  let last = 0;
  for (const m of text.matchAll(/!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g)) {
    plain += text.slice(last, m.index);
    last = m.index! + m[0].length;
    const o = outcome(m[1]);
    if (o.source) {
      post ||= o.source.post;
      docId ||= o.source.docId;
      date ??= o.source.date;
      continue;
    }
    const shown = m[2] ?? m[1];
    if (o.path !== page.path) others.push({ start: plain.length, end: plain.length + shown.length });
    plain += shown;
  }
  plain += text.slice(last);
  text = plain;
  // `**2026-02-10**:`, and a month or a year alone in bold (`**2024-06**:`, `**2023**:`, the date a fact states).
  const lead = /^\s*(?:\**\s*(\d{4}-\d{2}(?:-\d{2})?)|\*\*(\d{4})(?=\*\*))\s*\**\s*[:—–-]*\s*/.exec(text);
  if (lead) {
    date ??= lead[1] ?? lead[2];
    const cut = lead[0].length;
    text = text.slice(cut);
    for (const o of others) {
      o.start -= cut;
      o.end -= cut;
    }
  }
  const head = /^[\s"“]*/.exec(text)![0].length;
  for (const o of others) {
    o.start -= head;
    o.end -= head;
  }
  const sentence = dropEnd(dropEnd(dropEnd(text.slice(head), ')]', /\s*[([]\s*[)\]]\s*$/), '—–-', /\s*[—–-]\s*$/), '"”', /["”]\s*$/).trimEnd();
  if (!/\d/.test(sentence)) return undefined;
  if (!docId && from) {
    post = from.post;
    docId = from.docId;
    date ??= from.date;
  }
  const id = docId || `line ${lineNo}`;
  const c: FactCandidate = { line: lineNo, sentence, post: post || '(no post linked)', docId: id, links: others.flatMap((o) => [o.start, o.end]) };
  if (date !== undefined) c.date = date;
  return c;
}

/**
 * True for a line without links no part of which holds the hints a claim needs. Its sentence is such
 * a part (the line without its bullet, date and closing marks), so mayHoldClaims would leave it out,
 * and any other line with the same sentence too: skipping its dedup entry changes nothing.
 */
const cannotHoldClaims = (raw: string): boolean => !raw.includes('[[') && !partMayHoldHint(raw);

/**
 * The lines of a page's `## Facts`, then of its `## Mentions` sentences (under a heading per post)
 * that the facts do not already hold, that may make a claim; in page order.
 */
function pageFacts(ctx: CheckContext, page: VaultPage, table: TargetTable): PageFacts {
  const dir = dirOf(page.path);
  // A large page cites the same posts on line after line: each target is looked up once per page.
  const seenTargets = new Map<string, Outcome>();
  const outcome = (target: string): Outcome => {
    let o = seenTargets.get(target);
    if (o) return o;
    o = outcomeOf(ctx, page.path, target);
    const k = tableKey(ctx, dir, target);
    if (table.outcomes[k] !== o.key) {
      table.outcomes[k] = o.key;
      setPageResult(ctx.vault, 'contradiction', table);
    }
    seenTargets.set(target, o);
    return o;
  };
  const lines = pageLines(page);
  const out: FactCandidate[] = [];
  const seen = new Set<string>();
  const keep = (f: FactCandidate): void => {
    if (mayHoldClaims(f.sentence)) out.push(f);
  };
  const facts_ = sectionLines(page, 'Facts');
  if (facts_) {
    for (let l = facts_[0]; l <= facts_[1]; l++) {
      if (cannotHoldClaims(lines[l - 1] ?? '')) continue;
      const f = readFactLine(page, l, lines[l - 1] ?? '', outcome);
      if (!f) continue;
      seen.add(`${f.docId}\u0000${f.sentence}`);
      keep(f);
    }
  }
  const mentions = sectionLines(page, 'Mentions');
  if (mentions) {
    let from: LineSource | undefined;
    for (let l = mentions[0]; l <= mentions[1]; l++) {
      const text = lines[l - 1] ?? '';
      if (/^#{3,6}\s/.test(text)) {
        const link = /\[\[([^\]|#]*)/.exec(text);
        from = link ? outcome(link[1]).source : undefined;
        continue;
      }
      if (!/^\s*[-*+]\s/.test(text)) continue;
      if (cannotHoldClaims(text)) continue;
      const f = readFactLine(page, l, text, outcome, from);
      if (!f || seen.has(`${f.docId}\u0000${f.sentence}`)) continue;
      seen.add(`${f.docId}\u0000${f.sentence}`);
      keep(f);
    }
  }
  return { epoch: table.epoch, lines: out, own: JSON.stringify([page.name, ...page.aliases]) };
}

/** What the claims of a line depend on besides where the names are in it. */
const lineKey = (c: FactCandidate): string => `${c.docId}\u0000${c.date ?? '\u0001'}\u0000${c.links.join(',')}\u0000${c.sentence}`;

/** The page's fact candidates: kept from the last run while the vault's link targets lead where they did. */
function candidatesOf(ctx: CheckContext, page: VaultPage, table: TargetTable): FactCandidate[] {
  const kept = pageResults(page).contradiction as PageFacts | undefined;
  if (kept && kept.epoch === table.epoch && Array.isArray(kept.lines)) return kept.lines;
  const fresh = pageFacts(ctx, page, table);
  // Lines this page held before (an earlier version of it, or an earlier epoch) keep their claims:
  // claimsOf still looks for the names and reads the claims again if they moved.
  const before = kept ?? (previousResults(page)?.contradiction as PageFacts | undefined);
  if (before && Array.isArray(before.lines)) {
    const known = new Map<string, FactCandidate>();
    for (const c of before.lines) if (c && typeof c.at === 'string') known.set(lineKey(c), c);
    // The names found in a line stand when the page's own names are the ones it had; else they are
    // looked for again (what is the page's own decides which mentions are about it).
    const sameOwn = before.own === fresh.own;
    for (const c of fresh.lines) {
      const old = known.get(lineKey(c));
      if (old) {
        c.at = old.at;
        c.claims = old.claims;
        if (sameOwn && Array.isArray(old.found)) c.found = old.found;
      }
    }
  }
  setPageResult(page, 'contradiction', fresh);
  return fresh.lines;
}

/**
 * Which fact lines would find the names they found last run: none when there was no last run; all
 * when the name index is the same; else those whose found names are all still there and whose
 * sentence holds none of the names added or changed since (a name that occurs nowhere in a sentence
 * cannot change what the search finds in it).
 */
function sameNames(ctx: CheckContext, names: NameIndex): (c: FactCandidate) => boolean {
  const shared = pageResults(ctx.vault);
  const now = names.entries();
  const before = shared.contradictionNames;
  const same = Array.isArray(before) && before.length === now.length && before.every((e, i) => e === now[i]);
  if (!same) setPageResult(ctx.vault, 'contradictionNames', now);
  if (!Array.isArray(before)) return () => false;
  if (same) return (c) => Array.isArray(c.found);
  const keyOf = (e: string): string => e.slice(0, e.indexOf('\u0000'));
  const was = new Set(before as string[]);
  const is = new Set(now);
  const changed = new Set<string>();
  for (const e of now) if (!was.has(e)) changed.add(keyOf(e));
  for (const e of before as string[]) if (!is.has(e)) changed.add(keyOf(e));
  if (changed.size === 0) return (c) => Array.isArray(c.found);
  if (changed.size > 5000) return () => false;
  const occurs = keysOccurIn(changed);
  return (c) => Array.isArray(c.found) && !c.found.some((k) => changed.has(k)) && !occurs.test(c.sentence);
}

/** A fact line's claims about the page's entity, found with every name of the vault. */
function claimsOf(page: VaultPage, c: FactCandidate, own: Set<string>, names: NameIndex, unchanged: (c: FactCandidate) => boolean): FactLine {
  if (typeof c.at === 'string' && Array.isArray(c.claims) && unchanged(c)) {
    return { line: c.line, sentence: c.sentence, post: c.post, docId: c.docId, date: c.date, claims: c.claims };
  }
  const found: string[] = [];
  const others: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < c.links.length; i += 2) others.push({ start: c.links[i], end: c.links[i + 1] });
  // One pass over the sentence with every name: the page's own names are the self mentions.
  const self: Array<{ start: number; end: number }> = [];
  for (const o of names.find(c.sentence)) {
    found.push(o.key);
    if (own.has(o.name)) self.push(o);
    else if (!others.some((x) => o.start < x.end && o.end > x.start)) others.push(o);
  }
  // The claims depend on the sentence (fixed) and where the names are in it: the same places as last
  // run give the same claims.
  const at = `${self.map((x) => `${x.start}-${x.end}`).join(',')}|${others.map((x) => `${x.start}-${x.end}`).join(',')}`;
  if (c.at !== at || !Array.isArray(c.claims)) {
    // Every claim is about the entity itself: without a mention of it there is none.
    c.claims = self.length === 0 ? [] : extractClaims({ sentence: c.sentence, self, others, docId: c.docId, postDate: c.date });
    // JSON cannot keep a value too large to be finite: such claims are read again each run.
    if (c.claims.every((x) => typeof x.value !== 'number' || Number.isFinite(x.value))) c.at = at;
    else delete c.at;
    touchResults(page);
  }
  if (!Array.isArray(c.found) || c.found.length !== found.length || c.found.some((k, i) => k !== found[i])) {
    c.found = found;
    touchResults(page);
  }
  return { line: c.line, sentence: c.sentence, post: c.post, docId: c.docId, date: c.date, claims: c.claims };
}

/** The claims of a page's fact lines; lines without claims are left out. */
export function factLines(ctx: CheckContext, page: VaultPage, names: NameIndex, table = targetTable(ctx), unchanged: (c: FactCandidate) => boolean = () => false): FactLine[] {
  const own = new Set([page.name, ...page.aliases]);
  return candidatesOf(ctx, page, table)
    .map((c) => claimsOf(page, c, own, names, unchanged))
    .filter((f) => f.claims.length > 0);
}

/**
 * For each claim, the first earlier line whose first claim for the same attribute and time has
 * another value: one finding per attribute and time. Earlier lines are looked up by attribute and
 * time, so a page with thousands of fact lines does not compare every pair of them.
 */
function disagreements(page: VaultPage, facts: FactLine[]): MaintainFinding[] {
  const out: MaintainFinding[] = [];
  if (facts.length < 2) return out;
  const reported = new Set<string>();
  const slot = (c: Claim): string => `${c.attribute}\u0000${c.time}`;
  /** attribute and time -> indexes of the lines before this one holding a claim for them, ascending. */
  const earlier = new Map<string, number[]>();
  /** Per line: attribute and time -> its first claim for them. */
  const firstOf: Array<Map<string, Claim>> = [];
  for (let j = 0; j < facts.length; j++) {
    const claims = facts[j].claims;
    const first = new Map<string, Claim>();
    for (const c of claims) if (!first.has(slot(c))) first.set(slot(c), c);
    firstOf.push(first);
    const lines = new Set<number>();
    for (const k of first.keys()) for (const i of earlier.get(k) ?? []) lines.add(i);
    for (const i of [...lines].sort((x, y) => x - y)) {
      if (facts[i].sentence === facts[j].sentence) continue;
      for (const b of claims) {
        const key = `${b.attribute}|${b.time}`;
        if (reported.has(key)) continue;
        const a = firstOf[i].get(slot(b));
        if (!a || !disagree(a, b)) continue;
        reported.add(key);
        out.push({
          check: 'contradiction',
          severity: 'warning',
          page: page.path,
          line: facts[j].line,
          message: `${attributeLabel(b.attribute)}${timeLabel(b.time)}: ${a.shown} (line ${facts[i].line}) vs ${b.shown}`,
          evidence: [facts[i], facts[j]].map((f) => `"${f.sentence}" (${f.post}${f.date ? `, ${f.date}` : ''})`),
        });
      }
    }
    for (const k of first.keys()) {
      const list = earlier.get(k);
      if (list) list.push(j);
      else earlier.set(k, [j]);
    }
  }
  return out;
}

export const contradiction: Check = {
  meta: { id: 'contradiction', description: 'one entity, one attribute, one time, two different values', severity: 'warning', fixable: false },
  check(ctx) {
    const entities = ctx.vault.pages.filter((p) => isEntityPage(p) && p.type !== 'topic');
    const names = new NameIndex(entities.flatMap((p) => [p.name, ...p.aliases]));
    const table = targetTable(ctx);
    const unchanged = sameNames(ctx, names);
    const out: MaintainFinding[] = [];
    for (const page of entities) out.push(...disagreements(page, factLines(ctx, page, names, table, unchanged)));
    return out;
  },
};
