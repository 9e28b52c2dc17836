// Rules of legal and business writing: court cases named by their parties, firms named by their founders or with
// their legal form, people named with an initial before the given name, and standards, bodies and events named by
// shape (ITU-T recommendations, video codecs, sports bodies, `-week` trade shows, `... Forum`, `... Cup`).
import { describe, expect, it } from 'vitest';
import { looksLikePerson } from '../../../src/compile/extract/person.js';
import { spellsOut } from '../../../src/compile/extract/names.js';
import { entitiesOf, find, names } from './helpers.js';

describe('court cases', () => {
  it('names a case by its parties, as an event, and keeps parties the post names elsewhere', () => {
    const es = entitiesOf([
      'In Oracle v. Google, the court looked at Java APIs. Google argued fair use. After Dobbs v. Jackson Women’s Health the debate moved on.',
      'The ruling in Sony Music v. Cox Communications came in March. Cox Communications appealed, and Oracle v. Google was cited again.',
    ]);
    expect(find(es, 'Oracle v. Google')?.type).toBe('event');
    expect(find(es, 'Sony Music v. Cox Communications')?.type).toBe('event');
    expect(find(es, 'Google')?.type).toBe('company');
    expect(find(es, 'Cox Communications')).toBeDefined();
    // The sentence's own opening words are no party's.
    expect(names(es).some((n) => /^(?:In|After|The ruling)\b.* v\. /.test(n))).toBe(false);
    // A one-word party named nowhere else (a plaintiff's surname) gets no page of its own.
    expect(find(es, 'Dobbs')).toBeUndefined();
  });

  it('joins a case written with a party’s short name to the full one, and leaves comparisons with vs. alone', () => {
    const es = entitiesOf([
      'Epic Games v. Apple went to trial in 2021. Later, Epic v. Apple came back on appeal. Epic Games said nothing.',
      'We compared PostgreSQL vs. MySQL on the same box. PostgreSQL won.',
    ]);
    const c = find(es, 'Epic Games v. Apple');
    expect(c).toBeDefined();
    expect(find(es, 'Epic v. Apple')).toBe(c);
    expect(names(es).some((n) => n.includes(' vs'))).toBe(false);
  });
});

describe('firms, people and standards by the shape of their names', () => {
  it('types two names that are no words joined by & as a firm, and a firm everyone knows with its legal form as itself', () => {
    const es = entitiesOf([
      'The brief was written by [Sullivan & Cromwell](https://www.sullcrom.example/) and filed on time. Microsoft Corp filed a reply, and Microsoft said little.',
      '| Counsel | Side |\n| --- | --- |\n| Cravath & Swaine | plaintiff |\n| Research & Development | none |',
    ]);
    expect(find(es, 'Sullivan & Cromwell')?.type).toBe('company');
    expect(find(es, 'Cravath & Swaine')?.type).toBe('company');
    expect(find(es, 'Research & Development')?.type).not.toBe('company');
    const ms = find(es, 'Microsoft');
    expect(ms?.name).toBe('Microsoft');
    expect(find(es, 'Microsoft Corp')).toBe(ms);
  });

  it('joins an acronym to its name closed by trade words, and reads an initial before a given name as a person’s', () => {
    const es = entitiesOf(['WWE Group Holdings reported results; WWE said the numbers were fine. WWE grew, and WWE hired.']);
    expect(find(es, 'WWE Group Holdings')).toBe(find(es, 'WWE'));
    expect(looksLikePerson('F. Scott Fitzgerald')).toBe(true);
    expect(looksLikePerson('P. Table Chair')).toBe(false);
  });

  it('types a person by an office and whom it serves in an appositive', () => {
    const es = entitiesOf([
      'Lumen Tarrow, executive vice-president for digital policy, spoke first. Haven Oduya, the commissioner responsible for culture, agreed.',
    ]);
    expect(find(es, 'Lumen Tarrow')?.type).toBe('person');
    expect(find(es, 'Haven Oduya')?.type).toBe('person');
  });

  it('types ITU-T recommendations, video codecs and SMPTE standards as protocols, sports bodies as organizations', () => {
    const es = entitiesOf([
      'The encoder supports H.264 and VP9, and G.711 for voice. Broadcasters moved to SMPTE ST 2110 last year. The NFL and UEFA stream matches in HEVC.',
    ]);
    for (const n of ['H.264', 'VP9', 'G.711', 'SMPTE ST 2110', 'HEVC']) expect(find(es, n)?.type, n).toBe('protocol');
    for (const n of ['NFL', 'UEFA']) expect(find(es, n)?.type, n).toBe('organization');
  });

  it('types a Forum as an organization, a Cup and an acronym with its year as events', () => {
    const es = entitiesOf([
      'The Internet Governance Forum met in June. Vendors went to Retailweek and to NABSHOW2025 before the Ryder Cup.',
    ]);
    expect(find(es, 'Internet Governance Forum')?.type).toBe('organization');
    expect(find(es, 'Ryder Cup')?.type).toBe('event');
  });

  it('types a university system’s campus and a place’s public body as organizations, and a standards body’s named standard as a protocol', () => {
    const es = entitiesOf([
      'Researchers at IIT Kanpur and TU Dresden built it. The Ohio DMV approved the pilot. It emits spans in the W3C Baggage format... ' +
        'The team follows the NIST Privacy Framework, and presented at IEEE VIS with ITU-T SG17 in the room.',
    ]);
    for (const n of ['IIT Kanpur', 'TU Dresden', 'Ohio DMV']) expect(find(es, n)?.type, n).toBe('organization');
    expect(find(es, 'NIST Privacy Framework')?.type).toBe('protocol');
    // A body's meeting or group named by an acronym is none of its standards.
    expect(find(es, 'IEEE VIS')?.type).not.toBe('protocol');
  });

  it('types firms by their trade words (Bio, Global, Payments) and a body closed by Project, but not a product opened by it', () => {
    const es = entitiesOf([
      'Insitro Bio and Brightline Global signed on; Northwind Payments handles the money. The Chromium Project and the Gentoo Project disagreed. ' +
        'Meanwhile Project Starling shipped to testers, and Project Starling got good reviews.',
    ]);
    for (const n of ['Insitro Bio', 'Brightline Global', 'Northwind Payments']) expect(find(es, n)?.type, n).toBe('company');
    for (const n of ['Chromium Project', 'Gentoo Project']) expect(find(es, n)?.type, n).toBe('organization');
    expect(find(es, 'Project Starling')?.type).not.toBe('organization');
  });

  it('joins a firm named with its trade to its bare name, but not a business of a firm everyone knows', () => {
    const es = entitiesOf([
      'Kestrel Energy raised $40 million. Kestrel plans a plant in 2027, and Kestrel hired 40 engineers.',
      'Harbor Venture Partners led the round; Harbor has backed four such firms. Harbor said so.',
      'Intel Capital invested too, though Intel itself did not. Intel Capital has a new fund.',
      'Corvex Asset Management bought the stake; Corvex said little, and Corvex sold later. Tamsin Global agreed; Tamsin grew.',
    ]);
    expect(find(es, 'Corvex')).toBe(find(es, 'Corvex Asset Management'));
    expect(find(es, 'Tamsin')).toBe(find(es, 'Tamsin Global'));
    expect(find(es, 'Kestrel')).toBe(find(es, 'Kestrel Energy'));
    expect(find(es, 'Harbor')).toBe(find(es, 'Harbor Venture Partners'));
    expect(find(es, 'Intel')).not.toBe(find(es, 'Intel Capital'));
  });

  it('joins an acronym made with a function word’s letter or more of a word’s letters to the one name it spells in its posts', () => {
    expect(spellsOut('ERCOT', 'Electric Reliability Council of Texas')).toBe(true);
    expect(spellsOut('CAISO', 'California Independent System Operator')).toBe(true);
    expect(spellsOut('CAISO', 'California Independent System Operator', false)).toBe(false);
    expect(spellsOut('NASA', 'Apollo Guidance Computer')).toBe(false);
    const es = entitiesOf([
      'The Midwest Reliability Organization of Ohio met in May. MRO of course said little, and MROO published a report.',
      'The Pacific Interconnection Authority Organization grew. PACIAO said demand rose; PACIAO warned of shortages.',
      'The Electric Reliability Board of Kansas met. ERBOK asked for calm, and ERBOK published a plan.',
      'Michael Tamsin spoke at the MIT Media Lab. MIT researchers agreed with Michael Tamsin.',
    ]);
    expect(find(es, 'MROO')).toBe(find(es, 'Midwest Reliability Organization of Ohio'));
    expect(find(es, 'PACIAO')).toBe(find(es, 'Pacific Interconnection Authority Organization'));
    expect(find(es, 'ERBOK')).toBe(find(es, 'Electric Reliability Board of Kansas'));
    // Not a person's name, nor a two-word name by more than first letters.
    expect(find(es, 'MIT')).not.toBe(find(es, 'Michael Tamsin'));
  });

  it('reads a given name that is also a stop word (Will) before a surname, and leaves ranks and plural titles out of names', () => {
    const es = entitiesOf([
      'We talked to Will Tarnowsky about plugins. Will Nvidia ship it? Executive Vice-President Lumen Tarrow spoke, and ' +
        'Founders Imran Quellish and Bethany Orlov left. The Executive Order 14110 stands, and Partners Group invested.',
    ]);
    expect(find(es, 'Will Tarnowsky')?.type).toBe('person');
    expect(find(es, 'Will Nvidia')).toBeUndefined();
    expect(find(es, 'Lumen Tarrow')).toBeDefined();
    expect(find(es, 'Imran Quellish')?.type).toBe('person');
    expect(find(es, 'Executive Order 14110')).toBeDefined();
    expect(find(es, 'Partners Group')).toBeDefined();
  });

  it('keeps and inside a body’s name after its head and of, and inside a law’s name, but not between two bodies', () => {
    const es = entitiesOf([
      'The Department of Energy and Mineral Works issued a rule; DEMW said so, and DEMW repeated it. The Online Safety and Media Act applies. ' +
        'We visited the Vienna School of Design and Kestrel College last week.',
    ]);
    const dept = find(es, 'Department of Energy and Mineral Works');
    expect(dept?.type).toBe('organization');
    expect(find(es, 'DEMW')).toBe(dept);
    expect(find(es, 'Online Safety and Media Act')).toBeDefined();
    expect(find(es, 'Vienna School of Design')).toBeDefined();
    expect(find(es, 'Kestrel College')).toBeDefined();
  });

  it('keeps cases of other parties apart, a body apart from a person after and, and takes no person from a question', () => {
    const es = entitiesOf([
      'New York Times v. Microsoft is pending. New York v. Microsoft was settled. State of Texas v. Google and State of California v. Google differ. ' +
        'In  the  Dobbs  v.  Jackson case, nothing moved.',
      'A letter from the Department of Commerce and Howard Lutnick said no. Will Kalshi survive the ruling? We use UC Browser daily, and we read IEEE Spectrum.',
      'Varda Space Industries raised $187 million. Varda flew again, and Varda hired.',
    ]);
    for (const n of ['New York Times v. Microsoft', 'New York v. Microsoft', 'State of Texas v. Google', 'State of California v. Google']) expect(find(es, n), n).toBeDefined();
    expect(find(es, 'New York v. Microsoft')).not.toBe(find(es, 'New York Times v. Microsoft'));
    expect(find(es, 'State of Texas v. Google')).not.toBe(find(es, 'State of California v. Google'));
    expect(find(es, 'Dobbs v. Jackson')?.name).toBe('Dobbs v. Jackson');
    expect(find(es, 'Department of Commerce')).toBeDefined();
    expect(find(es, 'Howard Lutnick')?.type).toBe('person');
    expect(names(es).some((n) => n.startsWith('Will '))).toBe(false);
    expect(find(es, 'UC Browser')?.type).not.toBe('organization');
    expect(find(es, 'IEEE Spectrum')?.type).not.toBe('protocol');
    expect(find(es, 'Varda')).toBe(find(es, 'Varda Space Industries'));
  });

  it('types laws and regulations as protocols, and keeps a public body’s acronym apart from a law it happens to spell', () => {
    const es = entitiesOf([
      'ESA launched a probe. The EU Space Act was proposed in June, and ESA welcomed the EU Space Act. The Radio Regulations apply, and the ECB and the European Central Bank agreed.',
    ]);
    expect(find(es, 'EU Space Act')?.type).toBe('protocol');
    expect(find(es, 'ESA')).not.toBe(find(es, 'EU Space Act'));
    expect(find(es, 'Radio Regulations')?.type).toBe('protocol');
    expect(find(es, 'ECB')).toBe(find(es, 'European Central Bank'));
  });
});
