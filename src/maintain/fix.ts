// Applies the safe fixes findings carry. Each page changes at most once per pass (a whole-file
// write or delete wins over text edits); the caller re-checks and repeats until nothing is left.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import type { Vault, VaultPage } from '../wiki/vault.js';
import { NOTES_HEADING, NOTES_MARKER } from '../wiki/schema.js';
import { protectedFrom } from './page-info.js';
import type { FixAction, MaintainFinding } from './types.js';

export interface Applied {
  page: string;
  line?: number;
  what: string;
}

/**
 * Whether an action leaves the author's notes (everything from the `## Notes` heading on) as they are.
 * Checks offer fixes only outside the notes; this holds that line whatever a check offers.
 */
export function sparesNotes(page: VaultPage | undefined, a: FixAction): boolean {
  if (!page) return a.kind === 'write';
  const fence = protectedFrom(page);
  if (a.kind === 'edit') return a.edits.every((e) => e.offset + e.expect.length <= fence);
  // A page is removed only when its notes section holds nothing but the heading and the marker.
  if (a.kind === 'delete') return page.text.slice(fence).replace(NOTES_HEADING, '').replace(NOTES_MARKER, '').trim() === '';
  return a.content.endsWith(page.text.slice(fence));
}

/** Applies every action once; returns what it did, in finding order. */
export async function applyFixes(vault: Vault, findings: MaintainFinding[]): Promise<Applied[]> {
  const byPage = new Map<string, Array<{ f: MaintainFinding; a: FixAction }>>();
  for (const f of findings) {
    if (!f.action || !sparesNotes(vault.page(f.action.page), f.action)) continue;
    byPage.set(f.action.page, [...(byPage.get(f.action.page) ?? []), { f, a: f.action }]);
  }
  const done: Applied[] = [];
  for (const [page, items] of [...byPage.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const file = path.join(vault.dir, page);
    const whole = items.find((i) => i.a.kind === 'delete') ?? items.find((i) => i.a.kind === 'write');
    if (whole) {
      if (whole.a.kind === 'delete') await fs.rm(file, { force: true });
      else if (whole.a.kind === 'write') await writeFileAtomic(file, whole.a.content);
      done.push({ page, line: whole.f.line, what: whole.a.kind === 'delete' ? 'removed the page' : whole.f.fix ?? 'rewrote the page' });
      continue;
    }
    const text = vault.page(page)?.text;
    if (text === undefined) continue;
    const edits = items
      .flatMap((i) => (i.a.kind === 'edit' ? i.a.edits.map((e) => ({ ...e, f: i.f })) : []))
      .sort((a, b) => b.offset - a.offset);
    let out = text;
    let lastStart = Infinity;
    const applied: Applied[] = [];
    for (const e of edits) {
      // Overlapping or outdated edits are skipped; the next pass sees the page as it now is.
      if (e.offset + e.expect.length > lastStart || out.slice(e.offset, e.offset + e.expect.length) !== e.expect) continue;
      out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.expect.length);
      lastStart = e.offset;
      applied.unshift({ page, line: e.f.line, what: e.f.fix ?? `replaced ${e.expect}` });
    }
    if (out !== text) {
      await writeFileAtomic(file, out);
      done.push(...applied);
    }
  }
  return done;
}
