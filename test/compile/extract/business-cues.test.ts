// Cues that a name is a business: what it earns, who counts it as a customer, who spent on it, what it is
// now part of, what it makes, who works there; and where each cue stops.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, votes } from './helpers.js';

describe('business cues', () => {
  it('types the subject of a revenue figure a company, but not a product that only has users', () => {
    const es = entitiesOf([
      'Deel passed $1B in annualized revenue, according to co-founder Alex Bouaziz.',
      'Gleanwise hit $100M ARR in March.',
      'Zedtool passed 1M users in March.',
    ]);
    expect(find(es, 'Deel')?.type).toBe('company');
    expect(find(es, 'Gleanwise')?.type).toBe('company');
    expect(find(es, 'Zedtool')?.type).not.toBe('company');
  });

  it('types the names a business counts among its customers, partners or investors', () => {
    expect(votes('Decagon builds support agents and counts Duolingo and Notion among its customers.', 'Duolingo').company).toBeGreaterThanOrEqual(3);
    expect(votes('Decagon builds support agents and counts Duolingo and Notion among its customers.', 'Notion').company).toBeGreaterThanOrEqual(3);
    // Features a product counts among its strengths are not customers.
    expect(votes('The editor counts Vim and Emacs bindings among its features.', 'Vim').company ?? 0).toBe(0);
  });

  it('types investors who participate in a round, only in a funding sentence', () => {
    expect(votes('The round valued Flo at $1.3 billion, with GV and Highland Europe participating.', 'Highland Europe').company).toBeGreaterThanOrEqual(2.5);
    expect(votes('The round valued Flo at $1.3 billion, with GV and Highland Europe participating.', 'GV').company).toBeGreaterThanOrEqual(2.5);
    expect(votes('We ran the workshop with Alice and Bob participating.', 'Bob').company ?? 0).toBe(0);
  });

  it('types a firm another has spent billions on, and what is now part of a firm', () => {
    expect(votes('Microsoft spent $69 billion on Activision Blizzard in 2023.', 'Activision Blizzard').company).toBeGreaterThanOrEqual(2.5);
    expect(votes('We spent $40 on Hetzner last month.', 'Hetzner').company ?? 0).toBe(0);
    expect(votes('For our own investigations we use Velociraptor, now part of Rapid7, for triage.', 'Rapid7').company).toBeGreaterThanOrEqual(2);
    expect(votes('The parser is part of Tree-sitter now.', 'Tree-sitter').company ?? 0).toBe(0);
  });

  it('types a maker named by its role without an article, but not a creator (who may be a person)', () => {
    expect(votes('Turn 10 Studios, maker of Forza Motorsport, lost about half its staff.', 'Turn 10 Studios').company).toBeGreaterThanOrEqual(3);
    expect(votes('Tobiko Data, maker of SQLMesh, was bought in September.', 'Tobiko Data').company).toBeGreaterThanOrEqual(3);
    expect(votes('Guido Rossano, creator of Pylint, retired.', 'Guido Rossano').company ?? 0).toBe(0);
  });

  it('types the members of a list of studios, publishers or banks', () => {
    const es = entitiesOf(['For players the question is what the debt means for studios like BioWare, Respawn Entertainment and Maxis.']);
    expect(find(es, 'BioWare')?.type).toBe('company');
    expect(find(es, 'Maxis')?.type).toBe('company');
  });

  it('types the employer of a named person after `at`, lightly', () => {
    const v = votes('Charlie Eriksen at Aikido Security spotted it first.', 'Aikido Security');
    expect(v.company).toBeGreaterThanOrEqual(1.5);
    expect(votes('The talk at Strange Loop was great.', 'Strange Loop').company ?? 0).toBeLessThan(1);
  });

  it('gives the owner of games, phones and chips a maker vote, but not the owner of a library', () => {
    expect(votes("Everwild, Rare's long-troubled adventure game, was cancelled.", 'Rare', true).company).toBeGreaterThanOrEqual(1.5);
    expect(votes("Pyrelight's standard library grew again.", 'Pyrelight', true).company).toBeLessThan(1);
  });
});
