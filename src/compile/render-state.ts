// What each keyed page was last rendered from (its key) and the file compile left (size, mtime,
// hash). A page whose key is unchanged and whose file is still as compile left it needs neither
// rendering nor reading: the bytes would come out the same. Kept beside the extraction cache; a
// state made by another compiler, other settings or other templates is not used at all.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from '../wiki/schema.js';
import { writeFileAtomicSync } from '../io/atomic.js';

/** In a folder of its own: the extraction cache prunes the `.json` files it did not use. */
export const RENDER_STATE_FILE = `${CACHE_DIR}/render/state.json`;

export interface RenderHeader {
  compiler: string;
  config: string;
  templates: string;
}

/**
 * key, size, mtime in whole milliseconds (what every file system and `utimes` keep), sha256 of the
 * bytes, and the quick key the key was made under (pages that have one).
 */
type Entry = [string, number, number, string] | [string, number, number, string, string];

interface StateFile extends RenderHeader {
  format: 1;
  pages: Record<string, Entry>;
  /** sha256 of what compile wrote of each page above its notes (see notes.ts `generatedPart`). */
  above?: Record<string, string>;
}

export class RenderState {
  private readonly pages = new Map<string, Entry>();
  private readonly aboveHashes = new Map<string, string>();

  constructor(readonly header: RenderHeader) {}

  /** The state the last compile saved, or an empty one when it is missing, unreadable or made under another header. */
  static load(wikiDir: string, header: RenderHeader): RenderState {
    const state = new RenderState(header);
    try {
      const data = JSON.parse(readFileSync(path.join(wikiDir, RENDER_STATE_FILE), 'utf8')) as StateFile;
      if (data.format !== 1 || data.compiler !== header.compiler || data.config !== header.config || data.templates !== header.templates) return state;
      for (const [p, e] of Object.entries(data.pages ?? {})) {
        if (Array.isArray(e) && (e.length === 4 || (e.length === 5 && typeof e[4] === 'string')) && typeof e[0] === 'string' && typeof e[1] === 'number' &&
          typeof e[2] === 'number' && typeof e[3] === 'string') {
          state.pages.set(p, e);
        }
      }
      for (const [p, h] of Object.entries(data.above ?? {})) if (typeof h === 'string') state.aboveHashes.set(p, h);
    } catch {
      // No usable state: every page is rendered.
    }
    return state;
  }

  /**
   * The hash of `file` when the page at `rel` was rendered from `key` and the file is untouched
   * since (same size and mtime) and is what the manifest records; else undefined.
   */
  reusable(rel: string, key: string, file: string, manifestHash: string | undefined): Entry | undefined {
    const e = this.pages.get(rel);
    if (!e || e[0] !== key || e[3] !== manifestHash) return undefined;
    try {
      const st = statSync(file);
      return st.isFile() && st.size === e[1] && Math.round(st.mtimeMs) === e[2] ? e : undefined;
    } catch {
      return undefined;
    }
  }

  /** The key the page at `rel` was last made from. */
  lastKey(rel: string): string | undefined {
    return this.pages.get(rel)?.[0];
  }

  /** The key the page at `rel` was last made from, when that key was made under `quickKey`. */
  keyFor(rel: string, quickKey: string): string | undefined {
    const e = this.pages.get(rel);
    return e && e.length === 5 && e[4] === quickKey ? e[0] : undefined;
  }

  set(rel: string, entry: Entry): void {
    this.pages.set(rel, entry);
  }

  /** The hash of what compile last wrote of the page at `rel` above its notes. */
  above(rel: string): string | undefined {
    return this.aboveHashes.get(rel);
  }

  setAbove(rel: string, hash: string | undefined): void {
    if (hash === undefined) this.aboveHashes.delete(rel);
    else this.aboveHashes.set(rel, hash);
  }

  save(wikiDir: string): void {
    const byPath = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);
    const pages = Object.fromEntries([...this.pages].sort(byPath));
    const data: StateFile = { format: 1, ...this.header, pages, above: Object.fromEntries([...this.aboveHashes].sort(byPath)) };
    writeFileAtomicSync(path.join(wikiDir, RENDER_STATE_FILE), JSON.stringify(data));
  }
}
