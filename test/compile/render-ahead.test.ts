// Post pages (and the graph) made on a second thread: the thread makes the keys and bytes this thread would, a
// compile that uses it writes the same vault byte for byte (from scratch and after a post changes,
// the author's notes kept), and a thread that cannot do the work leaves it to this one.
import { cpSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVault } from '../../src/compile/compile.js';
import { defaultConfig } from '../../src/config.js';
import { loadTemplates } from '../../src/compile/templates.js';
import { renderAhead } from '../../src/compile/render-ahead.js';
import { renderSourcePage, sourceLinks, type SourcePageData } from '../../src/compile/emitters/source-page.js';
import type { AheadResult, PlannedPage } from '../../src/compile/emitters/index.js';
import { NOTES_MARKER } from '../../src/wiki/schema.js';
import { snapshot, tempDir } from './helpers.js';

const RAW = path.resolve('raw');

async function sameVault(a: string, b: string): Promise<void> {
  const x = await snapshot(a);
  const y = await snapshot(b);
  expect([...y.keys()]).toEqual([...x.keys()]);
  for (const [p, text] of x) expect(y.get(p), p).toBe(text);
}

describe('compile with a rendering thread', () => {
  it('writes the vault one thread writes, from scratch and after a post changes, keeping notes', async () => {
    const dir = await tempDir();
    const raw = path.join(dir, 'raw');
    cpSync(RAW, raw, { recursive: true });
    const config = defaultConfig(dir);
    const one = path.join(dir, 'one');
    const two = path.join(dir, 'two');
    // Extraction stays on this thread: only the rendering differs between the two vaults.
    const onTwo = { raw, wiki: two, force: false, config, jobs: 2, postsPerExtraThread: 10_000, pagesPerRenderThread: 1, edgesPerGraphThread: 1, pagesBeforeWriteThread: 5 };
    const first1 = await compileVault({ raw, wiki: one, force: false, config, jobs: 1 });
    const first2 = await compileVault(onTwo);
    expect(first1.renderedAhead).toBe(0);
    expect(first2.renderedAhead).toBe(first2.sources);
    expect([first1.graphOnThread, first2.graphOnThread]).toEqual([false, true]);
    expect(first1.writtenOnThread).toBe(0);
    expect(first2.writtenOnThread).toBeGreaterThan(first2.written.length / 2);
    await sameVault(one, two);

    // The author's notes in a post page, then a post that now names what other posts name.
    const names = (await fs.readdir(raw)).filter((n) => n.endsWith('.md')).sort();
    const page = (await fs.readdir(path.join(one, 'sources'))).sort()[0];
    const notes = '\nRead this one twice; see [[Anthropic]].\n';
    for (const wiki of [one, two]) {
      const file = path.join(wiki, 'sources', page);
      await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(`${NOTES_MARKER}\n`, `${NOTES_MARKER}${notes}`));
    }
    const post = path.join(raw, names[names.length - 1]);
    await fs.appendFile(post, '\nA closing thought on Anthropic, OpenAI and the Model Context Protocol, with Google watching.\n');

    const again1 = await compileVault({ raw, wiki: one, force: false, config, jobs: 1 });
    const again2 = await compileVault(onTwo);
    expect(again2.extracted).toEqual([names[names.length - 1].replace(/\.md$/, '')]);
    expect(again2.written).toEqual(again1.written);
    expect(again2.written).toContain('graph.json');
    expect(again2.graphOnThread).toBe(true);
    expect(again2.writtenOnThread).toBeGreaterThan(0);
    // The render state the writing thread's files left lets a compile with nothing changed skip every page.
    const still = await compileVault(onTwo);
    expect([still.written, still.writtenOnThread]).toEqual([[], 0]);
    // Only the post pages whose quick keys changed went to the thread.
    expect(again2.renderedAhead).toBeGreaterThan(0);
    expect(again2.renderedAhead).toBeLessThan(again2.sources);
    await sameVault(one, two);
    expect(await fs.readFile(path.join(two, 'sources', page), 'utf8')).toContain(`${NOTES_MARKER}${notes}`);
  }, 120_000);

  it('renders on one thread when told to (--jobs 1) or when too few post pages need it', async () => {
    const dir = await tempDir();
    const raw = path.join(dir, 'raw');
    cpSync(RAW, raw, { recursive: true });
    const config = defaultConfig(dir);
    const stats = await compileVault({ raw, wiki: path.join(dir, 'wiki'), force: false, config, jobs: 2, postsPerExtraThread: 10_000 });
    expect(stats.sources).toBeLessThan(64);
    expect(stats.renderedAhead).toBe(0);
    expect(stats.graphOnThread).toBe(false);
  }, 60_000);
});

function pageData(i: number): SourcePageData {
  return {
    path: `sources/Post ${i}.md`,
    self: `Post ${i}`,
    frontmatter: `---\ntype: source\ntitle: Post ${i}\n---`,
    title: `Post ${i}`,
    byline: 'Undated',
    summary: `Post number ${i}.`,
    groups: [{ label: 'Companies', links: '[[Acme Labs]]', size: 1 }],
    related: i > 0 ? [{ link: `[[Post ${i - 1}]]`, note: 'related' }] : [],
    body: `## Intro\n\nAcme and [the last one](https://blog.example/${i - 1}) ship Widget ${i}; Acme again.\n`,
    targets: [
      { page: 'Acme Labs', surfaces: ['Acme', 'Acme Labs', 'ACME'] },
      { page: `Widget ${i}`, surfaces: [`Widget ${i}`, 'Gadget'] },
    ],
    keyBase: JSON.stringify([`sources/Post ${i}.md`, i]),
  };
}

function plannedWith(data: SourcePageData[]): { pages: PlannedPage[]; got: Map<number, AheadResult> } {
  const got = new Map<number, AheadResult>();
  const pages = data.map((d, i): PlannedPage => ({
    path: d.path,
    render: () => '',
    ahead: { job: () => d, take: (r) => void got.set(i, r) },
  }));
  return { pages, got };
}

describe('renderAhead', () => {
  const urls = new Map(Array.from({ length: 5 }, (_, i) => [`blog.example/${i}`, `Post ${i}`] as [string, string]));

  it('gives each page the key and text this thread makes from the same data', async () => {
    const templates = await loadTemplates();
    const data = Array.from({ length: 150 }, (_, i) => pageData(i % 6));
    const { pages, got } = plannedWith(data);
    const ahead = renderAhead(pages, { templatesHash: templates.hash, urls, minPages: 1 })!;
    await ahead.done;
    expect(ahead.rendered()).toBe(data.length);
    data.forEach((d, i) => {
      const links = sourceLinks(d);
      expect(got.get(i)).toEqual({ key: links.key, content: renderSourcePage(d, templates, urls, links.targets) });
    });
    expect(got.get(1)!.content).toContain('[[Acme Labs|Acme]]');
    expect(got.get(1)!.content).toContain('[[Post 0|the last one]]');
  }, 30_000);

  it('starts no thread for fewer pages than it takes to pay for one', () => {
    const { pages } = plannedWith([pageData(1), pageData(2)]);
    expect(renderAhead(pages, { templatesHash: 'x', urls, minPages: 3 })).toBeUndefined();
  });

  it('leaves every page to this thread when the thread loads other templates', async () => {
    const { pages, got } = plannedWith([pageData(1), pageData(2)]);
    const ahead = renderAhead(pages, { templatesHash: 'not the hash of these templates', urls, minPages: 1 })!;
    await ahead.done;
    expect(ahead.rendered()).toBe(0);
    expect(got.size).toBe(0);
  }, 30_000);

  it('settles when the thread fails, with the pages it did not render left to this thread', async () => {
    const templates = await loadTemplates();
    const broken = { ...pageData(3), body: undefined } as unknown as SourcePageData;
    const { pages, got } = plannedWith([pageData(1), broken, pageData(2)]);
    const ahead = renderAhead(pages, { templatesHash: templates.hash, urls, minPages: 1 })!;
    await ahead.done;
    expect(ahead.rendered()).toBe(0);
    expect(got.size).toBe(0);
  }, 30_000);
});
