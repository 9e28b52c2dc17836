// Page file names: human-readable, safe on Windows/macOS/Linux, and unique across the whole vault
// case-insensitively, because Obsidian resolves `[[Name]]` by base name alone.
import { FORBIDDEN_NAME_CHARS } from '../wiki/schema.js';

/** Longest base name we write, in characters (leaves room for folder + `.md` under common path limits). */
export const MAX_NAME_LENGTH = 100;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** `#` cannot be in an Obsidian file name (it opens a heading link): `C#` and `F#` are spelled out. */
export function spellOutSharp(name: string): string {
  return name.replace(/(?<=(?:^|[^\p{L}\p{N}])\p{Lu})#(?![\p{L}\p{N}])/gu, ' Sharp');
}

/** Turns any title into a base name that every file system and Obsidian's link syntax accept. */
export function safePageName(title: string, fallback = 'Untitled', maxLength = MAX_NAME_LENGTH): string {
  let s = spellOutSharp(title)
    .normalize('NFC')
    // Control characters and the characters Obsidian or a file system refuse.
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    // Separators keep reading as separators: `Title: Subtitle` -> `Title - Subtitle`, `A/B` -> `A-B`.
    .replace(/\s*[:|]\s+/g, ' - ')
    .replace(/(\S)[/\\:|](?=\S)/g, '$1-')
    .replace(FORBIDDEN_NAME_CHARS, ' ')
    // `|` is already gone; `%%` opens an Obsidian comment and `~~` strike-through inside link text.
    .replace(/%%/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
  if ([...s].length > maxLength) {
    s = [...s].slice(0, maxLength).join('');
    const cut = s.lastIndexOf(' ');
    if (cut > maxLength / 2) s = s.slice(0, cut);
  }
  // Windows drops trailing dots and spaces; a leading dot hides the file.
  s = s.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (s === '') s = fallback;
  if (WINDOWS_RESERVED.test(s)) s = `${s} (page)`;
  return s;
}

/** The key two names collide on: case-folded, Unicode-normalised. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Hands out unique page names. Claims are served in call order, so callers claim in a
 * deterministic order; a taken name gets the suffix (`Title (post)`), then a counter.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(nameKey(r));
  }

  has(name: string): boolean {
    return this.taken.has(nameKey(name));
  }

  claim(title: string, suffix: string, fallback?: string): string {
    const base = safePageName(title, fallback);
    if (!this.taken.has(nameKey(base))) {
      this.taken.add(nameKey(base));
      return base;
    }
    // Shorten the base so the suffix always survives the length cap.
    const short = safePageName(title, fallback, MAX_NAME_LENGTH - suffix.length - 8);
    for (let i = 1; ; i++) {
      const c = `${short} (${suffix}${i === 1 ? '' : ` ${i}`})`;
      if (!this.taken.has(nameKey(c))) {
        this.taken.add(nameKey(c));
        return c;
      }
    }
  }
}
