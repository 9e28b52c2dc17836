// index.md must list every page compile made (entity, topic and post pages; with no manifest, every page of the
// schema) exactly once, and nothing that is not on disk. An entry is a list item or table row; the page it lists is
// its first link.
import { isPage, type VaultPage } from '../../wiki/vault.js';
import { INDEX_FILE, SOURCES_FOLDER, folderOfType } from '../../wiki/schema.js';
import { compareStrings, foldName, isEntityPage, isSourcePage } from '../page-info.js';
import type { Check, CheckContext, MaintainFinding } from '../types.js';

const ENTRY = /^\s*([-*+]|\d+[.)]|\|)\s/;

interface Entry {
  line: number;
  target?: VaultPage;
  raw: string;
  /** The link's target text (`Name` of `[[Name|label]]`). */
  name: string;
  broken: boolean;
}

function entries(ctx: CheckContext, index: VaultPage): Entry[] {
  const out: Entry[] = [];
  const lines = index.text.split('\n');
  const seenLines = new Set<number>();
  for (const link of index.links) {
    if (seenLines.has(link.line) || !ENTRY.test(lines[link.line - 1] ?? '')) continue;
    seenLines.add(link.line);
    const res = ctx.vault.resolver.resolveLink(link, index.path);
    out.push({ line: link.line, target: isPage(res.file) ? res.file : undefined, raw: link.raw, name: link.target, broken: res.problem === 'no-file' });
  }
  return out;
}

const folderOf = (p: VaultPage): string => (isSourcePage(p) ? SOURCES_FOLDER : folderOfType(p.type) ?? p.folder);

/** The index with entries for missing pages dropped, repeats dropped, unlisted pages added under their group, counts updated. */
export function repairIndex(ctx: CheckContext, index: VaultPage, expected: VaultPage[]): string {
  const lines = index.text.split('\n');
  const drop = new Set<number>();
  const listed = new Set<string>();
  const all = entries(ctx, index);
  for (const e of all) if (!e.broken && e.target) listed.add(e.target.path);
  // An entry naming a page by a name that is now that page's alias (a rename or a merge) keeps its
  // place and description with the link pointing at the page.
  const byAlias = new Map<string, VaultPage[]>();
  for (const p of ctx.vault.pages.filter((x) => x !== index && (isEntityPage(x) || x.type === 'source'))) {
    for (const a of p.aliases) byAlias.set(foldName(a), [...(byAlias.get(foldName(a)) ?? []), p]);
  }
  const seen = new Set<string>();
  for (const e of all) {
    if (e.broken) {
      const owner = byAlias.get(foldName(e.name));
      if (owner && owner.length === 1 && !listed.has(owner[0].path)) {
        listed.add(owner[0].path);
        seen.add(owner[0].path);
        lines[e.line - 1] = lines[e.line - 1].replace(e.raw, `[[${ctx.vault.resolver.linkTarget(owner[0])}]]`);
      } else drop.add(e.line);
    } else if (e.target) {
      if (seen.has(e.target.path)) drop.add(e.line);
      seen.add(e.target.path);
    }
  }
  const missing = expected.filter((p) => !listed.has(p.path));
  const groups = new Map<string, VaultPage[]>();
  for (const p of missing) groups.set(folderOf(p), [...(groups.get(folderOf(p)) ?? []), p]);

  // Work on [line text, original line number] so dropped and inserted lines keep headings findable.
  const kept: string[] = lines.filter((_, i) => !drop.has(i + 1));
  const headingAt = (folder: string): number =>
    kept.findIndex((l) => /^#{2,6}\s/.test(l) && foldName(l.replace(/^#+\s*/, '')).startsWith(foldName(folder)));
  for (const [folder, pages] of [...groups.entries()].sort((a, b) => compareStrings(a[0], b[0]))) {
    const add = pages.map((p) => `- [[${ctx.vault.resolver.linkTarget(p)}]]`);
    let h = headingAt(folder);
    if (h < 0) {
      while (kept.length > 0 && kept[kept.length - 1].trim() === '') kept.pop();
      // Counted headings elsewhere get a count here too; the pass below fills it in.
      const counted = kept.some((l) => /^#{2,6}\s.*\(\d+\)\s*$/.test(l));
      kept.push('', `## ${folder[0].toUpperCase()}${folder.slice(1)}${counted ? ' (0)' : ''}`, '');
      h = kept.length - 2;
      kept.push(...add, '');
      continue;
    }
    let end = h + 1;
    let lastEntry = h;
    while (end < kept.length && !/^#{1,6}\s/.test(kept[end])) {
      if (ENTRY.test(kept[end])) lastEntry = end;
      end++;
    }
    const at = lastEntry === h ? h + 1 : lastEntry + 1;
    kept.splice(at, 0, ...(lastEntry === h ? ['', ...add] : add));
  }
  // Headings that carry a count, `## Companies (12)`, follow their list.
  for (let i = 0; i < kept.length; i++) {
    const m = /^(#{2,6}\s.*\()(\d+)(\)\s*)$/.exec(kept[i]);
    if (!m) continue;
    let n = 0;
    for (let j = i + 1; j < kept.length && !/^#{1,6}\s/.test(kept[j]); j++) if (ENTRY.test(kept[j]) && !/^\s*\|\s*-/.test(kept[j])) n++;
    kept[i] = `${m[1]}${n}${m[3]}`;
  }
  return kept.join('\n');
}

export const indexCheck: Check = {
  meta: { id: 'index', description: 'index.md lists exactly the pages compile made, and none that is not on disk', severity: 'error', fixable: true },
  check(ctx) {
    const index = ctx.vault.page(INDEX_FILE);
    // Gone though the last compile wrote it: the vault's catalogue is missing (compile writes it again).
    if (!index) return ctx.manifest && INDEX_FILE in ctx.manifest.pages ? [{ check: 'index', severity: 'error', page: INDEX_FILE, message: `${INDEX_FILE} is missing; run wikic compile to write it again` }] : [];
    // A compiled index lists what the compiler made; the author's own pages may stay out of it.
    const expected = ctx.vault.pages.filter((p) => p !== index && (isEntityPage(p) || p.type === 'source') && (!ctx.manifest || ctx.generated(p)));
    const out: MaintainFinding[] = [];
    const listed = new Map<string, number>();
    for (const e of entries(ctx, index)) {
      if (e.broken) {
        out.push({ check: 'index', severity: 'error', page: index.path, line: e.line, message: `lists ${e.raw}, which is not a page on disk` });
      } else if (e.target) {
        const first = listed.get(e.target.path);
        if (first !== undefined) {
          out.push({ check: 'index', severity: 'error', page: index.path, line: e.line, message: `lists ${e.raw} again (first on line ${first})` });
        } else listed.set(e.target.path, e.line);
      }
    }
    for (const p of expected) {
      if (!listed.has(p.path)) out.push({ check: 'index', severity: 'error', page: index.path, line: 1, message: `does not list ${p.path}` });
    }
    if (out.length > 0) {
      const fixable = ctx.generated(index);
      for (const f of out) f.fix = fixable ? 'rebuild the index entries' : undefined;
      if (fixable) out[0].action = { kind: 'write', page: index.path, content: repairIndex(ctx, index, expected) };
    }
    return out;
  },
};
