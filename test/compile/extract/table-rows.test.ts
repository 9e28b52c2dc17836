// A table's data cell is kept with the rest of its row, so facts and mentions quote the row.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/compile/extract/document.js';
import { storedSentences } from '../../../src/compile/extract/table-rows.js';
import { pickLead } from '../../../src/compile/extract/facts.js';
import { extractDocument } from '../../../src/compile/extract/extract.js';
import { rawDoc } from '../helpers.js';
import { entitiesOf, find } from './helpers.js';

const OWN = 'https://blog.example.com/post/';
const TABLE = [
  'We compared two models on our own summarisation eval, and one of them is much cheaper to serve than the other.',
  '',
  '| Model | Cost per 1M tokens | | Accuracy |',
  '| --- | --- | --- | --- |',
  '| Llama 3.1 70B | $2.10 | | 86% |',
  '| GPT-4o | $7.50 | fast | 91% |',
  '',
  '| no | header |',
  '',
].join('\n');

describe('storedSentences', () => {
  it('gives each data cell its row under the column headers, skipping empty cells; header cells and prose stay as they are', () => {
    const ctx = buildDocument(TABLE, OWN);
    const texts = storedSentences(ctx).map((s) => s.text);
    expect(texts).toContain('Llama 3.1 70B (Cost per 1M tokens: $2.10; Accuracy: 86%)');
    // A cell of a later column: the row in column order.
    expect(texts).toContain('Model: Llama 3.1 70B; Cost per 1M tokens: $2.10; Accuracy: 86%');
    // A column without a header gives its value alone.
    expect(texts).toContain('GPT-4o (Cost per 1M tokens: $7.50; fast; Accuracy: 91%)');
    expect(texts).toContain('Model');
    expect(texts[0]).toBe(ctx.sentences[0].text);
    // A table without a header row: the other cells' values alone.
    expect(texts).toContain('no (header)');
    expect(texts).toContain('no; header');
  });

  it('never joins two rows whose empty cells leave them no column in common', () => {
    const texts = storedSentences(buildDocument('Prices.\n\n| Group | Item | Price |\n| --- | --- | --- |\n| Fruit | | |\n| | Apple | $1 |\n', OWN)).map((s) => s.text);
    expect(texts).toContain('Fruit');
    expect(texts.filter((t) => t.includes('Fruit') && t.includes('Apple'))).toEqual([]);
  });

  it('marks a row quantified when any of its cells is, and as a table row', () => {
    const ctx = buildDocument(TABLE, OWN);
    const stored = storedSentences(ctx);
    const row = stored.find((s) => s.text.startsWith('GPT-4o ('))!;
    const label = ctx.sentences[stored.indexOf(row)];
    expect(label.quantified).toBe(false);
    expect(row).toMatchObject({ quantified: true, tableRow: true });
    expect(stored[0].tableRow).toBeUndefined();
  });

  it('keeps a mention in the cell at its place in the row text', () => {
    const x = extractDocument(rawDoc({ id: 'p', title: 'Serving costs', published: '2024-08-22', body: TABLE }));
    const m = x.mentions.find((y) => y.surface === 'Llama 3.1 70B' && x.sentences[y.sentence].tableRow)!;
    const s = x.sentences[m.sentence].text;
    expect(s.slice(m.offset ?? -1, (m.offset ?? -1) + m.surface.length)).toBe('Llama 3.1 70B');
  });

  it('moves the offset of a mention in a later column to where its cell stands in the row', () => {
    const body = 'Cloud security vendors and who owns them now.\n\n| Vendor | Owner | Agentless scanning |\n| --- | --- | --- |\n| Wiz | Google (pending) | Yes |\n| Orca Security | Orca Security | Yes |\n';
    const x = extractDocument(rawDoc({ id: 'p', title: 'Vendors', published: '2025-03-18', body }));
    const google = x.mentions.find((y) => y.surface === 'Google')!;
    const s = x.sentences[google.sentence].text;
    expect(s).toBe('Vendor: Wiz; Owner: Google (pending); Agentless scanning: Yes');
    expect(s.slice(google.offset ?? -1, (google.offset ?? -1) + 'Google'.length)).toBe('Google');
    for (const m of x.mentions.filter((y) => x.sentences[y.sentence].tableRow)) {
      expect(x.sentences[m.sentence].text.slice(m.offset ?? -1, (m.offset ?? -1) + m.surface.length), m.surface).toBe(m.surface);
    }
  });

  it('gives a row\'s fact to what its first cell names, not to the names in its other cells, unless the first cell is a date or a figure', () => {
    const body = 'Our benchmark.\n\n| Tool | Engine | Cost |\n| --- | --- | --- |\n| Ray Data | Python | $120 |\n| Polars | Rust | $40 |\n\n' +
      'Rounds.\n\n| Date | Company | Amount |\n| --- | --- | --- |\n| 2024-03-01 | Acme Robotics | $5M |\n\nPython is a language. Rust is a language. Ray Data and Polars are tools.';
    const es = entitiesOf([body]);
    expect(find(es, 'Polars')?.facts.map((f) => f.text)).toEqual(['Polars (Engine: Rust; Cost: $40)']);
    expect(find(es, 'Rust')?.facts).toEqual([]);
    expect(find(es, 'Python')?.facts).toEqual([]);
    expect(find(es, 'Acme Robotics')?.facts.map((f) => f.text)).toEqual(['Date: 2024-03-01; Company: Acme Robotics; Amount: $5M']);
    // A first column of kinds of row: the row is about the names after it.
    const kinds = entitiesOf(['Options.\n\n| Approach | Product | Price |\n| --- | --- | --- |\n| Terminal | Claude Code | $200/mo |\n\nClaude Code is a coding agent.']);
    expect(find(kinds, 'Claude Code')?.facts.map((f) => f.text)).toEqual(['Approach: Terminal; Product: Claude Code; Price: $200/mo']);
    // A first column of who makes the thing: the row is about the thing too.
    const makers = entitiesOf(['Prices.\n\n| Provider | Model | Input price |\n| --- | --- | --- |\n| OpenAI | GPT-4o | $2.50 |\n\nGPT-4o is a model from OpenAI.']);
    expect(find(makers, 'GPT-4o')?.facts.map((f) => f.text)).toEqual(['Provider: OpenAI; Model: GPT-4o; Input price: $2.50']);
  });

  it('a sentence cut off before a list is not picked as the lead over a whole one', () => {
    const es = entitiesOf([
      'Acme Cloud ships two features this week, both worth a look:\n\n- faster builds\n- cheaper storage',
      'We moved our blog to Acme Cloud last year because it was cheap and fast enough.',
    ]);
    expect(find(es, 'Acme Cloud')?.lead?.text).toBe('We moved our blog to Acme Cloud last year because it was cheap and fast enough.');
  });

  it('a table row is not picked as the lead over a sentence of prose', () => {
    const x = extractDocument(rawDoc({ id: 'p', title: 'Serving costs', published: '2024-08-22', body: `We serve Llama 3.1 70B ourselves on rented GPUs, which costs us far less.\n\n${TABLE}` }));
    const refs = x.mentions.filter((m) => m.surface === 'Llama 3.1 70B').map((m) => ({ m, key: 'llama 3.1 70b' }));
    expect(refs.length).toBeGreaterThan(1);
    const lead = pickLead('Llama 3.1 70B', refs, new Map([['p', x]]), new Map());
    expect(lead?.text).toBe('We serve Llama 3.1 70B ourselves on rented GPUs, which costs us far less.');
  });
});
