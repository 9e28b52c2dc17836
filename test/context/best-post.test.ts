// On a compiled vault: the best post's own sentences are quoted before weak neighbours, and a topic
// every post is filed under ranks below the pages that answer.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { contextPack } from '../../src/context/context-pack.js';
import { defaultConfig } from '../../src/config.js';
import { tempDir, writePosts, type PostSpec } from '../compile/helpers.js';

const CAT = ['Vulnerability Research'];
const POSTS: PostSpec[] = [
  {
    id: '2025-06-17-citrixbleed',
    title: 'CitrixBleed 2: memory disclosure in NetScaler ADC',
    published: '2025-06-17T00:00:00Z',
    categories: CAT,
    body: [
      'Citrix published CVE-2025-5777 on June 17, an out-of-bounds read in NetScaler ADC. Kevin Beaumont named it CitrixBleed 2 because it looks much like the original CitrixBleed.',
      'The bug leaks memory from the gateway. Attackers read session tokens from that memory.',
      'Patching is not enough. After updating to 14.1-43.56, you must kill all active ICA and PCoIP sessions, otherwise stolen tokens keep working.',
    ].join('\n\n'),
  },
  ...['Fortinet', 'Ivanti', 'Cisco', 'Airoha'].map((name, k) => ({
    id: `2025-0${k + 2}-10-${name.toLowerCase()}`,
    title: `${name} appliances under attack`,
    published: `2025-0${k + 2}-10T00:00:00Z`,
    categories: CAT,
    body: `${name} warned customers about a flaw. ${name} shipped a fix, and ${name} said patching is urgent. Researchers at Ember found memory disclosure bugs too.`,
  })),
];

/** A vault compiled with the real extractor from these posts; its directory. */
async function compiledWiki(posts: PostSpec[]): Promise<string> {
  const dir = await tempDir();
  const raw = path.join(dir, 'raw');
  const wiki = path.join(dir, 'wiki');
  await writePosts(raw, posts);
  await compileVault({ raw, wiki, force: false, config: defaultConfig(dir) });
  return wiki;
}

describe('context on a compiled vault', () => {
  it('quotes the best post beyond its matching sentences and ranks a catch-all topic below the answer', async () => {
    const wiki = await compiledWiki(POSTS);
    const pack = await contextPack('What should I do about CitrixBleed 2?', { wiki, budget: 1000 });
    const text = pack.pages.flatMap((p) => [p.lead?.text ?? '', ...p.facts.map((f) => f.text), ...p.mentions.map((m) => m.text)]).join('\n');
    expect(text).toContain('kill all active ICA and PCoIP sessions');
    const order = pack.pages.map((p) => p.title);
    const topic = order.indexOf('Vulnerability Research');
    const post = order.indexOf('CitrixBleed 2: memory disclosure in NetScaler ADC');
    expect(post).toBeGreaterThanOrEqual(0);
    if (topic >= 0) expect(topic).toBeGreaterThan(post);
  }, 60_000);

  it('reads a page name said after a given name as part of a person\'s name, not as that page', async () => {
    const wiki = await compiledWiki([
      ...['YJIT', 'Bundler', 'RubyGems'].map((tool, k) => ({
        id: `2025-0${k + 1}-02-ruby-${tool.toLowerCase()}`,
        title: `Ruby and ${tool}`,
        published: `2025-0${k + 1}-02T00:00:00Z`,
        body: `Ruby is a programming language. Ruby 3.3 works with ${tool}, and Ruby developers use ${tool} every day. I wrote more Ruby this month.`,
      })),
      {
        id: '2025-05-01-openid-upgrades',
        title: 'OpenID upgrades',
        published: '2025-05-01T00:00:00Z',
        body: 'As part of my server move, I upgraded my consumer logic to python-openid 2.2.5 and my provider to SimpleID 0.8.1. I should now support OpenID 2.0.',
      },
    ]);
    const pack = await contextPack('How did Sam Ruby upgrade OpenID?', { wiki, budget: 400 });
    expect(pack.pages[0]?.title).not.toBe('Ruby');
    expect(pack.pages.map((p) => p.title)).toContain('OpenID upgrades');
    // Said alone, the name is the page.
    expect((await contextPack('What is new in Ruby?', { wiki, budget: 400 })).pages[0]?.title).toBe('Ruby');
    // The name may open the question.
    expect((await contextPack('Sam Ruby OpenID upgrade', { wiki, budget: 400 })).pages[0]?.title).not.toBe('Ruby');
    // A month is no given name, and the question's first word is capitalised only because it opens the question.
    expect((await contextPack('What changed in the June Ruby release?', { wiki, budget: 400 })).pages[0]?.title).toBe('Ruby');
    expect((await contextPack('Ruby developers use which tools?', { wiki, budget: 400 })).pages.map((p) => p.title)).toContain('Ruby');
  }, 60_000);

  it('ranks a topic of one post below that post, whose page holds all it quotes', async () => {
    const wiki = await compiledWiki([
      { id: '2025-04-08-robots', title: 'I let the robots near my repo', published: '2025-04-08T00:00:00Z', categories: ['opinion'],
        body: 'Every maintainer has an opinion about coding assistants. We tried Aider and Cursor on the parser for a month, and Aider wrote most of the tests.' },
      { id: '2025-05-01-release', title: 'Release 2.0', published: '2025-05-01T00:00:00Z', categories: ['releases'], body: 'Version 2.0 ships a new parser and drops Python 3.8.' },
      { id: '2025-06-01-conf', title: 'Conference notes', published: '2025-06-01T00:00:00Z', categories: ['events'], body: 'We gave a talk on parsers at PyCon US in Pittsburgh.' },
    ]);
    const order = (await contextPack('Which coding assistants did the maintainers try?', { wiki, budget: 2000 })).pages.map((p) => p.title);
    const post = order.indexOf('I let the robots near my repo');
    expect(post).toBeGreaterThanOrEqual(0);
    if (order.includes('opinion')) expect(order.indexOf('opinion')).toBeGreaterThan(post);
  }, 60_000);

  it('does not spend the budget on the rest of a named page before the post that answers', async () => {
    const filler = ['notifications', 'widgets', 'accessibility', 'localisation', 'payments', 'maps'].map((topic, k) => ({
      id: `2025-0${k + 1}-05-${topic}`,
      title: `Android ${topic} notes`,
      published: `2025-0${k + 1}-05T00:00:00Z`,
      body: `Our Android app got better ${topic} this quarter. The Android team rewrote the ${topic} screens twice. Android reviewers liked the ${topic} work, and Android users wrote about ${topic} in reviews.`,
    }));
    const answer = {
      id: '2025-08-01-cold-start',
      title: 'Cutting Android cold start by 41% with R8',
      published: '2025-08-01T00:00:00Z',
      body: 'Cold start on Android was 1,840 ms at P50 in January. It is now 1,085 ms. Most of the gain came from R8 full mode and from deleting work at startup.',
    };
    const wiki = await compiledWiki([...filler, answer]);
    const pack = await contextPack('Android cold start', { wiki, budget: 600 });
    expect(pack.pages.map((p) => p.title)).toContain(answer.title);
    // Words no page holds (`phones`, `tablets`) do not hide the post that holds the rest of the question.
    const wider = await contextPack('How was cold start cut on phones and tablets?', { wiki, budget: 600 });
    expect(wider.pages.map((p) => p.title)).toContain(answer.title);
  }, 60_000);

  it('gives a named page whose lead is quoted on a better page its own best sentence, on a tight budget', async () => {
    const wiki = await compiledWiki([
      {
        id: '2024-08-22-serving-costs',
        title: 'Serving Llama 3.1 70B on our own GPUs: a cost comparison',
        published: '2024-08-22T00:00:00Z',
        body: [
          "We compared three ways to run our ticket summariser: the OpenAI API with GPT-4o, Anthropic's Claude 3.5 Sonnet through Amazon Bedrock, and Meta's Llama 3.1 70B served with vLLM on eight NVIDIA H100 GPUs rented from Lambda.",
          '| Model | Cost per 1M tokens | p50 latency | Accuracy on our eval |\n| --- | --- | --- | --- |\n| GPT-4o | $7.50 | 1.9 s | 91% |\n| Claude 3.5 Sonnet | $9.00 | 2.3 s | 93% |\n| Llama 3.1 70B | $2.10 | 1.1 s | 86% |',
          'Claude 3.5 Sonnet scored 49% on SWE-bench Verified according to Anthropic, and GPT-4o scores 88.7% on MMLU according to OpenAI.',
        ].join('\n\n'),
      },
    ]);
    const pack = await contextPack('How much does Llama 3.1 70B cost compared to GPT-4o?', { wiki, budget: 700 });
    const llama = pack.pages.find((p) => p.title === 'Llama 3.1 70B');
    expect(pack.pages.map((p) => p.title)).toContain('GPT-4o');
    expect(llama?.facts.map((f) => f.text)).toEqual(['Llama 3.1 70B (Cost per 1M tokens: $2.10; p50 latency: 1.1 s; Accuracy on our eval: 86%)']);
    expect(pack.tokens).toBeLessThanOrEqual(700);
  }, 60_000);

  it('keeps each page a question names, even when a post ranked above it quotes every sentence it has', async () => {
    const dir = await tempDir();
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    await fs.cp(path.resolve('test/fixtures/context/two-names'), raw, { recursive: true });
    await compileVault({ raw, wiki, force: false, config: defaultConfig(dir) });
    for (const budget of [1500, 6000]) {
      const pack = await contextPack('How many parameters does DeepSeek-R1 have and what did it score on AIME 2024?', { wiki, budget });
      const named = pack.pages.filter((p) => p.reason === 'name').map((p) => p.title);
      expect(named, String(budget)).toEqual(expect.arrayContaining(['DeepSeek-R1', 'AIME 2024']));
      const r1 = pack.pages.find((p) => p.title === 'DeepSeek-R1')!;
      expect(r1.lead?.text ?? r1.facts[0]?.text).toBeTruthy();
    }
  }, 60_000);
});
