// Names that open a sentence, makers named after `from`, founders after `founded by`, names in typed table
// columns, bodies named by their head word, and where each of those rules stops.
import { describe, expect, it } from 'vitest';
import { looksLikePerson } from '../../../src/compile/extract/person.js';
import { entitiesOf, find, names } from './helpers.js';

describe('names opening a sentence', () => {
  it('accepts a firm everyone knows at the start of a sentence, but not one that is an ordinary word there without a cue', () => {
    const es = entitiesOf([
      'Anthropic and OpenAI both sell coding agents of their own now.',
      'Apple announced support at WWDC in June.',
      'Oracle bones were used for divination.',
    ]);
    expect(find(es, 'Anthropic')?.type).toBe('company');
    expect(find(es, 'Apple')?.type).toBe('company');
    expect(find(es, 'Oracle')).toBeUndefined();
  });
  it('accepts the first of a list of names when the others are names, unless the word is written in lower case too', () => {
    const es = entitiesOf([
      'Kitty and Alacritty are both great terminals.',
      'I switched to Alacritty last year. Alacritty starts fast, and I keep Alacritty open all day.',
      'Workflows and Alacritty both matter. Our workflows are simple.',
    ]);
    expect(find(es, 'Kitty')).toBeDefined();
    expect(find(es, 'Workflows')).toBeUndefined();
  });
  it('takes no adverb opening a sentence before a comma as a name or as a list member of the name after it', () => {
    const es = entitiesOf([
      'Historically, Google has sustained two separate job titles related to product testing.',
      'Thankfully, YAGNI smells are often easy to spot by looking for simple patterns.',
      'Unfortunately, Kubernetes and Nomad both need a lot of configuration.',
      'Rippling raised $450M at a $16.8B valuation, led by Goldman Sachs.',
    ]);
    // A name that is also a verb's -ing form, opening a sentence with no comma after it, stays.
    expect(find(es, 'Rippling')).toBeDefined();
    expect(names(es).filter((n) => /^(?:Historically|Thankfully|Unfortunately)$/.test(n))).toEqual([]);
    expect(find(es, 'Google')).toBeDefined();
    expect(find(es, 'Kubernetes')).toBeDefined();
  });
  it('reads a name that starts with a digit, not a unit', () => {
    const es = entitiesOf(['We keep secrets in 1Password, and 1Password syncs them. The link runs at 5Gbps and 10Gbps.']);
    expect(find(es, '1Password')).toBeDefined();
    expect(names(es).some((n) => /Gbps/.test(n))).toBe(false);
  });
  it('drops a weekday after `by`, but keeps a given name spelt like a month', () => {
    const es = entitiesOf([
      'By Monday Cognition, the maker of Devin, had agreed to buy Windsurf. Cognition said so.',
      'The keynote by Jan van Schoot covered lithography, and Jan van Schoot took questions.',
    ]);
    expect(find(es, 'Cognition')).toBeDefined();
    expect(names(es)).not.toContain('Monday Cognition');
    expect(find(es, 'Jan van Schoot')?.type).toBe('person');
  });
  it('accepts a name that opens a sentence once when an appositive says what it is, but not an ordinary word', () => {
    const es = entitiesOf([
      'Bun, the JavaScript runtime from Jarred Sumner, is written in Zig.',
      'The other native option is Biome, the community fork of Rome: it lints fast.',
      'However, the company said nothing. Security, a platform concern, matters; security is hard.',
      'It manages failover without an external consensus store like etcd or Consul.',
    ]);
    expect(find(es, 'Bun')?.type).toBe('product');
    expect(find(es, 'Biome')?.type).toBe('product');
    expect(find(es, 'Consul')?.type).toBe('product');
    expect(find(es, 'However')).toBeUndefined();
    expect(find(es, 'Security')).toBeUndefined();
  });
  it('types device makers, security vendors and studios everyone knows as companies, with no cue, but not ordinary words', () => {
    const es = entitiesOf([
      'Asus, Acer and MSI had so many laptops on display that we stopped counting.',
      'Bug bounty platforms HackerOne and Bugcrowd dominate in the US.',
      'Grab the code from the repository. Paramount importance goes to tests.',
    ]);
    for (const n of ['Asus', 'Acer', 'MSI', 'HackerOne', 'Bugcrowd']) expect(find(es, n)?.type).toBe('company');
    expect(find(es, 'Grab')).toBeUndefined();
    expect(find(es, 'Paramount')).toBeUndefined();
  });
  it('keeps an -ing word that opens a firm named with its head word', () => {
    const es = entitiesOf(['Thinking Machines Lab, founded by former OpenAI CTO Mira Murati, closed a $2B seed round.']);
    expect(find(es, 'Thinking Machines Lab')).toBeDefined();
    expect(names(es)).not.toContain('Machines Lab');
  });
});

describe('names around `of`', () => {
  it('ends a person name of unfamiliar words before `of` and an employer, but keeps a title with `of` whole', () => {
    const es = entitiesOf([
      'The bug was found by Dinh Ho Anh Khoa of Viettel Cyber Security in May.',
      'The Muon optimizer paper (Sharp Capacity Scaling of Spectral Optimizers) shows this.',
    ]);
    expect(names(es).some((n) => n.includes(' of Viettel'))).toBe(false);
    expect(find(es, 'Viettel Cyber Security')).toBeDefined();
    expect(names(es)).not.toContain('Spectral Optimizers');
    expect(names(es)).not.toContain('Sharp Capacity Scaling');
  });
});

describe('types from cues and heads', () => {
  it('types a maker named after `from` a product as a company (not a source after a sentence-opening verb)', () => {
    const es = entitiesOf([
      'We map attack paths with BloodHound from SpecterOps, and SpecterOps keeps it current.',
      'Syft and Grype, both from Anchore, read SBOMs. Anchore is small.',
      'Migrating from Kafka took a year. Kafka is still fine.',
    ]);
    expect(find(es, 'SpecterOps')?.type).toBe('company');
    expect(find(es, 'Anchore')?.type).toBe('company');
    expect(find(es, 'Kafka')?.type).not.toBe('company');
  });
  it('types a founder as a person', () => {
    const es = entitiesOf(['OpenAI is buying io, the device startup founded by Jony Ive, in an all-stock deal.']);
    expect(find(es, 'Jony Ive')?.type).toBe('person');
  });
  it('types firms and labs by their head word, and a threat actor or a place\'s Tech as no person', () => {
    const es = entitiesOf([
      'In September, MGM Resorts and Erie Insurance disclosed intrusions. Team Atlanta included Georgia Tech and Samsung Research.',
      'Microsoft tracks Violet Typhoon, and Violet Typhoon has been busy. Georgia Tech won. MGM Resorts paid.',
    ]);
    expect(find(es, 'MGM Resorts')?.type).toBe('company');
    expect(find(es, 'Erie Insurance')?.type).toBe('company');
    expect(find(es, 'Samsung Research')?.type).toBe('organization');
    expect(find(es, 'Georgia Tech')?.type).toBe('organization');
    expect(find(es, 'Violet Typhoon')?.type).toBe('organization');
  });
});

describe('firms named with `AI`', () => {
  it('joins a known firm named with `AI` to its bare name, but not an assistant named after its maker', () => {
    const es = entitiesOf([
      'This week Mistral AI released Devstral, and the new Mistral AI app is out.',
      'Elsewhere, Mistral is reportedly in talks for a new round, and Mistral hired a CFO.',
      'Meta AI now answers in WhatsApp. Meta said usage doubled, and Meta AI is free.',
    ]);
    expect(find(es, 'Mistral AI')?.aliases).toContain('Mistral');
    expect(names(es).filter((n) => n === 'Mistral' || n === 'Mistral AI')).toHaveLength(1);
    expect(find(es, 'Meta AI')).toBeDefined();
    expect(find(es, 'Meta')).toBeDefined();
  });
});

describe('typed table columns', () => {
  it('types the names in a lead-investor column, and splits co-investors', () => {
    const es = entitiesOf([
      '| Startup | Round | Lead investor |\n| --- | --- | --- |\n| Ramp | Series E | Founders Fund |\n| Granola | Series B | NFX and Spark Capital |\n',
    ]);
    expect(find(es, 'NFX')?.type).toBe('company');
    expect(find(es, 'Spark Capital')?.type).toBe('company');
    expect(names(es)).not.toContain('NFX and Spark Capital');
  });
});

describe('lower-case software names', () => {
  it('reads a lower-case name by a noun of software it is written with twice, or by `powered by`', () => {
    const es = entitiesOf([
      'Turbopack is the default, with webpack kept behind a flag. If you have custom webpack loaders, check them. Rspack is a webpack-compatible bundler.',
      'Deno 2.4 brought back deno bundle, now powered by esbuild. Attackers published to the npm registry, and npm removed them.',
    ]);
    expect(find(es, 'webpack')).toBeDefined();
    expect(find(es, 'esbuild')).toBeDefined();
    expect(find(es, 'npm')).toBeDefined();
  });
  it('takes no ordinary noun before -based, and no word run together that is only listed beside a kind of software', () => {
    const es = entitiesOf([
      'Nanite uses a voxel-based fallback, and voxel-based rendering is cheap.',
      'My wish list: an aarch64 self-hosted backend, a package index, and a stable language. The backend is slow.',
    ]);
    expect(find(es, 'voxel')).toBeUndefined();
    expect(find(es, 'backend')).toBeUndefined();
  });
});

describe('given names', () => {
  it('knows a given name written with accents', () => {
    expect(looksLikePerson('Sébastien Chopin')).toBe(true);
    expect(looksLikePerson('Zoë Baker')).toBe(true);
    expect(looksLikePerson('Sébastien Chopin Award')).toBe(false);
  });
});

describe('model numbers', () => {
  it('keeps a four-digit model number and its suffix in the name, and makes no release of it', () => {
    const es = entitiesOf([
      'Nvidia launched the GeForce RTX 5090 in January, and the RTX 4090 is cheaper now. RTX sales grew.',
      'The Radeon RX 9070 XT from AMD is close to the RTX 5090 at 1440p.',
    ]);
    expect(find(es, 'RTX 5090')).toBeDefined();
    expect(find(es, 'RTX 4090')).toBeDefined();
    expect(find(es, 'Radeon RX 9070 XT')).toBeDefined();
    expect(find(es, 'RTX')?.aliases ?? []).not.toContain('RTX 4090');
    expect(names(es)).not.toContain('XT');
  });
  it('still reads a year after a name as no part of it', () => {
    const es = entitiesOf(['We spoke at KubeCon 2024 in Paris, and KubeCon 2025 is next. Postgres 2024 plans were modest, but Postgres is fine.']);
    expect(names(es).some((n) => /Postgres 2024/.test(n))).toBe(false);
  });
});

describe('studios, engines and abbreviations', () => {
  it('joins a studio or an engine to its bare name', () => {
    const es = entitiesOf([
      'Epic Games shipped Unreal Engine 5.6.',
      'Epic said Unreal now runs faster, and Unreal Engine licences are cheaper. Epic agreed.',
    ]);
    expect(names(es).filter((n) => n === 'Epic' || n === 'Epic Games')).toHaveLength(1);
    expect(names(es).filter((n) => n === 'Unreal' || n === 'Unreal Engine')).toHaveLength(1);
  });
  it('reads `Bros.` before a division\'s name inside the name', () => {
    const es = entitiesOf(['Warner Bros. Games closed a studio, and Warner Bros. Games said more.']);
    expect(find(es, 'Warner Bros. Games')).toBeDefined();
  });
});

describe('bold lead-ins and committees', () => {
  it('types a bold lead-in that does business as a company, but not one a participle describes', () => {
    const es = entitiesOf([
      '- **Mercor.** Hires experts to train AI models.\n- **Rapidus:** Japan\'s government-backed foundry started a pilot line.\n- **Zephyrine.** Announced in March for $2B, still awaiting approval.\n',
    ]);
    expect(find(es, 'Mercor')?.type).toBe('company');
    expect(find(es, 'Rapidus')?.type).toBe('company');
    expect(find(es, 'Zephyrine')?.type).not.toBe('company');
  });
  it('types a numbered committee and a working group as organisations, not a conference edition', () => {
    const es = entitiesOf(['TC39 moved the proposal to Stage 3, and TC39 meets again in May. The Working Group agreed, and the CSS Working Group published a draft. We met at SC24, and SC24 was busy.']);
    expect(find(es, 'TC39')?.type).toBe('organization');
    expect(find(es, 'CSS Working Group')?.type).toBe('organization');
    expect(find(es, 'SC24')?.type).not.toBe('organization');
  });
});

describe('names everyone knows', () => {
  it('accepts a product everyone knows from one mention, and an agency acronym the word list also holds', () => {
    const es = entitiesOf(['The exploit worked in Chrome and Safari, and we moved chat to Microsoft Teams. Later, MITRE and NIST published guidance.']);
    expect(find(es, 'Chrome')?.type).toBe('product');
    expect(find(es, 'Safari')?.type).toBe('product');
    expect(find(es, 'Microsoft Teams')).toBeDefined();
    expect(find(es, 'MITRE')?.type).toBe('organization');
    expect(find(es, 'NIST')?.type).toBe('organization');
  });
  it('lets a post\'s own cues type a known product\'s maker, and keeps shouted words no names', () => {
    const es = entitiesOf(['Figma priced its IPO at $33 a share, and Figma raised $1.2 billion. Do NOT install this. READ the notes first.']);
    expect(find(es, 'Figma')?.type).toBe('company');
    expect(find(es, 'NOT')).toBeUndefined();
    expect(find(es, 'READ')).toBeUndefined();
  });
  it('still reads a team as no name', () => {
    const es = entitiesOf(['The Platform Team shipped it, and the Platform Team is small.']);
    expect(find(es, 'Platform Team')).toBeUndefined();
  });
});

describe('where this round\'s rules stop', () => {
  it('takes no maker from a move between two things, and no person from a host or an author', () => {
    const es = entitiesOf([
      'We switched the build to Vite from Webpack, and builds got faster. Webpack is old.',
      'We migrated to Postgres from MySQL last year. MySQL was fine.',
      'Our docs are hosted by Netlify, and Netlify is fast. The report, authored by Mandiant, is long.',
    ]);
    expect(find(es, 'Webpack')?.type).not.toBe('company');
    expect(find(es, 'MySQL')?.type).not.toBe('company');
    expect(find(es, 'Netlify')?.type).not.toBe('person');
    expect(find(es, 'Mandiant')?.type).not.toBe('person');
  });
  it('makes no names of descriptions, phrases or placeholders in a typed column', () => {
    const es = entitiesOf(['| Model | Provider | Price |\n| --- | --- | --- |\n| Llama 3 | Self-hosted | $0 |\n| Qwen 3 | Big Tech | $1 |\n| Mistral Small | TBD | $2 |\n']);
    for (const n of ['Self-hosted', 'Big Tech', 'TBD']) expect(find(es, n)).toBeUndefined();
  });
  it('keeps people whose family name is a threat-actor word, and products named like a lab', () => {
    const es = entitiesOf([
      'Thanks to Rebecca Tempest and Priya Panda for feedback. Rebecca Tempest and Priya Panda read every draft.',
      'OpenAI launched Deep Research in February, and we tried Deep Research for a week.',
    ]);
    expect(find(es, 'Rebecca Tempest')?.type).toBe('person');
    expect(find(es, 'Priya Panda')?.type).toBe('person');
    expect(find(es, 'Deep Research')?.type).not.toBe('organization');
  });
  it('joins no division or part to the firm or project everyone knows', () => {
    const es = entitiesOf([
      'Amazon Games shut down New World servers. Amazon also cut jobs at AWS. Amazon Games laid off staff.',
      'Kubernetes Engine handles upgrades, and Kubernetes itself schedules pods. Kubernetes is everywhere.',
    ]);
    expect(find(es, 'Amazon')).toBeDefined();
    expect(find(es, 'Amazon Games')?.aliases ?? []).not.toContain('Amazon');
    expect(find(es, 'Kubernetes Engine')?.aliases ?? []).not.toContain('Kubernetes');
  });
  it('drops an opening -ing verb before a firm, a weekday only after an opening `By`, and reads `Bros.` at a sentence end', () => {
    const es = entitiesOf([
      'Monitoring Palo Alto Networks firewalls is easy with Splunk. Palo Alto Networks agrees.',
      'A column by Sunday Times tech editor Danny Fortson covered it, and the Sunday Times ran it.',
      'The lawsuit targets Warner Bros. Apple and Google were not named.',
    ]);
    expect(names(es)).not.toContain('Monitoring Palo Alto Networks');
    expect(find(es, 'Palo Alto Networks')).toBeDefined();
    expect(find(es, 'Sunday Times')).toBeDefined();
    expect(names(es)).not.toContain('Warner Bros. Apple');
  });
  it('reads no lower-case word as a name by its builds, config or maintainers', () => {
    const es = entitiesOf([
      'Most oss maintainers are unpaid, and oss maintainers burn out. We ship arm64 builds, and the arm64 builds are smaller.',
      'Our monorepo config is long, and the monorepo config keeps growing.',
    ]);
    for (const n of ['oss', 'arm64', 'monorepo']) expect(find(es, n)).toBeUndefined();
  });
  it('reads no year, port, speed or round figure as a model number', () => {
    const es = entitiesOf([
      'By 2050 Microsoft wants to be carbon negative. Microsoft said so.',
      'Grafana listens on Port 3000, and RDP on TCP 3389. The DDR5 6000 kit and DDR5 are cheap now. We hit 2Million users.',
    ]);
    for (const n of ['2050 Microsoft', 'Port 3000', 'TCP 3389', 'DDR5 6000', '2Million']) expect(names(es)).not.toContain(n);
    expect(find(es, 'Microsoft')?.type).toBe('company');
  });
  it('types no product a firm for what products do, a model number a committee, or a release a firm', () => {
    const es = entitiesOf([
      '- **Claude Code.** Launched new hooks for agents.\n- **Copilot Workspace** closed its preview.\n',
      'The SG300 supports VLANs, and the SG300 is cheap. We moved to Microsoft Dynamics 365 last year, and Dynamics 365 licences are dear.',
    ]);
    expect(find(es, 'Claude Code')?.type).not.toBe('company');
    expect(find(es, 'Copilot Workspace')?.type).not.toBe('company');
    expect(find(es, 'SG300')?.type).not.toBe('organization');
    expect(find(es, 'Dynamics 365')?.type).not.toBe('company');
  });
  it('reads no person into a firm named with a word that is also a given name, or into a bare given name in a list', () => {
    const es = entitiesOf([
      'Ally Financial moved its core banking to AWS, and Ally Financial also uses Snowflake.',
      'Sam, Dario and Demis spoke at the summit with Satya Nadella and Sundar Pichai.',
    ]);
    expect(find(es, 'Ally Financial')?.type).not.toBe('person');
    expect(find(es, 'Sam')).toBeUndefined();
  });
  it('still types a firm by its team', () => {
    const es = entitiesOf(["Linear's team shipped a new inbox. Linear's team is small."]);
    expect(find(es, 'Linear')).toBeDefined();
  });
});

describe('short names across a blog', () => {
  it('joins a name to its brand-prefixed full name when the brand opens several names and a post writes both', () => {
    const es = entitiesOf([
      'We moved from Apache Hive to Apache Iceberg and Apache Spark last year. Our Iceberg tables are great, and our Spark jobs too.',
      'Our Spark jobs got faster, and the Spark cluster is smaller. Our Iceberg compaction is cheap, and the Iceberg catalog works.',
    ]);
    expect(names(es).filter((n) => /Iceberg/.test(n))).toHaveLength(1);
    expect(names(es).filter((n) => /Spark/.test(n))).toHaveLength(1);
  });
  it('does not shorten a word several names end with', () => {
    const es = entitiesOf([
      'Kali Linux and Arch Linux both ship it. Linux is everywhere, and Linux users agree.',
      'Flink is fast. Later we tried Apache Flink and Apache Beam, and Apache Beam was slow.',
    ]);
    expect(find(es, 'Linux')).toBeDefined();
    expect(find(es, 'Kali Linux')?.aliases ?? []).not.toContain('Linux');
  });
  it('joins the other names everyone uses for one thing', () => {
    const es = entitiesOf(['We run PostgreSQL 16 in production, and Postgres has never let us down. PostgreSQL is boring.']);
    expect(names(es).filter((n) => /^Postgre/.test(n))).toHaveLength(1);
  });
});

describe('where the second round of rules stops', () => {
  it('joins no name to a brand-prefixed one that no post writes both of, and no board game to a language', () => {
    const es = entitiesOf([
      'We moved our cron jobs to AWS Lambda and our ETL to AWS Glue last quarter. The bill dropped by half.',
      'Lambda raised $480 million to expand its GPU cloud. Lambda rents Nvidia H100s to AI startups.',
      'AlphaGo beat Lee Sedol at Go in 2016, and Go masters were stunned. We rewrote the service in Golang, and Golang made it one binary.',
    ]);
    expect(find(es, 'AWS Lambda')?.aliases ?? []).not.toContain('Lambda');
    expect(find(es, 'Golang')?.aliases ?? []).not.toContain('Go');
  });
  it('accepts no given name from the list of products alone', () => {
    expect(find(entitiesOf(['Ruby joined Stripe as head of design after years at Airbnb.']), 'Ruby')).toBeUndefined();
    const thanks = entitiesOf(['Thanks to Ruby, Priya and Tom for reading drafts of this post.']);
    expect(find(thanks, 'Ruby')).toBeUndefined();
    expect(find(thanks, 'Tom')).toBeUndefined();
  });
  it('reads no lower-case word as software by what it is bundled with, a -compatible suffix or an unknown three-letter registry', () => {
    const es = entitiesOf([
      'The laptop comes bundled with bloatware, and bloatware is everywhere. Our storage is hipaa-compatible.',
      'Anthropic launched the mcp registry, and every mcp server can register there. The app, Powered By supabase, launched today.',
    ]);
    for (const n of ['bloatware', 'hipaa', 'mcp']) expect(find(es, n)).toBeUndefined();
    expect(find(es, 'supabase')).toBeDefined();
  });
});

describe('lower-case software names in lists and owned by a firm', () => {
  it('accepts lower-case names a kind of software introduces, but not dictionary words or words outside such a list', () => {
    const es = entitiesOf([
      'Tools like driftctl, which a vendor stopped maintaining in 2023, showed there was demand.',
      'It manages failover without an external consensus store like etcd or Consul.',
      'Auto-instrumentation covered libraries such as psycopg, asyncpg and requests on day one.',
      'We use grafanactl daily, and the mkdocsx theme.',
    ]);
    for (const n of ['driftctl', 'etcd', 'psycopg', 'asyncpg']) expect(find(es, n)?.type).toBe('product');
    expect(find(es, 'requests')).toBeUndefined();
    expect(find(es, 'grafanactl')).toBeUndefined();
    expect(find(es, 'mkdocsx')).toBeUndefined();
  });
  it('accepts lower-case items of a list of names, but not ordinary words, regions, modifiers or a described noun', () => {
    const es = entitiesOf([
      'They are Python repositories: Django, SymPy, scikit-learn, Matplotlib, xarray, pytest, Sphinx and a few others.',
      'We replaced Black, isort and flake8 with Ruff. Redis and memcached are caches.',
      'We run in the US, EU and apac regions. We deploy to AWS, GCP and on-prem.',
      'Everything else, including the Vue 3 plugin and Vitest, worked unchanged.',
      'Thanks, jdoe, for the patch. Thanks to Alice, Bob and kmarsh for their help. Sure, lgtmx from me.',
      'Our clusters run in us-east-1, eu-west-2 and Frankfurt. Config keys: Timeout, max_retries and backoffx.',
    ]);
    for (const n of ['scikit-learn', 'xarray', 'pytest', 'isort', 'flake8', 'memcached']) expect(find(es, n)?.type).toBe('product');
    for (const n of ['apac', 'on-prem', 'plugin', 'jdoe', 'kmarsh', 'lgtmx', 'eu-west-2', 'max_retries', 'backoffx']) expect(find(es, n)).toBeUndefined();
  });
  it("accepts a lower-case name a firm owns when it ends its phrase, not a noun qualifying the next one", () => {
    const es = entitiesOf([
      "Facebook's zstd, which compresses fast, is everywhere now.",
      "DirectX will accept SPIR-V, Vulkan's shader intermediate representation, instead.",
    ]);
    expect(find(es, 'zstd')?.type).toBe('product');
    expect(find(es, 'shader')).toBeUndefined();
  });
  it('accepts a model named by a lower-case letter and a digit in a sentence about models, with a cue', () => {
    const es = entitiesOf([
      "OpenAI's o1 model thinks before it answers. A Qwen 32B model beats o1-mini on maths.",
      'Reasoning models such as o3, R1 and Gemini 2.5 Pro changed the benchmarks. DeepSeek-R1 and o4 are close on AIME.',
      'The o5 model costs more per task than GPT-4.1.',
      'In my own testing o6 is the best model I have used. It succeeds o1, and o6 succeeds it on cost too.',
    ]);
    for (const n of ['o1', 'o1-mini', 'o3', 'o4', 'o5', 'o6']) expect(find(es, n)?.type, n).toBe('model');
    // Named with a cue once, it is the same name wherever the post writes it.
    expect(find(es, 'o6')!.mentions.length).toBe(2);
  });
  it('leaves letter-and-digit words alone outside sentences about models, and versions, percentiles and quarters in them', () => {
    const es = entitiesOf([
      'We compared c5 and Graviton2. AWS launched c7 in late 2022. I ran llama.cpp on an m2-max with 64 GB.',
      "Intel's i7 runs hot. We shipped m2 in March. Pretrained on c4, RedPajama-V2 and FineWeb. After e4 and Nf3, d4 follows.",
      'The model shipped v2 of the API. Our p99 and p50 latencies fell. Models like q3 numbers.',
      "d3's API changed again, and k6's scripting is nice. Mike Bostock's d3 and Python3 work together.",
    ]);
    for (const n of ['c5', 'c7', 'm2-max', 'i7', 'm2', 'c4', 'e4', 'd4', 'v2', 'p99', 'p50', 'q3', 'd3', 'k6']) expect(find(es, n), n).toBeUndefined();
    const more = entitiesOf([
      'We report accuracy, f1 and recall for each model. With the new model, f1 is 0.92. We tried l1, l2 and huber loss.',
      'The model trains on g5 and g6 instances, serves on t4, l4 or a10g GPUs, and was trained on c4 and the Pile.',
      "Apple's m1 and m2 chips run the model well. BMW's i4 and i5 models share a battery. We draw it as the c4 model.",
    ]);
    for (const n of ['f1', 'l1', 'l2', 'g5', 'g6', 't4', 'l4', 'c4', 'm1', 'm2', 'i4', 'i5']) expect(find(more, n), n).toBeUndefined();
  });
});

describe('over-reach the review of these rules found', () => {
  it('takes no sentence adverb, label or role for a name described by an appositive', () => {
    const es = entitiesOf([
      'Admittedly, the plugin I wrote, a thin wrapper, was slow.',
      'Caveat, the proxy, a Go binary, needs care.',
      'Billing, the extension marketplace, and the docs site share a database.',
      'Kudos, the maintainer of the plugin, deserves credit.',
      'Ergonomics, the thing the plugin API gets right, matter most.',
    ]);
    for (const n of ['Admittedly', 'Caveat', 'Billing', 'Kudos', 'Ergonomics']) expect(find(es, n)).toBeUndefined();
  });
  it('takes no jargon of a language, no plural and no word that starts a clause after a single list item', () => {
    const es = entitiesOf([
      "Go's goroutines and channels are cheap. Rust's stdlib is small. Python's venv is fine.",
      'We use tools like Grafana, and oncall engineers get paged less.',
      'We run tools like gitops controllers in every cluster.',
      "We used EleutherAI's lm-evaluation-harness for MMLU.",
    ]);
    for (const n of ['goroutines', 'stdlib', 'venv', 'oncall', 'gitops']) expect(find(es, n)).toBeUndefined();
    expect(find(es, 'lm-evaluation-harness')).toBeDefined();
  });
});

describe('titles of works', () => {
  it('reads a quoted title after a word for a paper or book, whatever word it opens or ends with', () => {
    const es = entitiesOf([
      `Richard Cook's short paper "How Complex Systems Fail" makes the point well.`,
      `Helland's later paper "Immutability Changes Everything" was the follow-up.`,
      `The paper "Array programming with NumPy" came out in 2020.`,
    ]);
    for (const n of ['How Complex Systems Fail', 'Immutability Changes Everything', 'Array programming with NumPy']) expect(find(es, n)?.type).toBe('paper');
  });
  it('reads a sentence-case quoted title its citation places: authors and year after it, its journal in italics', () => {
    const es = entitiesOf([
      '**"Bitcoin: A Peer-to-Peer Electronic Cash System"**, Satoshi Nakamoto, 2008. Nine pages.',
      '"Ethereum is a Dark Forest", Dan Robinson and Georgios Konstantopoulos\'s 2020 post, is the classic.',
      'Google\'s "Large language models encode clinical knowledge", published in *Nature* in 2023, set the bar.',
      'AMIE, described in "Towards conversational diagnostic artificial intelligence" in *Nature* this spring, went further.',
      '"Attention Is All You Need", Vaswani et al., 2017, started it.',
      // A quoted remark with a place after it, or a name and a year, is no title.
      'She said "we will ship it when it is ready" in Berlin last week.',
      'As the sign put it, "Move fast and break things", Menlo Park, in 2012 terms.',
      '"Don\'t be evil", Google\'s 2004 motto, is gone.',
      '"Connection reset by peer", Postgres, 2024, was the error.',
      '"Bring your own key", Monday, 2024, was the theme.',
      '"Launch week recap", published in March, was long.',
    ]);
    expect(find(es, 'Attention Is All You Need')?.type).toBe('paper');
    for (const n of ["Don't be evil", 'Connection reset by peer', 'Bring your own key', 'Launch week recap']) expect(find(es, n), n).toBeUndefined();
    for (const n of ['Bitcoin - A Peer-to-Peer Electronic Cash System', 'Ethereum is a Dark Forest', 'Large language models encode clinical knowledge', 'Towards conversational diagnostic artificial intelligence']) {
      expect(find(es, n)?.type, n).toBe('paper');
    }
    expect(es.some((e) => /ship it|Move fast/i.test(e.name))).toBe(false);
  });
  it('reads a heading that is a quoted title with its year, with its article, and no quoted remark or slogan', () => {
    const es = entitiesOf([
      '## Reading list\n\n### "The Tail at Scale" (2013)\n\nDean and Barroso explain tail latency.\n\n## 2. "Numba: a LLVM-based Python JIT compiler" (2015)\n\nThe paper behind Numba.',
      'The incident paper said "The botnet was only about 20,000 machines" and moved on.',
      '## "Just Use Postgres"\n\nA talk slogan.\n\n## "Why not just use Postgres?"\n\nBecause.',
      'In his paper he wrote "Claude Code changed how I work" and, as Kent Beck wrote in a book, "Make it work, make it right, make it fast".',
    ]);
    expect(find(es, 'The Tail at Scale')?.type).toBe('paper');
    expect(find(es, 'Numba - a LLVM-based Python JIT compiler') ?? find(es, 'Numba: a LLVM-based Python JIT compiler')).toBeDefined();
    expect(es.some((e) => /botnet|Just Use|Why not|changed how|Make it work/i.test(e.name))).toBe(false);
  });
  it('reads a title in italics beside its cue, whole, and leaves italics that stress words or set off a byline', () => {
    const es = entitiesOf([
      'Mara Bos covered atomics, which overlapped with her book *Rust Atomics and Locks* but went further.',
      '## Reading list\n\n### *Designing Data-Intensive Applications* (2017)\n\nStill the best on storage engines.',
      'Read the essay _Worse Is Better_ by Richard Gabriel before the meeting.',
      '*Posted by the Storage Platform team*\n\nThis is *Very Important Work* for us, as the book says.',
    ]);
    for (const n of ['Rust Atomics and Locks', 'Designing Data-Intensive Applications', 'Worse Is Better']) expect(find(es, n)?.type, n).toBe('paper');
    expect(es.some((e) => /^(?:Locks|Rust Atomics|Very Important Work)$/.test(e.name))).toBe(false);
    // One word with its author after it, when the sentence before speaks of works; not a tool by its maker.
    const one = entitiesOf([
      'The Phoenix Project is the novel by Gene Kim. Its sequel in spirit, *Accelerate* by Nicole Forsgren, gave managers four metrics. It was *fast* by Tuesday.',
      'My terminal is *Ghostty* by Mitchell Hashimoto, and *Datasette* by Simon Willison runs my notes.',
    ]);
    expect(find(one, 'Accelerate')?.type).toBe('paper');
    expect(find(one, 'fast')).toBeUndefined();
    for (const n of ['Ghostty', 'Datasette']) expect(find(one, n)?.type, n).not.toBe('paper');
  });
  it('takes no publication, product, email subject or keynote product in italics for a work', () => {
    const es = entitiesOf([
      'I finally read the piece in *The New Yorker* by Jill Lepore about disruption.',
      'Apple shipped *Apple Vision Pro* (2024) to developers first.',
      'Users got an email titled *Your Account Has Been Suspended* from the bank.',
      'In the keynote, *Vision Pro* and visionOS got the most time.',
    ]);
    expect(es.filter((e) => e.type === 'paper').map((e) => e.name)).toEqual([]);
  });
});
