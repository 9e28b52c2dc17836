// Names that several posts mention, found by a strong structural signal in at least one of them
// (a link's anchor text, a bold lead-in, a definition with its acronym), that have no page or alias.
import { foldName, isSourcePage } from '../page-info.js';
import { rawIdOf } from './stale.js';
import { maskCode } from '../../wiki/links.js';
import { keysOccurIn, NameIndex, nameRuns } from '../name-index.js';
import { pageResult, pageResults, setPageResult } from '../analysis.js';
import type { Check, CheckContext, MaintainFinding, RawPost } from '../types.js';

export const MISSING_PAGE_POSTS = 3;

const NAME = /^[A-Z0-9][\w.+&'’-]*(?:\s+(?:[A-Z0-9][\w.+&'’-]*|of|for|and|&|de|la|the))*$/;
const WEAK_START = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Our', 'My', 'How', 'Why', 'What', 'When', 'Read', 'See', 'Here', 'Introducing', 'Announcing']);

function plausibleName(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 60 || !NAME.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 5 || WEAK_START.has(words[0])) return false;
  if (/^\d+$/.test(t.replace(/\W/g, ''))) return false;
  return true;
}

/** A word a name can hold (NAME's words). */
const NAME_WORD = /^(?:[A-Z0-9][\w.+&'’-]*|of|for|and|&|de|la|the)$/;

/** Candidate names a post offers by its structure. */
export function strongNames(body: string): string[] {
  return strongNamesIn(maskCode(body));
}

/** What this check needs of one post: its candidate names and the runs of words any candidate could match. */
interface PostNames {
  strong: string[];
  runs: string[];
}

function postNames(post: RawPost): PostNames {
  const text = maskCode(post.body);
  return { strong: strongNamesIn(text), runs: nameRuns(text, (w) => NAME_WORD.test(w)) };
}

function strongNamesIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\[([^\]\n]{2,60})\]\(https?:[^)\s]+\)/g)) names.add(m[1].replace(/\*\*|__/g, '').trim());
  for (const m of text.matchAll(/^\s*(?:[-*+]\s+|\d+[.)]\s+)?\*\*([^*\n]{2,60}?)[.:]?\*\*[.:]?\s/gm)) names.add(m[1].trim());
  for (const m of text.matchAll(/\b((?:[A-Z][\w-]*\s+){1,5}[A-Z][\w-]*)\s+\(([A-Z][A-Za-z0-9]{1,7})\)/g)) {
    const words = m[1].trim().split(/\s+/);
    while (words.length > 1 && WEAK_START.has(words[0])) words.shift();
    names.add(words.join(' '));
    names.add(m[2].trim());
  }
  return [...names].filter(plausibleName);
}


/** Per post: the candidate names found in it, kept between runs. */
const FOUND = 'missing-page:found';

/**
 * Whether the names a post's runs gave last run still stand with this run's index: all of them
 * when the index is the one they were found with; none when there was no last run or the index
 * changed a lot; else those of posts that hold none of the names added or removed since (the
 * search is longest match first, so a name that occurs nowhere in a text changes nothing in it).
 */
function foundStands(ctx: CheckContext, index: NameIndex): (found: string[], runs: string[]) => boolean {
  const now = index.entries();
  const before = pageResults(ctx.vault)[FOUND];
  const same = Array.isArray(before) && before.length === now.length && before.every((e, i) => e === now[i]);
  if (!same) setPageResult(ctx.vault, FOUND, now);
  if (!Array.isArray(before)) return () => false;
  if (same) return () => true;
  const was = new Set(before as string[]);
  const is = new Set(now);
  // An entry is `key\u0000name`: the key is what the text holds, the name what the search reports.
  const changed = new Set<string>();
  const changedNames = new Set<string>();
  const note = (e: string): void => {
    const nul = e.indexOf('\u0000');
    changed.add(e.slice(0, nul));
    changedNames.add(e.slice(nul + 1));
  };
  for (const e of now) if (!was.has(e)) note(e);
  for (const e of before as unknown[]) if (typeof e !== 'string' || !e.includes('\u0000')) return () => false;
  for (const e of before as string[]) if (!is.has(e)) note(e);
  if (changed.size === 0) return () => true;
  if (changed.size > 5000) return () => false;
  const occurs = keysOccurIn(changed);
  return (found, runs) => !found.some((n) => changedNames.has(n)) && !runs.some((r) => occurs.test(r));
}

export const missingPage: Check = {
  meta: { id: 'missing-page', description: 'names mentioned in several posts that have no page', severity: 'info', fixable: false, readsPosts: true },
  check(ctx: CheckContext) {
    if (!ctx.raw || ctx.raw.length === 0) return [];
    const known = new Set<string>();
    for (const p of ctx.vault.pages) {
      known.add(foldName(p.name));
      for (const a of p.aliases) known.add(foldName(a));
    }
    for (const n of ctx.config.entities.ignore) known.add(foldName(n));
    const candidates = new Set<string>();
    const of = (post: RawPost): PostNames => pageResult(post, 'missing-page', postNames);
    for (const post of ctx.raw) for (const n of of(post).strong) if (!known.has(foldName(n))) candidates.add(n);
    const byRawId = new Map(ctx.vault.pages.filter(isSourcePage).map((p) => [rawIdOf(p), p]));
    const posts = [...ctx.raw].sort((a, b) => ((a.date ?? '') + a.id < (b.date ?? '') + b.id ? -1 : 1));
    // Which posts mention each candidate, in one pass over every post.
    const index = new NameIndex(candidates, true);
    const stands = foundStands(ctx, index);
    const postsOf = new Map<string, RawPost[]>();
    for (const post of posts) {
      const kept = pageResults(post)[FOUND] as string[] | undefined;
      let found: string[];
      if (Array.isArray(kept) && kept.every((n) => typeof n === 'string') && stands(kept, of(post).runs)) found = kept;
      else {
        found = [...new Set(index.find(of(post).runs.join(', ')).map((m) => m.name))];
        if (!Array.isArray(kept) || kept.length !== found.length || kept.some((n, i) => n !== found[i])) setPageResult(post, FOUND, found);
      }
      for (const name of found) {
        const list = postsOf.get(name);
        if (list) list.push(post);
        else postsOf.set(name, [post]);
      }
    }
    const out: MaintainFinding[] = [];
    const reported = new Set<string>();
    for (const name of [...candidates].sort()) {
      if (reported.has(foldName(name))) continue;
      const inPosts = postsOf.get(name) ?? [];
      if (inPosts.length < MISSING_PAGE_POSTS) continue;
      reported.add(foldName(name));
      const first = inPosts[0];
      const page = byRawId.get(first.id);
      const line = page ? page.text.split('\n').findIndex((l) => l.includes(name)) + 1 : 0;
      out.push({
        check: 'missing-page',
        severity: 'info',
        page: page ? page.path : `${ctx.rawFromWiki}/${first.file}`,
        line: line > 0 ? line : undefined,
        message: `"${name}" is mentioned in ${inPosts.length} posts but has no page`,
        evidence: inPosts.map((p) => p.id),
      });
    }
    return out;
  },
};
