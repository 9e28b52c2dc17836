// Names of public bodies and laws as governments write them: an ampersand among the subjects a body is named
// for, a plural head before `for`, a century's ordinal, a short form that keeps the first words, a statute's
// section, `X for <country>`; and a person's name without the office held before or the honours after it.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers.js';

describe("bodies' and laws' names", () => {
  it("keeps an ampersand and a plural head inside a body's name, but not a name everyone knows after it", () => {
    const es = entitiesOf([
      'We asked the Centers for Medicare & Medicaid Services about it, and the MIT Center for Transportation & Logistics too.',
      'The Centers for Disease Control published it. The Center for AI Safety & OpenAI wrote letters. We use Kafka & Flink.',
    ]);
    for (const n of ['Centers for Medicare & Medicaid Services', 'MIT Center for Transportation & Logistics', 'Centers for Disease Control']) {
      expect(find(es, n)?.type).toBe('organization');
    }
    expect(find(es, 'Medicare')).toBeUndefined();
    expect(find(es, 'OpenAI')).toBeDefined();
    expect(find(es, 'Center for AI Safety')).toBeDefined();
    expect(find(es, 'Kafka & Flink')).toBeUndefined();
  });

  it("reads a century's ordinal as the name's first word and joins a short form that keeps the first words", () => {
    const es = entitiesOf(['The 21st Century Integrated Digital Experience Act (21st Century IDEA) requires it, and 21st Century IDEA audits follow.']);
    const law = find(es, '21st Century Integrated Digital Experience Act');
    expect(law?.type).toBe('protocol');
    expect(law?.aliases).toContain('21st Century IDEA');
    expect(names(es)).not.toContain('Century Integrated Digital Experience Act');
    // The century alone names nothing.
    expect(names(entitiesOf(['In the 21st Century, Google won, and in the 20th Century, IBM did.']))).not.toContain('21st Century');
  });

  it("takes a statute's section for a name, each its own, and a document's section for none", () => {
    const es = entitiesOf([
      'Section 508 of the Rehabilitation Act requires accessible sites. USTR proposed Section 301 fees, and Section 232 tariffs rose.',
      'See Section 3 for details, and Section 12 for the rest.',
    ]);
    for (const n of ['Section 508', 'Section 301', 'Section 232']) expect(find(es, n)?.type).toBe('protocol');
    expect(find(es, 'Section 301')).not.toBe(find(es, 'Section 508'));
    expect(find(es, 'Section 3')).toBeUndefined();
    expect(find(es, 'Section')).toBeUndefined();
  });

  it('names a body for a country, and an event for it, but not a product for a place', () => {
    const es = entitiesOf(['I went to the Code for America Summit. We met people from Code for America and Teach for America, and sold Quaylet for Japan.']);
    expect(find(es, 'Code for America')?.type).toBe('organization');
    expect(find(es, 'Teach for America')?.type).toBe('organization');
    expect(find(es, 'Code for America Summit')?.type).toBe('event');
    expect(names(es)).not.toContain('Quaylet for Japan');
  });
});

describe("people's names", () => {
  it('drops an office held before and honours after the name', () => {
    const es = entitiesOf([
      'The report, led by Commissioner Catherine Holmes AC SC, is long. Then-Commissioner Thierry Breton, who led the file, resigned.',
      'We met Jane Roe OBE there, and Martin Luther King Jr spoke.',
    ]);
    for (const n of ['Catherine Holmes', 'Thierry Breton', 'Jane Roe']) expect(find(es, n)?.type).toBe('person');
    expect(names(es)).not.toContain('Catherine Holmes AC SC');
    expect(names(es)).not.toContain('Then-Commissioner Thierry Breton');
    // A suffix that is part of the name stays.
    expect(names(es)).toContain('Martin Luther King Jr');
  });
});

describe('firms, alliances and waters', () => {
  it("keeps an ampersand and one ordinary word after an acronym's name, but not a second product", () => {
    const es = entitiesOf(['We use DAT Freight & Analytics data and the DCSA Track & Trace standard, and AWS Lambda & Fargate for jobs.']);
    expect(find(es, 'DAT Freight & Analytics')).toBeDefined();
    expect(find(es, 'DCSA Track & Trace')).toBeDefined();
    expect(names(es)).not.toContain('AWS Lambda & Fargate');
  });

  it('types names closed by Limited or a shipping word a company', () => {
    const es = entitiesOf(['Terminal Investment Limited bought it, and COSCO Shipping and Harbourline Freight ran it.']);
    for (const n of ['Terminal Investment Limited', 'COSCO Shipping', 'Harbourline Freight']) expect(find(es, n)?.type).toBe('company');
  });

  it("reads `of` before a list as the body's members, unless it names a place", () => {
    const es = entitiesOf(['The Ocean Alliance of CMA CGM, COSCO Shipping, Evergreen and OOCL carries on. The University of California, Berkeley and Stanford won.']);
    expect(find(es, 'Ocean Alliance')?.type).toBe('organization');
    expect(find(es, 'CMA CGM')).toBeDefined();
    expect(names(es)).not.toContain('Ocean Alliance of CMA CGM');
    expect(find(es, 'University of California')).toBeDefined();
  });

  it('takes seas, oceans, canals, straits, gulfs and capes for places', () => {
    const es = entitiesOf(['Ships avoid the Red Sea and go round the Cape of Good Hope; others use the Panama Canal, the Strait of Hormuz or the Indian Ocean, and SeaWorld opened.']);
    for (const n of ['Red Sea', 'Cape of Good Hope', 'Panama Canal', 'Strait of Hormuz', 'Indian Ocean']) expect(find(es, n)).toBeUndefined();
    expect(find(es, 'SeaWorld')).toBeDefined();
  });
});

describe('offices, departments and their documents', () => {
  it("joins `of the` after a body's head, with an office's title closing the name, but not a second body", () => {
    const es = entitiesOf([
      'The Executive Office of the President runs it, and the Bureau of the Fiscal Service pays.',
      'The Office of the United States Trade Representative proposed fees. The Advanced Distributed Learning Initiative of the US Department of Defense wrote xAPI.',
    ]);
    for (const n of ['Executive Office of the President', 'Bureau of the Fiscal Service', 'Office of the United States Trade Representative']) {
      expect(find(es, n)?.type).toBe('organization');
    }
    expect(find(es, 'Advanced Distributed Learning Initiative')).toBeDefined();
    expect(names(es)).not.toContain('Advanced Distributed Learning Initiative of the US Department of Defense');
  });

  it('joins a public body named with and without its head', () => {
    const es = entitiesOf([
      'The Department of Veterans Affairs runs VA.gov.',
      'Under Denis McDonough, Veterans Affairs kept shipping, and Veterans Affairs staff liked it.',
    ]);
    expect(find(es, 'Veterans Affairs')).toBe(find(es, 'Department of Veterans Affairs'));
    expect(find(es, 'Department of Veterans Affairs')?.type).toBe('organization');
  });

  it("reads a body's name listing its subjects with commas before its acronym", () => {
    const es = entitiesOf(['It will move to the Department for Science, Innovation and Technology (DSIT) next year.']);
    const d = find(es, 'DSIT');
    expect(d?.name).toBe('Department for Science, Innovation and Technology');
    expect(d?.type).toBe('organization');
    expect(names(es)).not.toContain('Department for Science');
  });

  it("types a guideline's version at a conformance level a standard and an auditor's report a paper", () => {
    const es = entitiesOf([
      'Sites must meet WCAG 2.1 AA now and WCAG 2.2 Level AA next year; see GAO-19-471 and GAO-22-105162.',
      'The audit came out in 2019, and GAO-19-471 is still cited.',
    ]);
    expect(find(es, 'WCAG 2.1 AA')?.type).toBe('protocol');
    expect(find(es, 'WCAG 2.2 Level AA')?.type).toBe('protocol');
    expect(find(es, 'GAO-19-471')?.type).toBe('paper');
  });
});

describe('grid operators, guidelines and codes', () => {
  it('types grid operators bodies, and guidelines and codes of practice rules', () => {
    const es = entitiesOf([
      'The California Independent System Operator and the Southwest Power Pool both set records.',
      'NIST revised its Digital Identity Guidelines, and the General-Purpose AI Code of Practice took effect.',
    ]);
    expect(find(es, 'California Independent System Operator')?.type).toBe('organization');
    expect(find(es, 'Southwest Power Pool')?.type).toBe('organization');
    expect(find(es, 'Digital Identity Guidelines')?.type).toBe('protocol');
    expect(find(es, 'General-Purpose AI Code of Practice')?.type).toBe('protocol');
  });
});
