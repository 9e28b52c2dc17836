// The author's `## Notes`: everything after NOTES_MARKER in a page on disk is carried over into
// the recompiled page byte for byte.
import { NOTES_HEADING, NOTES_MARKER } from '../wiki/schema.js';
import { joinFrontmatter, splitFrontmatter } from '../wiki/frontmatter.js';

/** The block every page with notes ends with. */
export const NOTES_BLOCK = `${NOTES_HEADING}\n\n${NOTES_MARKER}\n`;

/**
 * The author's text after the marker ('' when none); a page whose marker was lost keeps what follows its
 * `## Notes` heading. Text typed under the heading but above the marker (an HTML comment, which Obsidian's
 * reading view hides) is the author's too: it comes first, moved below the marker.
 */
export function notesOf(old: string): string | undefined {
  const i = old.indexOf(NOTES_MARKER);
  if (i >= 0) {
    const tail = old.slice(i + NOTES_MARKER.length);
    const above = textAboveMarker(old, i);
    return above ? `\n${above}\n${tail.replace(/^\r?\n/, '')}` : tail;
  }
  const h = old.search(/^## Notes[ \t]*$/m);
  if (h >= 0) return `\n${old.slice(h).replace(/^## Notes[ \t]*\r?\n?/, '').replace(/^\s*\n/, '')}`;
  return undefined;
}

/** What the author typed between the last `## Notes` heading before the marker and the marker, blank lines around it dropped ('' when nothing). */
function textAboveMarker(page: string, marker: number): string {
  const before = page.slice(0, marker);
  let heading = -1;
  for (const m of before.matchAll(/^## Notes[ \t]*\r?$/gm)) heading = m.index + m[0].length;
  if (heading < 0) return '';
  return before.slice(heading).replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/**
 * What compile writes of a page: the text before its notes (before the `## Notes` heading that opens them, or the
 * marker, or the heading alone when the marker is lost); the whole text when it has none of them.
 */
export function generatedPart(page: string): string {
  const marker = page.indexOf(NOTES_MARKER);
  const before = marker >= 0 ? page.slice(0, marker) : page;
  let heading = -1;
  for (const m of before.matchAll(/^## Notes[ \t]*\r?$/gm)) heading = m.index;
  return heading >= 0 ? before.slice(0, heading) : before;
}

/** The generated page with the old page's notes put back after the marker. */
export function mergeNotes(generated: string, old: string | undefined): string {
  if (old === undefined) return generated;
  const i = generated.lastIndexOf(NOTES_MARKER);
  if (i < 0) return generated;
  const tail = notesOf(old);
  if (tail === undefined) return generated;
  return generated.slice(0, i + NOTES_MARKER.length) + tail;
}

/**
 * A page that has notes, with the old page's notes after them (a blank line between); undefined when they are
 * there already, and the page as it is when either has no notes section.
 */
export function appendNotes(page: string, old: string): string | undefined {
  const theirs = notesOf(old)?.replace(/^(?:[ \t]*\r?\n)+/, '');
  if (!theirs?.trim() || !page.includes(NOTES_MARKER)) return page;
  // There already as the whole of the notes or as their last block (a compile that stopped after carrying them),
  // not merely as words inside them (`TODO` in `TODO: check auth`).
  const mine = (notesOf(page) ?? '').trim();
  const block = theirs.trim();
  if (mine === block || mine.endsWith(`\n\n${block}`)) return undefined;
  return `${page}${page.endsWith('\n') ? '' : '\n'}\n${theirs}`;
}

/** Whether the author wrote anything in a page's notes. */
export function hasOwnNotes(text: string): boolean {
  const tail = notesOf(text);
  return tail !== undefined && tail.trim() !== '';
}

/** `[[Page|label]]` -> `label`, `[[Page]]` -> `Page`. */
function unlink(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2').replace(/\[\[([^\]]*)\]\]/g, '$1');
  return Array.isArray(v) ? v.map(unlink) : v;
}

/**
 * The line a page kept for its notes carries. A later compile gives the notes to the page that takes its name and type
 * (an alias or merge added to the config since) and removes it; pages kept with the older line, which promised they would
 * never change, are left alone.
 */
export const KEPT_NOTICE = 'No post mentions this any more. wikic keeps the page for the notes below, and moves them to the page of this name if one comes back.';

/**
 * A page kept for its notes under the current line, left as compile wrote it above the notes: its title, the line,
 * then `## Notes` (text the author added above the notes, or another line, keeps it where it is).
 */
export function isKeptPage(text: string): boolean {
  const end = text.indexOf(NOTES_MARKER);
  if (end < 0) return false;
  let body: string;
  try {
    body = splitFrontmatter(text.slice(0, end)).body;
  } catch {
    return false;
  }
  return /^# [^\n]+\n\n/.test(body) && body.slice(body.indexOf('\n') + 2) === `${KEPT_NOTICE}\n\n${NOTES_HEADING}\n\n`;
}

/** Frontmatter lists of the posts, topics and entities a page was made from: empty once no post makes it. */
const MADE_FROM = new Set(['sources', 'topics', 'entities']);

/**
 * A page no post makes any more, kept because the author wrote notes in it: the same frontmatter with its
 * links made plain text and its lists of posts emptied, a line saying why it is still there, and the notes
 * byte for byte. Nothing in it links to pages compile removed; compile changes it no more, and moves its notes
 * only to a page that takes its name and type later. A page whose frontmatter does not parse is returned as it is.
 */
export function keptPage(old: string): string {
  let data: Record<string, unknown>;
  let body: string;
  try {
    ({ data, body } = splitFrontmatter(old));
  } catch {
    return old;
  }
  const fm: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) fm[k] = MADE_FROM.has(k) ? [] : k === 'mentions' ? 0 : unlink(v);
  const title = String(unlink(/^# (.+)$/m.exec(body)?.[1]?.trim() ?? (typeof data.title === 'string' ? data.title : 'Untitled')));
  return joinFrontmatter(
    fm,
    `# ${title}\n\n${KEPT_NOTICE}\n\n${NOTES_HEADING}\n\n${NOTES_MARKER}${notesOf(old) ?? ''}`,
  );
}
