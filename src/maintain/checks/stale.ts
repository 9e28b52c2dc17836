// Pages that outlived their posts, and posts the last compile has not seen.
// A stale page is removed by --fix only when the compiler made it, it is unchanged since, and it holds
// no author notes; without a readable raw/ directory this check stays quiet rather than guess.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { VaultFile, VaultPage } from '../../wiki/vault.js';
import { isPage } from '../../wiki/vault.js';
import { AGENTS_FILE, LOG_FILE } from '../../wiki/schema.js';
import { frontmatterLine, isEntityPage, isSourcePage, notesText } from '../page-info.js';
import type { Check, CheckContext, MaintainFinding } from '../types.js';
import { linkedFrom } from '../link-index.js';
import { fieldsOf } from '../page-summary.js';

/** The raw post id a source page was compiled from (`raw` field: id, file name or path). */
export function rawIdOf(page: VaultPage): string | undefined {
  const r = fieldsOf(page).raw;
  if (typeof r !== 'string' || r.trim() === '') return undefined;
  return path.posix.basename(r.trim().replace(/\\/g, '/')).replace(/\.md$/i, '');
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Pages other pages link to (index.md excepted: its fix drops the entry). Removing one of them would break links. */
const linkedPages = (ctx: CheckContext): Set<string> => linkedFrom(ctx.vault, [LOG_FILE, AGENTS_FILE]);

/**
 * Removed by --fix only when unchanged since compile wrote it, free of author notes, and linked from nowhere.
 * Else why not, for the finding: the author who runs --fix should not have to guess.
 */
function notRemovable(ctx: CheckContext, page: VaultPage, linked: Set<string>): string | undefined {
  const recorded = ctx.manifest?.pages[page.path];
  if (recorded === undefined || recorded !== sha256(page.text)) return 'changed since compile wrote it';
  if (notesText(page) !== '') return 'it holds notes';
  if (linked.has(page.path)) return 'other pages link to it';
  return undefined;
}

/** A stale page compile made: removed by --fix when that is safe, else the finding says why not. */
function offerRemoval(ctx: CheckContext, page: VaultPage, linked: Set<string>, f: MaintainFinding): void {
  const why = notRemovable(ctx, page, linked);
  if (why) f.message += ` (--fix leaves it: ${why})`;
  else {
    f.fix = 'remove the page';
    f.action = { kind: 'delete', page: page.path };
  }
}

/** Each `sources` entry as the post page it names (`[[Page]]`, `[[Page|label]]`, a page name or a raw id). */
type SourceEntry = { entry: string; post?: VaultPage; rawId?: string };

/** The page's `sources` entries in order, up to the first `enough` holds for (all of them when it holds for none). */
function sourceEntries(ctx: CheckContext, page: VaultPage, byRawId: Map<string, VaultPage>, memo: Map<string, SourceEntry>, enough?: (e: SourceEntry) => boolean): SourceEntry[] {
  // An entry reads the same from every page of one folder; entity pages cite the same posts over and over.
  const dir = page.path.includes('/') ? page.path.slice(0, page.path.lastIndexOf('/')) : '';
  const sources = fieldsOf(page).sources;
  const list: unknown[] = Array.isArray(sources) ? sources : [];
  const out: SourceEntry[] = [];
  for (const entry of list) {
    if (out.length > 0 && enough?.(out[out.length - 1])) break;
    if (typeof entry !== 'string') continue;
    const k = `${dir}\u0000${entry}`;
    let e = memo.get(k);
    if (!e) {
      const inner = entry.replace(/^\[\[|\]\]$/g, '').split('|')[0].split('#')[0].trim();
      const file: VaultFile | undefined = ctx.vault.resolver.resolve(inner, page.path);
      const post = isPage(file) ? file : byRawId.get(path.posix.basename(inner).replace(/\.md$/i, ''));
      e = { entry, post, rawId: post ? rawIdOf(post) : path.posix.basename(inner).replace(/\.md$/i, '') };
      memo.set(k, e);
    }
    out.push(e);
  }
  return out;
}

export const stale: Check = {
  meta: { id: 'stale', description: 'pages whose posts are gone, posts changed since the last compile', severity: 'warning', fixable: true, readsPosts: true },
  check(ctx) {
    if (!ctx.raw) return [];
    const rawIds = new Set(ctx.raw.map((r) => r.id));
    const linked = linkedPages(ctx);
    const out: MaintainFinding[] = [];
    const posts = ctx.vault.pages.filter(isSourcePage);
    const byRawId = new Map<string, VaultPage>();
    const gonePosts = new Set<string>();
    for (const p of posts) {
      const id = rawIdOf(p);
      if (!id) continue;
      byRawId.set(id, p);
      if (rawIds.has(id)) continue;
      gonePosts.add(p.path);
      // A page compile no longer makes (kept for the author's notes) is the author's to delete.
      const next = ctx.generated(p) ? 'run wikic compile' : 'kept for its notes; delete it when they are no longer needed';
      const f: MaintainFinding = { check: 'stale', severity: 'warning', page: p.path, line: frontmatterLine(p, 'raw'), message: `its post ${id}.md is no longer in raw/; ${next}` };
      if (ctx.generated(p)) offerRemoval(ctx, p, linked, f);
      out.push(f);
    }
    const resolved = new Map<string, SourceEntry>();
    // rawId is rawIdOf(post) for an entry that names a post page.
    const isAlive = (e: SourceEntry): boolean => (e.post ? !gonePosts.has(e.post.path) && (e.rawId === undefined || rawIds.has(e.rawId)) : e.rawId !== undefined && rawIds.has(e.rawId));
    for (const p of ctx.vault.pages.filter(isEntityPage)) {
      // One post still there is enough: a page citing thousands is not read past its first.
      const entries = sourceEntries(ctx, p, byRawId, resolved, isAlive);
      if (entries.length === 0 || entries.some(isAlive)) continue;
      const f: MaintainFinding = { check: 'stale', severity: 'warning', page: p.path, line: frontmatterLine(p, 'sources'), message: `every post it cites is gone (${entries.map((e) => e.entry).join(', ')}); run wikic compile` };
      if (ctx.generated(p)) offerRemoval(ctx, p, linked, f);
      out.push(f);
    }
    // thresholds.staleDays: entity pages no post has mentioned for that many days before the newest
    // post (the newest post, not the clock, so the report is the same whenever it runs).
    const days = ctx.config.thresholds.staleDays;
    const newest = ctx.raw.map((r) => r.date ?? '').sort().pop();
    if (days > 0 && newest) {
      const cutoff = new Date(Date.parse(`${newest}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
      for (const p of ctx.vault.pages.filter(isEntityPage)) {
        const last = fieldsOf(p).last_seen;
        if (typeof last !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(last) || last.slice(0, 10) >= cutoff) continue;
        if (out.some((f) => f.page === p.path)) continue;
        out.push({ check: 'stale', severity: 'info', page: p.path, line: frontmatterLine(p, 'last_seen'), message: `no post has mentioned it since ${last.slice(0, 10)}, over ${days} days before the newest post (${newest})` });
      }
    }
    if (ctx.manifest) {
      for (const r of ctx.raw) {
        const seen = ctx.manifest.raw[r.id];
        if (seen === r.hash) continue;
        out.push({
          check: 'stale',
          severity: 'warning',
          page: `${ctx.rawFromWiki}/${r.file}`,
          message: seen === undefined ? 'post not compiled yet; run wikic compile' : 'post changed since the last compile; run wikic compile',
        });
      }
    }
    return out;
  },
};
