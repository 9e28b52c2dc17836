// Links that do not resolve under Obsidian's rules: missing page, missing heading or block.
import { closest, distance } from 'fastest-levenshtein';
import { isPage, type VaultFile, type VaultPage } from '../../wiki/vault.js';
import { INDEX_FILE } from '../../wiki/schema.js';
import type { WikiLink } from '../../wiki/links.js';
import { foldName, protectedFrom } from '../page-info.js';
import type { Check, CheckContext, MaintainFinding } from '../types.js';
import { resolvedLinks } from '../link-index.js';

/** Pages that claim `alias` (folded) in their frontmatter. */
function aliasOwners(ctx: CheckContext): Map<string, VaultPage[]> {
  const owners = new Map<string, VaultPage[]>();
  for (const p of ctx.vault.pages) {
    for (const a of p.aliases) {
      const k = foldName(a);
      if (!k) continue;
      const list = owners.get(k) ?? [];
      if (!list.includes(p)) list.push(p);
      owners.set(k, list);
    }
  }
  return owners;
}

function rewrite(link: WikiLink, target: string): string {
  const sub = link.subpath !== undefined ? `#${link.subpath}` : '';
  const label = link.label ?? link.target;
  return `${link.embed ? '!' : ''}[[${target}${sub}|${label}]]`;
}

function suggestion(names: string[], target: string): string | undefined {
  if (names.length === 0) return undefined;
  const best = closest(target, names);
  return distance(best.toLowerCase(), target.toLowerCase()) <= Math.max(2, Math.floor(target.length / 4)) ? best : undefined;
}

export const brokenLink: Check = {
  meta: { id: 'broken-link', description: "links that do not resolve in Obsidian (file name, case, heading); in the author's notes a warning", severity: 'error', fixable: true },
  check(ctx) {
    const out: MaintainFinding[] = [];
    const owners = aliasOwners(ctx);
    const names = ctx.vault.pages.map((p) => p.name).concat(ctx.vault.pages.flatMap((p) => p.aliases));
    // Pages compile made that are gone from disk (deleted by hand): the cure is a compile, not an edit of every link.
    // A `[[Name]]` link names a page by its file name; `[[folder/Name]]` by its path.
    let made: { byName: Map<string, string>; byPath: Map<string, string> } | undefined;
    const madeAndGone = (link: WikiLink): string | undefined => {
      if (link.format !== 'wiki') return undefined;
      if (!made) {
        const gone = Object.keys(ctx.manifest?.pages ?? {}).filter((p) => p.endsWith('.md') && !ctx.vault.page(p));
        made = {
          byName: new Map(gone.map((p) => [foldName(p.slice(p.lastIndexOf('/') + 1, -3)), p])),
          byPath: new Map(gone.map((p) => [foldName(p.slice(0, -3)), p])),
        };
      }
      return link.target.includes('/') ? made.byPath.get(foldName(link.target.replace(/\.md$/i, ''))) : made.byName.get(foldName(link.target));
    };
    for (const page of ctx.vault.pages) {
      // Most pages have no broken link: only those that do are read in full for the links' places.
      const problem = resolvedLinks(ctx.vault, page).some((r) => r.problem && !(page.path === INDEX_FILE && r.problem === 'no-file'));
      if (!problem) continue;
      const fence = protectedFrom(page);
      for (const link of page.links) {
        const res = ctx.vault.resolver.resolveLink(link, page.path);
        if (!res.problem) continue;
        // index.md's entries for missing pages belong to the index check, which can rebuild the list.
        if (page.path === INDEX_FILE && res.problem === 'no-file') continue;
        // Authors write links to pages they have yet to write in their notes, and Obsidian treats an
        // unresolved link as a normal thing: there it is a warning; in the compiler's text an error.
        const inNotes = link.offset >= fence;
        const f: MaintainFinding = { check: 'broken-link', severity: inNotes ? 'warning' : 'error', page: page.path, line: link.line, message: '' };
        if (res.problem === 'no-file' || res.problem === 'outside-vault') {
          const where = res.problem === 'outside-vault' ? ' (points outside the vault)' : '';
          // `[[folder/Old name]]` names its page by the last part of the path.
          const owner = owners.get(foldName(link.target.split('/').pop() ?? link.target));
          if (owner && owner.length === 1 && link.format === 'wiki') {
            const to: VaultFile = owner[0];
            const target = ctx.vault.resolver.linkTarget(to);
            f.message = `${link.raw} does not resolve: "${link.target}" is an alias of [[${target}]]`;
            // Only in pages the compiler made, and never in the author's notes.
            if (ctx.generated(page) && link.offset + link.raw.length <= fence) {
              f.fix = `rewrite ${link.raw} as ${rewrite(link, target)}`;
              f.action = { kind: 'edit', page: page.path, edits: [{ offset: link.offset, expect: link.raw, text: rewrite(link, target) }] };
            }
          } else if (res.problem === 'no-file' && madeAndGone(link)) {
            f.message = `${link.raw} does not resolve: compile made ${madeAndGone(link)} and it is gone from disk; run "wikic compile" to write it again (or to drop the link, if no post makes that page any more)`;
          } else {
            const s = suggestion(names, link.target);
            f.message = `${link.raw} does not resolve${where}${s ? `; closest page or alias: "${s}"` : ''}`;
          }
        } else {
          const file = res.file;
          const heads = isPage(file) ? file.headings.map((h) => h.text) : [];
          const what = res.problem === 'no-block' ? 'block' : 'heading';
          const near = res.problem === 'no-heading' && heads.length > 0 && link.subpath ? closest(link.subpath, heads) : undefined;
          f.message = `${link.raw}: no ${what} "${link.subpath}" in ${file?.path}${near ? `; closest heading: "${near}"` : ''}`;
        }
        if (inNotes) f.message = `in the notes, ${f.message}`;
        out.push(f);
      }
    }
    return out;
  },
};
