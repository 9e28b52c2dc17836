// Names that several posts mention, found by a strong structural signal in at least one of them
// (a link's anchor text, a bold lead-in, a definition with its acronym), that have no page or alias.
import { foldName, isSourcePage } from '../page-info.js';
import { rawIdOf } from './stale.js';
import { maskCode } from '../../wiki/links.js';
import { NameIndex, nameRuns } from '../name-index.js';
import { pageResult } from '../analysis.js';
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


export const missingPage: Check = {
  meta: { id: 'missing-page', description: 'names mentioned in several posts that have no page', severity: 'info', fixable: false },
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
    const postsOf = new Map<string, RawPost[]>();
    for (const post of posts) {
      for (const name of new Set(index.find(of(post).runs.join(', ')).map((m) => m.name))) {
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
