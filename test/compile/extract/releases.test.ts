import { describe, expect, it } from 'vitest';
import { releaseFamilies } from '../../../src/compile/extract/releases.js';

describe('release names', () => {
  it('names the families a versioned, sized or variant name could belong to, longest first', () => {
    expect(releaseFamilies('Claude Sonnet 4.6')).toEqual(['Claude Sonnet', 'Claude']);
    expect(releaseFamilies('Gemini 2.5 Flash')).toEqual(['Gemini']);
    expect(releaseFamilies('Qwen2.5-Coder-32B')).toEqual(['Qwen']);
    expect(releaseFamilies('GPT-4.1 mini')).toEqual(['GPT']);
    expect(releaseFamilies('DeepSeek-R1-Zero')).toEqual(['DeepSeek']);
    expect(releaseFamilies('DeepSeek V3.2')).toEqual(['DeepSeek']);
    expect(releaseFamilies('Mistral Small')).toEqual(['Mistral']);
  });
  it('finds no family in a multiple, a name without a version, or a name with a head word of another kind', () => {
    for (const n of ['Claude Max 20x', 'Claude Code', 'Gemini CLI 2.0', 'DeepSeek-V3 Technical Report', 'Mistral small', 'the 4.1 release']) {
      expect(releaseFamilies(n), n).toEqual([]);
    }
  });
});
