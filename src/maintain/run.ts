// Runs the registered checks over a vault and returns their findings in one stable order.
import path from 'node:path';
import type { WikicConfig } from '../config.js';
import { WikicError } from '../errors.js';
import { loadVault, vaultDir, type VaultPage } from '../wiki/vault.js';
import { MaintainCache } from './page-cache.js';
import { CHECKS } from './registry.js';
import { readManifestState, readRawPosts } from './state.js';
import type { Check, CheckContext, MaintainFinding } from './types.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** The checks `--only` selects (all when `only` is empty); an unknown id is a usage error. */
export function selectChecks(only?: string[]): Check[] {
  if (!only || only.length === 0) return [...CHECKS];
  const ids = CHECKS.map((c) => c.meta.id);
  const unknown = only.filter((id) => !ids.includes(id));
  if (unknown.length > 0) throw new WikicError(`unknown check${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} in --only (known: ${ids.join(', ')})`);
  return CHECKS.filter((c) => only.includes(c.meta.id));
}

/**
 * Reads the vault, the raw posts and the manifest. With `cache` (the default) pages and posts whose
 * bytes did not change since the last run come from wiki/.wikic/cache/maintain/ instead of being
 * parsed again; without it everything is read and parsed, and nothing is written.
 */
export async function buildContext(wikiDir: string, rawDir: string, config: WikicConfig, opts: { cache?: boolean } = {}): Promise<CheckContext> {
  const useCache = opts.cache ?? true;
  const store = useCache ? MaintainCache.open(await vaultDir(wikiDir)) : undefined;
  const vault = store ? await store.loadVault(wikiDir) : await loadVault(wikiDir);
  const manifest = await readManifestState(vault.dir);
  const raw = store ? await store.loadRaw(path.resolve(rawDir)) : await readRawPosts(path.resolve(rawDir));
  const rawFromWiki = path.relative(vault.dir, path.resolve(rawDir)).split(path.sep).join('/') || '.';
  return {
    vault,
    config,
    raw,
    rawFromWiki,
    manifest,
    generated: (page: VaultPage | string) => !!manifest && (typeof page === 'string' ? page : page.path) in manifest.pages,
    ...(store ? { cache: store } : {}),
  };
}

export function compareFindings(a: MaintainFinding, b: MaintainFinding): number {
  return (
    (a.page < b.page ? -1 : a.page > b.page ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.check < b.check ? -1 : a.check > b.check ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function runChecks(ctx: CheckContext, checks: readonly Check[]): MaintainFinding[] {
  return checks.flatMap((c) => c.check(ctx)).sort(compareFindings);
}
