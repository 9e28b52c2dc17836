// `wikic maintain`: run the checks, print the report (or JSON), apply safe fixes with --fix.
// Exit 0 without errors (warnings allowed), 1 with errors, 2 for usage or I/O problems (thrown as WikicError).
import type { WikicConfig } from '../config.js';
import { applyFixes } from './fix.js';
import { renderJson, renderText } from './report.js';
import { buildContext, runChecks, selectChecks } from './run.js';
import type { MaintainFinding } from './types.js';
import { noPagesError } from '../wiki/dirs.js';
import { lockFound } from '../compile/lock.js';

export interface MaintainOptions {
  wiki: string;
  raw: string;
  json: boolean;
  fix: boolean;
  only?: string[];
  config: WikicConfig;
}

/** Passes of fix-then-recheck: a fix can reveal another (a rewritten link makes a page reachable). */
const MAX_FIX_PASSES = 5;

export async function maintainCommand(opts: MaintainOptions): Promise<number> {
  const checks = selectChecks(opts.only);
  // A compile that is writing the vault, or did not finish: what the checks find may be that, not the wiki.
  const lock = lockFound(opts.wiki);
  if (lock) {
    process.stderr.write(lock.running
      ? `wikic: note: ${opts.wiki}: a compile (process ${lock.pid}) is writing this vault now; check again when it ends\n`
      : `wikic: note: ${opts.wiki}: the last compile did not finish (process ${lock.pid} left its lock): pages may be missing or out of date; run "wikic compile"\n`);
  }
  let ctx = await buildContext(opts.wiki, opts.raw, opts.config);
  // A folder with no pages is no vault to check (a mistyped --wiki), not a vault with nothing wrong.
  if (ctx.vault.pages.length === 0) throw noPagesError(opts.wiki);
  // Without posts the checks that compare the vault with them find nothing: say so rather than pass in silence.
  const needsPosts = checks.filter((c) => c.meta.readsPosts).map((c) => c.meta.id);
  if (!ctx.raw && needsPosts.length > 0) {
    process.stderr.write(`wikic: ${opts.raw}: no raw directory there, so ${needsPosts.join(' and ')} did not run (pass --raw DIR)\n`);
  }
  let findings: MaintainFinding[] = runChecks(ctx, checks);
  if (opts.fix) {
    // In JSON mode stdout holds only the array, so the fix log goes to stderr.
    const log = (s: string): boolean => (opts.json ? process.stderr : process.stdout).write(s);
    let total = 0;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const applied = await applyFixes(ctx.vault, findings);
      if (applied.length === 0) break;
      total += applied.length;
      for (const a of applied) log(`fixed ${a.line !== undefined ? `${a.page}:${a.line}` : a.page}  ${a.what}\n`);
      await ctx.cache?.save();
      ctx = await buildContext(opts.wiki, opts.raw, opts.config);
      findings = runChecks(ctx, checks);
    }
    log(`${total} fix${total === 1 ? '' : 'es'} applied\n`);
  }
  await ctx.cache?.save();
  process.stdout.write(opts.json ? renderJson(findings) : renderText(findings, checks, ctx.vault.pages.length));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
