// The date a fact's sentence states for what it reports, which its Facts line shows instead of the post's date.
import { describe, expect, it } from 'vitest';
import { statedDate } from '../../src/compile/stated-date.js';

describe('statedDate', () => {
  it('reads full dates, months and years that date an event', () => {
    expect(statedDate('On May 4, 2026, Sierra closed $950 million.')).toBe('2026-05-04');
    expect(statedDate('The board met on 4 May 2026 and approved $5M.')).toBe('2026-05-04');
    expect(statedDate('MySQL was decommissioned in June 2024 after 12 years.')).toBe('2024-06');
    expect(statedDate('MotherDuck raised $52.5 million in 2023.')).toBe('2023');
    expect(statedDate('Grammarly acquired Superhuman in mid-2024.')).toBe('2024');
    expect(statedDate('The spec dated 2025-11-25 adds OAuth 2.1.')).toBe('2025-11-25');
    expect(statedDate('Sierra hits $100M ARR (TechCrunch, Nov 2025)')).toBe('2025-11');
  });

  it('gives nothing for no date, several dates, deadlines, baselines, hypotheticals or dates in links', () => {
    expect(statedDate('Revenue grew 40% year over year.')).toBeUndefined();
    expect(statedDate('It raised $10M in 2023 and $40M in 2025.')).toBeUndefined();
    expect(statedDate('The company expects 1,000 customers by 2030.')).toBeUndefined();
    expect(statedDate('Costs will fall 50% until June 2027.')).toBeUndefined();
    expect(statedDate('40 percent of apps include agents, up from less than 5 percent in 2024.')).toBeUndefined();
    expect(statedDate('This is like if Microsoft had published the NT source in 2003, with 40% share.')).toBeUndefined();
    expect(statedDate('See [the report](https://example.com/2024/06/05/report) for 12 charts.')).toBeUndefined();
    expect(statedDate('Prices are quoted in 2024 dollars: $3 per hour.')).toBeUndefined();
  });

  it('counts one date once, not again as the month or year inside it', () => {
    expect(statedDate('Launched on March 3, 2025, it reached 10,000 users in March 2025.')).toBeUndefined();
    expect(statedDate('Launched on March 3, 2025 with 10,000 users.')).toBe('2025-03-03');
  });
});
