// Types from the kind a list of names is counted among, from plural roles before names and from what a chief
// executive leads; firms named with several trade words or a legal form after them, and synonyms (`better known
// as`), joined to their other names; standards, bodies and given names; ordinary words and field acronyms that are no
// names. Each with cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers.js';

const typeOf = (text: string | string[], name: string): string | undefined => find(entitiesOf(Array.isArray(text) ? text : [text]), name)?.type;

describe('kinds and roles around a list of names', () => {
  it('names counted among a kind take its type; a kind of people makes no one a person', () => {
    const text = 'GEICO, Tokio Marine and Ageas are among the insurers that have announced deployments.';
    expect(typeOf(text, 'Tokio Marine')).toBe('company');
    expect(typeOf(text, 'Ageas')).toBe('company');
    expect(typeOf('Ordo and Vexa are among the founders we met.', 'Vexa')).not.toBe('person');
    expect(typeOf('Severance and Andor are among the shows we streamed, and Andor won.', 'Andor')).not.toBe('event');
  });

  it('a plural of people\'s roles before names makes people of all of them', () => {
    const es = entitiesOf(['Co-founders Jay Weintraub and Caribou Honig opened with their usual state of the industry.']);
    expect(find(es, 'Caribou Honig')?.type).toBe('person');
    expect(find(es, 'Jay Weintraub')?.type).toBe('person');
    expect(typeOf('We tested smart speakers Sonos Era, Amazon Echo and Apple HomePod.', 'Apple HomePod')).not.toBe('person');
  });

  it('what a chief executive or a founder leads is a firm; not what a team lead runs', () => {
    expect(typeOf('Hippo, led by CEO Rick McCathron, has reorganised around its fronting business.', 'Hippo')).toBe('company');
    expect(typeOf('Hippo, led by Rick McCathron, has reorganised around its fronting business.', 'Hippo')).not.toBe('company');
    expect(typeOf('Ubuntu, led by CEO Mark Shuttleworth, ships twice a year.', 'Ubuntu')).toBe('product');
  });

  it('partners that now include names are firms', () => {
    const text = 'Direct to Cell partners now include One NZ, Optus, Rogers, Kyivstar and Entel.';
    expect(typeOf(text, 'Kyivstar')).toBe('company');
    expect(typeOf(text, 'Optus')).toBe('company');
  });

  it('a joint venture is a firm', () => {
    expect(typeOf('Li Auto is a customer, and the Carizon joint venture with Cariad brings the stack to China.', 'Carizon')).toBe('company');
  });

  it('an appositive that names an office by its last noun makes a person, not the group it manages', () => {
    expect(typeOf('Nakul Duggal, the group general manager for automotive, is the person to watch.', 'Nakul Duggal')).toBe('person');
    expect(typeOf('Ordo, a group for automotive buyers, met in May.', 'Ordo')).toBe('organization');
    expect(typeOf('Nuveen, the real-estate portfolio manager, bought the tower.', 'Nuveen')).not.toBe('person');
    expect(typeOf('Pipedrive, the sales manager CRM, raised prices.', 'Pipedrive')).not.toBe('person');
  });
});

describe('speech, titles and shapes', () => {
  it('`says it` or `says its` after a name makes no person of it; a name that speaks otherwise is one', () => {
    expect(typeOf('BlackBerry QNX says its software is in more than 235 million vehicles.', 'BlackBerry QNX')).not.toBe('person');
    expect(typeOf('Aviva says it runs more than 80 AI models.', 'Aviva')).not.toBe('person');
    expect(typeOf('Karpathy says the models are getting better.', 'Karpathy')).toBe('person');
    expect(typeOf('We interviewed Hightower at length. Hightower says it was his last keynote, and Hightower should know.', 'Hightower')).toBe('person');
  });

  it('a title before a name outweighs a family of names that share its last word', () => {
    const es = entitiesOf([
      'Brown & Brown bought Accession. Brown grew again.',
      'Texas, where Commissioner Cassie Brown runs the Texas Department of Insurance, took its own route. Brown & Brown\'s president and CEO J. Powell Brown told analysts it would help.',
    ]);
    expect(find(es, 'Cassie Brown')?.type).toBe('person');
    expect(find(es, 'J. Powell Brown')?.type).toBe('person');
  });

  it('a thing everyone knows by a name shaped like a person\'s is not one; `Auto` is no surname', () => {
    expect(typeOf('The stack uses REST APIs, OAuth and Apache Kafka for events.', 'Apache Kafka')).toBe('product');
    expect(typeOf('Li Auto and BYD are large customers of the chip.', 'Li Auto')).not.toBe('person');
    expect(typeOf('Li Wei and Mark Chen are large customers of the chip.', 'Li Wei')).toBe('person');
  });
});

describe('full names of firms, projects and synonyms', () => {
  it('a firm named with several trade words joins its bare name', () => {
    const es = entitiesOf([
      'Brookline agreed to buy Ordex Insurance Holdings in June.',
      'Ordex raised its rates. Ordex grew premiums by a third.',
      'Mitchell International closed the deal. Mitchell now owns the platform, and Mitchell sells it.',
    ]);
    expect(find(es, 'Ordex')?.name).toBe(find(es, 'Ordex Insurance Holdings')?.name);
    expect(find(es, 'Mitchell')?.name).toBe(find(es, 'Mitchell International')?.name);
  });

  it('but not a division of a firm everyone knows, a product\'s feature, nor a firm named for a person the posts name', () => {
    const vercel = entitiesOf(['We enabled Vercel Analytics on the site. Vercel hosts our frontend, and Vercel Analytics is private.']);
    expect(find(vercel, 'Vercel')?.name).not.toBe(find(vercel, 'Vercel Analytics')?.name);
    const tesla = entitiesOf(['Tesla Insurance now covers Texas. Tesla sells cars, and Tesla builds them.']);
    expect(find(tesla, 'Tesla')?.name).not.toBe(find(tesla, 'Tesla Insurance')?.name);
    const mullen = entitiesOf(['Joe Mullen of Mullen International spoke. Mullen International grew. Mullen said so, and Mullen smiled.']);
    expect(find(mullen, 'Mullen International')?.name).toBe('Mullen International');
  });

  it('a firm everyone knows, with trade words and its legal form, is that firm; not another firm\'s name', () => {
    const es = entitiesOf(['Toyota Motor Corporation said sales rose. Toyota will build the cars, and Toyota makes many.']);
    expect(find(es, 'Toyota Motor Corporation')?.name).toBe(find(es, 'Toyota')?.name);
    const other = entitiesOf(['Ordo Motor Corporation said sales rose. Ordo will build the cars, and Ordo makes many.']);
    expect(find(other, 'Ordo')?.name).not.toBe(find(other, 'Ordo Motor Corporation')?.name);
  });

  it('`better known as` joins a synonym without making it a former name; only the whole name takes it', () => {
    const es = entitiesOf(['ISO 21448, better known as SOTIF (safety of the intended functionality), came out in 2022. SOTIF asks you to identify triggering conditions.']);
    expect(find(es, 'SOTIF')?.name).toBe(find(es, 'ISO 21448')?.name);
    const forum = entitiesOf(['R155 was adopted by the UNECE World Forum for Harmonization of Vehicle Regulations, better known as WP.29. WP.29 meets in Geneva.']);
    expect(names(forum)).not.toContain('Vehicle Regulations');
    // Nor what a phrase owns or a name cut after `from`.
    const gabe = entitiesOf(['Gabe Newell, better known as Valve\'s boss, spoke first. Valve ships Steam, and Valve is private.']);
    expect(find(gabe, 'Valve')?.name).toBe('Valve');
  });
});

describe('plurals of ordinary words', () => {
  it('a plural opening sentences is no name when the posts write its singular in lower case; a name used mid-sentence stays', () => {
    const es = entitiesOf(['Accelerators are where the money went. Accelerators took a cut too.', 'Y Combinator is the accelerator everyone knows.']);
    expect(names(es)).toContain('Y Combinator');
    expect(names(es)).not.toContain('Accelerators');
    expect(names(entitiesOf(['Pandas makes dataframes easy. I use Pandas for everything, and a panda is an animal.']))).toContain('Pandas');
  });

  it('field acronyms (RTOS, ECU, REPL) are no names; a product named by capitals, and a person named like an acronym, stay', () => {
    const es = entitiesOf(['We run an RTOS on each ECU. The RTOS is small, and updates reach every ECU over CAN. The REPL came later, and the REPL is fast.', 'QNX runs the cluster, and QNX is certified.']);
    for (const n of ['RTOS', 'ECU', 'REPL']) expect(names(es)).not.toContain(n);
    expect(names(es)).toContain('QNX');
    expect(typeOf('Tara is our head of design. Tara joined from Figma, and Tara leads the redesign.', 'Tara')).toBe('person');
  });

  it('one ordinary word that only opens headings, and that the posts write in lower case, labels a section; names stay', () => {
    const es = entitiesOf(['## Pesticides: EPA and dicamba\n\nThe agency ruled again on pesticides.\n\n## Go: generics at last\n\nGo 1.18 shipped generics, and Go users cheered.']);
    expect(names(es)).not.toContain('Pesticides');
    expect(names(es)).toContain('Go');
    // Not a name the posts never write in lower case, even in headings alone.
    expect(names(entitiesOf(['## Zoom: earnings\n\nRevenue grew.', '## Zoom: AI companion\n\nIt is new.']))).toContain('Zoom');
  });
});

describe('standards named after the acronym of a standard', () => {
  it('an acronym of a standard, then a standard\'s words or -RPC, is a standard; not a tool or a body named so', () => {
    expect(typeOf('Responses are validated with JSON Schema. JSON Schema is verbose.', 'JSON Schema')).toBe('protocol');
    expect(typeOf('The server speaks JSON-RPC over stdio, and JSON-RPC is simple.', 'JSON-RPC')).toBe('protocol');
    expect(typeOf('Tokens are JSON Web Tokens, and JSON Web Tokens expire.', 'JSON Web Tokens')).toBe('protocol');
    expect(typeOf('The HTML Foundation met in May. HTML Foundation members voted.', 'HTML Foundation')).toBe('organization');
    expect(typeOf('We ran HTML Tidy on every page. HTML Tidy found errors.', 'HTML Tidy')).not.toBe('protocol');
    expect(typeOf('MIDI-OX is a Windows utility for MIDI. MIDI-OX monitors messages.', 'MIDI-OX')).not.toBe('protocol');
  });
});

describe('bodies named by what surrounds them', () => {
  it('a partnership in apposition and a working group are organizations; not what a group works on', () => {
    expect(typeOf('Vexa, a partnership of three laboratories, runs the archive. Vexa adds data yearly.', 'Vexa')).toBe('organization');
    expect(typeOf('The Foundation\'s Software Defined Vehicle working group is where the middleware lives.', 'Software Defined Vehicle')).toBe('organization');
    expect(typeOf('The Kubernetes working group met. Kubernetes 1.33 shipped.', 'Kubernetes')).not.toBe('organization');
  });
});

describe('given names', () => {
  it('common given names from many languages make people of names with no other cue', () => {
    // Surnames that are ordinary words: only the given name tells.
    expect(typeOf('Volker Brand and Jane Doe described it in 1970, and the idea stuck.', 'Volker Brand')).toBe('person');
    expect(typeOf('Rudolf Bayer and Edward McCreight described it in 1970.', 'Rudolf Bayer')).toBe('person');
  });
});
