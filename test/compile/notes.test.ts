// The author's notes under `## Notes`: what compile carries into the page it writes again.
import { describe, expect, it } from 'vitest';
import { appendNotes, hasOwnNotes, isKeptPage, keptPage, mergeNotes, NOTES_BLOCK } from '../../src/compile/notes.js';
import { NOTES_MARKER } from '../../src/wiki/schema.js';

const generated = `---\ntype: company\n---\n# Acme\n\nAcme makes anvils.\n\n${NOTES_BLOCK}`;

describe('notes', () => {
  it('carries the text below the marker byte for byte', () => {
    const old = `${generated}keep  this\n\ttabbed\n\n## my heading\nno newline at the end`;
    expect(mergeNotes(generated.replace('anvils', 'rockets'), old)).toBe(`${generated.replace('anvils', 'rockets')}keep  this\n\ttabbed\n\n## my heading\nno newline at the end`);
  });

  it('keeps text typed between the heading and the marker, moved below the marker, and is stable from then on', () => {
    const old = generated.replace('## Notes\n\n', '## Notes\n\nMy note.\n  second line\n\n') + 'below\n';
    expect(hasOwnNotes(generated.replace('## Notes\n\n', '## Notes\n\nMy note.\n\n'))).toBe(true);
    const once = mergeNotes(generated, old);
    expect(once).toBe(`${generated.slice(0, -1)}\nMy note.\n  second line\nbelow\n`);
    expect(once.endsWith(`${NOTES_MARKER}\nMy note.\n  second line\nbelow\n`)).toBe(true);
    expect(mergeNotes(generated, once)).toBe(once);
    // Nothing under the marker: the text above it is the notes.
    expect(mergeNotes(generated, generated.replace('## Notes\n\n', '## Notes\n\nonly above\n'))).toBe(`${generated}only above\n`);
    // Blank lines alone above the marker are no notes.
    expect(hasOwnNotes(generated.replace('## Notes\n\n', '## Notes\n\n\n  \n'))).toBe(false);
  });

  it('a kept page holds the text that was above the marker too', () => {
    const kept = keptPage(generated.replace('## Notes\n\n', '## Notes\n\nabove\n\n'));
    expect(kept).toMatch(/No post mentions this any more/);
    expect(kept.endsWith(`${NOTES_MARKER}\nabove\n`)).toBe(true);
  });
});

describe('notes of two pages merged into one', () => {
  it('go after the page\'s own, once, even when one holds the other\'s words', () => {
    const mine = `${generated}TODO: check auth section\n`;
    const theirs = `${generated}TODO\n`;
    const both = appendNotes(mine, theirs);
    expect(both).toBe(`${generated}TODO: check auth section\n\nTODO\n`);
    expect(appendNotes(both!, theirs)).toBeUndefined();
    expect(appendNotes(`${generated}TODO\n`, theirs)).toBeUndefined();
  });
});

describe('pages kept for their notes', () => {
  it('are known as compile left them, not once the author wrote above the notes, nor under the older promise', () => {
    const kept = keptPage(`${generated}my note\n`);
    expect(isKeptPage(kept)).toBe(true);
    expect(isKeptPage(kept.replace('## Notes', 'An aside of mine.\n\n## Notes'))).toBe(false);
    const older = kept.replace(/No post mentions this any more\.[^\n]*/, 'No post mentions this any more. wikic keeps the page for the notes below and no longer changes it.');
    expect(isKeptPage(older)).toBe(false);
    expect(isKeptPage(`${generated}my note\n`)).toBe(false);
  });
});
