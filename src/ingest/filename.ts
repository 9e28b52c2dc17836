// Safe, readable file names for raw/ posts: `YYYY-MM-DD-slug.md`, valid on Linux, macOS and Windows.
import slugify from '@sindresorhus/slugify';
import { createHash } from 'node:crypto';

const MAX_SLUG = 80;

/** Letters and digits of any script, lower-cased, joined by single hyphens. */
function unicodeSlug(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function cut(slug: string): string {
  const chars = Array.from(slug);
  if (chars.length <= MAX_SLUG) return slug;
  const head = chars.slice(0, MAX_SLUG).join('');
  // Prefer to end on a word boundary when one is reasonably close.
  const i = head.lastIndexOf('-');
  return (i > MAX_SLUG / 2 ? head.slice(0, i) : head).replace(/-+$/, '');
}

/** The slug for a title: transliterated ASCII when possible, else the title's own letters, else a hash. */
export function slugFor(title: string, fallbackKey: string): string {
  let slug = '';
  try {
    slug = slugify(title, { decamelize: false });
  } catch {
    slug = '';
  }
  // Transliteration drops scripts it does not know (CJK); keep those letters rather than lose the title.
  const own = unicodeSlug(title);
  if (!slug || own.replace(/[a-z0-9-]/g, '').length > slug.length / 2) slug = own || slug;
  slug = cut(slug);
  if (!slug) slug = `untitled-${createHash('sha256').update(fallbackKey).digest('hex').slice(0, 8)}`;
  return slug;
}

/** `2026-05-06-the-title` (or `undated-the-title`), without `.md`. */
export function baseNameFor(title: string, published: string | undefined, fallbackKey: string): string {
  const day = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : 'undated';
  return `${day}-${slugFor(title, fallbackKey)}`;
}
