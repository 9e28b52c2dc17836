// Where the rules for well-known names, model releases, initials, bodies named `X of Y and Z`, plural
// acronyms and scored tables must stop: each case once came out wrong.
import { describe, expect, it } from 'vitest';
import { looksLikePerson } from '../../../src/compile/extract/person.js';
import { entitiesOf, find, names } from './helpers.js';

describe('rules that must not reach too far', () => {
  it('reads no initials into a firm named after a place abbreviation, and makes no page of the abbreviation', () => {
    const es = entitiesOf(['Export rules in the U.S. Nvidia must follow are strict. In the U.K. Arm reported growth.', 'Nvidia and Arm are big.']);
    expect(find(es, 'Nvidia')?.aliases ?? []).not.toContain('U.S. Nvidia');
    expect(names(es)).not.toContain('U.S. Nvidia');
    expect(names(es)).not.toContain('U.S');
    expect(find(es, 'Arm')).toBeDefined();
  });
  it('keeps K8s and K3s, which are no plurals', () => {
    const es = entitiesOf(['We run everything on K8s now. K8s is great. K3s runs at the edge, and K3s is small.']);
    expect(find(es, 'K8s')).toBeDefined();
    expect(find(es, 'K3s')).toBeDefined();
  });
  it('does not join two bodies, or a body and the word qualifying a noun after it', () => {
    const es = entitiesOf([
      'The suit was filed by the Department of Justice and State attorneys general.',
      'Google was sued by the Department of Justice and Federal Trade Commission last year.',
    ]);
    expect(find(es, 'Department of Justice')).toBeDefined();
    expect(find(es, 'Federal Trade Commission')).toBeDefined();
    expect(names(es).some((n) => n.startsWith('Department of Justice and'))).toBe(false);
  });
  it('reads a body named `X of Y` before `and` and a lower-case word without failing', () => {
    const es = entitiesOf(['The Department of Health and human services staff agreed, and the Department of Health said so.']);
    expect(find(es, 'Department of Health')).toBeDefined();
  });
  it('takes no model from a family word that names other things, or a release past a product word', () => {
    const es = entitiesOf([
      'SpaceX launched the Falcon 9 again. The Falcon 9 booster landed.',
      'Llama 3 is a great model. Llama Stack 0.2 shipped with new APIs, and Llama Stack 0.2 is stable.',
      'We upgraded to Claude Sonnet 4.5 yesterday, and Claude Sonnet 4.5 is fast.',
    ]);
    expect(find(es, 'Falcon 9')?.type).not.toBe('model');
    expect(find(es, 'Llama Stack 0.2')?.type ?? find(es, 'Llama Stack')?.type).not.toBe('model');
    expect(find(es, 'Claude Sonnet 4.5')?.type).toBe('model');
  });
  it('adds a lower-case variant only to a model release', () => {
    const es = entitiesOf(['Our Ryzen 9 turbo clock was lower, and the Ryzen 9 ran hot.', 'GPT-4.1 mini is cheap, and GPT-4.1 mini is fast.']);
    expect(find(es, 'Ryzen 9')).toBeDefined();
    expect(find(es, 'Ryzen 9 turbo')).toBeUndefined();
    expect(find(es, 'GPT-4.1 mini')?.type).toBe('model');
  });
  it('reads no metric columns of a model table as benchmarks', () => {
    const es = entitiesOf(['| Model | QPS | TTFT (ms) | Active Params | F1 | Top-1 |\n|---|---|---|---|---|---|\n| Qwen3-8B | 12 | 40 | 8B | 0.9 | 81% |\n']);
    for (const n of ['QPS', 'TTFT', 'Active Params', 'F1', 'Top-1']) expect(find(es, n)?.type, n).not.toBe('benchmark');
  });
  it('keeps products that start with a short given name, snaps and C++ file names out of people and firms', () => {
    const es = entitiesOf(['We host scripts on Val Town now, and Val Town is fast.', 'Install it as a Snap on Ubuntu.', 'The crash was in Server.cpp and we patched Worker.cpp too.']);
    expect(find(es, 'Val Town')?.type).not.toBe('person');
    expect(find(es, 'Snap')?.type).not.toBe('company');
    expect(find(es, 'Server.cpp')).toBeUndefined();
  });
  it('takes no model type for an unversioned app from model families listed beside it', () => {
    const es = entitiesOf([
      'Gemini is a model with open weights, and Gemini 2.5 is a model too. Claude is a model, and Claude 3.5 is a model trained by Anthropic.',
      'Clients ship in Claude, Gemini, Cursor and Windsurf. Cursor is an editor. Windsurf grew.',
    ]);
    expect(find(es, 'Cursor')?.type).not.toBe('model');
    expect(find(es, 'Windsurf')?.type).not.toBe('model');
  });
  it('keeps people whose surname follows a particle', () => {
    expect(looksLikePerson('Steve Van Horn')).toBe(true);
    expect(looksLikePerson('Tom Van Rose')).toBe(true);
  });
});
