// One alias claimed by two pages: Obsidian's link suggestions and our link rewriting become ambiguous.
import { compareStrings, foldName, frontmatterLine } from '../page-info.js';
import type { VaultPage } from '../../wiki/vault.js';
import type { Check, MaintainFinding } from '../types.js';

export const aliasCollision: Check = {
  meta: { id: 'alias-collision', description: 'one alias claimed by two pages', severity: 'error', fixable: false },
  check(ctx) {
    const claims = new Map<string, Array<{ page: VaultPage; alias: string }>>();
    for (const page of ctx.vault.pages) {
      const seen = new Set<string>();
      for (const alias of page.aliases) {
        const k = foldName(alias);
        if (!k || seen.has(k)) continue;
        seen.add(k);
        claims.set(k, [...(claims.get(k) ?? []), { page, alias }]);
      }
    }
    const out: MaintainFinding[] = [];
    for (const list of claims.values()) {
      if (list.length < 2) continue;
      list.sort((a, b) => compareStrings(a.page.path, b.page.path));
      const [first, ...rest] = list;
      for (const c of rest) {
        out.push({
          check: 'alias-collision',
          severity: 'error',
          page: c.page.path,
          line: frontmatterLine(c.page, 'aliases', c.alias),
          message: `alias "${c.alias}" is also claimed by [[${first.page.name}]]`,
          evidence: list.map((x) => `${x.page.path}: aliases: ${x.alias}`),
        });
      }
    }
    return out;
  },
};
