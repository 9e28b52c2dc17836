// Works cited by a quoted title with their authors and venue in brackets, and the wording of such titles (which
// is no name of its own) when the title is written again elsewhere in the post, as in a reading-list table.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers.js';

describe('a quoted title with a citation in brackets', () => {
  it('is a paper, whether the brackets give every author, `et al.` or an arXiv id', () => {
    const es = entitiesOf([
      [
        'The intellectual ancestor is "PI2: A Linearized AQM for both Classic and Scalable TCP" (De Schepper, Bondarenko, Tsang and Briscoe, CoNEXT 2016).',
        'Then came "A Multifaceted Look at Starlink Performance" (Mohan et al., WWW 2024; arXiv:2310.09242), which measured it.',
        'The dataset is described in "TeleQnA: A Benchmark Dataset to Assess Large Language Models" (Maatouk et al., arXiv:2310.15051).',
      ].join('\n\n'),
    ]);
    expect(find(es, 'PI2: A Linearized AQM for both Classic and Scalable TCP')?.type).toBe('paper');
    expect(find(es, 'A Multifaceted Look at Starlink Performance')?.type).toBe('paper');
    expect(find(es, 'TeleQnA: A Benchmark Dataset to Assess Large Language Models')?.type).toBe('paper');
  });

  it('is a paper when someone\'s work is followed by where and when it appeared', () => {
    const es = entitiesOf([
      'John Preskill\'s "Quantum Computing in the NISQ era and beyond" (Quantum, 2018) explains why.',
      'Scott Freeman and colleagues\' meta-analysis "Active learning increases student performance in science" (PNAS, 2014) pooled 225 studies.',
    ]);
    expect(find(es, 'Quantum Computing in the NISQ era and beyond')?.type).toBe('paper');
    expect(find(es, 'Active learning increases student performance in science')?.type).toBe('paper');
  });

  it('but a quotation\'s source, a motto\'s authors or a product\'s maker and year are no citation', () => {
    const es = entitiesOf([
      'As Knuth warned, "Premature optimization is the root of all evil" (Knuth, 1974), and we agree.',
      'The motto "Don\'t Be Evil Ever Again" (Buchheit and Patel, 2000) was dropped from the code.',
      'We shipped "Copilot Workspace" (GitHub, 2024) to every engineer in the org.',
    ]);
    expect(es.filter((e) => e.type === 'paper').map((e) => e.name)).toEqual([]);
  });

  it('but a month after the names is a date, not a venue', () => {
    const es = entitiesOf(['He called it "Good Things Come Slowly" (Adams, Jones and Smith, May 2020) and moved on.']);
    expect(find(es, 'Good Things Come Slowly')?.type).not.toBe('paper');
  });
});

describe('a cited title written again', () => {
  it('gives no names for the ordinary-word runs of its wording, and keeps a name it holds', () => {
    const body = [
      'The ancestor is "PI2: A Linearized AQM for both Classic and Scalable TCP" (De Schepper, Bondarenko, Tsang and Briscoe, CoNEXT 2016).',
      'Also "Sparks of Progress: Early Experiments with GPT-4" (Bubeck et al., arXiv 2023), and GPT-4 is everywhere now.',
      '',
      '| Paper | Venue |',
      '| --- | --- |',
      '| PI2: A Linearized AQM for both Classic and Scalable TCP | CoNEXT 2016 |',
    ].join('\n');
    const es = entitiesOf([body]);
    expect(names(es)).not.toContain('Linearized AQM');
    expect(names(es)).not.toContain('Scalable TCP');
    expect(find(es, 'GPT-4')?.type).toBe('model');
  });

  it('keeps such a run when the post writes it outside the title too', () => {
    const body = [
      'The ancestor is "PI2: A Linearized AQM for both Classic and Scalable TCP" (De Schepper, Bondarenko, Tsang and Briscoe, CoNEXT 2016).',
      'Operators deploy Scalable TCP in their labs, and Scalable TCP variants now ship.',
    ].join('\n\n');
    expect(names(entitiesOf([body]))).toContain('Scalable TCP');
  });
});
