import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { contextPack } from '../../src/context/context-pack.js';
import { contextCommand } from '../../src/context/command.js';
import { renderJson, renderText } from '../../src/context/render.js';
import { countTokens, TOKEN_RULE } from '../../src/context/tokens.js';
import { splitSentences } from '../../src/context/sentences.js';
import { WikicError } from '../../src/errors.js';
import type { Pack } from '../../src/context/pack.js';
import { captureStdout, copyDir, FIXTURE_VAULT, tempDir } from './helpers.js';

const BUDGETS = [500, 1000, 2000, 4000, 8000, 20000];

/** Known answers in the fixture vault: the page that must come first. */
const KNOWN = [
  { q: 'Which protocol did Google give to the Linux Foundation?', first: 'Agent2Agent Protocol', says: 'Linux Foundation' },
  { q: "Who leads Sierra's funding round?", first: 'Sierra', says: 'led by Tiger Global' },
  { q: 'What did ReDeEP find?', first: 'ReDeEP', says: 'Knowledge FFNs overpower Copying Heads' },
  { q: 'tell me about MCP', first: 'Model Context Protocol', says: 'Linux Foundation' },
];

function packText(pack: Pack): string {
  return pack.pages
    .flatMap((p) => [p.lead?.text ?? '', ...p.facts.map((f) => f.text), ...p.mentions.map((m) => m.text)])
    .join('\n');
}

describe('wikic context on the fixture vault', () => {
  for (const k of KNOWN) {
    it(`puts ${k.first} first for "${k.q}" at every budget`, async () => {
      for (const budget of BUDGETS) {
        const pack = await contextPack(k.q, { wiki: FIXTURE_VAULT, budget });
        expect(pack.pages[0]?.title, `budget ${budget}`).toBe(k.first);
        expect(pack.tokens).toBeLessThanOrEqual(budget);
        const text = renderText(pack);
        expect(countTokens(text), `budget ${budget}`).toBeLessThanOrEqual(budget);
        expect(pack.tokens).toBe(countTokens(text));
      }
      const pack = await contextPack(k.q, { wiki: FIXTURE_VAULT, budget: 4000 });
      const first = pack.pages[0];
      expect([first.lead?.text, ...first.facts.map((f) => f.text), ...first.mentions.map((m) => m.text)].join(' ')).toContain(k.says);
    });
  }

  it('gives each page its title, type, path and cited source posts with URLs', async () => {
    const pack = await contextPack("Who leads Sierra's funding round?", { wiki: FIXTURE_VAULT, budget: 4000 });
    const sierra = pack.pages[0];
    expect(sierra).toMatchObject({ title: 'Sierra', type: 'company', path: 'companies/Sierra.md', url: 'https://sierra.ai' });
    expect(sierra.lead?.text).toMatch(/^Sierra is Bret Taylor/);
    expect(sierra.sources[0]).toMatchObject({
      n: 1,
      path: 'sources/2026-05-06-the-emerging-communication-stack-for-agents.md',
      url: 'https://rajkiranpanuganti.com/blog/agent-communication-stack/',
      title: 'The Emerging Communication Stack for Agents',
    });
    const funding = sierra.facts.find((f) => f.text.includes('Tiger Global'));
    expect(funding).toMatchObject({ date: '2026-05-06', source: 1 });
    // The matching fact comes before facts that match nothing in the question.
    expect(sierra.facts[0].text).toContain('Tiger Global');
    // Citations are moved out of the quoted text.
    expect(packText(pack)).not.toContain('[[');
    // Graph neighbours follow the hits.
    expect(pack.pages.map((p) => p.title)).toContain('Tiger Global');
  });

  it('never cuts a sentence: every quoted text is a whole run of sentences of the page', async () => {
    const vault = await tempDir();
    await copyDir(FIXTURE_VAULT, vault);
    const long = Array.from({ length: 30 }, (_, i) => `Sierra signed customer number ${i + 1} in a long quarter of sales.`).join(' ');
    const file = path.join(vault, 'companies/Sierra.md');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace('- Sierra and Cresta both pitch', `- ${long}\n- Sierra and Cresta both pitch`));
    let trimmedOnce = false;
    for (const budget of [300, 400, 500, 700]) {
      const pack = await contextPack('Sierra customers sales quarter', { wiki: vault, budget });
      expect(pack.tokens).toBeLessThanOrEqual(budget);
      for (const p of pack.pages) {
        for (const t of [p.lead?.text, ...p.facts.map((f) => f.text), ...p.mentions.map((m) => m.text)]) {
          if (!t) continue;
          const s = splitSentences(t);
          expect(/[.!?]["')\]]*$/.test(s[s.length - 1]), t).toBe(true);
        }
      }
      const trimmed = pack.pages[0].mentions.find((m) => m.text.startsWith('Sierra signed customer number 1 '));
      if (trimmed) {
        expect(long.startsWith(trimmed.text)).toBe(true);
        if (trimmed.text.length < long.length) trimmedOnce = true;
      }
    }
    expect(trimmedOnce).toBe(true);
  });

  it('says so and exits 0 when the question is about nothing in the wiki', async () => {
    const q = 'How do I bake sourdough bread at high altitude?';
    const pack = await contextPack(q, { wiki: FIXTURE_VAULT, budget: 4000 });
    expect(pack.pages).toEqual([]);
    const { code, out } = await captureStdout(() => contextCommand(q, { wiki: FIXTURE_VAULT, budget: 4000, json: false }));
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(/^Nothing in the wiki matches/);
    const json = await captureStdout(() => contextCommand(q, { wiki: FIXTURE_VAULT, budget: 4000, json: true }));
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ question: q, budget: 4000, tokens: 0, pages: [] });
  });

  it("quotes the author's own notes on a page", async () => {
    const pack = await contextPack('Why does Sierra win enterprise deals?', { wiki: FIXTURE_VAULT, budget: 2000 });
    expect(pack.pages[0].title).toBe('Sierra');
    expect(pack.pages[0].notes).toEqual([{ text: 'My take: outcome-based pricing is why Sierra wins enterprise deals. Bret Taylor pitched it at a dinner.' }]);
    expect(renderText(pack)).toContain("Author's notes:\n- My take: outcome-based pricing");
    const other = await contextPack('What did ReDeEP find?', { wiki: FIXTURE_VAULT, budget: 2000 });
    expect(other.pages.flatMap((p) => p.notes)).toEqual([]);
  });

  it('says so when the budget is too small for any page', async () => {
    const pack = await contextPack('What did ReDeEP find?', { wiki: FIXTURE_VAULT, budget: 30 });
    expect(pack.pages).toEqual([]);
    expect(pack.tokens).toBe(0);
    expect(renderText(pack)).toMatch(/^The budget of 30 tokens is too small/);
  });

  it('is deterministic: the same question twice gives the same bytes', async () => {
    for (const k of KNOWN) {
      const a = await captureStdout(() => contextCommand(k.q, { wiki: FIXTURE_VAULT, budget: 1500, json: false }));
      const b = await captureStdout(() => contextCommand(k.q, { wiki: FIXTURE_VAULT, budget: 1500, json: false }));
      expect(a.out).toBe(b.out);
      const c = await captureStdout(() => contextCommand(k.q, { wiki: FIXTURE_VAULT, budget: 1500, json: true }));
      const d = await captureStdout(() => contextCommand(k.q, { wiki: FIXTURE_VAULT, budget: 1500, json: true }));
      expect(c.out).toBe(d.out);
    }
  });

  it('gives the same pack as JSON, with the budget, the token count and its rule', async () => {
    const q = 'Which protocol did Google give to the Linux Foundation?';
    const pack = await contextPack(q, { wiki: FIXTURE_VAULT, budget: 2000 });
    const data = JSON.parse(renderJson(pack));
    expect(Object.keys(data)).toEqual(['question', 'budget', 'tokens', 'rule', 'pages']);
    expect(Object.keys(data.pages[0])).toEqual(['title', 'type', 'path', 'url', 'score', 'reason', 'lead', 'facts', 'mentions', 'notes', 'sources']);
    expect(data).toMatchObject({ question: q, budget: 2000, tokens: countTokens(renderText(pack)), rule: TOKEN_RULE });
    expect(data.pages.map((p: { title: string }) => p.title)).toEqual(pack.pages.map((p) => p.title));
    expect(data.pages[0].facts[0]).toMatchObject({ text: 'Donated to the Linux Foundation on June 23, 2025.', date: '2026-05-06', source: 1 });
    expect(data.pages[0].sources[0].url).toBe('https://rajkiranpanuganti.com/blog/agent-communication-stack/');
  });

  it('adds graph neighbours of the best hits, and works without graph.json', async () => {
    const withGraph = await contextPack('What did ReDeEP find?', { wiki: FIXTURE_VAULT, budget: 4000 });
    // Anthropic's page never says "ReDeEP"; only the graph ties the two.
    expect(withGraph.pages.find((p) => p.title === 'Anthropic')?.reason).toBe('neighbour');
    const vault = await tempDir();
    await copyDir(FIXTURE_VAULT, vault);
    await fs.rm(path.join(vault, 'graph.json'));
    const pack = await contextPack('What did ReDeEP find?', { wiki: vault, budget: 4000 });
    expect(pack.pages[0].title).toBe('ReDeEP');
    expect(pack.pages.map((p) => p.title)).not.toContain('Anthropic');
  });

  it('reports a missing wiki directory as a user error', async () => {
    await expect(contextPack('anything', { wiki: path.join(FIXTURE_VAULT, 'nope'), budget: 100 })).rejects.toBeInstanceOf(WikicError);
  });

  it('runs from the command line', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['bin/wikic.js', 'context', 'What did ReDeEP find?', '--wiki', FIXTURE_VAULT, '--budget', '800', '--json']);
    const data = JSON.parse(stdout);
    expect(data.pages[0].title).toBe('ReDeEP');
    expect(data.tokens).toBeLessThanOrEqual(800);
    const missing = await run(process.execPath, ['bin/wikic.js', 'context', 'x', '--wiki', path.join(FIXTURE_VAULT, 'nope')]).catch((e) => e);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/wiki directory not found/);
    const badBudget = await run(process.execPath, ['bin/wikic.js', 'context', 'x', '--wiki', FIXTURE_VAULT, '--budget', 'abc']).catch((e) => e);
    expect(badBudget.code).toBe(2);
    expect(badBudget.stderr).toBe('wikic: --budget: expected a positive whole number, got "abc"\n');
  });
});
