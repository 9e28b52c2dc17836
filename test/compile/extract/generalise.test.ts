// Sentences from the kinds of tech blogs the extractor has not seen, each guarding a rule against its
// over-reach: plural joins, ordinary words, imperatives, arXiv ids, table labels, deal subjects, maker cues.
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, rawDoc, votes } from './helpers.js';

const names = (bodies: string[]): string[] => entitiesOf(bodies).map((e) => e.name);


describe('rules that must not over-reach', () => {
  it('keeps a one-word plural apart from its singular when no post uses both, and titles a joined pair by use', () => {
    const es = entitiesOf([
      'Meta launched Threads last July as a rival to X. Threads now has 300 million monthly users, and Meta says Threads will get ads.',
      'Matter devices can use Thread for low-power networking. Apple added Thread radios to the HomePod mini, and Thread is backed by Google.',
      'We moved our CI to GitHub Actions last year. GitHub Actions runs every test on each push. I also wrote a GitHub Action that posts results.',
    ]);
    expect(find(es, 'Threads')).toBeDefined();
    expect(find(es, 'Threads')).not.toBe(find(es, 'Thread'));
    expect(find(es, 'GitHub Action')?.name).toBe('GitHub Actions');
    // One use each: the plural, as product names often are, not the singular.
    expect(find(entitiesOf(['Cloudflare Workers run at the edge. A Cloudflare Worker starts in 5 ms.']), 'Cloudflare Worker')?.name).toBe('Cloudflare Workers');
    // The library and the architecture, in one post, stay two.
    const t = entitiesOf(['The Transformer architecture won. Hugging Face Transformers now has 150k stars, and Transformers ships weekly. The Transformer remains dominant.']);
    expect(find(t, 'Transformers')).not.toBe(find(t, 'Transformer'));
  });

  it('keeps plural-shaped names and names that open with a verb', () => {
    expect(names(['Pandas is still the default for data analysis. Pandas 2.0 added Arrow-backed columns.'])).toContain('Pandas');
    expect(names(['I switched from **Pandas** to **Polars** last year and never looked back.'])).toEqual(expect.arrayContaining(['Pandas', 'Polars']));
    expect(names(['Grab Holdings posted its first annual profit. Grab Holdings shares rose.'])).toContain('Grab Holdings');
    expect(names(['Watch Duty tracks wildfires in real time. Watch Duty has become essential in California.'])).toContain('Watch Duty');
  });

  it('reads a plural that opens a sentence as the word when the posts also write it in lower case', () => {
    expect(names(['Workflows are predictable. Most agentic workflows are not, and workflows break.'])).not.toContain('Workflows');
  });

  it('ties an arXiv id to the name right before it only', () => {
    const es = entitiesOf(['Shunyu Yao introduced Tree of Thoughts (arXiv 2305.10601) in 2023, and Shunyu Yao kept working on agents.']);
    expect(find(es, 'Shunyu Yao')?.type).toBe('person');
    expect(find(es, 'Tree of Thoughts')?.url).toBe('https://arxiv.org/abs/2305.10601');
  });

  it('reads table cells as names unless the column holds kinds of rows', () => {
    const providers = entitiesOf(['| Provider | Price per 1M tokens |\n| --- | --- |\n| Replicate | $0.90 |\n| Modal | $0.88 |\n| Baseten | $0.79 |\n| Fireworks | $0.70 |']);
    for (const n of ['Replicate', 'Modal', 'Baseten', 'Fireworks']) expect(find(providers, n), n).toBeDefined();
    expect(names(['| Option | Notes |\n| --- | --- |\n| Polars | fast |\n| Pandas | familiar |'])).toEqual(expect.arrayContaining(['Polars', 'Pandas']));
  });

  it('takes a deal subject only when the deal verb follows the name at once, on its line', () => {
    expect(names(['Crusoe raised $600 million at a $2.8 billion valuation.'])).toContain('Crusoe');
    expect(names(['| Startup | Raised | Lead investor |\n| --- | --- | --- |\n| Acme Robotics | $5M | Sequoia |'])).not.toContain('Startup');
    expect(names(['Type Stripping landed in Node 23.6 this week.'])).not.toContain('Type Stripping');
    for (const text of [
      'Reportedly the startup raised $40 million at a $400 million valuation.',
      'Employees learned about the layoffs from a Signal message.',
      'Regulators approved the deal after the company was acquired.',
      'Shareholders sued after the company went public.',
    ]) expect(names([text]), text).toEqual([]);
  });

  it('reads a short name and its maker in a paper link as no title', () => {
    const es = names(['We tried [Kimi K2 from Moonshot AI](https://arxiv.org/abs/2507.20534) and [Learning from Human Preferences](https://arxiv.org/abs/1706.03741).']);
    expect(es).not.toContain('Kimi K2 from Moonshot AI');
    expect(es).toContain('Learning from Human Preferences');
  });

  it('gives no company vote to software or events named after a corporate verb or a maker cue', () => {
    expect(votes('We distilled models from DeepSeek-R1 for this.', 'DeepSeek-R1').company).toBeUndefined();
    expect(votes('The format is supported by PyTorch, JAX and TensorFlow.', 'TensorFlow').company).toBeUndefined();
    expect(votes('The biggest announcements from CES 2026 were about robots.', 'CES').company).toBeUndefined();
    expect(votes('Several new features from Python 3.13 make this easier.', 'Python').company).toBeUndefined();
  });

  it('leaves job titles out of people\'s names', () => {
    const es = names(['Senate Minority Leader Chuck Schumer said no. Mayor Ted Gatsas agreed, and Chuck Schumer left.', 'Microsoft spokesperson Frank Shaw declined. Frank Shaw later called.']);
    expect(es).toEqual(expect.arrayContaining(['Chuck Schumer', 'Ted Gatsas', 'Frank Shaw']));
    expect(es.filter((n) => /Leader|Mayor|spokesperson/.test(n))).toEqual([]);
  });

  it('takes no names from URLs written out in the text or from hashtag links', () => {
    const es = names(['Ipswich signed him until 2021 #itfc https://t.co/BAwgd5VZEY pic.twitter.com/tCdMxZX78i via [#itfc](https://twitter.com/hashtag/itfc), and Ipswich Town confirmed it.']);
    expect(es.filter((n) => /BAwgd|tCdMx|itfc/i.test(n))).toEqual([]);
  });

  it('keeps an acronym inside a longer name whose second word is also a job title', () => {
    const es = names(['GPT Researcher is an open-source research agent. GPT Researcher uses Tavily for search.']);
    expect(es).not.toContain('GPT');
  });

  it('types a name by the people who work there, the lawsuits it is in and what regulators do', () => {
    expect(find(entitiesOf(['Engineers at Cloudflare wrote that the fix took a week.']), 'Cloudflare')?.type).toBe('company');
    expect(votes('Professors at Tsinghua found the same bias.', 'Tsinghua').organization).toBe(1);
    expect(votes('Researchers at Tsinghua found the same bias.', 'Tsinghua')).toMatchObject({ organization: 1, company: 1.5 });
    expect(find(entitiesOf(['The security researchers at Wiz found that a third of the tools had flaws. Wiz reported them to the maintainers.']), 'Wiz')?.type).toBe('company');
    expect(votes('Engineers at Tsinghua found the same bias.', 'Tsinghua').organization).toBeUndefined();
    expect(find(entitiesOf(['The FTC sued Amazon over Prime cancellations.']), 'Amazon')?.type).toBe('company');
    expect(votes('The European Commission opened an in-depth review, and the FTC asked for more information.', 'FTC').organization).toBe(2);
    expect(votes('The ETH Zurich researchers published the code.', 'ETH Zurich').organization).toBe(1.5);
    // A talk at an event is no workplace, and a company that opened a store is no regulator.
    expect(votes('Her talk at GopherCon was the best.', 'GopherCon').organization).toBeUndefined();
    expect(votes('Acme opened a review site for its customers.', 'Acme').organization).toBeUndefined();
  });

  it('keeps dates, job titles and given-name hyphens out of names, and types employers', () => {
    const es = names(['In April Fortinet warned customers. On Monday Fortinet shipped a fix. Since March Fortinet has blocked it.']);
    expect(es).toContain('Fortinet');
    expect(es.filter((n) => /April|Monday|March/.test(n))).toEqual([]);
    // A company named after a month stays whole when no preposition makes it a date.
    expect(names(['We bought cameras from March Networks in 2024, and the deal with March Networks was renewed.'])).toContain('March Networks');
    const ciso = entitiesOf(['Carl Windsor, CISO of Fortinet, wrote that the fix shipped. Fortinet later confirmed it.']);
    expect(ciso.map((e) => e.name).filter((n) => /CISO/.test(n))).toEqual([]);
    expect(find(ciso, 'Fortinet')?.type).toBe('company');
    expect(votes('Robert Hodges, CEO of Altinity, gave a talk.', 'Altinity').company).toBe(2.5);
    expect(votes('The stack got faster, said Stephen Toub of Microsoft.', 'Microsoft').company).toBe(1.5);
    expect(votes('The Bank of America branch closed.', 'America').company).toBeUndefined();
    expect(find(entitiesOf(['We met Dirk-jan Mollema, who wrote much of the tooling. Dirk-jan Mollema found the bug.']), 'Dirk-jan Mollema')?.type).toBe('person');
    // A name with a lower-case suffix is still cut at the hyphen (`YC-backed`).
    expect(names(['The YC-backed startup Pylon raised money. Pylon builds support tools.'])).not.toContain('YC-backed');
  });

  it('reads a dot that opens a word (.NET) as part of the word, not the end of a sentence', async () => {
    const { analyse } = await import('../../../src/compile/extract/nlp.js');
    const text = 'He explained primary constructors at .NET Conf 2023. The TCP stack in .NET 8 got faster.';
    const spans = analyse(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['He explained primary constructors at .NET Conf 2023.', 'The TCP stack in .NET 8 got faster.']);
  });

  it('takes a lower-case word with a release number after it as a name, never a dictionary word or a count', () => {
    const es = names(['We tried pgvector 0.7 inside the existing database, then esbuild 0.20.1 for the build. It ran 2.5 times faster, and release 3.12 notes agree.']);
    expect(es).toEqual(expect.arrayContaining(['pgvector', 'esbuild']));
    expect(es).not.toContain('release');
    expect(names(['The speedup was about 3.5 times, measured over 1.2 million rows.'])).toEqual([]);
  });

  it('reads a verb opening a table cell as an instruction, and security acronyms as vocabulary', () => {
    const es = names(['| Step | Time |\n| --- | --- |\n| Pause PgBouncer pools | 4 s |\n| Repoint PgBouncer and resume | 6 min |\n\nWe run PgBouncer in front of the cluster, and PgBouncer holds.']);
    expect(es).toContain('PgBouncer');
    expect(es.filter((n) => /Pause|Repoint/.test(n))).toEqual([]);
    expect(names(['The CVE was reported through MFA logs in the SIEM, and the EDR and SOC caught it. The CVE is old.'])).toEqual([]);
  });

  it('takes no fact for a name listed among three or more from a sentence about them all', () => {
    const es = entitiesOf([
      'A feature is Baseline when it works in Chrome, Edge, Firefox and Safari, and widely available 30 months after that. Edge shipped 40 fixes in 2024. Chrome, Edge and Firefox agree.',
    ]);
    const edge = find(es, 'Edge');
    expect(edge?.facts.map((f) => f.text)).toEqual(['Edge shipped 40 fixes in 2024.']);
  });

  it('joins a name and a short form of several words given in brackets, only when the short form abbreviates it', () => {
    const es = entitiesOf(['We run the OpenTelemetry Collector (OTel Collector) v0.98 on every node. The OTel Collector batches spans, and the OpenTelemetry Collector exports them.']);
    expect(find(es, 'OTel Collector')).toBe(find(es, 'OpenTelemetry Collector'));
    const apart = entitiesOf(['We ran the Kafka Connect (Debezium Connect) pipeline for a year. Kafka Connect still runs, and Debezium Connect is gone.']);
    expect(find(apart, 'Kafka Connect')).not.toBe(find(apart, 'Debezium Connect'));
  });

  it('reads C# and F# as names, spelled out in page names since # cannot be in one', () => {
    const es = entitiesOf(['Mads Torgersen, lead designer of C# at Microsoft, explained primary constructors in C# 12. C# 13 adds more, and we still write most services in C#.']);
    const cs = find(es, 'C#');
    expect(cs?.name).toBe('C Sharp');
    expect(cs?.aliases).toEqual(expect.arrayContaining(['C#', 'C# 12']));
    // An issue number or a hash inside a word is no name.
    expect(names(['See issue #12 and the A#B test for details.'])).toEqual([]);
  });

  it('keeps names whole at a contraction, a variant suffix and et al., and drops units and document words', () => {
    const le = entitiesOf(['The new chain from Let\'s Encrypt no longer included it. Let\'s Encrypt had announced it. Let\'s look at the logs.']);
    expect(find(le, "Let's Encrypt")?.name).toBe("Let's Encrypt");
    expect(le.map((e) => e.name).filter((n) => /^(Encrypt|Let|Let's)$/.test(n))).toEqual([]);
    expect(names(['We pin the judge model to GPT-4o-mini from OpenAI, and GPT-4o-mini costs less.'])).toContain('GPT-4o-mini');
    const etal = entitiesOf(['LoRA was introduced by Edward Hu et al. at Microsoft (arXiv:2106.09685). Microsoft later shipped it.']);
    expect(find(etal, 'Microsoft')?.type).not.toBe('paper');
    expect(names(['Our P99 latency fell while the index grew to 40 TiB; the P95 and P50 fell too. P99 matters.'])).toEqual([]);
    expect(names(['Read the [Kubernetes docs](https://kubernetes.io/docs/home/) first.'])).toEqual(['Kubernetes']);
    expect(votes('Josh Aas, executive director of ISRG, said so.', 'ISRG').company).toBe(2.5);
  });

  it('reads no person in a name whose last word is two words run together or a place', () => {
    const es = entitiesOf(['We compared React Native and Kotlin Multiplatform for the app. Kotlin Multiplatform won. We met at Droidcon London, and Droidcon London was fun.']);
    expect(find(es, 'Kotlin Multiplatform')?.type).not.toBe('person');
    expect(find(es, 'Droidcon London')?.type).not.toBe('person');
  });

  it('reads companies in acquisitions, in a round\'s list of investors and in a role for the writer', () => {
    expect(votes('IBM completed its $6.4 billion acquisition of HashiCorp last year.', 'HashiCorp').company).toBeGreaterThanOrEqual(2.5);
    expect(votes('IBM completed its $6.4 billion acquisition of HashiCorp last year.', 'IBM').company).toBeGreaterThanOrEqual(2.5);
    expect(votes('The round had participation from Index Ventures, Kinnevik and Balderton.', 'Kinnevik').company).toBe(2.5);
    expect(votes('The round had participation from Index Ventures, Kinnevik and Balderton.', 'Balderton').company).toBe(2.5);
    expect(votes('Our publisher, Devolver Digital, will share the trailer next week.', 'Devolver Digital').company).toBe(2);
    // No round, no investors: a list after `from` is only a list.
    expect(votes('We ported shaders from Vulkan, Metal and DirectX last spring.', 'Metal').company).toBeUndefined();
    expect(votes('The studio Remedy Entertainment shipped it.', 'Remedy Entertainment').company).toBeGreaterThanOrEqual(2);
  });

  it('types a conference word after its organiser\'s acronym as an event', () => {
    const es = entitiesOf(['We spoke at USENIX SREcon about paging. USENIX SREcon was full, and so was SREcon Americas.', 'USENIX SREcon again.']);
    expect(find(es, 'USENIX SREcon')?.type).toBe('event');
    // An ordinary word that ends in `con` names no conference.
    const other = entitiesOf(['Our Beacon service pages the team. Beacon grew. We moved Beacon to Kestrel Cloud.', 'Beacon again.']);
    expect(find(other, 'Beacon')).toBeDefined();
    expect(find(other, 'Beacon')?.type).not.toBe('event');
    // A year glued to the word, and an acronym's `Week`.
    const glued = entitiesOf(['I gave a talk at SREcon19 Americas, then flew to CERAWeek in Houston.']);
    expect(find(glued, 'SREcon19 Americas')?.type).toBe('event');
    expect(find(glued, 'CERAWeek')?.type).toBe('event');
  });

  it('makes no page of a numbered label, a version or a release of nothing named', () => {
    const es = entitiesOf(['Version 2.3 fixed the parser. Release 4.0.1 added Kestrel Sync. Update 3 shipped too, and Kestrel Sync works.', 'Kestrel Sync again.']).map((e) => e.name);
    expect(es).toContain('Kestrel Sync');
    expect(es.filter((n) => /^(Version|Release|Update)\b/.test(n))).toEqual([]);
  });

  it('makes no page of a job title from a hiring list', () => {
    const es = entitiesOf(['We are hiring:\n\n- Senior Graphics Programmer\n- Technical Animator\n- Concept Artist\n\nApply at Kestrel Studio. Kestrel Studio is remote.', 'Kestrel Studio again.']).map((e) => e.name);
    expect(es).toContain('Kestrel Studio');
    expect(es.filter((n) => /Programmer|Animator|Artist/.test(n))).toEqual([]);
  });

  it('drops an adverb opening the sentence from the name after it', () => {
    const es = entitiesOf([
      'Roughly 0.4 percent of authorizations never clear. Currently Kestrel Pay settles them. Grammarly Business grew. Family Guy fans noticed.',
      'Kestrel Pay again, and Grammarly Business too. Family Guy is old.',
    ]).map((e) => e.name);
    expect(es.filter((n) => /Roughly|Currently/.test(n))).toEqual([]);
    expect(es).toContain('Kestrel Pay');
    expect(es).toContain('Grammarly Business');
    expect(es).toContain('Family Guy');
    expect(es).not.toContain('Guy');
  });

  it('keeps the article of a name that writes it with a capital in mid-sentence', () => {
    const es = entitiesOf(['We won at The Game Awards, and The Game Awards crowd cheered. I read The Verge daily.', 'The Verge covered it, and the Kestrel Engine team thanked Kestrel Engine fans.']);
    expect(find(es, 'The Game Awards')?.name).toBe('The Game Awards');
    expect(find(es, 'The Verge')?.name).toBe('The Verge');
    expect(find(es, 'Kestrel Engine')?.name).toBe('Kestrel Engine');
  });

  it('knows given names from many languages, some of them English words too', () => {
    const es = entitiesOf(['Solomon Hykes argued for it, and Charity Majors agreed. Themba Nkosi and Ngozi Adeyemi disagreed.', 'Nothing more.']);
    for (const n of ['Solomon Hykes', 'Charity Majors', 'Themba Nkosi', 'Ngozi Adeyemi']) expect(find(es, n)?.type, n).toBe('person');
  });

  it('reads where a career was spent as a company, and keeps Portuguese and Spanish particles inside names', () => {
    const said = 'Thomas was previously CFO at Marqeta and before that spent ten years at Goldman Sachs.';
    expect(votes(said, 'Goldman Sachs').company).toBeGreaterThanOrEqual(2);
    expect(votes(said, 'Marqeta').company).toBeGreaterThanOrEqual(2);
    const es = entitiesOf(['Banco del Bajío and Caixa das Empresas signed. Banco del Bajío runs it with Caixa das Empresas. We let Claude do Research.', 'Nothing more.']);
    expect(find(es, 'Banco del Bajío')).toBeDefined();
    expect(find(es, 'Caixa das Empresas')).toBeDefined();
    expect(es.filter((e) => / do /.test(e.name))).toEqual([]);
  });

  it('takes no bold label of one ordinary word for a name, but a bold name with a description', () => {
    const es = entitiesOf([
      [
        'What we learned this quarter:',
        '',
        '- **Truncation.** Long names get cut at 35 characters by the scheme, so we keep the full name in our ledger.',
        '- **Testing.** We replay a day of real files against the parser before each release.',
        '',
        '**Sesame.** Brendan Iribe\'s company. **Kestrelbase.** We store the ledger there.',
      ].join('\n'),
      'Nothing else here.',
    ]).map((e) => e.name);
    expect(es).not.toContain('Truncation');
    expect(es).not.toContain('Testing');
    expect(es).toContain('Sesame');
    expect(es).toContain('Kestrelbase');
  });

  it('makes no page of a domain written as link text for a name the post writes elsewhere', () => {
    const es = entitiesOf([
      '**Istio 1.26.** Istio adds ambient mode for all. Details at [istio.io](https://istio.io). Also [Gateway API](https://gateway-api.sigs.k8s.io) news: [gateway-api.sigs.k8s.io](https://gateway-api.sigs.k8s.io).',
      'We used [socket.io](https://socket.io) for the chat, and socket.io held up. Istio ran the mesh.',
    ]).map((e) => [e.name, ...e.aliases]).flat();
    expect(es).toContain('Istio');
    expect(es).not.toContain('istio.io');
    expect(es).not.toContain('gateway-api.sigs.k8s.io');
    expect(es).toContain('socket.io');
  });

  it('makes no page for a place named alone, a city or a state', () => {
    const es = entitiesOf([
      'The fab in Peoria and the office in Nashville opened. Kestrel Systems moved from Peoria to Tennessee, and Peoria missed them.',
      'Kestrel Systems hired in Nashville and Wisconsin; Nashville and North Carolina won the bids.',
    ]);
    expect(find(es, 'Kestrel Systems')).toBeDefined();
    for (const place of ['Peoria', 'Nashville', 'Tennessee', 'Wisconsin', 'North Carolina']) expect(find(es, place), place).toBeUndefined();
  });

  it('takes a lower-case name from the post title when the body writes it twice, or from a definition as software', () => {
    const titled = rawDoc('2026-02-01-etcd', 'The etcd cluster hit its storage quota of 8 GB, so we compacted and defragmented etcd. The review ran long.', {
      title: 'Incident review: etcd ran out of space',
    });
    const es = entitiesOf([titled]).map((e) => e.name);
    expect(es).toContain('etcd');
    expect(es.filter((n) => /^(review|space|ran)$/i.test(n))).toEqual([]);
    // Once in the body is not enough, nor a plural of a dictionary word.
    expect(entitiesOf([rawDoc('2026-02-02-x', 'We moved to etcd last year.', { title: 'Why etcd' })]).map((e) => e.name)).not.toContain('etcd');
    expect(entitiesOf([rawDoc('2026-02-03-y', 'Our analytics grew, and analytics now drive pricing.', { title: 'Product analytics at scale' })]).map((e) => e.name)).toEqual([]);
    expect(names(['We also red-teamed it with garak, the LLM vulnerability scanner that NVIDIA now maintains.'])).toContain('garak');
  });

  it('states no fact with a version number alone (Swift 6), but keeps counts, amounts and dates', async () => {
    const { buildDocument } = await import('../../../src/compile/extract/document.js');
    const q = (t: string) => buildDocument(t, undefined).sentences.map((s) => s.quantified);
    expect(q('Apple talked about Swift 6 strict concurrency at WWDC. iOS 18 is out.')).toEqual([false, false]);
    expect(q('Chrome 126 shipped 3 new APIs. With 4x fewer parameters, ELT matches it. Revenue grew 40% in 2024.')).toEqual([true, true, true]);
    // A protocol's version after a slash is part of its name.
    expect(q('We want to talk about our HTTP/3 rollout. HTTP/2 cut latency by 30%. We moved 3 services to HTTP/1.1 keep-alive.')).toEqual([false, true, true]);
    // A date with no number or month dates nothing (`tomorrow`, `last week`); a month does.
    expect(q('We could send both to Datadog tomorrow if asked. Next week we talk. It shipped in March.')).toEqual([false, false, true]);
  });

  it('drops a verb in -ing or a comparative opening a sentence before a name, and reads labels of changes and journeys as labels', () => {
    const es = names(['Enabling R8 full mode broke Retrofit reflection, and R8 stayed. Running Llama 70B locally is slow, and Llama 70B is big. Older Android devices rejected it on Android.']);
    expect(es.filter((n) => /^(Enabling|Running|Older)\b/.test(n))).toEqual([]);
    expect(es).toEqual(expect.arrayContaining(['R8', 'Llama 70B']));
    // `Spring` is no verb form, and a name opening a sentence mid-list stays whole.
    expect(names(['Spring Boot is old, but Spring Boot works.'])).toContain('Spring Boot');
    const table = names(['| Journey | SLO |\n| --- | --- |\n| Checkout | 99.5% |\n| Search | 99.9% |', '| Change | P90 frame time |\n| --- | --- |\n| Baseline | 22.1 ms |']);
    expect(table.filter((n) => /^(Checkout|Search|Baseline)$/.test(n))).toEqual([]);
  });

  it('reads a quoted title with its authors, or in a sentence about a book, as one work', () => {
    const es = entitiesOf([
      'vLLM uses PagedAttention, described in "Efficient Memory Management for Large Language Model Serving with PagedAttention" by Woosuk Kwon et al. at SOSP 2023.',
      'Chip Huyen\'s book "Designing Machine Learning Systems" (O\'Reilly, 2022) helped, and Chip Huyen answered our questions.',
    ]);
    expect(find(es, 'Efficient Memory Management for Large Language Model Serving with PagedAttention')?.type).toBe('paper');
    expect(es.map((e) => e.name)).not.toContain('Efficient Memory Management');
    expect(find(es, 'Designing Machine Learning Systems')?.type).toBe('paper');
    expect(find(es, 'Chip Huyen')?.type).toBe('person');
  });

  it('types the makers and stewards of software as companies', () => {
    expect(votes('We red-teamed it with garak, the scanner that NVIDIA now maintains.', 'NVIDIA').company).toBe(2);
    expect(votes('Databricks maintains MLflow.', 'Databricks').company).toBe(2);
    expect(votes('Willem Pienaar created Feast at Gojek and later led it at Tecton.', 'Gojek').company).toBeGreaterThanOrEqual(2);
    expect(votes('TiDB was originally built at PingCAP.', 'PingCAP').company).toBeGreaterThanOrEqual(2);
    // A talk at an event is no workplace.
    expect(votes('She spoke at KubeCon about it.', 'KubeCon').company ?? 0).toBeLessThan(1);
  });

  it('takes no names from inline code, except the text of a link', () => {
    const es = names(['Enabling R8 full mode (`android.enableR8.fullMode=true`) broke it twice. We read `systemUptime` from `ProcessInfo` and `UserDefaults`. Install [`uv`](https://github.com/astral-sh/uv) now.']);
    expect(es.filter((n) => /enableR8|systemUptime|ProcessInfo|UserDefaults/.test(n))).toEqual([]);
    expect(es).toContain('uv');
  });

  it('opens a name with a word like iOS or eBPF', () => {
    expect(names(["Dave Verwer's iOS Dev Weekly pointed us to it, and iOS Dev Weekly is good."])).toContain('iOS Dev Weekly');
  });

  it('reads raising an alarm or an exception as no funding round', () => {
    expect(votes('The etcd cluster had hit its quota and raised the NOSPACE alarm.', 'NOSPACE').company ?? 0).toBeLessThan(1);
    expect(votes('Kubelet raised an exception on every node.', 'Kubelet').company ?? 0).toBeLessThan(1);
    expect(votes('Wiz raised $1 billion last year.', 'Wiz').company).toBeGreaterThan(2);
  });

  it('types an event by the year and work after it, a possessive with a year as no event, and tools by their appositive', () => {
    expect(votes('It comes from the NeurIPS 2022 paper by Dettmers.', 'NeurIPS')).toEqual({ event: 3 });
    expect(votes("Uber's 2021 post about moving their log analytics helped.", 'Uber', true).event).toBeUndefined();
    expect(votes('We red-teamed it with garak, the LLM vulnerability scanner.', 'garak').product).toBe(3);
  });

  it('reads a person from a who-clause or a job in an appositive, and a name before a suffix of use', () => {
    expect(votes('Juraci Paixão Kröhling, who works on the Collector at Grafana Labs, agreed.', 'Juraci Paixão Kröhling').person).toBe(2.5);
    expect(votes("Christiaan Brand, the FIDO Alliance's identity lead at Google, said so.", 'Christiaan Brand')).toEqual({ person: 3 });
    // A tool that manages projects is no manager.
    expect(votes('Rye, the experimental project manager from Armin Ronacher, is fast.', 'Rye').person).toBeUndefined();
    expect(names(['We moved to the libSQL-based service last year.'])).toEqual(['libSQL']);
  });

  it('keeps an affiliation and a dictionary word from speaking as persons, and reads lower-case brands and regional events', () => {
    expect(votes('Barr Moses of Monte Carlo argued that it works.', 'Monte Carlo').person).toBeUndefined();
    expect(find(entitiesOf(['The tables that Snowflake writes are large. Snowflake writes them fast.']), 'Snowflake')?.type).not.toBe('person');
    const es = entitiesOf(['We moved to dbt Cloud last year, and dbt Labs raised money. Expect Nvidia to talk about it, and Nvidia will. I went to GopherCon EU, and GopherCon EU was fun.']);
    expect(es.map((e) => e.name)).toEqual(expect.arrayContaining(['dbt Cloud', 'dbt Labs', 'Nvidia']));
    expect(es.map((e) => e.name).filter((n) => /^(Labs|Cloud|Expect Nvidia)$/.test(n))).toEqual([]);
    expect(find(es, 'GopherCon EU')?.type).toBe('event');
  });

  it('reads authors after a title, executives in an owner appositive, and companies by what they sell', () => {
    expect(votes('If you want a companion, *Writing An Interpreter In Go* by Thorsten Ball is great.', 'Thorsten Ball').person).toBe(2);
    expect(votes('The feature was announced by Apple and Google.', 'Apple').person).toBeUndefined();
    expect(votes("C.C. Wei, TSMC's chairman and CEO, said so.", 'Wei').person).toBeGreaterThanOrEqual(3);
    expect(votes('Broadcom, which sells Tomahawk 5, disagreed.', 'Broadcom').company).toBe(2.5);
  });

  it('reads no person in a name that opens with a name of its own or is all acronyms', () => {
    const es = entitiesOf(['Apache is a foundation, and Apache runs many projects. We moved to Apache Kafka and Apache Polaris last year; Apache Kafka said nothing, and Apache Polaris stayed. Our USENIX ATC paper said so, and USENIX ATC agreed.']);
    expect(find(es, 'Apache Kafka')?.type).not.toBe('person');
    expect(find(es, 'USENIX ATC')?.type).not.toBe('person');
    // A person named once by the first name alone stays a person.
    expect(find(entitiesOf(['Kostya Serebryany built libFuzzer. Kostya said so twice, and Kostya Serebryany agreed.']), 'Kostya Serebryany')?.type).toBe('person');
  });
});
