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
    expect(statedDate('As of June 2025, advanced nodes made up 74% of revenue.')).toBe('2025-06');
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
    // A background clause, how things stand now, an identifier or a span of years.
    expect(statedDate('Founded in 2019, Decagon has raised $250 million.')).toBeUndefined();
    expect(statedDate('Since its launch in 2021, Copilot has reached 1.8 million paid users.')).toBeUndefined();
    expect(statedDate('It now has 300 customers, up from 12 in March 2024.')).toBeUndefined();
    expect(statedDate('They cut the price of gpt-4o-2024-08-06 by 50%.')).toBeUndefined();
    expect(statedDate('Revenue was $3 billion in fiscal 2011-12.')).toBeUndefined();
    // An aside about something else or its past, in a relative clause.
    expect(statedDate('Acme competes with Lambda Labs, which raised $480 million in February 2025, on price.')).toBeUndefined();
    expect(statedDate('Teams still on .NET 8, which shipped in November 2023, get support until 2026 at 3 tiers.')).toBeUndefined();
  });

  it('counts one date once, not again as the month or year inside it', () => {
    expect(statedDate('It reached 10,000 users on March 3, 2025 and 20,000 users in May 2025.')).toBeUndefined();
    expect(statedDate('It shipped on March 3, 2025 with 10,000 users.')).toBe('2025-03-03');
    // An opening clause that is the news itself keeps its date.
    expect(statedDate('Launched January 28, 2026, by entrepreneur Matt Schlicht, it has 1,000 users.')).toBe('2026-01-28');
  });
});

describe('a target year', () => {
  it('dates nothing: what will happen, or is expected or planned, has not happened', () => {
    expect(statedDate('Management said it will reach positive adjusted EBITDA in 2026, up from a loss.')).toBeUndefined();
    expect(statedDate('The firm expects to ship the second model in March 2027 with 40% more range.')).toBeUndefined();
    expect(statedDate('The carrier plans to retire 3G in 2026 across 12 states.')).toBeUndefined();
    expect(statedDate('Lemonade reached positive adjusted EBITDA in 2025 and said so twice.')).toBe('2025');
  });
});
