// The author's `## Notes`: everything after NOTES_MARKER in a page on disk is carried over into
// the recompiled page byte for byte.
import { NOTES_HEADING, NOTES_MARKER } from '../wiki/schema.js';

/** The block every page with notes ends with. */
export const NOTES_BLOCK = `${NOTES_HEADING}\n\n${NOTES_MARKER}\n`;

/** The author's text after the marker ('' when none); a page whose marker was lost keeps what follows its `## Notes` heading. */
export function notesOf(old: string): string | undefined {
  const i = old.indexOf(NOTES_MARKER);
  if (i >= 0) return old.slice(i + NOTES_MARKER.length);
  const h = old.search(/^## Notes[ \t]*$/m);
  if (h >= 0) return `\n${old.slice(h).replace(/^## Notes[ \t]*\r?\n?/, '').replace(/^\s*\n/, '')}`;
  return undefined;
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

/** Whether the author wrote anything in a page's notes. */
export function hasOwnNotes(text: string): boolean {
  const tail = notesOf(text);
  return tail !== undefined && tail.trim() !== '';
}
