// Firms from what they own, what they are listed on, who backs them and who runs them; people from the offices written
// beside their names; firms' legal names joined to the names the posts use; editions of gatherings by their year and
// place; clubs, tours and firms named by their trade. Each with cases the rule must leave alone (many from a review that
// probed the rules with about 520 sentences).
import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers.js';

const typeOf = (text: string | string[], name: string): string | undefined => find(entitiesOf(Array.isArray(text) ? text : [text]), name)?.type;

describe('firms by what is said of them', () => {
  it('the employer of a chief executive or of a chief officer of two things leans to a company; a charity, an event or a product does not', () => {
    expect(typeOf('Sandeep Dave, chief digital and technology officer of Quindle, gave the best talk.', 'Quindle')).toBe('company');
    expect(typeOf('Jason Robins, chief executive of Zorblax, spoke first.', 'Zorblax')).toBe('company');
    expect(typeOf(['Tom Bray, chief executive of Xbox, said the console would ship.', 'I bought an Xbox last year and played on Xbox every night.'], 'Xbox')).toBe('product');
    expect(typeOf('Mind, the mental health charity, raised money. Sarah Hughes, chief executive of Mind, said so.', 'Mind')).not.toBe('company');
  });

  it('the owner of a named business, or a firm listed on an exchange, in apposition, is a company; a person who owns one is not', () => {
    expect(typeOf('Entrix, the London-listed owner of Ladbrokes and Coral, has a new boss.', 'Entrix')).toBe('company');
    expect(typeOf('**Vorpal Data**: the London-based owner of Opta, the oldest name in football event data.', 'Vorpal Data')).toBe('company');
    expect(typeOf('**Sportrax**: the Swiss-headquartered, Nasdaq-listed giant run by its founder.', 'Sportrax')).toBe('company');
    expect(typeOf('Harbour Line, the New York-based owner of Pressgate, cut staff.', 'Harbour Line')).toBe('company');
    expect(typeOf('Chen, the Shanghai-based owner of Lotus Tea, expanded.', 'Chen')).not.toBe('company');
    expect(typeOf('Jeff Bezos, the owner of The Washington Post, said little.', 'Jeff Bezos')).toBe('person');
    expect(typeOf('Maria Lopez, the longtime owner of Casa Bonita, spoke.', 'Maria Lopez')).toBe('person');
    // A surname alone is no firm, nor a fund listed on an exchange.
    expect(typeOf(['Rupert Murdoch stepped down as chairman.', 'Murdoch, the owner of Fox News, retired last year.'], 'Rupert Murdoch')).toBe('person');
    expect(typeOf('IBIT, the Nasdaq-listed bitcoin ETF, drew inflows. IBIT holds coins.', 'IBIT')).not.toBe('company');
    expect(typeOf('SPY, the NYSE-listed S&P 500 tracker, fell.', 'SPY')).not.toBe('company');
  });

  it('what a relative clause says is backed is not made a company by it (products are backed too)', () => {
    expect(typeOf('Valkor, which is backed by AWS and Google, is a Redis fork.', 'Valkor')).not.toBe('company');
    expect(typeOf('SB 1047, which was backed by Anthropic, was vetoed.', 'SB 1047')).not.toBe('company');
  });
});

describe('people by the office beside their name', () => {
  it('a founder and chief executive in apposition is a person, and the round the sentence reports is not theirs', () => {
    const text = 'Ankur Jain, founder and chief executive of Bilt Rewards, closed a $250 million round in January.';
    expect(typeOf(text, 'Ankur Jain')).toBe('person');
    expect(typeOf(text, 'Bilt Rewards')).toBe('company');
    expect(typeOf('Chase Garbarino, co-founder and chief executive, says landlords now buy it for the data.', 'Chase Garbarino')).toBe('person');
    // Without an office, the subject of a round is the firm.
    expect(typeOf('Zentrik, a proptech startup, closed a $250 million round in January.', 'Zentrik')).toBe('company');
  });

  it("an office after a person's name or in brackets is that person's, not the firm's", () => {
    expect(typeOf('On the panel were Ana Lee of Brightwave, CEO; Tom Cruz of Loopwise, CTO.', 'Brightwave')).not.toBe('person');
    expect(typeOf('Guests: Ana Lee (Brightwave, CEO), Tom Cruz (Loopwise, CTO) and Mia Park (Gridline, founder).', 'Gridline')).not.toBe('person');
  });
});

describe("firms' legal names", () => {
  it('join the bare name the posts speak of as a firm, which names the page; not a product of the same name', () => {
    const es = entitiesOf(['Jason Robins, chief executive of Zorblax Inc., spoke about parlays. Zorblax bought Railbird, a small startup.']);
    expect(find(es, 'Zorblax Inc')?.name).toBe('Zorblax');
    expect(find(es, 'Zorblax')?.type).toBe('company');
    const db = entitiesOf(['Quackhouse Inc. raised a round. Quackhouse is a columnar database; install Quackhouse with one command and deploy Quackhouse on a laptop.']);
    expect(find(db, 'Quackhouse')?.name).toBe('Quackhouse');
    expect(find(db, 'Quackhouse Inc')?.name).toBe('Quackhouse Inc');
  });

  it('do not join a body incorporated so to its name', () => {
    const es = entitiesOf(['The Wikiverse Foundation Inc. filed a challenge.', 'The Wikiverse Foundation runs Wikiverse and raised $180 million in donations.']);
    expect(find(es, 'Wikiverse Foundation')?.type).toBe('organization');
  });
});

describe('editions of gatherings', () => {
  it('a name one goes to, with a year, then a month or a city, is an event; a release dated so is not', () => {
    // Its own site's link leans to a firm; the edition outweighs it.
    expect(typeOf('We all went to [Quarkly](https://www.quarkly.com/) 2025 in Berlin.', 'Quarkly')).toBe('event');
    expect(typeOf('Microsoft released Office 2024 in October.', 'Office')).not.toBe('event');
    expect(typeOf('We installed Revdraw 2025 in January and it crashed twice.', 'Revdraw')).not.toBe('event');
    expect(typeOf('Pricing for Copilot 2025 in Europe went up.', 'Copilot')).not.toBe('event');
  });
});

describe('clubs, tours and trades', () => {
  it('football clubs are organizations and tours named by a body events; games named after them are neither', () => {
    expect(typeOf('FC Barcelona signed a tracking deal.', 'FC Barcelona')).toBe('organization');
    expect(typeOf('We met the analysts of Manchester United FC and Liverpool FC.', 'Manchester United FC')).toBe('organization');
    expect(typeOf('Inter Miami CF signed a tracking deal.', 'Inter Miami CF')).toBe('organization');
    expect(typeOf('The PGA Tour signed with the supplier.', 'PGA Tour')).toBe('event');
    expect(typeOf('On weekends I play EA Sports FC with friends.', 'EA Sports FC')).not.toBe('organization');
    expect(typeOf('Nexon said FC Online made $300 million.', 'FC Online')).not.toBe('organization');
    expect(typeOf('Nintendo shut down Mario Kart Tour, its mobile game.', 'Mario Kart Tour')).not.toBe('event');
  });

  it('firms named by their trade in property and finance are companies; dialogs and features named so are not', () => {
    const text = 'Brookfield Properties and AvalonBay Communities use it, and so does QTS Data Centers. Fidelity National Financial bought a stake.';
    for (const n of ['Brookfield Properties', 'AvalonBay Communities', 'QTS Data Centers', 'Fidelity National Financial']) expect(typeOf(text, n)).toBe('company');
    expect(typeOf('Open System Properties and set the path.', 'System Properties')).not.toBe('company');
    expect(typeOf('Facebook Communities are growing.', 'Facebook Communities')).not.toBe('company');
  });
});
