import { describe, expect, it } from 'vitest';
import { countTokens } from '../../src/context/tokens.js';
import { buildBm25 } from '../../src/context/bm25.js';
import { splitSentences } from '../../src/context/sentences.js';
import { terms, words } from '../../src/context/tokenize.js';
import { askedTypes } from '../../src/context/asked.js';
import { cleanText, SourceResolver } from '../../src/context/page-model.js';

describe('token rule', () => {
  it('counts letter runs by fours, digit runs by threes and symbols one each', () => {
    expect(countTokens('')).toBe(0);
    expect(countTokens('the')).toBe(1);
    expect(countTokens('international')).toBe(4);
    expect(countTokens('2025')).toBe(2);
    expect(countTokens('$1.5')).toBe(4);
    expect(countTokens('a b\n\nc')).toBe(5);
  });

  it('is additive over lines: each line costs its own count and one for its line break', () => {
    const a = 'Sierra closed $950 million.';
    const b = 'https://example.com/a-b?c=1';
    expect(countTokens(`${a}\n${b}\n`)).toBe(countTokens(a) + 1 + countTokens(b) + 1);
    expect(countTokens(`${a} ${b}`)).toBe(countTokens(a) + countTokens(b));
  });

  it('never counts fewer tokens than a quarter of the characters of prose', () => {
    const prose = 'Agents need their own native protocols, because human channels assume a human at one end.';
    expect(countTokens(prose)).toBeGreaterThanOrEqual(Math.ceil(prose.replace(/\s/g, '').length / 4));
  });
});

describe('tokenizer', () => {
  it('folds case, accents, punctuation and possessives', () => {
    expect(words("Google's Café, GPT-4o!")).toEqual(['google', 'cafe', 'gpt', '4o']);
  });
  it('drops stopwords and folds plurals', () => {
    expect(terms('Which protocols did the companies adopt?')).toEqual(['protocol', 'company', 'adopt']);
  });
});

describe('bm25', () => {
  const docs = [
    ['sierra', 'funding', 'round', 'sierra'],
    ['google', 'protocol', 'linux', 'foundation'],
    ['google', 'search', 'ads', 'cloud', 'google', 'model', 'chip', 'phone'],
  ];
  const index = buildBm25(docs);
  it('scores documents holding the query terms, rarer terms higher', () => {
    expect(index.score(0, ['sierra'])).toBeGreaterThan(0);
    expect(index.score(1, ['sierra'])).toBe(0);
    expect(index.idf('sierra')).toBeGreaterThan(index.idf('google'));
  });
  it('prefers the shorter document for the same matches', () => {
    expect(index.score(1, ['google'])).toBeGreaterThan(index.score(2, ['google']) / 2);
    expect(index.score(1, ['google', 'protocol'])).toBeGreaterThan(index.score(2, ['google', 'protocol']));
  });
});

describe('sentences', () => {
  it('splits at sentence ends but not after abbreviations or initials', () => {
    expect(splitSentences('MCP won. It is the standard, e.g. for tools. J. Smith agreed! Really?')).toEqual([
      'MCP won.',
      'It is the standard, e.g. for tools.',
      'J. Smith agreed!',
      'Really?',
    ]);
  });
  it('keeps decimals and versions inside one sentence', () => {
    expect(splitSentences('Version 2.5 shipped with OAuth 2.1 support. Done.')).toEqual(['Version 2.5 shipped with OAuth 2.1 support.', 'Done.']);
  });
});

describe('asked types', () => {
  it('reads the kind of answer from which/what and who', () => {
    expect([...askedTypes('Which protocol did Google give away?')]).toEqual(['protocol']);
    expect([...askedTypes('what open standards exist')]).toEqual(['protocol']);
    expect([...askedTypes('who leads the round')].sort()).toEqual(['company', 'organization', 'person']);
    expect([...askedTypes('tell me about MCP')]).toEqual([]);
  });
});

describe('citations', () => {
  const resolver = new SourceResolver([
    { path: 'sources/2026-01-01-post.md', data: { type: 'source', title: 'A Post', url: 'https://x.test/p' }, body: '' },
  ]);
  it('turns wikilinks into labels and moves post citations out of the text', () => {
    const c = cleanText('2026-01-01: [[Sierra]] raised $1 million from [[Tiger Global|Tiger]]. ([[2026-01-01-post|A Post]])', resolver);
    expect(c).toEqual({ text: 'Sierra raised $1 million from Tiger.', sources: ['sources/2026-01-01-post.md'], date: '2026-01-01' });
  });
  it('reads a fact\'s own month or year in bold as its date', () => {
    expect(cleanText('**2024-06**: [[Sierra]] raised $1 million in June 2024. ([[2026-01-01-post|A Post]])', resolver).date).toBe('2024-06');
    expect(cleanText('**2023**: [[Sierra]] raised $1 million in 2023. ([[2026-01-01-post|A Post]])', resolver)).toMatchObject({ date: '2023', text: 'Sierra raised $1 million in 2023.' });
    // A year that opens an author's line without bold is the line's own text.
    expect(cleanText('2023 was a good year for Sierra.', resolver)).toMatchObject({ text: '2023 was a good year for Sierra.' });
  });
  it('keeps ordinary parentheses', () => {
    expect(cleanText('ReDeEP (presented at ICLR 2026) found it.', resolver).text).toBe('ReDeEP (presented at ICLR 2026) found it.');
  });
  it('gives the characters markdown escapes stand for', () => {
    expect(cleanText('It adds \\_\\_array_function\\_\\_ and 3 \\* n, see 1\\. above.', resolver).text).toBe('It adds __array_function__ and 3 * n, see 1. above.');
    // Inside code, a backslash is the code's own.
    expect(cleanText('Match `^v\\d+\\.\\d+$` with grep.', resolver).text).toBe('Match `^v\\d+\\.\\d+$` with grep.');
  });
});

describe('stemming', () => {
  it('lets inflections of a verb meet and leaves names alone', async () => {
    const { stem } = await import('../../src/context/tokenize.js');
    expect(new Set(['raise', 'raises', 'raised', 'raising'].map(stem)).size).toBe(1);
    expect(stem('protocols')).toBe('protocol');
    expect(stem('stopped')).toBe(stem('stop'));
    expect(stem('sierra')).toBe('sierra');
    expect(stem('gpt4')).toBe('gpt4');
  });
});

describe('irregular verbs', () => {
  it('meet their present forms, and words that are not verbs stay as they are', async () => {
    const { stem, terms } = await import('../../src/context/tokenize.js');
    expect(stem('led')).toBe(stem('leads'));
    expect(stem('bought')).toBe(stem('buying'));
    expect(terms('constructor toString')).toEqual(['constructor', 'tostr']);
  });
});

describe('page graph', () => {
  it('computes PageRank when graph.json stores none, and maps nodes to pages by path, file name or title', async () => {
    const Graph = (await import('graphology')).default;
    const { pageGraph } = await import('../../src/context/graph-data.js');
    const g = new Graph({ type: 'mixed', multi: true });
    g.addNode('hub', { label: 'Hub Company', path: 'companies/Hub Company.md' });
    g.addNode('Leaf One');
    g.addNode('leaf-two', { label: 'Leaf Two' });
    g.addNode('stray');
    for (const k of ['Leaf One', 'leaf-two', 'stray']) g.addDirectedEdge(k, 'hub', { weight: 2 });
    g.addUndirectedEdge('Leaf One', 'leaf-two', { weight: 1 });
    const pg = pageGraph(g, [
      { path: 'companies/Hub Company.md', title: 'Hub Company' },
      { path: 'people/Leaf One.md', title: 'Leaf One' },
      { path: 'products/Leaf Two.md', title: 'Leaf Two' },
    ]);
    expect(pg.rank('companies/Hub Company.md')).toBe(1);
    expect(pg.rank('people/Leaf One.md')).toBeGreaterThan(0);
    expect(pg.rank('people/Leaf One.md')).toBeLessThan(1);
    expect(pg.rank('nowhere.md')).toBe(0);
    expect(pg.neighbours('people/Leaf One.md')).toEqual([
      { path: 'companies/Hub Company.md', weight: 2 },
      { path: 'products/Leaf Two.md', weight: 1 },
    ]);
  });
});

describe('comparatives and superlatives', () => {
  it('meet a word the wiki uses, and only then', async () => {
    const { known } = await import('../../src/context/retrieve.js');
    const index = buildBm25([['cheap', 'model'], ['big', 'round'], ['happy']]);
    expect(known('cheapest', index)).toBe('cheap');
    expect(known('biggest', index)).toBe('big');
    expect(known('happiest', index)).toBe('happy');
    expect(known('latest', index)).toBe('latest');
    expect(known('model', index)).toBe('model');
  });
});
