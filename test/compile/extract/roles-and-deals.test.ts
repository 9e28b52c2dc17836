// Types read from what the text says a name is or does: an office held at a named organisation, what a firm
// does in a relative clause, deals and sales, an appositive that ends its sentence, a government's services,
// a party before a politician's name, and a congress of the world. Each with a case the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers.js';

const typeOf = (text: string | string[], name: string): string | undefined => find(entitiesOf(Array.isArray(text) ? text : [text]), name)?.type;

describe('people named by an office', () => {
  it('an office at a named organisation, in apposition, makes a person of a name no list knows', () => {
    expect(typeOf('Talks went on. Feroz Sheikh, chief information and digital officer at Syngenta Group, talked about data.', 'Feroz Sheikh')).toBe('person');
    expect(typeOf('Talks went on. Feroz Sheikh, chief information officer at Syngenta Group, talked about data.', 'Feroz Sheikh')).toBe('person');
  });

  it('an office written with capitals after its owner\'s possessive makes a person', () => {
    const text = 'Henna Virkkunen, the European Commission\'s Executive Vice-President for Tech Sovereignty, Security and Democracy, promised a bill.';
    expect(typeOf(text, 'Henna Virkkunen')).toBe('person');
  });

  it('but not a reporting clause after a name, nor a thing named by an office', () => {
    expect(typeOf('Reports differ. Starlink, the Minister told reporters, would be allowed to operate. Starlink is big.', 'Starlink')).not.toBe('person');
    expect(typeOf('Clippy, the Secretary nobody asked for, returns in Copilot.', 'Clippy')).not.toBe('person');
  });

  it('but a thing described by what it does for another is no person', () => {
    expect(typeOf('We pinned it. npm, the package manager of Node.js, resolved the tree.', 'npm')).not.toBe('person');
    expect(typeOf('Reports differ. Zenhub, a partner of GitHub, ships boards. Zenhub is small.', 'Zenhub')).not.toBe('person');
  });

  it('a party before a politician\'s name is no part of it', () => {
    const es = entitiesOf(['The vote split: Carr and Democrat Anna Gomez disagreed, and Republican Olivia Trusty sided with Carr.']);
    expect(find(es, 'Anna Gomez')?.type).toBe('person');
    expect(names(es)).not.toContain('Democrat Anna Gomez');
    expect(find(es, 'Olivia Trusty')?.name).toBe('Olivia Trusty');
  });
});

describe('firms named by what they do', () => {
  it('a relative clause saying what a firm incubated or retrofits; not what software pioneered or supplies', () => {
    expect(typeOf('Flagship Pioneering, which incubated the company, participated again.', 'Flagship Pioneering')).toBe('company');
    expect(typeOf('Worth a mention: Agtonomy, which retrofits compact tractors, and others.', 'Agtonomy')).toBe('company');
    expect(typeOf('Dremel, which pioneered columnar storage for nested data, inspired Parquet.', 'Dremel')).not.toBe('company');
    expect(typeOf('Postgres, which supplies the row-level security we rely on, runs on a single node.', 'Postgres')).not.toBe('company');
  });

  it('who is buying its way into a market or acquiring firms; not what acquires skills', () => {
    expect(typeOf('Kubota has been quietly buying its way into crop intelligence.', 'Kubota')).toBe('company');
    expect(typeOf('Cisco is acquiring a startup a month these days.', 'Cisco')).toBe('company');
    expect(typeOf('TypeScript is acquiring features from C# faster than ever.', 'TypeScript')).not.toBe('company');
  });

  it('the parties to a joint venture', () => {
    expect(typeOf('Bosch BASF Smart Farming, the joint venture between Bosch and BASF, sells a sprayer.', 'BASF')).toBe('company');
  });

  it('a seller and the buyer in a sale', () => {
    const es = entitiesOf(['Crown Castle\'s sale of its fiber business to Zayo is expected to close in the first half.']);
    expect(find(es, 'Crown Castle')?.type).toBe('company');
    expect(find(es, 'Zayo')?.type).toBe('company');
  });
});

describe('appositives and list nouns', () => {
  it('an appositive that ends its sentence types the name before it', () => {
    expect(typeOf('FIRA runs an American edition with Western Growers, the California and Arizona produce association. It grows.', 'Western Growers')).toBe('organization');
  });

  it('organisations introduce a list of organisations', () => {
    expect(typeOf('Farm organizations such as Copa-Cogeca have objected loudly.', 'Copa-Cogeca')).toBe('organization');
  });

  it('a possessive right after the appositive\'s head opens a clause: the head stands', () => {
    const text = 'The monitoring chapter of Site Reliability Engineering, the book Google\'s SRE organisation published with O\'Reilly in 2016, holds up.';
    expect(typeOf(text, 'Site Reliability Engineering')).toBe('product');
  });
});

describe('names by their words', () => {
  it('a government\'s services by the words only they open with; cloud services stay products', () => {
    const es = entitiesOf([
      'The Agricultural Research Service (ARS) lost staff. The Natural Resources Conservation Service (NRCS) moved to hubs.',
      'We moved jobs to the Simple Queue Service (SQS) and the Relational Database Service (RDS).',
    ]);
    expect(find(es, 'Agricultural Research Service')?.type).toBe('organization');
    expect(find(es, 'Natural Resources Conservation Service')?.type).toBe('organization');
    expect(find(es, 'Simple Queue Service')?.type).toBe('product');
    const products = entitiesOf(['We call the Natural Language Service from our backend, and the Food Delivery Service runs on it.']);
    expect(find(products, 'Natural Language Service')?.type).toBe('product');
    expect(find(products, 'Food Delivery Service')?.type).toBe('product');
  });

  it('a world congress is an event; a national congress is not', () => {
    expect(typeOf('Mobile World Congress never really has a theme.', 'Mobile World Congress')).toBe('event');
    expect(typeOf('Delegates of the Indian National Congress walked out.', 'Indian National Congress')).not.toBe('event');
  });
});

describe('public bodies and counted lists', () => {
  it('a public body known by its acronym owns frameworks and conferences without becoming a firm', () => {
    const text = 'The ITU\'s IMT-2030 framework sets the target. The ITU\'s World Radiocommunication Conference is in 2027.';
    expect(typeOf(text, 'ITU')).toBe('organization');
    expect(typeOf('The GSMA put attendance at 109,000. The GSMA, meanwhile, launched its Open-Telco LLM Benchmarks.', 'GSMA')).toBe('organization');
  });

  it('a date after `signed on` is no signing on as a customer', () => {
    expect(typeOf('The One Big Beautiful Bill Act, which President Trump signed on July 4, gives the FCC auction authority.', 'Trump')).toBe('person');
    expect(typeOf('Northwind, Globex and Initech signed on as customers in March.', 'Globex')).toBe('company');
  });

  it('two counted kinds before a colon say nothing of the names after it', () => {
    expect(typeOf('Three tools from two firms dominate: Terraform, Pulumi and OpenTofu.', 'Pulumi')).not.toBe('company');
  });

  it('a counted kind before a colon types the names listed after it, not the names of a sentence after it', () => {
    expect(typeOf('Three companies build most of the world\'s cables: SubCom in the US, Alcatel Submarine Networks (ASN), and NEC in Japan.', 'SubCom')).toBe('company');
    expect(typeOf('Several papers circled the same observation: the metadata layers of Apache Iceberg and Delta Lake now have snapshots.', 'Delta Lake')).not.toBe('paper');
  });
});

describe('firms made of firms', () => {
  it('a spin-out, a joint venture named in apposition and a newly combined firm', () => {
    expect(typeOf('Fujitsu, whose network business is being spun out as 1Finity, supplies radios.', '1Finity')).toBe('company');
    expect(typeOf('In Europe, AST and Vodafone are forming a joint venture, SatCo, to sell capacity.', 'SatCo')).toBe('company');
    expect(typeOf('The newly combined VodafoneThree will start its network investment this year.', 'VodafoneThree')).toBe('company');
  });

  it('but not a fork spun out as a project, an opening phrase about a joint venture, or software\'s parent', () => {
    expect(typeOf('After the licence change, the community fork was spun out as OpenTofu under the Linux Foundation.', 'OpenTofu')).not.toBe('company');
    expect(typeOf('In the joint venture, Azure provides the compute and the other side the data.', 'Azure')).not.toBe('company');
    expect(typeOf('Borg is widely described as the parent of Kubernetes, and Kubernetes took its ideas.', 'Kubernetes')).not.toBe('company');
  });

  it('a firm\'s venture arm and a partner in joint ventures', () => {
    expect(typeOf('Corporate venture arms like Syngenta Group Ventures and the venture side of Bayer write checks.', 'Bayer')).toBe('company');
    expect(typeOf('T-Mobile\'s fiber joint ventures, with EQT for Lumos and with KKR for Metronet, closed.', 'EQT')).toBe('company');
  });

  it('a firm that completed its acquisition of another', () => {
    expect(typeOf('SES, which completed its acquisition of Intelsat in July, has proposed clearing the band.', 'SES')).toBe('company');
  });
});

describe('what firms do to their staff, with each other and at shows', () => {
  it('a share of a firm\'s staff or pipeline cut; not a share of a program\'s time', () => {
    expect(typeOf('After a review, Chegg cut 22% of its staff in May.', 'Chegg')).toBe('company');
    expect(typeOf('In May Recursion cut about a fifth of its pipeline.', 'Recursion')).toBe('company');
    expect(typeOf('This release, Bun cut 30% of its startup time.', 'Bun')).not.toBe('company');
  });

  it('firms that completed their merger, and exhibitors with booths', () => {
    const es = entitiesOf(['Recursion and Exscientia completed their merger in November.', 'Featurespace, now part of Visa, and Sardine both had booths full of people.']);
    expect(find(es, 'Exscientia')?.type).toBe('company');
    expect(find(es, 'Recursion')?.type).toBe('company');
    expect(find(es, 'Sardine')?.type).toBe('company');
  });
});

describe('members in brackets and investments', () => {
  it('a plural class noun types the names in the brackets after it', () => {
    const es = entitiesOf(['Its members include the big LMS vendors (Instructure, D2L, Anthology, and PowerSchool) and tool makers.']);
    expect(find(es, 'D2L')?.type).toBe('company');
    expect(find(es, 'Anthology')?.type).toBe('company');
    const tools = entitiesOf(['We tested two tools (Zorblat, Quenchly) all week.']);
    expect(find(tools, 'Zorblat')?.type).toBe('product');
  });

  it('what investors put money into are firms, and so is who moves its primary listing', () => {
    const es = entitiesOf(['NVentures, Nvidia\'s venture arm, which has put money into Genesis, Terray and Iambic, is busy.', 'Shareholders approved shifting Wise\'s primary listing to the US.']);
    expect(find(es, 'Terray')?.type).toBe('company');
    expect(find(es, 'Iambic')?.type).toBe('company');
    expect(find(es, 'Wise')?.type).toBe('company');
  });
});

describe('a body named before its officer', () => {
  it('an acronym before a public office\'s title and its holder is a body; a remit alone makes no page', () => {
    const es = entitiesOf(['VA Secretary Doug Collins told Congress he wants it faster. The VA paused new deployments.', 'Commerce Secretary Howard Lutnick spoke next.']);
    expect(find(es, 'VA')?.type).toBe('organization');
    expect(find(es, 'Doug Collins')?.type).toBe('person');
    expect(names(es)).not.toContain('Commerce');
  });
});

describe('standards by what is said of them', () => {
  it('a spec named with its abbreviation in brackets, a conformance level, a connector', () => {
    expect(typeOf('The consortium released version 2.0 of the Universal Chiplet Interconnect Express (UCIe) spec, which adds 3D packaging.', 'Universal Chiplet Interconnect Express')).toBe('protocol');
    expect(typeOf('Binaries are signed, and we ship them with SLSA level 3 provenance.', 'SLSA')).toBe('protocol');
    expect(typeOf('The wall unit has a built-in J1772 adapter for older cars.', 'J1772')).toBe('protocol');
    expect(typeOf('The kit has a built-in Anker adapter, and Anker sells spares.', 'Anker')).not.toBe('protocol');
  });
});

describe('a biotech\'s bare name', () => {
  it('is the firm whose name adds Therapeutics, Biosciences or Pharmaceuticals', () => {
    const es = entitiesOf(['Genesis Therapeutics raised $200 million last year.', 'NVentures has put money into Genesis, Terray and Iambic.']);
    expect(find(es, 'Genesis')?.name).toBe('Genesis Therapeutics');
  });
});

describe('days the whole world marks', () => {
  it('are events, named with no cue', () => {
    const es = entitiesOf(['Traffic on Black Friday peaked at noon, and Cyber Monday was calmer.']);
    expect(find(es, 'Black Friday')?.type).toBe('event');
    expect(find(es, 'Cyber Monday')?.type).toBe('event');
  });
});

describe('a class noun as subject, the name after `is`', () => {
  it('types the name; a subject with no class noun says nothing', () => {
    expect(typeOf('The best-known model is Prithvi, built by IBM and NASA.', 'Prithvi')).toBe('model');
    expect(typeOf('Inside the machine, the standard that matters is ISOBUS, formally ISO 11783.', 'ISOBUS')).toBe('protocol');
    expect(typeOf('The problem is Kafka, honestly, and Kafka knows it.', 'Kafka')).toBe('product');
  });
});
