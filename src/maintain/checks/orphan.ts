// Pages nothing links to. Links from index.md, log.md and AGENTS.md do not count: they list everything.
import { isCatalogue } from '../page-info.js';
import type { Check } from '../types.js';
import { linkedFrom } from '../link-index.js';

export const orphan: Check = {
  meta: { id: 'orphan', description: 'pages that no other page links to (index and log excepted)', severity: 'warning', fixable: false },
  check(ctx) {
    const linked = linkedFrom(ctx.vault);
    return ctx.vault.pages
      .filter((p) => !isCatalogue(p) && !linked.has(p.path))
      .map((p) => ({ check: 'orphan', severity: 'warning' as const, page: p.path, line: 1, message: `no page links to [[${p.name}]]` }));
  },
};
