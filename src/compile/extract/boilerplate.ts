// A blog's boilerplate: sentences that recur, in the same shape, across many of its posts (a byline,
// a sign-off, a subscription blurb). Names in them are the blog's furniture, not what posts talk about.
import { createHash } from 'node:crypto';
import type { DocExtraction } from './types.js';

const ORDINALS = /\b(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|last|next|this|that)\b/g;

/** A sentence with numbers and ordinals blanked: `This is the fourth edition of ...` reads the same every week. */
function sentenceShape(text: string): string {
  return text.toLowerCase().replace(ORDINALS, '#').replace(/\s+/g, ' ').trim();
}

/**
 * A short fingerprint of a sentence's shape, or '' for a shape too short to tell a blurb from a habit
 * (`Thanks!`, `Links`). Made once per post at extraction and cached with it: resolution compares
 * fingerprints across every post on each compile, and blanking every sentence again cost more than that.
 */
export function shapeFingerprint(text: string): string {
  const shape = sentenceShape(text);
  return shape.length < 12 ? '' : createHash('sha1').update(shape).digest('base64').slice(0, 12);
}

/** Each sentence's fingerprint: the cached ones, or made now for an extraction that has none. */
export function sentenceFingerprints(x: DocExtraction): string[] {
  return x.shapes && x.shapes.length === x.sentences.length ? x.shapes : x.sentences.map((s) => shapeFingerprint(s.text));
}

/** Fingerprints of the sentences that recur in at least 40% of the posts (and three of them). */
export function boilerplateShapes(extractions: DocExtraction[]): Set<string> {
  const out = new Set<string>();
  if (extractions.length < 3) return out;
  const df = new Map<string, number>();
  for (const x of extractions) {
    for (const shape of new Set(sentenceFingerprints(x))) if (shape) df.set(shape, (df.get(shape) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(extractions.length * 0.4));
  for (const [shape, n] of df) if (n >= min) out.add(shape);
  return out;
}
