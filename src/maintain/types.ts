// The shape every maintain check follows (like an ESLint rule): metadata beside one pure function
// that reads the vault and reports. The runner knows nothing about any single check.
import type { Finding, Severity } from '../types.js';
import type { WikicConfig } from '../config.js';
import type { Vault, VaultPage } from '../wiki/vault.js';

/** A safe change to the vault, applied only by `--fix`. */
export type FixAction =
  /** Replace text at file offsets; `expect` is the text that must still be there. */
  | { kind: 'edit'; page: string; edits: Array<{ offset: number; expect: string; text: string }> }
  /** Replace the whole file. */
  | { kind: 'write'; page: string; content: string }
  /** Remove a page the compiler made and no longer needs. */
  | { kind: 'delete'; page: string };

/** A finding plus, when the fix is safe, the change that makes it. */
export interface MaintainFinding extends Finding {
  action?: FixAction;
}

export interface CheckMeta {
  id: string;
  description: string;
  /** The severity of this check's findings unless a finding says otherwise. */
  severity: Severity;
  fixable: boolean;
  /** The check compares the vault with the raw posts, and finds nothing without them. */
  readsPosts?: true;
}

/** One raw/ post, as maintain needs it. */
export interface RawPost {
  /** File name without `.md`. */
  id: string;
  /** File name. */
  file: string;
  /** sha256 of the file's bytes (what compile's manifest records). */
  hash: string;
  title?: string;
  /** YYYY-MM-DD when the post has a date. */
  date?: string;
  body: string;
}

/** What the last compile wrote (`wiki/.wikic/manifest.json`). */
export interface ManifestState {
  compiler: string;
  /** Vault-relative path -> sha256 of the bytes written. */
  pages: Record<string, string>;
  /** Raw post id -> hash of the raw file compiled. */
  raw: Record<string, string>;
}

export interface CheckContext {
  vault: Vault;
  config: WikicConfig;
  /** The raw posts; undefined when the raw directory does not exist (raw-based checks then stay quiet). */
  raw?: RawPost[];
  /** Path of the raw directory relative to the vault, for findings about raw files. */
  rawFromWiki: string;
  /** Undefined when the vault has no manifest (not compiled, or hand-made). */
  manifest?: ManifestState;
  /** True when the compiler made this page (it is in the manifest). */
  generated(page: VaultPage | string): boolean;
  /** The page cache the vault was read through (absent for in-memory contexts and cache-less runs). */
  cache?: {
    /** Keeps what this run learned about each page for the next run; true when it wrote. */
    save(): Promise<boolean>;
    /** How many pages and posts were trusted by their file stamp, checked by hash, or read and parsed. */
    readonly stats: CacheStats;
  };
}

export interface CacheStats {
  pagesTrusted: number;
  pagesHashed: number;
  pagesParsed: number;
  rawTrusted: number;
  rawRead: number;
}

export interface Check {
  meta: CheckMeta;
  check(ctx: CheckContext): MaintainFinding[];
}
