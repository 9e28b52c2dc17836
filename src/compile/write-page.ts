// Writing one rendered page: the author's notes carried over from the file there, the file written
// (atomically) only when its bytes change, and what the render state records about it. The same on
// the compile's thread, the writing thread (write-thread.ts) and, for graph.json, the graph thread.
import { readFileSync, statSync } from 'node:fs';
import { fileHashSync, writeFileAtomicSync } from '../io/atomic.js';
import { sha256 } from './hash.js';
import { NOTES_BLOCK, generatedPart, hasOwnNotes, mergeNotes } from './notes.js';
import { NOTES_MARKER } from '../wiki/schema.js';
import { textAfterFrontmatter } from '../wiki/frontmatter.js';

export function readIfExistsSync(file: string): string | undefined {
  // A stat that cannot throw first: into an empty vault, thousands of ENOENT errors cost more than the stats.
  if (!statSync(file, { throwIfNoEntry: false })) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Size and mtime in whole milliseconds (what every file system and `utimes` keep) of the file at `file`. */
export function fileStamp(file: string): [number, number] {
  const st = statSync(file);
  return [st.size, Math.round(st.mtimeMs)];
}

export interface PageWritten {
  /** sha256 of the bytes now on disk. */
  hash: string;
  changed: boolean;
  /** The file's size and mtime, when asked for (a page with a render key). */
  stamp?: [number, number];
  /**
   * Another post's page that was at this path, with the author's notes (they are that post's, not this one's): its
   * text, and the file beside this one it was moved to before this page was written, so a compile that stops
   * loses nothing. The writer gives the notes to their post's page when it finishes.
   */
  displaced?: { text: string; file: string };
  /** The file held lines of the author's above its notes, which this write moved below the notes marker (see `sameInputs`). */
  replacedAbove?: true;
  /** The file held text of the author's above its notes, which this write replaced (see `lastAbove`). */
  overwroteAbove?: true;
  /** sha256 of what this write put above the page's notes, when it has notes. */
  above?: string;
}

/** The raw post a post page was made from (its `raw:` frontmatter line), if it is a post page. */
function rawOf(page: string): string | undefined {
  const text = page.replace(/^\uFEFF/, '');
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end < 0) return undefined;
  return /^raw: *(.+?) *\r?$/m.exec(text.slice(0, end))?.[1];
}

/**
 * Writes `rendered`, with the notes of the file at `file` kept, unless the file already holds exactly that. With
 * `sameInputs` (the page's render key is the one the file was written from), lines the author typed before the notes
 * are moved below the notes marker, after the notes; with other inputs, `lastAbove` (the hash of what compile last
 * wrote above the notes) tells when such text was written over. The page
 * of another post there (an older post took the title's file name, or a file system blind to case sees one file)
 * is first copied, notes and all, to a file beside (`X (notes).md`), so a compile that stops here loses nothing; it
 * comes back as `displaced`, and the writer gives the notes to their own post's page when it finishes.
 */
export function writePage(
  file: string,
  rendered: string,
  opts: { force: boolean; stamp: boolean; sameInputs?: boolean; lastAbove?: string; lastWhole?: string; madeDirs?: Set<string> },
): PageWritten {
  const old = readIfExistsSync(file);
  const was = old === undefined ? undefined : rawOf(old);
  const now = rawOf(rendered);
  let displaced: PageWritten['displaced'];
  if (old !== undefined && was !== undefined && now !== undefined && was !== now && hasOwnNotes(old)) {
    displaced = { text: old, file: besideFree(file) };
    writeFileAtomicSync(displaced.file, old, opts.madeDirs);
  }
  let content = mergeNotes(rendered, displaced ? undefined : old);
  // Made from the same inputs as the page there, the page renders as compile last wrote it: lines before its notes
  // that the rendering lacks were typed by the author, and go below the notes marker rather than be lost (frontmatter
  // is compile's: a field changed there is no note).
  const typed = opts.sameInputs && old !== undefined && !displaced && content.includes(NOTES_MARKER) ? linesOnlyIn(textAfterFrontmatter(generatedPart(old)), generatedPart(rendered)) : [];
  if (typed.length > 0) content = `${content}${content.endsWith('\n') ? '' : '\n'}\n${typed.join('\n')}\n`;
  const changed = old !== content || opts.force;
  if (changed) writeFileAtomicSync(file, content, opts.madeDirs);
  const out: PageWritten = { hash: sha256(content), changed };
  if (opts.stamp) out.stamp = fileStamp(file);
  if (displaced) out.displaced = displaced;
  if (typed.length > 0) out.replacedAbove = true;
  // Made from other inputs, the page there cannot be told line by line from what compile wrote; but when what stands
  // above its notes is not what compile last wrote there, the author typed in it, and that text is now gone: say so.
  else if (!opts.sameInputs && old !== undefined && !displaced && old !== content && content.includes(NOTES_MARKER) && editedAbove(old, opts.lastAbove, opts.lastWhole)) {
    out.overwroteAbove = true;
  }
  // With no notes yet, what stands above them is the whole page less its notes block, which the manifest's hash
  // already records: only a page with notes needs a hash of its own (hashing every page would cost a scratch compile).
  if (content.includes(NOTES_MARKER) && hasOwnNotes(content)) out.above = sha256(generatedPart(content));
  return out;
}

/**
 * Whether what stands above the notes in `old` differs from what compile last wrote there: `above`, its hash when the
 * page had notes, else `whole`, the hash of the page it wrote (with an empty notes block). Unknown: not edited.
 */
function editedAbove(old: string, above: string | undefined, whole: string | undefined): boolean {
  const part = generatedPart(old);
  if (above !== undefined) return sha256(part) !== above;
  return whole !== undefined && sha256(part + NOTES_BLOCK) !== whole;
}

/** The lines of `a` that `b` does not hold (as many times as `a` has them more), blank lines left out, in `a`'s order. */
function linesOnlyIn(a: string, b: string): string[] {
  const count = new Map<string, number>();
  for (const l of b.split(/\r?\n/)) count.set(l, (count.get(l) ?? 0) + 1);
  const out: string[] = [];
  for (const l of a.split(/\r?\n/)) {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else if (l.trim() !== '') out.push(l);
  }
  return out;
}

/** The name of a file of notes moved off a post page another post took (`Weekly links (notes).md`, `... (notes 2).md`). */
export const NOTES_BESIDE = / \(notes(?: \d+)?\)\.md$/;

/** `Weekly links.md` -> `Weekly links (notes).md` beside it, numbered when that is taken (names `NOTES_BESIDE` matches). */
function besideFree(file: string): string {
  const base = file.slice(0, -'.md'.length);
  for (let i = 1; ; i++) {
    const p = `${base} (notes${i > 1 ? ` ${i}` : ''}).md`;
    if (!statSync(p, { throwIfNoEntry: false })) return p;
  }
}

/**
 * Whether a file written as it was made replaces the one there: a hash other than the one the last
 * compile recorded cannot be the file's (unless someone wrote exactly these bytes there), so only an
 * unchanged hash needs the file read to compare.
 */
export function keepStreamed(file: string, recorded: string | undefined, force: boolean): (hash: string) => boolean {
  return (h) => force || h !== recorded || fileHashSync(file) !== h;
}
