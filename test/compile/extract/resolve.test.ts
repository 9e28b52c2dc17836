// Resolution and typing: one entity per thing, the fullest name, config overrides, types from cues.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.js';
import { nameKeyRaw } from '../../../src/compile/extract/name-key.js';
import { entitiesOf, find, rawDoc } from './helpers.js';

describe('resolution', () => {
  it('folds possessives and case into one entity', () => {
    const es = entitiesOf(['Klarna\'s numbers looked great for Klarna.', 'Vendors love the KLARNA story and what Klarna did.']);
    const k = es.filter((e) => e.name.toLowerCase() === 'klarna');
    expect(k).toHaveLength(1);
    expect(k[0].name).toBe('Klarna');
    expect(k[0].mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('merges an acronym with the definition it was given, named by the long form', () => {
    const es = entitiesOf(['The Model Context Protocol (MCP) connects tools.', 'MCP won the protocol war, and MCP servers grew.']);
    const e = find(es, 'MCP');
    expect(e?.name).toBe('Model Context Protocol');
    expect(e?.aliases).toContain('MCP');
    expect(e?.type).toBe('protocol');
    expect(es.filter((x) => x === e)).toHaveLength(1);
    expect(find(es, 'Model Context Protocol')).toBe(e);
  });

  it('merges names that link to the same home page', () => {
    const es = entitiesOf(['We tried [Hume AI](https://hume.ai) for voice.', 'The [Hume](https://www.hume.ai/) team shipped again.']);
    const e = find(es, 'Hume AI');
    expect(e).toBeDefined();
    expect(find(es, 'Hume')).toBe(e);
    expect(e?.url).toBe('https://hume.ai');
  });

  it('joins no names through one link given under many names, but does for a few', () => {
    const url = 'https://arxiv.org/abs/2601.01234';
    const titles = ['Orbital Reasoning Chains', 'Sparse Quill Attention', 'Zentara Memory Graphs', 'Vauxmoor Routing Nets', 'Kestrel Token Pruning', 'Lumen Draft Decoding'];
    const many = entitiesOf([
      titles.slice(0, 3).map((t) => `See [${t}](${url}) for details.`).join(' '),
      titles.slice(3).map((t) => `See [${t}](${url}) for details.`).join(' '),
    ]);
    const found = titles.map((t) => find(many, t));
    for (const e of found) expect(e?.type).toBe('paper');
    expect(new Set(found).size).toBe(titles.length);
    const few = entitiesOf([`See [${titles[0]}](${url}) for details.`, `See [${titles[1]}](${url}) again.`]);
    expect(find(few, titles[0])).toBeDefined();
    expect(find(few, titles[1])).toBe(find(few, titles[0]));
  });

  it('keeps Google and Google Cloud apart', () => {
    const es = entitiesOf(['Google shipped A2A. Google Cloud runs it, and Google said so.', 'Later Google Cloud grew while Google watched.']);
    expect(find(es, 'Google')?.name).toBe('Google');
    expect(find(es, 'Google Cloud')?.name).toBe('Google Cloud');
    expect(find(es, 'Google')).not.toBe(find(es, 'Google Cloud'));
    expect(find(es, 'Google')?.type).toBe('company');
  });

  it('joins a person named with a middle initial to the same name without it, when only one initial is used', () => {
    const es = entitiesOf(['President Donald J. Trump signed the order. Later Donald Trump said more.']);
    expect(find(es, 'Donald Trump')).toBe(find(es, 'Donald J. Trump'));
    const two = entitiesOf(['Jane A. Doe spoke, then Jane B. Doe spoke, and Jane Doe left.']);
    expect(find(two, 'Jane A. Doe')).not.toBe(find(two, 'Jane B. Doe'));
    expect(find(two, 'Jane Doe')).not.toBe(find(two, 'Jane A. Doe'));
    // A longer name, with a family particle.
    const particle = entitiesOf(['Stéfan J. van der Walt wrote the NumPy paper.', 'Later, Stéfan van der Walt spoke at SciPy.']);
    expect(find(particle, 'Stéfan van der Walt')).toBe(find(particle, 'Stéfan J. van der Walt'));
  });

  it('joins a surname to the one person it belongs to', () => {
    const es = entitiesOf(['Andrej Karpathy quietly dropped a project.', 'Karpathy said the loop is trivial, and Karpathy was right.']);
    const e = find(es, 'Karpathy');
    expect(e?.name).toBe('Andrej Karpathy');
    expect(e?.type).toBe('person');
  });

  it('reads a plural acronym only by its lower-case s (LLMs), never an acronym ending in S (SMS)', () => {
    const es = entitiesOf(['Shopify Magic writes product copy, and Shopify Magic is free.', 'Klaviyo sends SMS and email, and SMS grew.']);
    expect(find(es, 'SMS')).toBeDefined();
    expect(find(es, 'SMS')).not.toBe(find(es, 'Shopify Magic'));
  });

  it('takes no maker from a model number that opens other names', () => {
    const es = entitiesOf(['The H100 SXM and the H100 NVL both ship. H100 supply is tight, and the H100 PCIe lags.']);
    expect(find(es, 'H100')?.type).not.toBe('company');
    const os = entitiesOf(['The design spans macOS Tahoe and iOS 26.', 'Microsoft contributes Windows and macOS support.']);
    expect(find(os, 'macOS')?.type).not.toBe('company');
  });

  it('joins a company named with its trade to the bare name, but not a legal form or a business of its own', () => {
    const es = entitiesOf([
      'Micron Technology shipped HBM3E in volume. Micron said demand is strong, and ClickHouse Inc sells ClickHouse Cloud.',
      'Intel Capital led the round. Intel makes chips. ClickHouse is a column store, and Micron raised prices.',
      'Unity Technologies cut staff. We moved to Unity 6 last year, and Unity now renders faster.',
    ]);
    expect(find(es, 'Unity')).not.toBe(find(es, 'Unity Technologies'));
    expect(find(es, 'Micron')).toBe(find(es, 'Micron Technology'));
    expect(find(es, 'Intel')).not.toBe(find(es, 'Intel Capital'));
    expect(find(es, 'ClickHouse')).not.toBe(find(es, 'ClickHouse Inc'));
    const trades = entitiesOf([
      'Aurora Innovation chose the I-45 corridor for its trucks. Aurora raised more money in May, and GXO Logistics signed on.',
      'Aurora now runs driverless trucks at night. Later GXO said the pilot worked, and Cisco Systems bought Splunk. Splunk now belongs to Cisco, which cut staff.',
    ]);
    expect(find(trades, 'Aurora')).toBe(find(trades, 'Aurora Innovation'));
    expect(find(trades, 'GXO')).toBe(find(trades, 'GXO Logistics'));
    expect(find(trades, 'Cisco')).toBe(find(trades, 'Cisco Systems'));
  });

  it('takes no person from names of one family, and joins no short form shared by several of them', () => {
    const es = entitiesOf([
      'We moved from Apache Kafka to Apache Flink. Apache Hudi and Apache Polaris sit beside Apache Kafka.',
      'Kali Linux, Fedora and Arch Linux shipped fixes. Linux users on Kali Linux and Arch Linux should update Linux kernels too.',
    ]);
    for (const n of ['Apache Kafka', 'Apache Hudi', 'Apache Polaris']) expect(find(es, n)?.type, n).not.toBe('person');
    const family = entitiesOf(['Chung Mong-koo met Chung Ju-yung, and Chung Eui-sun spoke later.']);
    for (const n of ['Chung Mong-koo', 'Chung Ju-yung', 'Chung Eui-sun']) expect(find(family, n)?.type, n).toBe('person');
    const kali = find(es, 'Kali Linux');
    expect(kali).toBeDefined();
    expect(kali).not.toBe(find(es, 'Arch Linux'));
    expect(kali?.aliases).not.toContain('Linux');
  });

  it('joins names one plural word apart, named in the form used more, but not two people', () => {
    const es = entitiesOf([
      'We shipped **Signed Agent Cards** last week. The [Claude Agents SDK](https://docs.example.com/agent-sdk) helps.',
      'Each **Signed Agent Card** is checked, and a Signed Agent Card is signed. We used the Claude Agent SDK and the Claude Agent SDK again.',
      'Jane Roberts met Jane Robert at the conference, and Jane Roberts spoke first while Jane Robert listened.',
    ]);
    const card = find(es, 'Signed Agent Cards');
    expect(card?.name).toBe('Signed Agent Card');
    expect(find(es, 'Signed Agent Card')).toBe(card);
    const sdk = find(es, 'Claude Agents SDK');
    expect(sdk?.name).toBe('Claude Agent SDK');
    expect(find(es, 'Claude Agent SDK')).toBe(sdk);
    expect(find(es, 'Jane Roberts')).toBeDefined();
    expect(find(es, 'Jane Roberts')).not.toBe(find(es, 'Jane Robert'));
  });

  it('takes a paper link\'s whole title, not the capitalised words inside it', () => {
    const es = entitiesOf([
      'See [LLM-based Agents Suffer from Hallucinations: Survey](https://arxiv.org/abs/2509.18970) for causes.',
      'Also [Sparks of AGI: Early Experiments with GPT-4](https://arxiv.org/abs/2303.12712), and GPT-4 itself, which GPT-4 users like.',
    ]);
    const survey = find(es, 'LLM-based Agents Suffer from Hallucinations: Survey');
    expect(survey?.type).toBe('paper');
    expect(survey?.url).toBe('https://arxiv.org/abs/2509.18970');
    for (const fragment of ['Agents Suffer', 'Hallucinations', 'Survey', 'Early Experiments']) expect(find(es, fragment)).toBeUndefined();
    // A real name inside a title is still found.
    expect(find(es, 'GPT-4')).toBeDefined();
  });

  it('takes the capitalised words of a quoted title\'s subtitle for its wording, not for names', () => {
    const es = entitiesOf([
      '**"BEVFormer: Learning Bird\'s-Eye-View Representation from Multi-Camera Images via Spatiotemporal Transformers"** (ECCV 2022). It lifts camera features.',
      'We read the paper "Open X-Embodiment: Robotic Learning Datasets and RT-X Models" and the paper "EMMA: End-to-End Multimodal Model for Autonomous Driving" on Waymo data.',
    ]);
    for (const fragment of ['Multi-Camera Images', "Bird's-Eye-View Representation", 'RT-X Models', 'End-to-End Multimodal Model']) {
      expect(find(es, fragment), fragment).toBeUndefined();
    }
    expect(find(es, 'Waymo')).toBeDefined();
    // Not the subtitle of an interview or a post, and not a person or a firm everyone knows.
    const named = entitiesOf(['We watched "Interview: Tim Cook on Privacy" yesterday. The post "Postmortem: Amazon Web Services" explains it.']);
    expect(find(named, 'Tim Cook')?.type).toBe('person');
    expect(find(named, 'Amazon Web Services')).toBeDefined();
  });

  it('names a paper by its arXiv id only when nothing names it, and ties a name to the id after it', () => {
    const es = entitiesOf([
      'The first comprehensive survey of agent hallucinations (arXiv 2509.18970) found 18 causes.',
      '**Chain-of-Verification (CoVe)** (arXiv 2309.11495) checks answers. Two mechanisms were found ([Comprehensive Survey, arXiv 2510.06265](https://arxiv.org/abs/2510.06265)).',
    ]);
    const byId = find(es, 'arXiv 2509.18970');
    expect(byId?.type).toBe('paper');
    expect(byId?.url).toBe('https://arxiv.org/abs/2509.18970');
    expect(find(es, 'Chain-of-Verification')?.url).toBe('https://arxiv.org/abs/2309.11495');
    expect(find(es, 'arXiv 2309.11495')).toBeUndefined();
    expect(find(es, 'arXiv 2510.06265')?.type).toBe('paper');
    expect(find(es, 'Comprehensive Survey')).toBeUndefined();
    expect(es.filter((e) => /Comprehensive/.test(e.name))).toEqual([]);
  });

  it('takes the subject of a funding round from one mention, but not an ordinary word', () => {
    const es = entitiesOf(['Wiz raised $1 billion at a $12 billion valuation.', 'Render raised $80 million. We render pages on the server.']);
    expect(find(es, 'Wiz')?.type).toBe('company');
    expect(find(es, 'Render')).toBeUndefined();
    const apposed = entitiesOf(['Mistral AI, the Paris-based maker of open-weight models, has raised €600 million in a round led by General Catalyst.']);
    expect(find(apposed, 'Mistral AI')?.type).toBe('company');
    expect(find(apposed, 'General Catalyst')?.type).toBe('company');
  });

  it('leaves an opening imperative and keyboard shortcuts out of names', () => {
    const es = entitiesOf(['Add Thinking Machines Lab ($2 billion Series B) and the total doubles.', 'Press Option+Space and Gemini appears, says Thinking Machines Lab.']);
    expect(find(es, 'Thinking Machines Lab')).toBeDefined();
    expect(es.map((e) => e.name).filter((n) => /^Add |Option|^Press/.test(n))).toEqual([]);
  });

  it('drops capitalised words that are not names', () => {
    const es = entitiesOf(['## Introduction\n\nHowever, nothing happened in May. Voice is cheap. Email is deep.\n\n## Conclusion\n\nMonday came.']);
    expect(es.map((e) => e.name)).toEqual([]);
  });

  it('needs more than one weak sighting of a plain capitalised word', () => {
    expect(entitiesOf(['We met Sesame people once.']).map((e) => e.name)).toEqual([]);
    expect(entitiesOf(['We met Sesame people once.', 'Then Sesame shipped, and Sesame grew.']).map((e) => e.name)).toEqual(['Sesame']);
  });

  it('applies config aliases, types, merges and ignores, case-insensitively', () => {
    const config = defaultConfig('/tmp');
    config.entities.aliases = { 'Anthropic': ['the lab'] };
    config.entities.types = { vapi: 'product' };
    config.entities.merge = { 'Claude Code CLI': 'claude code' };
    config.entities.ignore = ['GenAI Newsletter'];
    const es = entitiesOf(
      ['A GenAI Newsletter post: Anthropic shipped Claude Code, and Anthropic said [Vapi](https://vapi.ai) helped.', 'The Claude Code CLI and Claude Code grew; Anthropic agreed.'],
      config,
    );
    expect(find(es, 'Anthropic')?.aliases).toContain('the lab');
    expect(find(es, 'Vapi')?.type).toBe('product');
    expect(find(es, 'Claude Code CLI')).toBe(find(es, 'Claude Code'));
    expect(find(es, 'GenAI Newsletter')).toBeUndefined();
    // The page is named by the merge's target, spelled as the posts spell it.
    expect(find(es, 'Claude Code')?.name).toBe('Claude Code');
  });

  it('joins a one-word name closed by its kind (AG-UI Protocol, MMLU Benchmark) to the bare name, not a phrase', () => {
    const es = entitiesOf([
      'AG-UI (Agent-User Interaction Protocol) connects agents to frontends. The AG-UI Protocol is young, and AG-UI grows.',
      'Scores on the MMLU Benchmark rose; MMLU is saturated. The Open Protocol is a different thing from Open.',
    ]);
    expect(find(es, 'AG-UI Protocol')).toBe(find(es, 'AG-UI'));
    expect(find(es, 'MMLU Benchmark')).toBe(find(es, 'MMLU'));
    expect(find(es, 'AG-UI')?.name).toBe('Agent-User Interaction Protocol');
    // A word-shaped name is no acronym: the project is not its protocol.
    const otel = entitiesOf(['OpenTelemetry is a CNCF project. Traces are exported over the OpenTelemetry Protocol (OTLP), and OpenTelemetry collectors read OTLP.']);
    expect(find(otel, 'OpenTelemetry Protocol')).toBeDefined();
    expect(find(otel, 'OpenTelemetry')).not.toBe(find(otel, 'OpenTelemetry Protocol'));
  });

  it('names a merged page by the merge\'s target even when the merged name has aliases of its own, and keeps them', () => {
    const config = defaultConfig('/tmp');
    config.entities.merge = { Rails: 'Ruby' };
    config.entities.aliases = { Rails: ['RoR'] };
    const es = entitiesOf(['We run Ruby and Rails. Ruby is fast enough, and Rails is too.', 'Rails 8 and Ruby 3.4 shipped; RoR fans cheered.'], config);
    const ruby = find(es, 'Ruby');
    expect(ruby?.name).toBe('Ruby');
    expect(find(es, 'Rails')).toBe(ruby);
    expect(ruby?.aliases).toEqual(expect.arrayContaining(['Rails', 'RoR']));
    // A chain of merges names the page by its last target.
    const chain = defaultConfig('/tmp');
    chain.entities.merge = { Rails: 'RoR', RoR: 'Ruby on Rails' };
    const es2 = entitiesOf(['We run Rails. Rails is fast enough, and RoR is the same thing.', 'Rails 8 shipped; RoR fans cheered.'], chain);
    expect(find(es2, 'Rails')?.name).toBe('Ruby on Rails');
  });

  it('finds the names the config pins wherever the posts write them, and adds nothing where the extractor found them', () => {
    const config = defaultConfig('/tmp');
    config.entities.types = { etcd: 'product', Cisco: 'company' };
    const text = 'The etcd cluster hit its quota, so we compacted etcd. Etcd is back. Cisco bought Isovalent, and Cisco kept Cilium open.';
    const es = entitiesOf([text], config);
    expect(find(es, 'etcd')).toMatchObject({ name: 'etcd', type: 'product' });
    expect(find(es, 'etcd')?.mentions).toHaveLength(3);
    // A sentence where the extractor found the name already gains no mentions.
    expect(find(es, 'Cisco')?.mentions.length).toBe(find(entitiesOf([text]), 'Cisco')?.mentions.length);
  });

  it('names a merged page by its target even when the posts never write the target whole', () => {
    const config = defaultConfig('/tmp');
    config.entities.merge = { Mollema: 'Dirk-jan Mollema' };
    const es = entitiesOf(['The relaying tooling came from Mollema, and Mollema found the bug in 2024.'], config);
    expect(find(es, 'Mollema')?.name).toBe('Dirk-jan Mollema');
    expect(find(es, 'Mollema')?.aliases).toContain('Mollema');
  });

  it('makes topics of categories, except a category that names an entity', () => {
    const docs = [
      rawDoc('2026-01-10-a', 'The Model Context Protocol (MCP) is everywhere; MCP wins.', { categories: ['MCP', 'AI Agents'] }),
      rawDoc('2026-01-11-b', 'More on MCP today.', { categories: ['AI Agents'] }),
    ];
    const es = entitiesOf(docs);
    expect(find(es, 'AI Agents')).toMatchObject({ type: 'topic', firstSeen: '2026-01-15' });
    expect(find(es, 'AI Agents')?.mentions).toHaveLength(2);
    expect(find(es, 'MCP')?.name).toBe('Model Context Protocol');
    expect(es.filter((e) => e.type === 'topic').map((e) => e.name)).toEqual(['AI Agents']);
  });

  it('makes a person, not a topic, of a category that is a person\'s name', () => {
    const docs = [rawDoc('2026-01-10-a', 'What makes a good end-to-end test is speed.', { categories: ['Adam Bender', 'Testing', 'TotT'] })];
    const es = entitiesOf(docs);
    expect(find(es, 'Adam Bender')?.type).toBe('person');
    expect(find(es, 'Testing')?.type).toBe('topic');
    expect(find(es, 'TotT')?.type).toBe('topic');
  });

  it('gives file-safe names, unique regardless of case, sorted', () => {
    const es = entitiesOf(['Read [ELT: Elastic Looped Transformers](https://arxiv.org/abs/2604.09168) and [AG-UI/Protocol](https://example.org/agui) today.']);
    for (const e of es) expect(e.name).not.toMatch(/[\/\\:*?"<>|#^[\]]/);
    const lower = es.map((e) => e.name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(lower).toEqual([...lower].sort());
  });

  it('records facts with their dates and a lead sentence', () => {
    const es = entitiesOf(['**Decagon.** A customer-support agent company. Decagon raised $250 million at a $4.5 billion valuation in March 2026.']);
    const e = find(es, 'Decagon');
    expect(e?.type).toBe('company');
    expect(e?.facts.map((f) => [f.text, f.date])).toEqual([['Decagon raised $250 million at a $4.5 billion valuation in March 2026.', '2026-01-15']]);
    expect(e?.lead?.text).toMatch(/^Decagon: A customer-support agent company\./);
    expect(e?.firstSeen).toBe('2026-01-15');
  });

  it('joins a bold lead-in with a note in parentheses to the sentence that describes it', () => {
    const es = entitiesOf(['Three open models this month.\n\n- **Llama 3.2** (Meta, September 25). Two vision models at 11B and 90B, plus text models for phones.\n- **Molmo** (Ai2). A family of open multimodal models trained on PixMo.\n']);
    expect(find(es, 'Llama 3.2')?.lead?.text).toBe('Llama 3.2 (Meta, September 25): Two vision models at 11B and 90B, plus text models for phones.');
    expect(find(es, 'Molmo')?.lead?.text).toBe('Molmo (Ai2): A family of open multimodal models trained on PixMo.');
    // Never the next list item's or paragraph's sentence.
    const bare = entitiesOf(['Open models.\n\n- **Llama 3.2** (Meta, September 25).\n- **Molmo** (Ai2).\n- **Pixtral** (Mistral).\n\nWe liked them all for different reasons.\n']);
    expect(find(bare, 'Llama 3.2')?.lead?.text).toBe('Llama 3.2 (Meta, September 25).');
    expect(find(bare, 'Pixtral')?.lead?.text).toBe('Pixtral (Mistral).');
  });

  it('joins a lead-in that is a name and its expansion to the sentence after it, whatever signal found the name', () => {
    const es = entitiesOf(['The protocols, one by one.\n\n**MCP (Model Context Protocol).** The agent-to-tool transport, donated in December. MCP servers are everywhere now.\n']);
    expect(find(es, 'MCP')?.lead?.text).toBe('MCP (Model Context Protocol): The agent-to-tool transport, donated in December.');
  });

  it('does not repeat a lead-in before a sentence that opens with the same name', () => {
    const es = entitiesOf(['The clouds.\n\n- **Acme Cloud.** Acme Cloud raised $20 million in March 2025. It rents GPUs.\n- **Globex.** Globex sells chips.\n']);
    expect(find(es, 'Acme Cloud')?.lead?.text).toBe('Acme Cloud raised $20 million in March 2025.');
  });

  it('takes the figures after a bold lead-in, to the end of its list item, as facts about what it names', () => {
    const es = entitiesOf(['The platforms.\n\n- **Decagon.** Raised $250 million at a $4.5 billion valuation in March 2026. It sells support agents.\n- **Parloa.** Voice agents for call centres, 300 customers.\n\nThe market grew 40% last year.\n']);
    expect(find(es, 'Decagon')?.facts.map((f) => f.text)).toEqual(['Raised $250 million at a $4.5 billion valuation in March 2026.']);
    expect(find(es, 'Parloa')?.facts.map((f) => f.text)).toEqual(['Voice agents for call centres, 300 customers.']);
  });

  it('keeps another name\'s lead-in before a sentence that continues it', () => {
    const es = entitiesOf(['The companies.\n\n**Sierra.** Bret Taylor and Clay Bavor\'s company, and the cleanest bet in the segment. It sells outcomes.\n']);
    expect(find(es, 'Bret Taylor')?.lead?.text).toBe("Sierra: Bret Taylor and Clay Bavor's company, and the cleanest bet in the segment.");
  });
});

describe('type cues', () => {
  const typeOf = (md: string[], name: string): string | undefined => find(entitiesOf(md), name)?.type;
  it('organization from the acronym of a public body, but not from an acronym a post defines for something else', () => {
    expect(typeOf(['CISA warned agencies on Friday, and CISA asked them to patch.'], 'CISA')).toBe('organization');
    expect(typeOf(['Turn on Extended Protection for Authentication (EPA) on every server; EPA stops relays.'], 'Extended Protection for Authentication')).not.toBe('organization');
  });
  it('company from funding and ownership words', () => {
    expect(typeOf(['Zorblax raised $20 million in a Series B led by Foundation Capital.'], 'Zorblax')).toBe('company');
    expect(typeOf(['Quuxly\'s CEO resigned.', 'Quuxly shipped.'], 'Quuxly')).toBe('company');
    expect(typeOf(['They met at Acme Labs.'], 'Acme Labs')).toBe('company');
  });
  it('person from given names and roles', () => {
    expect(typeOf(['Klarna\'s CEO Sebastian Siemiatkowski walked it back.'], 'Sebastian Siemiatkowski')).toBe('person');
    expect(typeOf(['Bret Taylor and Clay Bavor started it.'], 'Clay Bavor')).toBe('person');
  });
  it('protocol, benchmark, organization and event from head words', () => {
    expect(typeOf(['The Agent Payments Protocol is new.'], 'Agent Payments Protocol')).toBe('protocol');
    expect(typeOf(['Scores on the Vectara Hallucination Leaderboard rose.'], 'Vectara Hallucination Leaderboard')).toBe('benchmark');
    expect(typeOf(['It moved to the Linux Foundation in 2025.'], 'Linux Foundation')).toBe('organization');
    expect(typeOf(['See you at the NANDA Summit next week.'], 'NANDA Summit')).toBe('event');
  });
  it('model from versions in sentences about models, paper from arXiv, product from repositories', () => {
    expect(typeOf(['We fine-tuned Gemma 4 and the model weights improved.'], 'Gemma 4')).toBe('model');
    expect(typeOf(['Scores: Qwen2.5-32B gained.'], 'Qwen2.5-32B')).toBe('model');
    expect(typeOf(['Read [Large Legal Fictions](https://arxiv.org/abs/2401.01301).'], 'Large Legal Fictions')).toBe('paper');
    expect(typeOf(['Try [Caveman](https://github.com/someone/caveman).'], 'Caveman')).toBe('product');
  });
});

describe('a laboratory, a firm and a firm of two founders by their short names', () => {
  it('joins a national laboratory and a computing firm to their bare names', () => {
    const es = entitiesOf(['Sandia National Laboratories hosted the meeting. Later, Sandia shipped a testbed to Zorblin Computing, and Zorblin raised money.']);
    expect(find(es, 'Sandia')?.name).toBe('Sandia National Laboratories');
    expect(find(es, 'Sandia')?.type).toBe('organization');
    expect(find(es, 'Zorblin')?.name).toBe('Zorblin Computing');
  });
  it('reads two words joined by an ampersand as one name when one only is a given name, not two tools or two people', () => {
    const es = entitiesOf(['Marks & Spencer raised £100 million this year. We use Kafka & Flink daily. Research & Development grew. Thanks to Sarah & James for reading a draft.']);
    expect(find(es, 'Marks & Spencer')?.type).toBe('company');
    expect(find(entitiesOf(['Marks & Spencer was hacked in April. M&S lost £300 million.']), 'M&S')?.name).toBe('Marks & Spencer');
    expect(find(es, 'Marks')).toBeUndefined();
    expect(find(es, 'Sarah & James')).toBeUndefined();
    expect(find(es, 'Kafka & Flink')).toBeUndefined();
    expect(find(es, 'Research & Development')).toBeUndefined();
  });
});

describe('one name with and without its accents', () => {
  it('is one entity, named with the accents when both spellings are used as often', () => {
    const es = entitiesOf(['Pokémon Go shipped a raid update this week.', 'Nintendo said Pokemon Go grew again, and Brütal Legend sold well. Brutal Legend is old.']);
    expect(find(es, 'Pokémon Go')?.mentions).toHaveLength(2);
    expect(find(es, 'Brütal Legend')?.mentions).toHaveLength(2);
    expect(find(es, 'Brutal Legend')).toBeUndefined();
    expect(es.filter((e) => /^Pok/.test(e.name))).toHaveLength(1);
    // Only Latin letters lose their accents: `й` and `и` are two letters.
    expect(nameKeyRaw('Йошкар')).not.toBe(nameKeyRaw('Иошкар'));
  });
});

describe('facts in a paragraph a bold lead-in opens', () => {
  it('give a sentence with no subject of its own to the lead-in, not to the names inside it', () => {
    const es = entitiesOf(['**Zorbix Protocol.** Acme\'s contribution, the agent transport. Donated to the Linux Foundation in December 2025. It has 97 million downloads.\n\nThe Linux Foundation hosts 900 projects.']);
    expect(find(es, 'Zorbix Protocol')?.facts.map((f) => f.text)).toContain('Donated to the Linux Foundation in December 2025.');
    expect(find(es, 'Linux Foundation')?.facts.map((f) => f.text)).toEqual(['The Linux Foundation hosts 900 projects.']);
    const released = entitiesOf(['**Zorbix Labs.** Voice research lab. Released Quibble-1B as open weights on Hugging Face in early 2025.']);
    expect(find(released, 'Quibble-1B')?.facts).toHaveLength(1);
    expect(find(released, 'Hugging Face')?.facts ?? []).toHaveLength(0);
  });
});
