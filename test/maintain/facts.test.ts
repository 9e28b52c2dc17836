import { describe, expect, it } from 'vitest';
import { disagree, extractClaims, timeExpressions, type Claim, partMayHoldHint, mayHoldClaims } from '../../src/maintain/facts.js';

/** Claims about `name` in a sentence; `others` are other entity names in it. */
function claims(sentence: string, name: string, others: string[] = [], postDate = '2026-02-15', docId = 'p'): Claim[] {
  const spans = (n: string) => [...sentence.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length }));
  return extractClaims({ sentence, self: spans(name), others: others.flatMap(spans), docId, postDate });
}
const brief = (cs: Claim[]) => cs.map((c) => `${c.attribute}=${c.value}@${c.time}${c.approximate ? '~' : ''}`);

describe('timeExpressions', () => {
  it('reads months, quarters, years and relative times against the post date', () => {
    const keys = (s: string) => timeExpressions(s, '2026-02-15').map((t) => t.key);
    expect(keys('by November 2025')).toEqual(['2025-11']);
    expect(keys('by early February')).toEqual(['2026-02']);
    expect(keys('in November')).toEqual(['2025-11']);
    expect(keys('in Q3 2025 and Q1')).toEqual(['2025-Q3', '2026-Q1']);
    expect(keys('in 2024, now, last year')).toEqual(['2024', '2026-02', '2025']);
    expect(keys('It may work')).toEqual([]);
  });
});

describe('extractClaims', () => {
  it('reads money with its attribute and time', () => {
    expect(brief(claims('Acme reached $100 million ARR by November 2025.', 'Acme'))).toEqual(['arr=100000000@2025-11']);
    expect(brief(claims('Globex was valued at $2.5B in January 2026.', 'Globex'))).toEqual(['valuation=2500000000@2026-01']);
    expect(brief(claims('Acme raised a $40 million Series B.', 'Acme'))).toEqual(['funding:series b=40000000@always']);
  });

  it('gives each value of a timeline sentence its own time', () => {
    const cs = claims('Acme hit $100 million ARR by November 2025, $150 million by early February.', 'Acme');
    expect(brief(cs)).toEqual(['arr=100000000@2025-11', 'arr=150000000@2026-02']);
  });

  it('uses the post as the time when the sentence has none', () => {
    expect(brief(claims('Acme has 2 million users.', 'Acme', [], '2026-02-15', 'post-a'))).toEqual(['users=2000000@post:post-a']);
  });

  it('leaves out changes, comparisons, forecasts, other entities and unnamed rounds', () => {
    expect(claims('Acme grew ARR from $10M to $50M in 2025.', 'Acme')).toEqual([]);
    expect(claims('Acme expects $1B in revenue in 2027.', 'Acme')).toEqual([]);
    expect(claims('Acme, unlike Globex at $5B valuation, is small.', 'Acme', ['Globex'])).toEqual([]);
    expect(claims('Acme raised $30 million in 2025.', 'Acme')).toEqual([]);
    expect(claims('The company raised a $30 million Series A.', 'Acme')).toEqual([]);
  });

  it('marks approximate values, which are never compared', () => {
    const [c] = claims('Acme has more than 10,000 customers in 2026.', 'Acme');
    expect(c.attribute).toBe('customers');
    expect(c.value).toBe(10000);
    expect(c.approximate).toBe(true);
  });

  it('reads founding and release dates only when the entity is the one founded or released', () => {
    expect(brief(claims('Acme was founded in 2015 in Berlin.', 'Acme'))).toEqual(['founded=2015@always']);
    expect(brief(claims('Nova 3 was released on March 5, 2025.', 'Nova 3'))).toEqual(['release=2025-03-05@always']);
    expect(claims('Jane Doe founded Acme in 2015.', 'Jane Doe', ['Acme']).filter((c) => c.attribute === 'founded')).toEqual([]);
  });

  it('reads counts with their unit: parameters, stars, downloads', () => {
    expect(brief(claims('Nova 3 has 70B parameters.', 'Nova 3'))).toEqual(['parameters=70000000000@always']);
    expect(brief(claims('Widgetly passed 12,000 GitHub stars in 2025.', 'Widgetly'))).toEqual(['stars=12000@2025']);
    expect(brief(claims('Widgetly sees 3 million monthly downloads in 2025.', 'Widgetly'))).toEqual(['downloads:monthly=3000000@2025']);
  });
});

describe('disagree', () => {
  const c = (value: number | string, extra: Partial<Claim> = {}): Claim => ({ attribute: 'a', value, shown: '', unit: '$', time: 't', approximate: false, ...extra });
  it('tolerates rounding, compares date prefixes, skips approximations and other currencies', () => {
    expect(disagree(c(100), c(150))).toBe(true);
    expect(disagree(c(100), c(104))).toBe(false);
    expect(disagree(c('2025'), c('2025-03'))).toBe(false);
    expect(disagree(c('2025-03'), c('2025-04'))).toBe(true);
    expect(disagree(c(100, { approximate: true }), c(150))).toBe(false);
    expect(disagree(c(100, { unit: '€' }), c(150))).toBe(false);
  });
});

describe('prices', () => {
  it('compares a price only with its unit', () => {
    expect(brief(claims('Acme Pro costs $200/month in 2026.', 'Acme Pro'))).toEqual(['price:per month=200@2026']);
    expect(brief(claims('Acme charges $36 per million input tokens.', 'Acme'))).toEqual(['price:per million input tokens=36@post:p']);
    expect(claims('Acme is $3.90.', 'Acme')).toEqual([]);
  });
});

describe('who a value belongs to', () => {
  it('gives company amounts to the subject or the possessive owner, not to investors or customers', () => {
    const s1 = 'Acme closed $950 million at a $15.8 billion valuation led by Globex Ventures.';
    expect(brief(claims(s1, 'Acme', ['Globex Ventures']))).toEqual(['valuation=15800000000@post:p']);
    expect(claims(s1, 'Globex Ventures', ['Acme'])).toEqual([]);
    const s2 = 'Parloa serves Decathlon and Swiss Life (Series B at $66 million from Altimeter).';
    expect(brief(claims(s2, 'Parloa', ['Decathlon', 'Swiss Life', 'Altimeter']))).toEqual(['funding:series b=66000000@always']);
    expect(claims(s2, 'Altimeter', ['Parloa', 'Decathlon', 'Swiss Life'])).toEqual([]);
    expect(claims(s2, 'Swiss Life', ['Parloa', 'Decathlon', 'Altimeter'])).toEqual([]);
    const s3 = 'The week was about Nova 3 and Acme’s $30 billion ARR in January.';
    expect(brief(claims(s3, 'Acme', ['Nova 3']))).toEqual(['arr=30000000000@2026-01']);
    expect(claims(s3, 'Nova 3', ['Acme'])).toEqual([]);
  });

  it('gives a price to the product next to it', () => {
    const s = 'Acme subsidizes usage through the $200/month Max plan.';
    expect(claims(s, 'Acme', ['Max'])).toEqual([]);
    expect(brief(claims(s, 'Max', ['Acme']))).toEqual(['price:per month=200@post:p']);
  });
});

describe('counts and the place they are measured', () => {
  it('gives stars to the project, not to the site that counts them', () => {
    expect(brief(claims('Widgetly has 12,000 stars on GitHub in 2025.', 'Widgetly', ['GitHub']))).toEqual(['stars=12000@2025']);
    expect(claims('Widgetly has 12,000 stars on GitHub in 2025.', 'GitHub', ['Widgetly'])).toEqual([]);
  });

  it('does not take a list continuation for an amount with words of its own', () => {
    const s = 'Acme closed a $1.1 billion Series C at a $19 billion valuation, and separately secured $7.5 billion in debt financing.';
    expect(brief(claims(s, 'Acme'))).toEqual(['funding:series c=1100000000@always', 'valuation=19000000000@post:p']);
  });
});

describe('partMayHoldHint', () => {
  it('holds for a line when some part of it could pass mayHoldClaims', () => {
    for (const [line, part] of [
      ['- **2025-03-01**: Acme raised $40 million.', 'Acme raised $40 million.'],
      ['- 2025-03-01launched the app with 2 million users', 'launched the app with 2 million users'],
      ['- 2025-03-01launched in 2025', 'launched in 2025'],
    ]) {
      expect(line).toContain(part);
      expect(mayHoldClaims(part)).toBe(true);
      expect(partMayHoldHint(line)).toBe(true);
    }
  });

  it('fails for a line with no amount, count or founding verb', () => {
    expect(partMayHoldHint('- **2025-03-01**: Acme makes robots in Berlin since 2019.')).toBe(false);
  });
});
