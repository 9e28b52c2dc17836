// Each check on small in-memory vaults: the variants the fixture vault does not plant.
import { describe, expect, it } from 'vitest';
import { brokenLink } from '../../src/maintain/checks/broken-link.js';
import { duplicate } from '../../src/maintain/checks/duplicate.js';
import { schema } from '../../src/maintain/checks/schema.js';
import { orphan } from '../../src/maintain/checks/orphan.js';
import { stale } from '../../src/maintain/checks/stale.js';
import { contradiction } from '../../src/maintain/checks/contradiction.js';
import { indexCheck } from '../../src/maintain/checks/index-page.js';
import { strongNames } from '../../src/maintain/checks/missing-page.js';
import { CHECKS } from '../../src/maintain/registry.js';
import { NOTES, entityPage, memoryContext } from './helpers.js';

describe('registry', () => {
  it('holds every check once, each with complete metadata', () => {
    const ids = CHECKS.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(['alias-collision', 'broken-link', 'contradiction', 'duplicate', 'index', 'missing-page', 'orphan', 'schema', 'stale', 'thin']);
    for (const c of CHECKS) expect(c.meta.description.length).toBeGreaterThan(10);
  });
});

describe('broken-link', () => {
  it('reports missing headings with the closest one, and missing pages with the closest name', () => {
    const ctx = memoryContext({
      'companies/Acme.md': entityPage('Acme', { body: '## Funding\n\nText.' }),
      'a.md': 'See [[Acme#Fundng]] and [[Acmee]] and [[Acme#funding]] and [x](companies/Acme.md).\n',
    });
    const f = brokenLink.check(ctx);
    expect(f.map((x) => x.message)).toEqual([
      '[[Acme#Fundng]]: no heading "Fundng" in companies/Acme.md; closest heading: "Funding"',
      '[[Acmee]] does not resolve; closest page or alias: "Acme"',
    ]);
    expect(f.every((x) => !x.action)).toBe(true);
  });

  it('says a compile writes again a page it made that was deleted by hand', () => {
    const ctx = memoryContext({ 'companies/Acme.md': entityPage('Acme', { body: 'Rivals [[Acme Robotics]], [[people/Acme Robotics]].' }) });
    ctx.manifest!.pages['companies/Acme Robotics.md'] = 'x';
    expect(brokenLink.check(ctx).map((x) => x.message)).toEqual([
      '[[Acme Robotics]] does not resolve: compile made companies/Acme Robotics.md and it is gone from disk; run "wikic compile" to write it again (or to drop the link, if no post makes that page any more)',
      // A path names its folder: another folder's page is no match.
      '[[people/Acme Robotics]] does not resolve',
    ]);
  });

  it('offers no fix on a page the compiler did not make, nor inside notes', () => {
    const pages = {
      'companies/Acme Robotics.md': entityPage('Acme Robotics', { aliases: ['Acme'] }),
      'hand.md': 'Hand: [[Acme]]\n',
      'gen.md': `---\ntype: index\n---\n[[Acme]]\n\n${NOTES}[[Acme]]\n`,
    };
    const f = brokenLink.check(memoryContext(pages, { hand: ['hand.md'] }));
    expect(f.map((x) => `${x.page}:${x.line}:${x.action ? 'fix' : '-'}`)).toEqual(['gen.md:4:fix', 'gen.md:9:-', 'hand.md:1:-']);
  });
});

describe('duplicate', () => {
  const run = (names: Array<[string, Parameters<typeof entityPage>[1]?]>) =>
    duplicate.check(memoryContext(Object.fromEntries(names.map(([n, o]) => [`companies/${n}.md`, entityPage(n, o)])))).map((f) => f.message);

  it('reports one file name in two folders as an error (an ambiguous link), other duplicates as warnings', () => {
    const ctx = memoryContext({ 'products/DuckDB.md': entityPage('DuckDB'), 'companies/DuckDB.md': entityPage('DuckDB'), 'companies/Open AI.md': entityPage('Open AI'), 'companies/OpenAI.md': entityPage('OpenAI') });
    const found = duplicate.check(ctx).map((f) => [f.severity, f.message]);
    expect(found).toContainEqual(['error', expect.stringMatching(/^\[\[DuckDB\]\] is ambiguous: (products|companies)\/DuckDB\.md and (products|companies)\/DuckDB\.md have one file name/)]);
    expect(found).toContainEqual(['warning', expect.stringMatching(/may duplicate/)]);
  });

  it('finds acronyms, aliases, folded names and typos', () => {
    expect(run([['Model Context Protocol'], ['MCP']])).toEqual(['[[MCP]] may duplicate [[Model Context Protocol]]: "MCP" is the acronym of [[Model Context Protocol]]']);
    expect(run([['Open AI'], ['OpenAI']])).toHaveLength(1);
    expect(run([['Google'], ['Google+'], ['C'], ['C#']])).toEqual([]);
    // Names in other scripts fold to their own letters, not to nothing.
    expect(run([['Оба'], ['Ее'], ['Москва']])).toEqual([]);
    expect(run([['Москва'], ['москва']])).toHaveLength(1);
    expect(run([['Йошкар'], ['Иошкар']])).toEqual([]);
    expect(run([['Anthropic', { aliases: ['Claude maker'] }], ['Claude maker']])).toHaveLength(1);
    expect(run([['Perplexity AI'], ['Perplexty AI']])).toHaveLength(1);
    expect(run([['Signed Agent Card'], ['Signed Agent Cards']])).toHaveLength(1);
    expect(run([['worktree'], ['worktrees'], ['Policy'], ['Policies']])).toHaveLength(2);
  });

  it('finds an acronym and its plural however short, and a name written as its web address', () => {
    expect(run([['TE'], ['TEs'], ['LLM'], ['LLMs']])).toEqual([
      '[[LLMs]] may duplicate [[LLM]]: singular and plural of one name',
      '[[TEs]] may duplicate [[TE]]: singular and plural of one name',
    ]);
    const typed = (pages: Array<[string, string, string]>) =>
      duplicate.check(memoryContext(Object.fromEntries(pages.map(([folder, n, type]) => [`${folder}/${n}.md`, entityPage(n, { type })])))).map((f) => f.message);
    expect(typed([['products', 'Socket.io', 'product'], ['companies', 'Socket', 'company']])).toEqual([]);
    expect(run([['Google'], ['Google.com'], ['Perplexity'], ['Perplexity.ai']])).toEqual([
      '[[Google.com]] may duplicate [[Google]]: the web address of [[Google]]',
      '[[Perplexity.ai]] may duplicate [[Perplexity]]: the web address of [[Perplexity]]',
    ]);
    // Not a lower-case word and its plural this short, nor an acronym and another word, nor a path.
    expect(run([['ox'], ['oxs'], ['TE'], ['TEST'], ['Node'], ['Node.js'], ['Go'], ['Go Blog.com']])).toEqual([]);
  });

  it('keeps apart names that differ in a number or a one-letter token, and shared hosts', () => {
    expect(run([['GPT-4'], ['GPT-5'], ['Series A'], ['Series B'], ['Gemma 3'], ['Gemma 4'], ['Google'], ['Google Cloud']])).toEqual([]);
    expect(run([['encoder'], ['encoded'], ['Open Source'], ['Open Sourced'], ['SM'], ['SMS'], ['AI'], ['AI Infrastructure'], ['F1'], ['Fortune 10']])).toEqual([]);
    expect(run([['Alpha Repo', { url: 'https://github.com/' }], ['Beta Repo', { url: 'https://github.com' }]])).toEqual([]);
  });

  it('finds initials written in groups, a company suffix and a release, of one kind of thing only', () => {
    const run2 = (pages: Array<[string, string, string]>) =>
      duplicate.check(memoryContext(Object.fromEntries(pages.map(([folder, n, type]) => [`${folder}/${n}.md`, entityPage(n, { type })])))).map((f) => f.message);
    expect(run2([['protocols', 'PCI DSS', 'protocol'], ['protocols', 'Payment Card Industry Data Security Standard', 'protocol']])).toEqual([
      '[[PCI DSS]] may duplicate [[Payment Card Industry Data Security Standard]]: "PCI DSS" is the acronym of [[Payment Card Industry Data Security Standard]]',
    ]);
    expect(run2([['companies', 'Pulumi Corp', 'company'], ['companies', 'Pulumi', 'company']])).toEqual([
      '[[Pulumi Corp]] may duplicate [[Pulumi]]: the name of [[Pulumi]] with a company suffix',
    ]);
    expect(run2([['products', 'OpenTofu 1.9', 'product'], ['products', 'OpenTofu', 'product']])).toEqual(['[[OpenTofu 1.9]] may duplicate [[OpenTofu]]: a release of [[OpenTofu]]']);
    // A company and its product, a model and its family, a standard and its body, two releases: apart.
    expect(run2([['companies', 'ClickHouse Inc', 'company'], ['products', 'ClickHouse', 'product']])).toEqual([]);
    expect(run2([['models', 'Gemma 4', 'model'], ['models', 'Gemma', 'model'], ['products', 'ElevenLabs V3', 'product'], ['companies', 'ElevenLabs', 'company']])).toEqual([]);
    expect(run2([['protocols', 'ISO 20022', 'protocol'], ['organizations', 'ISO', 'organization'], ['products', 'Kafka 3.6', 'product'], ['products', 'Kafka 3.7', 'product']])).toEqual([]);
  });

  it('takes a homepage shared by a few pages as a sign, and one shared by many as none', () => {
    const paper = 'https://arxiv.org/abs/2601.01234';
    expect(run([['Orbital Chains', { url: paper }], ['Quill Attention', { url: paper }]])).toEqual([
      '[[Quill Attention]] may duplicate [[Orbital Chains]]: same homepage as [[Orbital Chains]] (https://arxiv.org/abs/2601.01234)',
    ]);
    const many = ['Orbital Chains', 'Quill Attention', 'Zentara Graphs', 'Vauxmoor Nets', 'Kestrel Pruning', 'Lumen Decoding'];
    expect(run([...many.map((n): [string, { url: string }] => [n, { url: paper }]), ['Lumen Decodings', { url: paper }]])).toEqual([
      '[[Lumen Decodings]] may duplicate [[Lumen Decoding]]: singular and plural of one name',
    ]);
  });

  it('pairs only the near names among many that share all but one word', () => {
    const crowd = ['Nimbus', 'Vector', 'Harbor', 'Quartz', 'Lantern', 'Meridian'].map((w): [string] => [`${w} Labs`]);
    const singles = ['Gadget', 'Widget', 'Sprocket'].map((w): [string] => [w]);
    expect(run([...crowd, ['Lanterns Labs'], ['Meridain Labs'], ['Merdian Labs'], ...singles, ['Sprockets']])).toEqual([
      '[[Lanterns Labs]] may duplicate [[Lantern Labs]]: singular and plural of one name',
      '[[Meridian Labs]] may duplicate [[Merdian Labs]]: name one typo away from [[Merdian Labs]]',
      '[[Sprockets]] may duplicate [[Sprocket]]: singular and plural of one name',
    ]);
  });
});

describe('schema', () => {
  const one = (text: string, p = 'companies/X.md') => schema.check(memoryContext({ [p]: text })).map((f) => `${f.line}: ${f.message}`);

  it('reports frontmatter that does not parse with line:col', () => {
    expect(one('---\ntype: company\naliases: [a, b\n---\nBody\n')[0]).toMatch(/^\d+: frontmatter does not parse \(\d+:\d+\)/);
  });

  it("asks a type of compile's pages, and of every page in a type's folder only when no manifest says which are compile's", () => {
    const pages = { 'companies/Made.md': '# Made\n', 'companies/Chip thoughts.md': '# Chip thoughts\nSee [[Made]].\n', 'Loose note.md': '# Loose\n' };
    const ctx = memoryContext(pages, { hand: ['companies/Chip thoughts.md', 'Loose note.md'] });
    expect(schema.check(ctx).map((f) => f.page)).toEqual(['companies/Made.md']);
    const noManifest = { ...ctx, manifest: undefined, generated: () => false };
    expect(schema.check(noManifest).map((f) => f.page).sort()).toEqual(['companies/Chip thoughts.md', 'companies/Made.md']);
  });

  it('reports unknown types and malformed fields', () => {
    expect(one('---\ntype: gadget\n---\n')).toEqual([expect.stringMatching(/^2: unknown page type "gadget"/)]);
    expect(one(entityPage('X').replace('mentions: 1', 'mentions: many'))).toEqual(['6: "mentions" must be a whole number']);
  });

  it('reports damaged notes sections', () => {
    const page = entityPage('X');
    expect(one(page.replace('wikic never changes it', 'edited'))).toEqual([expect.stringMatching(/marker line was changed/)]);
    expect(one(page.replace(/<!--.*-->\n/, ''))).toEqual([expect.stringMatching(/notes marker under ## Notes is missing/)]);
    expect(one(page.replace('## Notes\n', ''))).toEqual([expect.stringMatching(/heading above the notes marker is missing/)]);
    expect(one(page.replace('## Notes\n\n', '## Notes\n\nmine\n'))).toEqual([expect.stringMatching(/the next compile moves it below the marker/)]);
  });

  it('reports text between ## Notes and its marker as a warning (compile keeps it), a damaged marker as an error', () => {
    const page = entityPage('X');
    const severities = (text: string) => schema.check(memoryContext({ 'companies/X.md': text })).map((f) => f.severity);
    expect(severities(page.replace('## Notes\n\n', '## Notes\n\nmine\n'))).toEqual(['warning']);
    expect(severities(page.replace(/<!--.*-->\n/, ''))).toEqual(['error']);
  });

  it('lets hand-made notes go without frontmatter, in a type folder too', () => {
    expect(schema.check(memoryContext({ 'Ideas.md': '# Ideas\n' }, { hand: ['Ideas.md'] }))).toEqual([]);
    expect(schema.check(memoryContext({ 'people/Ideas.md': '# Ideas\n' }, { hand: ['people/Ideas.md'] }))).toEqual([]);
  });
});

describe('orphan', () => {
  it('does not count links from the index and log', () => {
    const ctx = memoryContext({
      'index.md': '[[A]] [[B]]',
      'log.md': '[[A]]',
      'A.md': '[[B]]',
      'B.md': '[[B]]',
    });
    expect(orphan.check(ctx).map((f) => f.page)).toEqual(['A.md']);
  });
});

describe('stale', () => {
  it('reports an entity page whose every source is gone', () => {
    const ctx = memoryContext(
      {
        'companies/A.md': entityPage('A', { sources: ['[[Post one]]'] }),
        'companies/B.md': entityPage('B', { sources: ['[[Post one]]', '[[Post two]]'] }),
        'sources/Post one.md': '---\ntype: source\nraw: one\n---\n',
        'sources/Post two.md': '---\ntype: source\nraw: two\n---\n',
      },
      { raw: [{ id: 'two', file: 'two.md', hash: 'h', body: '' }] },
    );
    expect(stale.check(ctx).map((f) => `${f.page}:${f.line}`)).toEqual(['sources/Post one.md:3', 'companies/A.md:5']);
  });
});

describe('contradiction', () => {
  const page = (facts: string[]) => entityPage('Acme', { body: `Acme is a company.\n\n## Facts\n\n${facts.join('\n')}\n` });
  const posts = {
    'sources/P1.md': '---\ntype: source\nraw: p1\npublished: 2026-01-10\n---\n',
    'sources/P2.md': '---\ntype: source\nraw: p2\npublished: 2026-02-10\n---\n',
  };
  const run = (facts: string[]) => contradiction.check(memoryContext({ 'companies/Acme.md': page(facts), ...posts })).map((f) => f.message);

  it('reports a disagreement for the same time across posts', () => {
    expect(run(['- **2026-01-10**: Acme has 2 million users as of January 2026. ([[P1]])', '- **2026-02-10**: Acme had 3 million users in January 2026. ([[P2]])'])).toEqual([
      'users for 2026-01: 2 million users (line 16) vs 3 million users',
    ]);
  });

  it('reads lines dated by the month or year they state (bold) as it reads lines dated by their post', () => {
    expect(run(['- **2026-01**: Acme has 2 million users as of January 2026. ([[P1]])', '- **2026-01**: Acme had 3 million users in January 2026. ([[P2]])'])).toEqual([
      'users for 2026-01: 2 million users (line 16) vs 3 million users',
    ]);
    const found = contradiction.check(memoryContext({ 'companies/Acme.md': page(['- **2015**: Acme was founded in 2015 in Berlin. ([[P1]])', '- **2016**: Acme was founded in 2016, says its CEO. ([[P2]])']), ...posts }));
    expect(found.map((f) => f.message)).toEqual(['founding date: Acme founded 2015 (line 16) vs Acme founded 2016']);
    // The date in bold is the line's, not part of the quoted sentence.
    expect(found[0].evidence).toEqual(['"Acme was founded in 2015 in Berlin." (P1, 2026-01-10)', '"Acme was founded in 2016, says its CEO." (P2, 2026-02-10)']);
  });

  it('accepts values from different posts without a time of their own, and repeated values', () => {
    expect(run(['- **2026-01-10**: Acme has 2 million users. ([[P1]])', '- **2026-02-10**: Acme has 3 million users. ([[P2]])'])).toEqual([]);
    expect(run(['- **2026-01-10**: Acme has 2 million users in 2025. ([[P1]])', '- **2026-02-10**: Acme had 2 million users in 2025, says the CEO. ([[P2]])'])).toEqual([]);
  });

  it('reports two founding years, and accepts a timeline in one sentence', () => {
    expect(run(['- **2026-01-10**: Acme was founded in 2015 in Berlin. ([[P1]])', '- **2026-02-10**: Acme, founded in 2016, now sells robots. ([[P2]])'])).toEqual([
      'founding date: Acme founded 2015 (line 16) vs Acme founded 2016',
    ]);
    expect(run(['- **2026-02-10**: Acme reached $100 million ARR by November 2025, $150 million by early February. ([[P2]])', '- **2026-01-10**: Acme had $100 million ARR in November 2025. ([[P1]])'])).toEqual([]);
  });

  it('accepts counts about a part of the entity, and counts of one post without a time', () => {
    expect(run(['- **2026-01-10**: Acme had 2 million users in January 2026. ([[P1]])', '- **2026-02-10**: Acme’s enterprise tier had 300,000 users in January 2026. ([[P2]])'])).toEqual([]);
    expect(run(['- **2026-01-10**: Acme has 2 million users. ([[P1]])', '- **2026-01-10**: Acme has 300,000 users who pay. ([[P1]])'])).toEqual([]);
    expect(run(['- **2026-01-10**: Acme is valued at $2 billion. ([[P1]])', '- **2026-01-10**: Acme is valued at $3 billion today. ([[P1]])'])).toHaveLength(1);
  });

  it('reports a named round stated with two amounts', () => {
    expect(run(['- **2026-01-10**: Acme raised a $40 million Series B. ([[P1]])', '- **2026-02-10**: Acme closed its $60 million Series B round. ([[P2]])'])).toHaveLength(1);
  });

  it('reports each attribute and time once, against the first earlier line that disagrees', () => {
    const agree = '- **2026-01-10**: Acme is valued at $2 billion today. ([[P1]])';
    const other = '- **2026-01-10**: Acme has 2 million users today. ([[P1]])';
    const differs = '- **2026-01-10**: Acme is valued at $3 billion now. ([[P1]])';
    const third = '- **2026-01-10**: Acme is now valued at $5 billion. ([[P1]])';
    expect(run([agree, other, '- **2026-01-10**: Acme is valued at $2 billion now. ([[P1]])', differs, third])).toEqual(['valuation in post p1: $2 billion (line 16) vs $3 billion']);
    // A repeated sentence is not a second source.
    expect(run([differs, differs.replace('([[P1]])', '')])).toEqual([]);
  });
});

describe('index', () => {
  it('adds a section for a group the index lacks, and reports repeats', () => {
    const ctx = memoryContext({
      'index.md': '---\ntype: index\n---\n# Index\n\n## Companies (1)\n\n- [[A]]: a\n- [[A]]: again\n',
      'companies/A.md': entityPage('A'),
      'people/P.md': entityPage('P', { type: 'person' }),
    });
    const f = indexCheck.check(ctx);
    expect(f.map((x) => `${x.line}: ${x.message}`)).toEqual(['9: lists [[A]] again (first on line 8)', '1: does not list people/P.md']);
    const fixed = f.find((x) => x.action)!.action!;
    expect(fixed.kind === 'write' && fixed.content).toBe('---\ntype: index\n---\n# Index\n\n## Companies (1)\n\n- [[A]]: a\n\n## People (1)\n\n- [[P]]\n');
  });
});

describe('index and hand-made pages', () => {
  it('does not ask a compiled index to list a typed page the author wrote', () => {
    const ctx = memoryContext(
      { 'index.md': '---\ntype: index\n---\n## Companies (1)\n\n- [[A]]: a\n', 'companies/A.md': entityPage('A'), 'companies/Mine.md': entityPage('Mine') },
      { hand: ['companies/Mine.md'] },
    );
    expect(indexCheck.check(ctx)).toEqual([]);
  });
});

describe('missing-page signals', () => {
  it('takes names from link anchors, bold lead-ins and definitions', () => {
    const md = 'Read [Acme Labs](https://acme.example) and [this post](https://x.example).\n\n**Vapi.** Voice agents.\n\nThe Agent Payments Protocol (AP2) matters.\n\n`[Code](https://c.example)`';
    expect(strongNames(md).sort()).toEqual(['AP2', 'Acme Labs', 'Agent Payments Protocol', 'Vapi']);
  });
});

describe('stale by age', () => {
  it('reports entity pages not mentioned within thresholds.staleDays of the newest post, only when enabled', () => {
    const pages = {
      'companies/Old.md': entityPage('Old').replace('last_seen: 2026-01-01', 'last_seen: 2025-01-01'),
      'companies/New.md': entityPage('New'),
    };
    const raw = [{ id: 'p', file: 'p.md', hash: 'h', body: '', date: '2026-02-01' }];
    const ctx = memoryContext(pages, { raw });
    expect(stale.check(ctx)).toEqual([]);
    ctx.config.thresholds.staleDays = 180;
    expect(stale.check(ctx).map((f) => `${f.severity} ${f.page}:${f.line} ${f.message}`)).toEqual([
      'info companies/Old.md:8 no post has mentioned it since 2025-01-01, over 180 days before the newest post (2026-02-01)',
    ]);
  });
});
