// On a compiled vault: the best post's own sentences are quoted before weak neighbours, and a topic
// every post is filed under ranks below the pages that answer.
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

describe('context on a compiled vault', () => {
  it('quotes the best post beyond its matching sentences and ranks a catch-all topic below the answer', async () => {
    const dir = await tempDir();
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    await writePosts(raw, POSTS);
    await compileVault({ raw, wiki, force: false, config: defaultConfig(dir) });
    const pack = await contextPack('What should I do about CitrixBleed 2?', { wiki, budget: 1000 });
    const text = pack.pages.flatMap((p) => [p.lead?.text ?? '', ...p.facts.map((f) => f.text), ...p.mentions.map((m) => m.text)]).join('\n');
    expect(text).toContain('kill all active ICA and PCoIP sessions');
    const order = pack.pages.map((p) => p.title);
    const topic = order.indexOf('Vulnerability Research');
    const post = order.indexOf('CitrixBleed 2: memory disclosure in NetScaler ADC');
    expect(post).toBeGreaterThanOrEqual(0);
    if (topic >= 0) expect(topic).toBeGreaterThan(post);
  }, 60_000);
});
