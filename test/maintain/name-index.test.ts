import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/maintain/name-index.js';

describe('NameIndex', () => {
  const idx = new NameIndex(['GPT-4o', 'GPT-4o mini', 'OpenAI', 'AI', 'Model Context Protocol']);
  const found = (s: string) => idx.find(s).map((m) => `${m.name}@${m.start}-${m.end}`);

  it('prefers the longest name and keeps positions', () => {
    expect(found('GPT-4o mini beats GPT-4o.')).toEqual(['GPT-4o mini@0-11', 'GPT-4o@18-24']);
  });

  it('matches long names in any case, short ones only in their case, and drops possessives', () => {
    expect(found("openai's model context protocol and ai and AI")).toEqual(['OpenAI@0-6', 'Model Context Protocol@9-31', 'AI@43-45']);
  });

  it('does not join words across punctuation', () => {
    expect(found('Model Context, Protocol')).toEqual([]);
  });

  it('can match every name in its exact case', () => {
    expect(new NameIndex(['Maintain'], true).find('We maintain it. Maintain is a tool.').map((m) => m.start)).toEqual([16]);
  });
});
