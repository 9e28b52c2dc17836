// Puts the rendered vault on disk: notes carried over, only changed files written (atomically),
// pages from the previous compile that are no longer made removed, everything else left alone.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PlannedPage } from './emitters/index.js';
import type { RenderState } from './render-state.js';
import { writeChunksAtomicSync, writeFileAtomic } from '../io/atomic.js';
import { MANIFEST_FILE } from '../wiki/schema.js';
import { type Manifest, serializeManifest } from './manifest.js';
import { appendNotes, hasOwnNotes, keptPage, mergeNotes } from './notes.js';
import { sha256 } from './hash.js';
import { keepStreamed, writePage, type PageWritten } from './write-page.js';
import { PageSink } from './write-thread.js';
import type { Successor } from './successors.js';

export interface WriteResult {
  written: string[];
  /** Pages the writing thread wrote (or found unchanged). */
  onThread: number;
  unchanged: number;
  removed: string[];
  /** Pages no longer made but kept because the author wrote notes in them. */
  kept: string[];
  /** Pages no longer made whose notes went to the page that took their place (which see `finish`). */
  carried: Array<{ from: string; to: string }>;
  /** Path -> hash of the bytes now on disk, for the manifest. */
  hashes: Record<string, string>;
  /** Pages whose lines typed above their notes were moved below the marker (made from unchanged inputs, only an edit explains them). */
  replacedAbove: string[];
  /** Pages made from changed inputs whose text above the notes had been edited: that text is written over. */
  overwroteAbove: string[];
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Writes pages batch by batch (`write`), then removes what the previous compile made and this one
 * did not (`finish`). `force` rewrites every page even when its bytes are unchanged. With render
 * states, a keyed page whose key and file are unchanged since the last compile is neither rendered
 * nor read, and `next` records what this compile leaves.
 */
export class VaultWriter {
  private readonly result: WriteResult = { written: [], onThread: 0, unchanged: 0, removed: [], kept: [], carried: [], hashes: {}, replacedAbove: [], overwroteAbove: [] };
  private readonly now = new Set<string>();
  private readonly madeDirs = new Set<string>();
  /** The writing thread, once this many pages are written here (`writeThreadAfter`). */
  private sink?: PageSink;
  private writtenHere = 0;
  private threadAfter?: number;
  /** Pages of other posts found where a page was written, with their notes: [path, text, the file they were moved to]. */
  private readonly displaced: Array<[string, string, string]> = [];
  /** Such files left by an earlier compile, to give to their post's page when it can take them: [path, text]. */
  private readonly leftBeside: Array<[string, string]> = [];
  private readonly keptBefore: Array<[string, string]> = [];

  constructor(
    private readonly wikiDir: string,
    private readonly opts: {
      force?: boolean;
      onPage?: () => void;
      previous?: Manifest;
      last?: RenderState;
      next?: RenderState;
      /** Pages to write on this thread before the rest go to a writing thread (write-thread.ts); undefined: all here. */
      writeThreadAfter?: number;
    } = {},
  ) {
    this.threadAfter = opts.writeThreadAfter;
  }

  /** The key the last compile recorded for `page` under its quick key, when that key stands. */
  private quickKeyed(page: PlannedPage): string | undefined {
    return page.quickKey !== undefined ? this.opts.last?.keyFor(page.path, page.quickKey) : undefined;
  }

  /** True when writing `page` will call its `slowKey` or its `render` (the work `ahead` lets another thread do first). */
  willWork(page: PlannedPage): boolean {
    return !!this.opts.force || (page.key === undefined && !!page.slowKey && !this.quickKeyed(page));
  }

  /** Synchronous I/O: thousands of small reads and writes in a row finish sooner without a thread-pool round trip each. */
  write(pages: PlannedPage[]): void {
    const { force = false, previous, last, next } = this.opts;
    for (const page of pages) {
      const file = path.join(this.wikiDir, ...page.path.split('/'));
      this.now.add(page.path);
      const key = page.key ?? (page.slowKey ? this.quickKeyed(page) || page.slowKey() : undefined);
      const same = !force && key && last ? last.reusable(page.path, key, file, previous?.pages[page.path]) : undefined;
      if (same) {
        // Recorded anew with this compile's quick key (the same one, when the key came from it).
        next?.set(page.path, page.quickKey === undefined ? same : [same[0], same[1], same[2], same[3], page.quickKey]);
        next?.setAbove(page.path, last?.above(page.path));
        this.count(page.path, same[3], false);
        continue;
      }
      if (page.stream) {
        // No notes to carry over: written as it is made, and kept only when its bytes differ.
        const { hash, written } = writeChunksAtomicSync(file, page.stream(), keepStreamed(file, previous?.pages[page.path], force), this.madeDirs);
        this.count(page.path, hash, written);
        continue;
      }
      const rendered = page.render();
      const done = (w: PageWritten): void => this.took(page, key, w);
      // The render state records the file of a page with a key.
      const how = { force, stamp: !!key, sameInputs: !!key && last?.lastKey(page.path) === key, lastAbove: last?.above(page.path), lastWhole: last && previous?.pages[page.path] };
      if (!this.sink && this.threadAfter !== undefined && this.writtenHere >= this.threadAfter) {
        this.sink = PageSink.start(this.madeDirs);
        // No thread to be had: every page is written here.
        if (!this.sink) this.threadAfter = undefined;
      }
      if (this.sink) {
        this.result.onThread++;
        this.sink.send(file, rendered, how, done);
      } else {
        this.writtenHere++;
        done(writePage(file, rendered, { ...how, madeDirs: this.madeDirs }));
      }
    }
  }

  /** Records what became of a rendered page: its hash for the manifest, its key and file for the render state. */
  private took(page: PlannedPage, key: string | undefined, w: PageWritten): void {
    if (w.displaced !== undefined) this.displaced.push([page.path, w.displaced.text, w.displaced.file]);
    if (w.replacedAbove) this.result.replacedAbove.push(page.path);
    if (w.overwroteAbove) this.result.overwroteAbove.push(page.path);
    this.opts.next?.setAbove(page.path, w.above);
    if (key && w.stamp) this.opts.next?.set(page.path, page.quickKey === undefined ? [key, ...w.stamp, w.hash] : [key, ...w.stamp, w.hash, page.quickKey]);
    this.count(page.path, w.hash, w.changed);
  }

  /** A page's hash for the manifest, and whether it was written or left as it was. */
  private count(rel: string, hash: string, written: boolean): void {
    this.result.hashes[rel] = hash;
    if (written) this.result.written.push(rel);
    else this.result.unchanged++;
    this.opts.onPage?.();
  }

  /** Lets the writing thread catch up when much is sent and unwritten; throws what it could not write. */
  async settle(): Promise<void> {
    await this.sink?.settle();
  }

  /**
   * A file of notes an earlier compile moved beside a page another post took (`X (notes).md`), and could not give to
   * their post then (it stopped first, or the post's page had notes of its own): tried again when this compile ends.
   */
  leftFromBefore(rel: string, text: string): void {
    this.leftBeside.push([rel, text]);
  }

  /**
   * A page an earlier compile kept for its notes because no page took its place: when a page of its name and type is
   * made now (the config names it as an alias or merges it), the notes go there when this compile ends.
   */
  keptFromBefore(rel: string, text: string): void {
    this.keptBefore.push([rel, text]);
  }

  /** Counts a file another thread wrote (or left as it was) the way `write` counts its own. */
  made(rel: string, hash: string, written: boolean): void {
    this.now.add(rel);
    this.count(rel, hash, written);
  }

  /** Ends the writing thread after the pages it holds: the compile stops here. */
  async abort(): Promise<void> {
    await this.sink?.stop();
  }

  /**
   * Puts the notes of `old` (a page no longer made) into the page just written at `to`: after its own notes when it
   * has some (two pages merged into one, both with notes), else as its notes; false when that page cannot take
   * them (no notes marker). Its hash is the manifest's anew; the render state's stamp no longer matches, so the
   * next compile renders it once more and finds the same bytes.
   */
  private async carryNotes(old: string, to: string): Promise<boolean> {
    const file = path.join(this.wikiDir, ...to.split('/'));
    const made = await readIfExists(file);
    if (made === undefined) return false;
    const merged = hasOwnNotes(made) ? appendNotes(made, old) : mergeNotes(made, old);
    if (merged === undefined) return true; // already there: a compile that stopped after carrying them
    if (merged === made) return false;
    await writeFileAtomic(file, merged);
    this.result.hashes[to] = sha256(merged);
    return true;
  }

  /** Gives the notes of `old` (the page that was at `rel`) to the page made now that took its place, if one can take them. */
  private async passOn(rel: string, old: string, successor: Successor | undefined, to = successor?.(rel, old)): Promise<boolean> {
    if (!to || to === rel || !this.now.has(to) || !(await this.carryNotes(old, to))) return false;
    this.result.carried.push({ from: rel, to });
    return true;
  }

  /**
   * Removes the pages the previous compile made and this one did not. One with the author's notes gives
   * them to the page that took its place (`successor`: a post's renamed page, an entity's page under a new
   * spelling, folder or name), or is kept when there is none that can take them. So do the notes of another
   * post's page that a written page replaced, and a page an earlier compile kept once a page of its name and
   * type is made again.
   */
  async finish(previous: Manifest, successor?: Successor): Promise<WriteResult> {
    await this.sink?.close();
    const { result, wikiDir } = this;
    const stale = Object.keys(previous.pages)
      .filter((p) => !this.now.has(p))
      .sort();
    const dirs = new Set<string>();
    const nowByFolded = new Map([...this.now].map((p) => [p.toLowerCase(), p]));
    for (const rel of stale) {
      // The manifest is data from disk: never follow it outside the vault.
      if (rel.split('/').some((s) => s === '..' || s === '') || path.isAbsolute(rel)) continue;
      const file = path.join(wikiDir, ...rel.split('/'));
      // `WunderBar.md` renamed `Wunderbar.md` on a file system blind to case: one file, the page just written
      // (with the notes it read there). Removing or rewriting it would lose the page.
      const twin = nowByFolded.get(rel.toLowerCase());
      if (twin && (await sameFile(file, path.join(wikiDir, ...twin.split('/'))))) continue;
      const old = await readIfExists(file);
      if (old === undefined) continue;
      if (hasOwnNotes(old) && (await this.passOn(rel, old, successor))) {
        await fs.rm(file, { force: true });
        result.removed.push(rel);
        dirs.add(path.dirname(file));
        continue;
      }
      if (hasOwnNotes(old)) {
        // Its old text would link to pages removed now; the notes are kept as they are.
        const kept = keptPage(old);
        if (kept !== old) await writeFileAtomic(file, kept);
        result.kept.push(rel);
        continue;
      }
      await fs.rm(file, { force: true });
      result.removed.push(rel);
      dirs.add(path.dirname(file));
    }
    for (const [rel, old, beside] of this.displaced) {
      if (await this.passOn(rel, old, successor)) await fs.rm(beside, { force: true });
      else {
        // No page to take them: the file they were moved to is kept, as a page no post makes.
        await writeFileAtomic(beside, keptPage(old));
        result.kept.push(path.relative(wikiDir, beside).split(path.sep).join('/'));
      }
    }
    for (const [rel, old] of this.leftBeside) {
      if (await this.passOn(rel, old, successor)) await fs.rm(path.join(wikiDir, ...rel.split('/')), { force: true });
    }
    for (const [rel, old] of this.keptBefore) {
      // Not one this compile wrote over (a post makes that page again: its notes came along when it was written),
      // and only to a page of its type (not `Gemini` the exchange for `Gemini` the model).
      const to = successor?.(rel, old);
      if (this.now.has(rel) || !to || path.posix.dirname(to) !== path.posix.dirname(rel) || !(await this.passOn(rel, old, successor, to))) continue;
      const file = path.join(wikiDir, ...rel.split('/'));
      await fs.rm(file, { force: true });
      result.removed.push(rel);
      dirs.add(path.dirname(file));
    }
    // Folders emptied by the removals go too (only those, and only when empty).
    for (const d of [...dirs].sort().reverse()) {
      if (path.resolve(d) === path.resolve(wikiDir)) continue;
      try {
        await fs.rmdir(d);
      } catch {
        // Not empty: it holds other files.
      }
    }
    result.written.sort();
    return result;
  }
}

/** Whether two paths name one file (a file system blind to case, a link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([fs.stat(a).catch(() => undefined), fs.stat(b).catch(() => undefined)]);
  return !!x && !!y && x.ino === y.ino && x.dev === y.dev;
}

export async function writeManifest(wikiDir: string, manifest: Manifest): Promise<boolean> {
  const file = path.join(wikiDir, ...MANIFEST_FILE.split('/'));
  const text = serializeManifest(manifest);
  const old = await readIfExists(file);
  if (old === text) return false;
  await writeFileAtomic(file, text);
  return true;
}
