// Types from offices and services: who holds an office named in apposition, where an executive works, public
// services and lone institutions, bold lead-ins that open a clause, a table column's header counted once, and
// list-mates that make no person of a firm.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, votes } from './helpers.js';
import { headingKind, introKind } from '../../../src/compile/extract/list-kinds.js';

describe('offices, employers and public services', () => {
  it('types who holds an office named before or after them a person', () => {
    const es = entitiesOf([
      'Its first administrator, Mikey Dickerson, came out of Google.',
      'Under Mina Hsiang, the current Administrator, the team shipped Direct File.',
      'Tamsin Okoro, director of the Office of Digital Services, spoke first.',
    ]);
    expect(find(es, 'Mikey Dickerson')?.type).toBe('person');
    expect(find(es, 'Mina Hsiang')?.type).toBe('person');
    expect(find(es, 'Tamsin Okoro')?.type).toBe('person');
    // A product after a comma and an ordinary noun is no office-holder.
    expect(votes('Its first release, Zedtool, came out in May.', 'Zedtool').person ?? 0).toBe(0);
  });

  it("types the employer of a head of something, a managing director or a founders' firm a company", () => {
    expect(votes('Judah Levine, head of research at Freightos, said the lull was arriving.', 'Freightos').company).toBeGreaterThanOrEqual(2);
    expect(votes('Ann Lee, managing director at Brightwater, expects more.', 'Brightwater').company).toBeGreaterThanOrEqual(2);
    expect(votes('Amazon hired the founders of Covariant last summer.', 'Covariant').company).toBeGreaterThanOrEqual(2);
    // Not an office of its own (`the head of the queue at Kafka`), nor a place of study.
    expect(votes('Messages wait at the head of the queue at Kafka until acked.', 'Kafka').company ?? 0).toBeLessThan(1);
    expect(votes('She studied at Stanford before joining.', 'Stanford').company ?? 0).toBeLessThan(1);
  });

  it('types firms named as integrators or grocers a company', () => {
    const es = entitiesOf(['It sells through integrators such as Swisslog and Element Logic, and grocers such as Kroger and Coles run it.']);
    for (const n of ['Swisslog', 'Element Logic', 'Kroger', 'Coles']) expect(find(es, n)?.type).toBe('company');
  });

  it("types a government's services and lone institutions organizations, not cloud services", () => {
    const es = entitiesOf([
      'The Internal Revenue Service will make Direct File permanent, and the Canadian Digital Service builds GC Notify.',
      'Between 2016 and 2019 Services Australia used income averaging, and Congress asked the Treasury for numbers.',
      'In May, Congress passed the bill; the Treasury will pay for it.',
      'We moved the queue from Simple Notification Service to Azure Kubernetes Service and Amazon Web Services.',
    ]);
    for (const n of ['Internal Revenue Service', 'Canadian Digital Service', 'Services Australia', 'Congress', 'Treasury']) expect(find(es, n)?.type).toBe('organization');
    for (const n of ['Simple Notification Service', 'Azure Kubernetes Service']) expect(find(es, n)?.type).not.toBe('organization');
  });
});

describe('bold lead-ins that open a clause', () => {
  it("reads the lead-in as the verb's subject, not as the noun after the verb", () => {
    const es = entitiesOf([
      'The vendors:\n\n**Kinaxis** renamed its planning product Maestro last year.\n\n**Harbourline** has rebuilt its products as one cloud codebase.\n\n**Quaylet.** Hosted queue platform with retries.',
      'Speakers:\n\n- **Mohammed AlQuraishi** presented the first results and the consortium\'s plan.',
    ]);
    expect(find(es, 'Kinaxis')?.type).toBe('company');
    expect(find(es, 'Harbourline')?.type).toBe('company');
    // A description that is a noun phrase still gives its head.
    expect(find(es, 'Quaylet')?.type).toBe('product');
    expect(find(es, 'Mohammed AlQuraishi')?.type).toBe('person');
  });
});

describe('evidence counted once', () => {
  it("counts a table column's header once per post, however many rows name the thing", () => {
    const table = [
      'The European Commission published its package on February 26.',
      '',
      '| Measure | Who | Date |',
      '| --- | --- | --- |',
      '| CBAM definitive period | European Commission | January 2026 |',
      '| EU ETS, shipping | European Commission | September 2026 |',
      '| FuelEU Maritime | European Commission | January 2025 |',
    ].join('\n');
    expect(find(entitiesOf([table]), 'European Commission')?.type).toBe('organization');
  });

  it('keeps a firm with evidence of its own a company when it is listed among people', () => {
    const es = entitiesOf([
      'Shelley Simpson, president and CEO of J.B. Hunt Transport Services, Lior Ron, CEO of Uber Freight, and Dave Bozeman, CEO of C.H. Robinson, spoke.',
      'Lior Ron, Uber Freight\'s CEO, called it the longest freight recession.',
    ]);
    expect(find(es, 'Uber Freight')?.type).toBe('company');
    expect(find(es, 'Lior Ron')?.type).toBe('person');
  });
});

describe('lists introduced by their kind', () => {
  it("types each item's first name by the plural noun the paragraph before the list opens with", () => {
    const es = entitiesOf([
      [
        'Firms I talked to or heard mentioned from the stage:',
        '',
        '- [Nava PBC](https://navapbc.example)',
        '- [Ad Hoc](https://adhoc.example)',
        '- Skylight',
        '- Civilla, the studio behind the shorter application form',
        '',
        'Papers worth reading:',
        '',
        '- Attention Over Queues: how schedulers share a disk',
      ].join('\n'),
    ]);
    for (const n of ['Nava PBC', 'Ad Hoc', 'Skylight']) expect(find(es, n)?.type).toBe('company');
    expect(find(es, 'Attention Over Queues')?.type).toBe('paper');
  });

  it('leaves lists whose introduction names no kind, and names inside an item, alone', () => {
    expect(introKind('Firms I talked to:')).toBe('company');
    expect(introKind('The three tools we actually use:')).toBe('product');
    expect(introKind('Firms I talked to.')).toBeUndefined();
    expect(introKind('What I took away:')).toBeUndefined();
    const es = entitiesOf([['Startups to watch:', '', '- Quaylet, backed by Harbourline Ventures and Ann Lee', '- Zedtool'].join('\n')]);
    expect(find(es, 'Quaylet')?.type).toBe('company');
    expect(find(es, 'Zedtool')?.type).toBe('company');
    expect(find(es, 'Ann Lee')?.type).toBe('person');
  });
});

describe('sections named by their kind', () => {
  it("types a bold lead-in or a list item's first name by the plural noun its section's heading opens with", () => {
    const es = entitiesOf([
      [
        '## The vendors, briefly',
        '',
        '**Harbourline** sells a planning suite to grocers.',
        '',
        '**Quaylet**, the lower-case outlier, stitched together a dozen acquisitions.',
        '',
        '## Papers worth reading',
        '',
        '- Robert Bristow-Johnson, "Cookbook formulae for audio EQ biquad filter coefficients"',
        '- Zedtool Routing: how planners share a depot',
      ].join('\n'),
    ]);
    expect(find(es, 'Harbourline')?.type).toBe('company');
    expect(find(es, 'Quaylet')?.type).toBe('company');
    // A person named first in a list of works is its author.
    expect(find(es, 'Robert Bristow-Johnson')?.type).toBe('person');
    expect(headingKind('The vendors, briefly')).toBe('company');
    expect(headingKind('Startups to watch')).toBe('company');
    expect(headingKind('Startups should avoid this')).toBeUndefined();
    expect(headingKind('What the vendors said')).toBeUndefined();
  });
});
