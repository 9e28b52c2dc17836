// wiki/.wikic/manifest.json: what the last compile wrote and read. Committed with the vault, so it
// holds no timestamps. Compile uses it to remove pages it made before and no longer makes (and to
// leave every other file alone); maintain uses `raw` to tell whether raw/ changed since.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE } from '../wiki/schema.js';
import { stableJson } from './hash.js';

export interface Manifest {
  /** Compiler version that wrote the vault. */
  compiler: string;
  /** Hash of the config settings that shape the vault (entity overrides, thresholds). */
  config: string;
  /** Vault-relative path -> sha256 of the bytes written. */
  pages: Record<string, string>;
  /** Raw post id -> the raw file's content hash, for every post compiled. */
  raw: Record<string, string>;
  /** Vault-relative path -> sha256 of each markdown file compile did not make, as the compile left them (author-files.ts). */
  unmade?: Record<string, string>;
}

export function emptyManifest(): Manifest {
  return { compiler: '', config: '', pages: {}, raw: {} };
}

/** Reads the manifest of a vault; a missing or unreadable one counts as empty (nothing owned). */
export async function readManifest(wikiDir: string): Promise<Manifest> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(wikiDir, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
    return {
      compiler: typeof data.compiler === 'string' ? data.compiler : '',
      config: typeof data.config === 'string' ? data.config : '',
      pages: data.pages && typeof data.pages === 'object' ? data.pages : {},
      raw: data.raw && typeof data.raw === 'object' ? data.raw : {},
      ...(data.unmade && typeof data.unmade === 'object' ? { unmade: data.unmade } : {}),
    };
  } catch {
    return emptyManifest();
  }
}

export function serializeManifest(m: Manifest): string {
  return stableJson(m);
}
