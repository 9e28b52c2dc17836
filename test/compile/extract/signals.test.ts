// One block per signal: what each finds in small, real markdown, and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/compile/extract/document.js';
import { linkSignal } from '../../../src/compile/extract/signals/links.js';
import { boldLeadSignal } from '../../../src/compile/extract/signals/bold-lead.js';
import { definitionSignal } from '../../../src/compile/extract/signals/definitions.js';
import { propnRunSignal } from '../../../src/compile/extract/signals/propn-runs.js';
import { acronymSignal } from '../../../src/compile/extract/signals/acronyms.js';
import { cellSignal } from '../../../src/compile/extract/signals/cells.js';
import { headingSignal } from '../../../src/compile/extract/signals/headings.js';
import { paperTitleSignal } from '../../../src/compile/extract/signals/paper-titles.js';
import type { Candidate } from '../../../src/compile/extract/signals/candidate.js';
import { parseMarkdown } from '../../../src/compile/extract/markdown.js';

const OWN = 'https://blog.example.com/post/';
const surfaces = (c: Candidate[]): string[] => c.map((x) => x.surface);
const run = (fn: (ctx: ReturnType<typeof buildDocument>) => Candidate[], md: string): Candidate[] => fn(buildDocument(md, OWN));

describe('markdown', () => {
  it('ends a paragraph segment at a hard line break, and joins soft-wrapped lines', () => {
    const segs = parseMarkdown('Paperback: 154 pages  \nPublisher: Chelsea Green\\\nLanguage: English\n\nA normal paragraph\nthat wraps.\n');
    expect(segs.map((s) => s.text)).toEqual(['Paperback: 154 pages', 'Publisher: Chelsea Green', 'Language: English', 'A normal paragraph that wraps.']);
  });
  it('ends a list item at a hard line break; the rest of the item follows as its own segment', () => {
    const segs = parseMarkdown('- **Paperback:** 154 pages  \n  **Language:** English\\\n  wrapped on\n  two lines\n- next item\n  wraps softly\n');
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['list-item', 'Paperback: 154 pages'],
      ['paragraph', 'Language: English'],
      ['paragraph', 'wrapped on two lines'],
      ['list-item', 'next item wraps softly'],
    ]);
    expect(segs[1].bold).toEqual([{ start: 0, end: 9 }]);
  });
  it('splits headings, paragraphs, list items and table cells, keeping links and bold', () => {
    const segs = parseMarkdown('## Tools\n\n**Vapi.** A [voice](https://vapi.ai) platform.\n\n- one item\n- two\n\n| Company | Funding |\n| --- | --- |\n| Acme | $5M |\n');
    expect(segs.map((s) => s.kind)).toEqual(['heading', 'paragraph', 'list-item', 'list-item', 'table-cell', 'table-cell', 'table-cell', 'table-cell']);
    expect(segs[1].text).toBe('Vapi. A voice platform.');
    expect(segs[1].bold).toEqual([{ start: 0, end: 5 }]);
    expect(segs[1].links[0]).toMatchObject({ href: 'https://vapi.ai' });
    expect(segs[6]).toMatchObject({ text: 'Acme', col: 0, header: false, columnHeader: 'Company' });
    expect(segs[1].section).toBe('Tools');
  });
  it('keeps where italics sat, in links too, and not snake_case or a lone star', () => {
    const [seg] = parseMarkdown('Her book *Rust Atomics* and [_the essay_](https://e.x) use max_retries * 2 and __bold__.');
    expect(seg.text).toBe('Her book Rust Atomics and the essay use max_retries * 2 and bold.');
    expect(seg.italic.map((i) => seg.text.slice(i.start, i.end))).toEqual(['Rust Atomics', 'the essay']);
    expect(seg.bold.map((i) => seg.text.slice(i.start, i.end))).toEqual(['bold']);
  });
});

describe('sentences', () => {
  it('keeps a quotation of several sentences in one sentence, its inner openers still sentence-initial', () => {
    const ctx = buildDocument(
      'Bugs fell by 400 in a month. As Tomasz Nowicki put it: "The layers are the best reviewer we ever hired. They never get tired." We shipped.\n\n“Small shops deserve this. Growth follows,” said Rachel Adeyemi.',
    );
    expect(ctx.sentences.map((s) => s.text)).toEqual([
      'Bugs fell by 400 in a month.',
      'As Tomasz Nowicki put it: "The layers are the best reviewer we ever hired. They never get tired."',
      'We shipped.',
      '“Small shops deserve this. Growth follows,” said Rachel Adeyemi.',
    ]);
    expect(ctx.words.find((w) => w.text === 'They')?.initial).toBe(true);
    expect(ctx.words.find((w) => w.text === 'Growth')?.initial).toBe(true);
  });

  it('leaves sentences apart when no quotation closes near: an inch mark, a stray quote, a new paragraph', () => {
    const ctx = buildDocument('The 12" display is big. The next one is small. It ships in May. Then June. Then July.\n\nHe said "never. Done.');
    expect(ctx.sentences.map((s) => s.text)).toEqual([
      'The 12" display is big.',
      'The next one is small.',
      'It ships in May.',
      'Then June.',
      'Then July.',
      'He said "never.',
      'Done.',
    ]);
  });
});

describe('link signal', () => {
  it('takes the anchor as the name and the home page as its URL, leaving the type to the context', () => {
    const c = run(linkSignal, 'See [Vapi](https://vapi.ai) and [Bland AI](https://www.bland.ai/).');
    expect(c.map((x) => [x.surface, x.typeHint, x.url, x.strength])).toEqual([
      ['Vapi', undefined, 'https://vapi.ai', 'strong'],
      ['Bland AI', undefined, 'https://bland.ai', 'strong'],
    ]);
  });
  it('takes the name before the date of a citation', () => {
    const c = run(linkSignal, 'Rewards changed ([OpenAI, September 2025](https://openai.com/index/why-models-hallucinate/)) and ([Anthropic, 2024](https://www.anthropic.com/research)).');
    expect(c.map((x) => [x.surface, x.strength])).toEqual([
      ['OpenAI', 'medium'],
      ['Anthropic', 'medium'],
    ]);
  });
  it('reads an @handle linked to a profile as a person', () => {
    const c = run(linkSignal, 'Thanks to [@mrobinson](https://github.com/mrobinson) for the fix.');
    expect(c.map((x) => [x.surface, x.typeHint])).toEqual([['@mrobinson', 'person']]);
  });
  it('reads arXiv links as papers and repositories as products', () => {
    const c = run(linkSignal, 'The [ReDeEP paper](https://arxiv.org/abs/2410.11414v2) and [autoresearch](https://github.com/karpathy/autoresearch).');
    expect(c.map((x) => [x.surface, x.typeHint, x.url])).toEqual([
      ['ReDeEP', 'paper', 'https://arxiv.org/abs/2410.11414'],
      ['autoresearch', 'product', 'https://github.com/karpathy/autoresearch'],
    ]);
  });
  it('ignores descriptive anchors, links to the blog itself and plain words the URL does not spell', () => {
    const c = run(linkSignal, '[MIT researchers found](https://news.example.org/a/b) that [Recent](https://en.wikipedia.org/wiki/Heartbleed) posts like [this one](/blog/other) and [Our Stack](https://blog.example.com/stack) matter.');
    expect(c.filter((x) => x.strength !== 'weak')).toEqual([]);
  });
});

describe('bold lead-in signal', () => {
  it('finds the name a paragraph opens with, and each name of a list of them', () => {
    const c = run(boldLeadSignal, '**Resend.** Developer-first transactional email API.\n\n**PolyAI, Parloa, Cognigy.** The European wedge.');
    expect(surfaces(c)).toEqual(['Resend', 'PolyAI', 'Parloa', 'Cognigy']);
    expect(c[0]).toMatchObject({ strength: 'strong', typeHint: 'product', boldLead: true });
  });
  it('leaves bold phrases that are not names', () => {
    const c = run(boldLeadSignal, '**Three-layer memory system:** details.\n\n**The takeaway isn\'t that AI can do research.** It is not.\n\n**83 experiments.**\n\n**The ransomware.** It spread.');
    expect(c).toEqual([]);
    expect(surfaces(run(boldLeadSignal, '**The Verge.** A site about tech.'))).toEqual(['The Verge']);
  });
});

describe('definition signal', () => {
  it('pairs a long form with its acronym in both orders', () => {
    const c = run(definitionSignal, 'The Model Context Protocol (MCP) is one. ACP (Agentic Commerce Protocol) is another, as is A2A (Agent2Agent).');
    expect(c.map((x) => [x.surface, x.alias])).toEqual([
      ['Model Context Protocol', 'MCP'],
      ['MCP', 'Model Context Protocol'],
      ['Agentic Commerce Protocol', 'ACP'],
      ['ACP', 'Agentic Commerce Protocol'],
      ['Agent2Agent', 'A2A'],
      ['A2A', 'Agent2Agent'],
    ]);
  });
  it('keeps parentheses that are not definitions, and reads renames', () => {
    const c = run(definitionSignal, 'NANDA (MIT, led by Ramesh Raskar) is DNS for agents. Bird (formerly MessageBird) rebranded.');
    expect(c.map((x) => [x.surface, x.alias])).toEqual([
      ['Bird', 'MessageBird'],
      ['MessageBird', 'Bird'],
    ]);
  });
});

describe('proper-noun run signal', () => {
  it('joins names with joiners and versions', () => {
    const c = run(propnRunSignal, 'We compared Claude Opus 4.6 with Gemma 4 at the Bank of America, backed by Tiger Global.');
    expect(surfaces(c)).toEqual(['Claude Opus 4.6', 'Gemma 4', 'Bank of America', 'Tiger Global']);
  });
  it('drops sentence-initial grammar words, months and job titles', () => {
    const c = run(propnRunSignal, 'However, the plan worked. In May 2025, Klarna\'s CEO Sebastian Siemiatkowski spoke. Meanwhile nothing happened.');
    expect(surfaces(c)).toEqual(['Klarna', 'Sebastian Siemiatkowski']);
    expect(c[0].possessive).toBe(true);
  });
  it('starts names with a lower-case prefix before capitals, and keeps a hyphenated given name after a family name', () => {
    const c = run(propnRunSignal, 'Users of openSUSE Tumbleweed and macOS Sequoia updated. SK hynix CEO Kwak Noh-jung spoke about a YC-backed rival.');
    expect(surfaces(c)).toEqual(['openSUSE Tumbleweed', 'macOS Sequoia', 'Kwak Noh-jung', 'YC']);
  });
  it('starts no name at a unit after a number', () => {
    const c = run(propnRunSignal, 'The H200 has 141 GB HBM3E and 4.8 TB of bandwidth, and the 5 W Kirin chip sips power.');
    expect(surfaces(c)).toEqual(['H200', 'HBM3E', 'Kirin']);
  });
  it('keeps an opening word the post also writes with the name mid-sentence, and reads no list across a job title', () => {
    const c = run(propnRunSignal, 'Hugging Face Transformers ships adapters. We host on Hugging Face. Koray Kavukcuoglu, CTO of Google DeepMind, spoke.');
    expect(surfaces(c)).toEqual(['Hugging Face Transformers', 'Hugging Face', 'Koray Kavukcuoglu', 'Google DeepMind']);
    expect(c.every((x) => !x.listedWith)).toBe(true);
  });
  it('drops plural and shared titles before names, and joins two particles before a family name', () => {
    const c = run(propnRunSignal, 'CEOs Satya Nadella and Sundar Pichai spoke. Ursula von der Leyen agreed, and Founders Fund led.');
    expect(surfaces(c)).toEqual(['Satya Nadella', 'Sundar Pichai', 'Ursula von der Leyen', 'Founders Fund']);
  });
  it('joins no two names with `and`, keeps no opener a title-case heading repeats, takes no port for a version', () => {
    expect(surfaces(run(propnRunSignal, 'Cloudflare, Signal and Electronic Frontier Foundation signed. Apple and Signal Foundation disagreed.')))
      .toEqual(['Cloudflare', 'Signal', 'Electronic Frontier Foundation', 'Apple', 'Signal Foundation']);
    expect(surfaces(run(propnRunSignal, '## Lessons From Running Postgres At Scale\n\nRunning Postgres at scale is hard.'))).toContain('Postgres');
    expect(surfaces(run(acronymSignal, 'It listens on TCP/443 and speaks HTTP/1.1.'))).toEqual(['HTTP/1.1']);
  });
  it('takes a straight quote after a number for an inch mark, not a quotation', () => {
    const ctx = buildDocument('The 27" Studio Display is fine. Wiz was acquired for $32 billion. Apple makes the 32" Pro Display XDR.');
    expect(ctx.sentences).toHaveLength(3);
  });
  it('keeps General in a firm named by one ordinary word, not in an ordinary phrase', () => {
    expect(surfaces(run(propnRunSignal, 'Kubernetes 1.31 reaches General Availability, and General Catalyst led the round.'))).not.toContain('General Availability');
    expect(surfaces(run(propnRunSignal, 'The round was led by General Catalyst.'))).toEqual(['General Catalyst']);
  });
  it('drops an opening imperative before a name and plural release labels', () => {
    const c = run(propnRunSignal, 'Expect Mistral to ship a new model. Versions 5.6.0 and 5.6.1 of Acme Server shipped the bug.');
    expect(surfaces(c)).toEqual(['Mistral', 'Acme Server']);
    expect(surfaces(run(propnRunSignal, 'Released CSM-1B as open weights in March.'))).toEqual(['CSM-1B']);
    expect(surfaces(run(propnRunSignal, 'Bought Vizio for TV ads. Hired Jane Doe as CTO.'))).toEqual(['Vizio', 'Jane Doe']);
  });
  it('leaves out a place named with the region it lies in', () => {
    const c = run(propnRunSignal, 'Intel builds chips in Hillsboro, Oregon, and TSMC runs a fab near Taichung, Taiwan. Acme hired Jane Roe, Texas-born.');
    expect(surfaces(c)).toEqual(['Intel', 'Acme', 'Jane Roe']);
  });
  it('keeps `and` inside an organisation named by common words, not between two names', () => {
    const c = run(propnRunSignal, 'The UK Competition and Markets Authority and the Food and Drug Administration agreed with Khosla Ventures and Founders Fund.');
    expect(surfaces(c)).toEqual(['UK Competition and Markets Authority', 'Food and Drug Administration', 'Khosla Ventures', 'Founders Fund']);
  });
  it('takes the name from hyphenated compounds and notes coordinated lists', () => {
    const c = run(propnRunSignal, 'A YC-backed startup sells to Marriott, FedEx, and Caesars.');
    expect(surfaces(c)).toEqual(['YC', 'Marriott', 'Caesars']);
    expect(c[1].listedWith).toEqual(['FedEx', 'Caesars']);
  });
});

describe('acronym and CamelCase signal', () => {
  it('keeps an acronym before a job title, and leaves one inside a longer name to the run', () => {
    const c = run(acronymSignal, 'IBM CEO Arvind Krishna spoke. Then AWS Bedrock AgentCore shipped.');
    expect(surfaces(c)).toEqual(['IBM']);
  });
  it('takes an acronym with a version after a slash as one name, not two acronyms so joined', () => {
    const c = run(acronymSignal, 'The flood abused HTTP/2 resets, HTTP/3 was spared, and the CI/CD pipeline ran.');
    expect(surfaces(c)).toEqual(['HTTP/2', 'HTTP/3']);
  });
  it('finds acronyms and CamelCase words standing alone, not generic ones', () => {
    const c = run(acronymSignal, 'MCP won. The team at CopilotKit shipped an API for the CEO, and FedEx used it.');
    expect(c.map((x) => [x.surface, x.signal])).toEqual([
      ['MCP', 'acronym'],
      ['CopilotKit', 'camelcase'],
      ['FedEx', 'camelcase'],
    ]);
  });
});

describe('table and list signal', () => {
  it('reads first cells with the column header as the type', () => {
    const c = run(cellSignal, '| Company | Funding |\n| --- | --- |\n| Galileo | $68M |\n| Patronus AI | $17M |\n');
    expect(c.map((x) => [x.surface, x.typeHint])).toEqual([
      ['Galileo', 'company'],
      ['Patronus AI', 'company'],
    ]);
  });
  it('reads a first cell listing names with commas as each name, with its offset; a suffix or a note keeps the cell whole', () => {
    const md = '| Editor | Support |\n| --- | --- |\n| IntelliJ IDEA, GoLand, and PyCharm | plugin |\n| Acme, Inc. | none |\n| Zed (Rust, GPU) | built in |\n';
    const c = run(cellSignal, md);
    expect(c.map((x) => x.surface)).toEqual(['IntelliJ IDEA', 'GoLand', 'PyCharm', 'Acme, Inc.', 'Zed']);
    const text = buildDocument(md, OWN).text;
    for (const x of c) expect(text.slice(x.start, x.end)).toBe(x.surface);
  });
  it('keeps ordinary words weak under a header that names no kind of thing, strong under one that does', () => {
    const labels = run(cellSignal, '| Approach | Product |\n| --- | --- |\n| Overlay | Gemini for Mac |\n| Terminal | Claude Code |\n| Clicky | Clicky Pro |\n');
    // The first column's cells; the `Product` column's are names of their own (see the next test).
    expect(labels.filter((x) => !x.typeHint).map((x) => [x.surface, x.strength])).toEqual([
      ['Overlay', 'weak'],
      ['Terminal', 'weak'],
      ['Clicky', 'strong'],
    ]);
    const names = run(cellSignal, '| Company | Funding |\n| --- | --- |\n| Square | $5M |\n\n| Name | Stars |\n| --- | --- |\n| Notion | 3 |\n');
    expect(names.map((x) => [x.surface, x.strength])).toEqual([
      ['Square', 'strong'],
      ['Notion', 'strong'],
    ]);
  });
  it('keeps ordinary words weak in a table whose header row is empty or missing (its first row is the header, unmarked)', () => {
    const c = run(cellSignal, '|     |     |\n| --- | --- |\n| Category | % of tests |\n| Kubernetes | 10.45% |\n\n| Metric | r2 |\n');
    expect(c.map((x) => [x.surface, x.strength])).toEqual([
      ['Category', 'weak'],
      ['Kubernetes', 'strong'],
      ['Metric', 'weak'],
    ]);
  });
  it('reads names in later columns whose header is a kind of name, one per co-investor', () => {
    const c = run(cellSignal, '| Startup | Round | Amount | Lead investor |\n| --- | --- | --- | --- |\n| Ramp | Series E | $200M | Founders Fund |\n| Granola | Series B | $43M | NFX, Lightspeed and Spark Capital |\n| Decagon | Series C | $131M | 1.5 |\n');
    expect(c.filter((x) => x.typeHint === 'company').map((x) => x.surface)).toEqual(['Ramp', 'Founders Fund', 'Granola', 'NFX', 'Lightspeed', 'Spark Capital', 'Decagon']);
    // Columns of figures and of kinds (`Round`) give no names.
    expect(c.map((x) => x.surface)).not.toContain('Series E');
    expect(c.map((x) => x.surface)).not.toContain('$200M');
  });
  it('reads list leads up to a separator and skips labels', () => {
    const c = run(cellSignal, '- Claude Code\n- Layer 1 (Session): last 40 messages\n- EAGLE-3: speculative decoding\n');
    expect(surfaces(c)).toEqual(['Claude Code', 'EAGLE-3']);
  });
});

describe('heading signal', () => {
  it('takes the subject before the colon of a numbered heading, and the owner of a possessive', () => {
    const c = run(headingSignal, "## 4. SpecEyes: CPU Architecture Ideas Applied\n\n## 1. Karpathy's AutoResearch: 100 Experiments\n\n## What This All Means");
    expect(surfaces(c)).toEqual(['SpecEyes', 'Karpathy', 'AutoResearch']);
  });
  it('keeps a title of several ordinary words weak, and a one-word subject strong', () => {
    const c = run(headingSignal, '## The Infrastructure Startups: Follow the Money\n\n## Notion: What Changed\n\n## Claude Code: The Good Parts');
    expect(c.map((x) => [x.surface, x.strength])).toEqual([
      ['The Infrastructure Startups', 'weak'],
      ['Notion', 'strong'],
      ['Claude Code', 'strong'],
    ]);
  });
});

describe('paper title signal', () => {
  it('takes a quoted title followed by a venue and year as a paper, possessive and all', () => {
    const c = run(paperTitleSignal, '- **"Spanner: Google\'s Globally-Distributed Database"** (OSDI 2012). Everyone wanted TrueTime.\n- "Dynamo: Amazon\'s Highly Available Key-value Store" (SOSP 2007), which inspired Cassandra.\n- "Cloud Bills Went Up" (March 2024) was her remark.\n');
    expect(c.map((x) => [x.surface, x.typeHint, x.strength])).toEqual([
      ["Spanner: Google's Globally-Distributed Database", 'paper', 'strong'],
      ["Dynamo: Amazon's Highly Available Key-value Store", 'paper', 'strong'],
    ]);
    // A month is no venue: a remark and its date.
    expect(c.filter((x) => x.typeHint === 'paper').map((x) => x.surface)).not.toContain('Cloud Bills Went Up');
  });
  it('finds `Paper N: Title` and quoted titles in sentences about papers', () => {
    const c = run(paperTitleSignal, 'Paper 1: Attention Is All You Need - a classic.\n\nA paper on "Emergent Social Intelligence Risks in Generative Multi-Agent Systems" appeared. He said "Stop Hiring Humans" loudly.');
    expect(c.map((x) => [x.surface, x.typeHint, x.strength])).toEqual([
      ['Attention Is All You Need', 'paper', 'strong'],
      ['Emergent Social Intelligence Risks in Generative Multi-Agent Systems', 'paper', 'strong'],
      ['Stop Hiring Humans', undefined, 'weak'],
    ]);
  });
});
