// Type rules, one case each: head words, name shapes, context cues, home pages, families and list-mates.
import { describe, expect, it } from 'vitest';
import { headType, standardName } from '../../../src/compile/extract/classify.js';
import { looksLikePerson, personShaped } from '../../../src/compile/extract/person.js';
import { entitiesOf, find, votes } from './helpers.js';

const top = (v: Record<string, number>): string | undefined => Object.entries(v).sort((a, b) => b[1] - a[1])[0]?.[0];

describe('head words', () => {
  it('reads two-word heads before the last word, and plural heads', () => {
    expect(headType('XML Error Recovery Community Group')).toBe('organization');
    expect(headType('Acme Group')).toBe('company');
    expect(headType('AdWords API Workshops')).toBe('event');
    expect(headType('Open Source Summit Europe')).toBe('event');
    for (const n of ['Epic Games', 'Remedy Entertainment', 'Take-Two Interactive', 'Samsung Electronics', 'Texas Instruments']) expect(headType(n), n).toBe('company');
    expect(headType('Epic Games Store')).toBe('product');
    // A given name's namesake closed by a firm's trade is the firm (`Aurora Innovation`, not a person named Aurora).
    for (const n of ['Aurora Innovation', 'Koito Manufacturing', 'May Mobility', 'Atlas Energy', 'Georgia Power', 'LG Energy Solution']) expect(headType(n), n).toBe('company');
    expect(headType('Catalyst Cooperative')).toBe('organization');
    // `International` heads firms and bodies alike, and `Press` a coffee maker too: no head.
    for (const n of ['Honeywell International', 'French Press']) expect(headType(n), n).toBeUndefined();
    expect(headType('ICLR 2026 Workshop: Reliable Agentic AI')).toBe('event');
    expect(headType('Allen Institute for AI')).toBe('organization');
    expect(headType('ICLR 2026 Workshop - Reliable Agentic AI')).toBe('event');
    expect(headType('Site Reliability: A Benchmark')).toBe('benchmark');
  });
});

describe('people with a family particle', () => {
  it('reads a name with von der, Al or bin between capitalised names as a person\'s', () => {
    for (const n of ['Ursula von der Leyen', 'Sultan Al Jaber', 'Mohammed bin Salman']) expect(personShaped(n), n).toBe(true);
    for (const n of ['Tour de France', 'Bank of America', 'Banco de Santander', 'Museo del Prado', 'Rio de Janeiro', 'Cirque du Soleil']) expect(personShaped(n), n).toBe(false);
  });
});

describe('firms by what they do', () => {
  it('takes what merges, spins off, builds a plant or makes goods for a company', () => {
    expect(top(votes('Ouster merged with Velodyne in February 2023.', 'Velodyne', true))).toBe('company');
    expect(top(votes('The unit was spun off from Intel last year.', 'Intel', true))).toBe('company');
    expect(top(votes('The seats come from a Magna plant in Mesa.', 'Magna', true))).toBe('company');
    expect(top(votes('The fleet uses Zeekr-made vans.', 'Zeekr', true))).toBe('company');
    // More than the light vote any mid-sentence name gets.
    expect(votes('The sensor came out of nuTonomy, later part of Motional.', 'Motional', true).company).toBeGreaterThanOrEqual(1.5);
    expect(votes('Nuro joined a deal with Lucid to build a robotaxi.', 'Lucid', true).company).toBeGreaterThanOrEqual(1.5);
    expect(votes('It heads for production trucks from IVECO next year.', 'IVECO', true).company).toBeGreaterThanOrEqual(1.5);
    expect(votes('Sales slowed, and Volvo has cut its volume forecasts.', 'Volvo', true).company).toBeGreaterThanOrEqual(2);
  });
});

describe('possessives and relative clauses', () => {
  it('takes the owner of essays, advice or tweets for a person, and what another firm acquired for a company', () => {
    expect(top(votes("Brandur Leach's essays on idempotency were the main inspiration.", 'Brandur Leach', true))).toBe('person');
    expect(top(votes("We wrote our own eval with Hamel Husain's advice in mind.", 'Hamel Husain', true))).toBe('person');
    expect(votes('Cilium was everywhere; Isovalent, which Cisco acquired in April 2024, had the busiest booth.', 'Isovalent').company).toBeGreaterThanOrEqual(2);
    // Owning goods still says maker; what `I` bought is no firm's.
    expect(top(votes("Stripe's new checkout ships next week.", 'Stripe', true))).toBe('company');
    expect(votes('The Framework Laptop, which I bought in 2021, still works.', 'Framework Laptop').company ?? 0).toBeLessThan(2);
    expect(top(votes("Google's career ladder rewards scope.", 'Google', true))).toBe('company');
  });
});

describe('name shapes', () => {
  it('knows standards by their numbering and their common acronyms', () => {
    for (const n of ['PEP 517', 'PSR-4', 'RFC 9110', 'ISO 8601', 'HTML5', 'HTTP', 'OAuth 2.0', 'IPv6']) expect(standardName(n), n).toBe(true);
    // A standards body and its letter-and-number code.
    for (const n of ['SAE J3016', 'UL 9540A', 'ASTM D7566', 'ISO/IEC 27001', 'ISO/SAE 21434']) expect(standardName(n), n).toBe(true);
    for (const n of ['SAE', 'UL', 'Sael 12', 'ULTRA 5', 'UL2', 'ul2', 'Sae2', 'Ulm2']) expect(standardName(n), n).toBe(false);
    for (const n of ['DDR5', 'LPDDR5X', 'GDDR7', 'HBM3E', 'HBM', 'RISC-V', 'NVLink', 'CXL']) expect(standardName(n), n).toBe(true);
    for (const n of ['Python', 'PEP', 'Go 1.22', 'HTMLX', 'HBM3E Pro', 'DDR']) expect(standardName(n), n).toBe(false);
  });
  it('reads a common family name or a middle initial as a person', () => {
    expect(personShaped('Hao Zhang')).toBe(true);
    expect(personShaped('Viral B. Shah')).toBe(true);
    expect(personShaped('Red Hat')).toBe(false);
    expect(personShaped('Hot Chips')).toBe(false);
    for (const n of ['Mario Kart World', 'Grace Hopper Celebration']) expect(looksLikePerson(n), n).toBe(false);
    for (const n of ['Mary Jo White', 'Martin Luther King', 'Sarah Jessica Parker']) expect(looksLikePerson(n), n).toBe(true);
  });
});

describe('titles and institutions', () => {
  it('reads a name after an official or military title as a person, but not the head word of an institution', () => {
    expect(top(votes('Gen. Chance Saltzman, the Chief of Space Operations, spoke first.', 'Chance Saltzman'))).toBe('person');
    expect(top(votes('Chief executive Abel Avellan counts three carriers as partners.', 'Abel Avellan'))).toBe('person');
    expect(votes('The deal is working its way through the Justice Department.', 'Department').person ?? 0).toBe(0);
    expect(votes('Post it in the executive Slack channel.', 'Slack').person ?? 0).toBe(0);
    expect(votes('Most Rocket Lab missions launch from New Zealand.', 'Rocket Lab').event ?? 0).toBe(0);
  });
  it('reads public bodies by their common acronyms, clinics as organizations and healthcare firms as companies', () => {
    const es = entitiesOf(['The new rule from HHS and ONC took effect, and JAXA and ISRO both launched. Mayo Clinic signed on, as did HCA Healthcare.']);
    for (const n of ['HHS', 'ONC', 'JAXA', 'ISRO', 'Mayo Clinic']) expect(find(es, n)?.type, n).toBe('organization');
    expect(find(es, 'HCA Healthcare')?.type).toBe('company');
  });
  it('reads a table column of clients as software, not as customers', () => {
    const es = entitiesOf(['| Client | Language | Share |\n|---|---|---|\n| Lighthouse | Rust | 40% |\n| Prysm | Go | 31% |\n| Teku | Java | 14% |\n']);
    for (const n of ['Lighthouse', 'Prysm', 'Teku']) expect(find(es, n)?.type, n).not.toBe('company');
    const customers = entitiesOf(['| Customer | Seats |\n|---|---|\n| Zorblax | 400 |\n| Quuxly | 120 |\n']);
    expect(find(customers, 'Zorblax')?.type).toBe('company');
  });
  it('reads question-answering sets and -Bench names as benchmarks, and a meeting as an event', () => {
    const es = entitiesOf(['Models were scored on PubMedQA, MedMCQA and SDBench, and the results went to the Users Group Meeting in Verona.']);
    for (const n of ['PubMedQA', 'MedMCQA', 'SDBench']) expect(find(es, n)?.type, n).toBe('benchmark');
    expect(find(es, 'Users Group Meeting')?.type).toBe('event');
  });
  it('reads jams and missions as events, a directorate as an organization', () => {
    const es = entitiesOf(['We entered the GMTK Game Jam again.', 'In June, Axiom Mission 4 flew, and the Science Mission Directorate paid for the experiments.']);
    expect(find(es, 'GMTK Game Jam')?.type).toBe('event');
    expect(find(es, 'Axiom Mission 4')?.type).toBe('event');
    expect(find(es, 'Science Mission Directorate')?.type).toBe('organization');
  });
});

describe('context cues', () => {
  it('reads languages and tools from how they are used', () => {
    expect(top(votes('The service is written in Rust by a small team.', 'Rust'))).toBe('product');
    expect(top(votes('It reduces the memory overhead of most Go programs.', 'Go'))).toBe('product');
    expect(top(votes('Say hello in our Zulip chat.', 'Zulip'))).toBe('product');
    expect(top(votes("It is the core of Microsoft's DeepSpeed library.", 'DeepSpeed'))).toBe('product');
  });
  it('reads events from talks, years and meetups', () => {
    expect(top(votes("Kwon's talk at SOSP is also on YouTube.", 'SOSP'))).toBe('event');
    expect(top(votes('The paper was published at SC20.', 'SC20'))).toBe('event');
    expect(top(votes('Hot Chips 2024 starts on August 25.', 'Hot Chips'))).toBe('event');
    expect(top(votes('In the afternoon the Papers We Love meetup took over.', 'Papers We Love'))).toBe('event');
  });
  it('reads standards bodies, grant makers, models and benchmarks', () => {
    expect(top(votes('Separately, JEDEC finalized the HBM4 memory standard.', 'JEDEC'))).toBe('organization');
    expect(top(votes('It was supported by a grant from NLnet.', 'NLnet'))).toBe('organization');
    expect(top(votes('Most local runners load the GGUF format directly.', 'GGUF'))).toBe('protocol');
    expect(top(votes('It was used to train the 17-billion-parameter Turing-NLG.', 'Turing-NLG'))).toBe('model');
    expect(top(votes('We ran YCSB workloads A and B.', 'YCSB'))).toBe('benchmark');
    expect(top(votes('The model scores 71% on SWE-bench Verified.', 'SWE-bench Verified'))).toBe('benchmark');
  });
  it('reads several makers named after a corporate verb as companies, but not one name alone', () => {
    const text = 'Interop 2024 was announced on February 1 by Apple, Bocoup, Google, Igalia, Microsoft and Mozilla, and it matters.';
    for (const name of ['Bocoup', 'Igalia', 'Microsoft']) expect(votes(text, name).company ?? 0, name).toBeGreaterThanOrEqual(2);
    expect(votes('The library was developed by Armin, a student.', 'Armin').company ?? 0).toBeLessThan(2);
  });
  it('reads the maker of a model, chip or integration as a company, and a plain source as nothing', () => {
    expect(top(votes('The ChatGPT integration from OpenAI arrives later this year.', 'OpenAI'))).toBe('company');
    expect(top(votes('New chips from Nvidia shipped.', 'Nvidia'))).toBe('company');
    expect(top(votes('We hand out FIDO2 keys from Yubico to every engineer.', 'Yubico'))).toBe('company');
    expect(top(votes('The bug is in headphones from Sony and others.', 'Sony'))).toBe('company');
    expect(top(votes('We moved the pipeline from Jenkins last year.', 'Jenkins'))).toBeUndefined();
    expect(votes('A quote from Karpathy sums it up.', 'Karpathy').company).toBeUndefined();
  });
  it('reads every subject of a corporate clause, not a place or event before another clause', () => {
    const listed = 'The window barely opened: Reddit and Astera Labs went public in March, and Rubrik followed.';
    for (const name of ['Reddit', 'Astera Labs']) expect(top(votes(listed, name)), name).toBe('company');
    expect(top(votes('Databricks, SpaceX and Canva have all run tenders in the past year.', 'Canva'))).toBe('company');
    expect(top(votes('Klarna, backed by Sequoia and Heartland, filed confidentially for a US listing.', 'Klarna'))).toBe('company');
    expect(votes('At Coalesce in Las Vegas, Handy announced a new engine after dbt Labs acquired SDF Labs.', 'Coalesce').company ?? 0).toBeLessThan(1);
  });
  it('reads what is bought, sold or bid for in a deal, and who buys, as companies', () => {
    expect(top(votes('Google previously bought Mandiant for $5.4 billion.', 'Mandiant'))).toBe('company');
    const sold = 'They are the same four who sold Adallom to Microsoft for $320 million in 2015.';
    for (const name of ['Adallom', 'Microsoft']) expect(top(votes(sold, name)), name).toBe('company');
    expect(top(votes('Amazon abandoned its bid for iRobot a month later, citing antitrust.', 'iRobot'))).toBe('company');
    expect(votes('We bought Copilot seats for the whole team.', 'Copilot').company ?? 0).toBeLessThan(1);
  });
  it('reads the owner of a ranked role and the place of a team as a company', () => {
    expect(votes("Craig Federighi, Apple's senior vice president of Software Engineering, spoke.", 'Apple', true).company).toBeGreaterThanOrEqual(3);
    expect(top(votes('Holly Borla, who manages the Swift language team at Apple, agrees.', 'Apple'))).toBe('company');
  });
  it('reads no company into a name after a preposition, a price, a rival with no comma or a chief advantage', () => {
    expect(votes('At Microsoft, Nadella oversaw the acquisition of GitHub.', 'Nadella').company ?? 0).toBeLessThan(1);
    expect(votes('At Coalesce, Handy said dbt Labs raised $100 million.', 'Handy').company ?? 0).toBeLessThan(1);
    expect(votes('Customers who bought Vision Pro for $3,499 returned it.', 'Vision Pro').company).toBeUndefined();
    expect(votes('Rust has a chief advantage over C++.', 'Rust').company).toBeUndefined();
    expect(votes('Kubernetes, backed by Google, became the standard.', 'Kubernetes').company ?? 0).toBeLessThan(2);
    expect(votes('LibreOffice opens Office documents.', 'LibreOffice').company).toBeUndefined();
    expect(top(votes('She has given presentations at Google, Meta and Netflix.', 'Google'))).not.toBe('event');
    expect(votes('We get certificates from ACM for every domain.', 'ACM').organization).toBeUndefined();
    expect(entitiesOf(["PostgreSQL's main rival MySQL added vector search. MySQL 9 is out."]).find((e) => e.name === 'MySQL')?.type).toBe('product');
  });
  it('reads who gets a new executive as a company', () => {
    expect(top(votes('Instacart has a new chief executive.', 'Instacart'))).toBe('company');
    expect(top(votes('Intel named a new CEO on Monday.', 'Intel'))).toBe('company');
    expect(votes('Python has a new release manager.', 'Python').company).toBeUndefined();
  });
  it('reads rivals named by an owner, investments and investors alongside others as companies', () => {
    expect(top(votes("Stripe's biggest competitor, Adyen, trades at 45 times earnings.", 'Adyen'))).toBe('company');
    expect(top(votes('The firm, famous for early bets on eBay, Uber and Snapchat, runs a $425 million fund.', 'Uber'))).toBe('company');
    expect(votes('We invested in Terraform and Ansible early on.', 'Ansible').company).toBeUndefined();
    expect(top(votes('Existing investors joined, alongside Nvidia, Salesforce Ventures, Samsung and Cisco.', 'Samsung'))).toBe('company');
    expect(top(votes('That is the estimate of Bernstein analyst Stacy Rasgon.', 'Bernstein'))).toBe('company');
  });
  it('types the members of a list by its class noun (such as, e.g., including)', () => {
    expect(top(votes('Fuzzing engines (e.g. AFL and libFuzzer) are fast.', 'libFuzzer'))).toBe('product');
    expect(top(votes('Conferences such as Hot Chips and FOSDEM matter.', 'FOSDEM'))).toBe('event');
  });
  it('reads the subject of a funding sentence, backers and owned stakes as companies', () => {
    expect(top(votes('CoreWeave closed a $1.1 billion Series C led by Coatue.', 'CoreWeave'))).toBe('company');
    expect(top(votes('Development was supported by Igalia this month.', 'Igalia'))).toBe('company');
    expect(top(votes("He argued that SoftBank's majority stake helps.", 'SoftBank', true))).toBe('company');
    expect(top(votes('Arm CEO Rene Haas wrote a letter.', 'Arm'))).toBe('company');
  });
  it('reads committees in appositives as organisations, lead investors as companies and joiners as people', () => {
    expect(top(votes('TC39, the committee behind ECMAScript, met again.', 'TC39'))).toBe('organization');
    expect(top(votes('The company raised a $7 million seed round led by Kleiner Perkins.', 'Kleiner Perkins'))).toBe('company');
    expect(top(votes('Jarred Sumner joins the show to talk about Bun.', 'Jarred Sumner'))).toBe('person');
  });
  it("reads names in brackets after a person's name as affiliations, but not titles, years or job titles", () => {
    expect(top(votes('The paper is by Jeff Bezanson and Viral B. Shah (MIT), later published.', 'MIT'))).toBe('organization');
    expect(top(votes('By Hao Zhang and Ion Stoica (UC Berkeley, Stanford and UC San Diego), presented at SOSP.', 'Stanford'))).toBe('organization');
    expect(votes('See The Agentic Commerce Landscape (Rye) for more.', 'Rye').organization).toBeUndefined();
    expect(votes('Thanks to Abhishek Arya (Security Engineers, Google Chrome) for help.', 'Google Chrome').organization).toBeUndefined();
    expect(votes('Read Stonebraker et al. in Mike Stonebraker (CIDR 2005) again.', 'CIDR').organization).toBeUndefined();
  });
  it('reads the creator in an appositive as a person', () => {
    expect(top(votes('We took over Rye from Armin Ronacher, the creator of Flask.', 'Armin Ronacher'))).toBe('person');
  });
  it('reads no owner as the head of an appositive, no investor as a person, no host as a benchmark', () => {
    expect(top(votes("The deal was led by Roelof Botha, the firm's managing partner.", 'Roelof Botha'))).not.toBe('company');
    expect(votes('Y Combinator remains the biggest seed investor.', 'Y Combinator').person).toBeUndefined();
    expect(votes('All results are public on GitHub.', 'GitHub').benchmark).toBeUndefined();
    expect(top(votes('We joined a panel at Black Hat USA.', 'Black Hat USA'))).toBe('event');
  });
  it('takes a cue word at the end of a sentence', () => {
    expect(top(votes('Fin handles half of the traffic for many Intercom customers.', 'Intercom'))).toBe('company');
  });
  it('gives a bare possessive little weight and a possessive before a name more', () => {
    expect(votes("Acme's advisory helped.", 'Acme', true).company).toBeLessThan(1);
    // A public body everyone knows by its acronym owns what it publishes as an organization.
    expect(votes("CISA's advisory helped.", 'CISA', true).company ?? 0).toBe(0);
    expect(votes("CISA's advisory helped.", 'CISA', true).organization).toBeLessThan(1);
    expect(votes("Google's Trillium TPU shipped.", 'Google', true).company).toBeGreaterThanOrEqual(1.5);
  });
});

describe('typing resolved entities', () => {
  it('makes no person of an acronym that says things', () => {
    const es = entitiesOf(['Meanwhile AMD said sales passed $1 billion in a single quarter.', "AMD's ROCm 6.2 narrows the gap."]);
    expect(find(es, 'AMD')?.type).not.toBe('person');
  });
  it('makes no company of a versioned name, and an event of an acronym with a two-digit year', () => {
    const es = entitiesOf(['When DuckDB 1.0.0 shipped in June, the team said so. WWDC24 is over, and WWDC24 was long.']);
    expect(find(es, 'DuckDB 1.0.0')?.type).not.toBe('company');
    expect(find(es, 'WWDC24')?.type).toBe('event');
  });
  it('types a CamelCase conference name as an event', () => {
    const es = entitiesOf(['We met many of you at GopherCon last year, and GopherCon was fun.']);
    expect(find(es, 'GopherCon')?.type).toBe('event');
  });
  it('does not take a language for the maker of a release or of an organisation named after it', () => {
    const es = entitiesOf([
      'Today we release Go 1.22 for everyone, and most Go programs run faster.',
      'Go 1.21 was last year. The Go Developer Survey is open, and the Go team reads it. We wrote it in Go.',
      'Python is popular. The Python Packaging Authority (PyPA) maintains pip. Python dependencies are many.',
    ]);
    expect(find(es, 'Go')?.type).toBe('product');
    expect(find(es, 'Python')?.type).toBe('product');
  });
  it('types a family named without a version like its versioned members', () => {
    const es = entitiesOf([
      'Meta released Llama 3.1 with open weights and Llama 3.1 leads.',
      'Llama 3.2 is smaller. Many teams now build on Llama, and Llama keeps growing.',
    ]);
    expect(find(es, 'Llama 3.1')?.type).toBe('model');
    expect(find(es, 'Llama')?.type).toBe('model');
  });
  it('types a release of a model family as a model, and a release of a product named after it as a product', () => {
    const es = entitiesOf([
      'Gemini is a model trained by Google, and Gemini has open weights. Gemini 1.5 has a long context window, a model with many parameters.',
      'Since then Gemini 2.5 Flash and Gemini 3.1 Pro came out, and Gemini 2.5 Flash is cheap.',
      'Gemini CLI is a tool. Gemini CLI 2.0 shipped in May, and Gemini CLI 2.0 is fast. Gemini Max 20x costs more. Gemini Max 20x is a plan.',
    ]);
    expect(find(es, 'Gemini')?.type).toBe('model');
    expect(find(es, 'Gemini 2.5 Flash')?.type).toBe('model');
    expect(find(es, 'Gemini 3.1 Pro')?.type).toBe('model');
    expect(find(es, 'Gemini CLI')?.type).toBe('product');
    expect(find(es, 'Gemini CLI 2.0')?.type ?? find(es, 'Gemini CLI')?.type).toBe('product');
    expect(find(es, 'Gemini Max 20x')?.type).not.toBe('model');
  });
  it('types a versioned or sized release of a model family everyone knows as a model, whatever its sentences say', () => {
    const es = entitiesOf([
      'We switched the router to GPT-4.1 mini last week, and GPT-4.1 mini costs less. Claude 3.5 Sonnet still writes the code.',
      'Mistral Large is what we compare against. The DeepSeek-V3 Technical Report explains the router, and DeepSeek-R1-Zero is next.',
      'Python 3.12 is what we run; Python 3.12 made it faster.',
    ]);
    for (const n of ['GPT-4.1 mini', 'Claude 3.5 Sonnet', 'Mistral Large', 'DeepSeek-R1-Zero']) expect(find(es, n)?.type, n).toBe('model');
    expect(find(es, 'DeepSeek-V3 Technical Report')?.type).toBe('paper');
    expect(find(es, 'Python 3.12')?.type ?? find(es, 'Python')?.type).toBe('product');
  });
  it('types firms and universities everyone knows by their names alone, and a known firm\'s product as a product', () => {
    const es = entitiesOf([
      'We moved the queue off Datadog last spring. Toyota runs the same setup, and the Stanford group wrote it up.',
      'An agent from CrowdStrike, SentinelOne or Microsoft Defender for Endpoint sees the process tree.',
      'Later Microsoft Defender flagged it again.',
    ]);
    expect(find(es, 'Datadog')?.type).toBe('company');
    expect(find(es, 'Toyota')?.type).toBe('company');
    expect(find(es, 'Stanford')?.type).toBe('organization');
    expect(find(es, 'CrowdStrike')?.type).toBe('company');
    expect(find(es, 'Microsoft Defender')?.type).not.toBe('company');
    const shows = entitiesOf(['We met the team at Computex, and again at WWDC 2025 and Hot Chips. Arm listed on the London Stock Exchange once.']);
    for (const n of ['Computex', 'WWDC', 'Hot Chips']) expect(find(shows, n)?.type, n).toBe('event');
    expect(find(shows, 'London Stock Exchange')?.type).toBe('organization');
  });
  it('types threat actors named by the vendors\' schemes as organisations', () => {
    const es = entitiesOf(['Volt Typhoon and Scattered Spider were busy. UNC3944 overlaps with Octo Tempest, and APT29 is Midnight Blizzard.']);
    for (const n of ['Volt Typhoon', 'Scattered Spider', 'UNC3944', 'Octo Tempest', 'APT29', 'Midnight Blizzard']) {
      expect(find(es, n)?.type, n).toBe('organization');
    }
  });
  it("types a firm's AI feature named after it as a product, and an AI lab as a company", () => {
    const es = entitiesOf([
      'Notion raised money last year, and Notion said so. Notion AI now writes summaries, and Notion AI is popular.',
      'Mistral AI raised $600 million, and Mistral AI is based in Paris.',
    ]);
    expect(find(es, 'Notion')?.type).toBe('company');
    expect(find(es, 'Notion AI')?.type).toBe('product');
    expect(find(es, 'Mistral AI')?.type).toBe('company');
  });
  it('gives an entity with little evidence the type its list-mates share', () => {
    const es = entitiesOf([
      'The paper is by Woosuk Kwon, Zhuohan Li, Siyuan Zhuang, Ying Sheng, Hao Zhang and Ion Stoica.',
      'Later Ion Stoica spoke about it.',
    ]);
    expect(find(es, 'Ion Stoica')?.type).toBe('person');
  });
  it('joins an @handle to the one person whose name it spells', () => {
    const es = entitiesOf(['Martin Robinson ([@mrobinson](https://github.com/mrobinson)) fixed layout. Martin Robinson is great.']);
    expect(find(es, '@mrobinson')).toBe(find(es, 'Martin Robinson'));
    expect(find(es, 'Martin Robinson')?.type).toBe('person');
  });
  it('joins an acronym ending in s to its long form', () => {
    const es = entitiesOf(['Amazon Web Services runs it. AWS grew again, and AWS said so.']);
    expect(find(es, 'AWS')).toBe(find(es, 'Amazon Web Services'));
  });
  it('does not join a maker and its product as one person', () => {
    const es = entitiesOf(['Salesforce is big. Salesforce Agentforce shipped. Agentforce agents can be installed in Slack.']);
    expect(find(es, 'Salesforce')).not.toBe(find(es, 'Agentforce'));
  });
  it('keeps a long paper title a paper whatever its last word', () => {
    const es = entitiesOf(['We read "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models" ([arXiv:1910.02054](https://arxiv.org/abs/1910.02054)), a paper from 2019.']);
    expect(es.find((e) => e.name.startsWith('ZeRO'))?.type).toBe('paper');
  });
  it('reads first cells under a Workload column as benchmarks', () => {
    const es = entitiesOf(['## Results\n\n| Workload | p99 |\n| --- | --- |\n| YCSB-A | 11 ms |\n| TPC-C | 38 ms |\n']);
    expect(find(es, 'TPC-C')?.type).toBe('benchmark');
  });
  it('reads named column headers over a table of model scores as benchmarks, and a -bench name whole', () => {
    const es = entitiesOf([
      '## Scores\n\n| Model | Params | GPQA Diamond | MATH-500 | Price |\n|---|---|---|---|---|\n| Qwen3-8B | 8B | 62.1% | 97.4 | $0.20 |\n| Phi-4 | 14B | 56.1% | — | $0.10 |\n',
      'Claude scored 72% on SWE-bench Verified this spring.',
    ]);
    expect(find(es, 'GPQA Diamond')?.type).toBe('benchmark');
    expect(find(es, 'MATH-500')?.type).toBe('benchmark');
    expect(find(es, 'SWE-bench Verified')?.type).toBe('benchmark');
    expect(find(es, 'Params')).toBeUndefined();
    expect(find(es, 'Price')).toBeUndefined();
    expect(find(es, 'SWE')).toBeUndefined();
  });
  it('takes no maker from an API name, and a project home page on another domain says little', () => {
    const es = entitiesOf([
      'The AdWords API changed. Use the AdWords API now. AdWords accounts need it, and AdWords grew.',
      'Engines like [libFuzzer](http://libfuzzer.info/) help, and libFuzzer is fast.',
    ]);
    expect(find(es, 'AdWords')?.type).toBe('product');
    expect(find(es, 'libFuzzer')?.type).toBe('product');
  });
  it('reads a home page spelled by the name as a company', () => {
    const es = entitiesOf(['We tried [Vapi](https://vapi.ai) last month.', 'Vapi was quick to set up.']);
    expect(find(es, 'Vapi')?.type).toBe('company');
  });
});

describe('lists of business roles', () => {
  it('makes every member of a customer, partner or investor list a company', () => {
    const text = 'Customers include Zorbly, Quintex, Plonkit, and Vexaro. The toolkit has named customers Brandle Telekom, Sygnia and Korvex.';
    for (const n of ['Zorbly', 'Quintex', 'Vexaro', 'Brandle Telekom', 'Korvex']) expect(top(votes(text, n)), n).toBe('company');
  });
  it('makes names that signed on companies, but not clients of a protocol', () => {
    const text = 'The protocol moved to a foundation. Zorbly, Quintex, and Plonkit signed on.';
    for (const n of ['Zorbly', 'Plonkit']) expect(votes(text, n).company ?? 0, n).toBeGreaterThanOrEqual(3);
    expect(votes('It ships clients in Zorbly, Quintex and Plonkit.', 'Quintex').company ?? 0).toBeLessThan(3);
    expect(votes('Few customers use Zorbly today.', 'Zorbly').company ?? 0).toBeLessThan(3);
  });
});

describe('lists closed or opened by a role phrase', () => {
  it('types a list that ends in a count of retailers, or follows a customer roster colon', () => {
    const a = 'Zorbly, Quintex, Plonkit, and 20+ retailers back it.';
    for (const n of ['Zorbly', 'Quintex', 'Plonkit']) expect(top(votes(a, n)), n).toBe('company');
    const b = 'The customer roster has moved upmarket fast: Zorbly, Quintex Mortgage, plus Plonkit.';
    for (const n of ['Zorbly', 'Quintex Mortgage', 'Plonkit']) expect(top(votes(b, n)), n).toBe('company');
    expect(votes('Zorbly and other tools help.', 'Zorbly').company ?? 0).toBeLessThan(3);
  });
});

describe('benchmarks by their suite and their accuracy', () => {
  it('types the members of a suite, a -Bench name and what accuracy is measured on as benchmarks', () => {
    const es = entitiesOf([
      "On METR's suites, which combine HCAST, RE-Bench and a set of shorter tasks, Claude scored well.",
      'The MMLU accuracy of the new model is 86%, and the Zorbmark leaderboard agrees.',
    ]);
    for (const n of ['HCAST', 'RE-Bench', 'MMLU', 'Zorbmark']) expect(find(es, n)?.type, n).toBe('benchmark');
  });
  it('leaves scoring systems and tools with scores alone', () => {
    const es = entitiesOf(['The CVSS scores were high. Elo scores settle the arena. Lighthouse scores improved, and Nvidia scores a win.']);
    for (const n of ['CVSS', 'Elo', 'Lighthouse', 'Nvidia']) expect(find(es, n)?.type, n).not.toBe('benchmark');
  });
});

describe('benchmarks everyone knows', () => {
  it('types them with no cue, and leaves out names that are as often ordinary words', () => {
    const es = entitiesOf(['The hallway agreed that MMLU and GSM8K no longer tell anyone anything. Geekbench runs on phones, HELM charts sail.']);
    for (const n of ['MMLU', 'GSM8K', 'Geekbench']) expect(find(es, n)?.type, n).toBe('benchmark');
    expect(find(es, 'HELM')?.type).not.toBe('benchmark');
  });
});

describe('institutions by their head word in other languages, and plural heads', () => {
  it('reads universities named in their own language, courts and national laboratories as organizations', () => {
    for (const n of ['Sorbonne Université', 'Technische Universität München', 'Universidad de Chile', 'Ninth Circuit', 'Sandia National Laboratories']) {
      expect(headType(n), n).toBe('organization');
    }
    expect(headType('Manning Publications')).toBe('company');
    // Opening a name, a court's or a regulator's word is an ordinary one.
    expect(headType('Circuit Finder')).not.toBe('organization');
  });
});

describe('people by their title and by what they lead', () => {
  it('keeps a title before a one-word name that is also an ordinary word', () => {
    expect(find(entitiesOf(['On August 13 President Trump signed the order. Later, Trump spoke again.']), 'Trump')?.type).toBe('person');
    expect(find(entitiesOf(['Tables that Snowflake writes are read by Trino. Snowflake wins.']), 'Snowflake')?.type).not.toBe('person');
    // A trade before the word says less than an office: `game developer Valve`.
    expect(find(entitiesOf(['We talked to game developer Valve about it. Valve said no.']), 'Valve')?.type).not.toBe('person');
  });
  it('reads who leads or heads a team or an office as a person, and who warns as one who speaks', () => {
    expect(top(votes('Carolina Parada leads the robotics team at the lab.', 'Carolina Parada'))).toBe('person');
    expect(top(votes('Nicky Fox still heads the Science Mission Directorate.', 'Nicky Fox'))).toBe('person');
    expect(top(votes('JD Vance warned against excessive regulation.', 'JD Vance'))).toBe('person');
    expect(votes('Nvidia leads the market for accelerators.', 'Nvidia').person ?? 0).toBe(0);
    expect(votes('Nginx directs requests to the upstream group.', 'Nginx').person ?? 0).toBe(0);
    expect(votes('Igalia led the effort to ship MathML.', 'Igalia').person ?? 0).toBe(0);
    expect(votes('Rivian recalls 13,000 vehicles.', 'Rivian').person ?? 0).toBe(0);
  });
});

describe('events by where and when they are held', () => {
  it('reads what is held somewhere, or met in a city at a time, and a named mission as events', () => {
    expect(top(votes('More of us will go to Sibos, which was held in Frankfurt this autumn.', 'Sibos'))).toBe('event');
    expect(top(votes('At Zorbcon Live in Las Vegas this month, the keynote ran long.', 'Zorbcon Live'))).toBe('event');
    expect(top(votes('Its first Gravitas mission is due early next year.', 'Gravitas'))).toBe('event');
    for (const [text, name] of [
      ['Waymo in Phoenix now covers the airport.', 'Waymo'],
      ['Intel held on to its lead.', 'Intel'],
      ['We run Postgres hosted on RDS in Frankfurt this year.', 'Postgres'],
      ['We launched Stripe Tax in Europe in 2021.', 'Stripe Tax'],
      ['AMD faces stiff Nvidia competition this year.', 'Nvidia'],
      ['That is central to the Mozilla mission.', 'Mozilla'],
    ]) expect(votes(text, name).event ?? 0, text).toBe(0);
  });
});

describe('schemes and algorithms', () => {
  it('reads a name described as a scheme, mechanism or algorithm as a protocol', () => {
    expect(top(votes('It specifies ML-KEM, the key-encapsulation mechanism derived from Kyber, for now.', 'ML-KEM'))).toBe('protocol');
    expect(top(votes('Zorbsig, a hash-based signature scheme, is the fallback.', 'Zorbsig'))).toBe('protocol');
  });
});

describe('a project by its site, an event by what is announced at it', () => {
  it('reads a name linked to a site named by one of its words under a domain named by another as a project, not a person', () => {
    const es = entitiesOf(['Our [Apache Kafka](https://kafka.apache.org) consumers fell behind. [Simon Willison](https://simonwillison.net) wrote about it.']);
    expect(find(es, 'Apache Kafka')?.type).toBe('product');
    expect(find(es, 'Simon Willison')?.type).toBe('person');
    expect(find(entitiesOf(['[Stanford HAI](https://hai.stanford.edu) published its index.']), 'Stanford HAI')?.type).not.toBe('product');
  });
  it('reads where something was announced (a pronoun between) and an Annual as events', () => {
    expect(top(votes('Our CEO announced it at Zorbcon Live 2024 in May.', 'Zorbcon Live 2024'))).toBe('event');
    expect(headType('SaaStr Annual')).toBe('event');
  });
});

describe('a source quoted with according to', () => {
  it('reads a source that is no person as a firm, and leaves people and figures alone', () => {
    expect(top(votes('It was valued at $450 million, according to ZorbCrunch.', 'ZorbCrunch'))).toBe('company');
    expect(votes('It grew, according to Jane Smith.', 'Jane Smith').company ?? 0).toBe(0);
    expect(votes('It will ship next year, according to Musk.', 'Musk').company ?? 0).toBe(0);
  });
});
