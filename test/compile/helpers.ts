// A small hand-made extractor and post fixtures, so the compile pipeline can be tested apart
// from the real entity extraction.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Entity, EntityType, Mention, RawDoc, RawFrontmatter } from '../../src/types.js';
import type { DocExtraction, Sentence } from '../../src/compile/extract/index.js';
import type { Extractor } from '../../src/compile/compile.js';
import { contentHash, renderRawFile, sha256 } from '../../src/ingest/raw-store.js';
import { linkerWords } from '../../src/compile/linker-words.js';
import { defaultConfig, type WikicConfig } from '../../src/config.js';
import { buildResolver, parseHeadings, parseLinks } from '../../src/wiki/links.js';

export interface EntitySpec {
  name: string;
  type: EntityType;
  aliases?: string[];
  url?: string;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sentencesOf(body: string): Sentence[] {
  const out: Sentence[] = [];
  let section = '';
  let fence = false;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence || !line.trim()) continue;
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) {
      section = h[1];
      continue;
    }
    for (const s of line.replace(/^[-*]\s+|^>\s*/, '').split(/(?<=[.!?])\s+/)) {
      const text = s.trim();
      if (text) out.push({ text, section, quantified: /\d/.test(text) });
    }
  }
  return out;
}

/** Finds the given names in sentences; resolves by name. Records which posts it extracted. */
export function fixtureExtractor(specs: EntitySpec[]): Extractor & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    extractDocument(doc: RawDoc): DocExtraction {
      calls.push(doc.id);
      const sentences = sentencesOf(doc.body);
      const mentions: Mention[] = [];
      sentences.forEach((s, i) => {
        for (const spec of specs) {
          for (const surface of [spec.name, ...(spec.aliases ?? [])]) {
            const re = new RegExp(`(?<![\\w-])${escapeRe(surface)}(?![\\w-])`, 'g');
            for (const _m of s.text.matchAll(re)) mentions.push({ surface, docId: doc.id, sentence: i, signal: 'propn-run' });
          }
        }
      });
      const links = [...doc.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]);
      const counts = new Map<string, number>();
      for (const w of doc.body.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
      const vocabulary = [...counts];
      return { docId: doc.id, hash: doc.hash, sentences, mentions, links, vocabulary, words: linkerWords(doc.body) };
    },
    resolveEntities(docs: RawDoc[], extractions: DocExtraction[]): Entity[] {
      const date = new Map(docs.map((d) => [d.id, (d.meta.published ?? '').slice(0, 10)]));
      const out: Entity[] = [];
      for (const spec of specs) {
        const surfaces = new Set([spec.name, ...(spec.aliases ?? [])]);
        const mentions: Mention[] = [];
        const facts: Entity['facts'] = [];
        let lead: Entity['lead'];
        for (const ext of extractions) {
          const mine = ext.mentions.filter((m) => surfaces.has(m.surface));
          mentions.push(...mine);
          for (const i of new Set(mine.map((m) => m.sentence))) {
            const s = ext.sentences[i];
            if (s.quantified) facts.push({ text: s.text, docId: ext.docId, date: date.get(ext.docId) });
            if (!lead && / is (a|an|the) /.test(s.text)) lead = { text: s.text, docId: ext.docId, date: date.get(ext.docId) };
          }
        }
        if (mentions.length === 0) continue;
        out.push({ name: spec.name, type: spec.type, aliases: spec.aliases ?? [], url: spec.url, mentions, facts, lead });
      }
      return out;
    },
  };
}

export interface PostSpec {
  id: string;
  title: string;
  published: string;
  url?: string;
  categories?: string[];
  summary?: string;
  body: string;
  /** Title of the feed the post came from (default: `Example Blog`). */
  feed?: string;
  /** The byline (default: `Ada Writer`). */
  author?: string;
  /** Titles the post had before. */
  formerTitles?: string[];
}

function rawMeta(p: PostSpec): RawFrontmatter {
  const url = p.url ?? `https://blog.example.com/${p.id.slice(11)}/`;
  return {
    title: p.title,
    ...(p.formerTitles ? { former_titles: p.formerTitles } : {}),
    url,
    guid: url,
    published: p.published,
    author: p.author ?? 'Ada Writer',
    categories: p.categories ?? [],
    summary: p.summary,
    feed: { title: p.feed ?? 'Example Blog', url: 'https://blog.example.com/feed/' },
    content_hash: contentHash(p.body),
  };
}

export function rawFileText(p: PostSpec): string {
  return renderRawFile(rawMeta(p), p.body);
}

/** The RawDoc that reading `rawFileText(p)` from raw/ gives. */
export function rawDoc(p: PostSpec): RawDoc {
  const text = rawFileText(p);
  const meta = rawMeta(p);
  return { id: p.id, file: `${p.id}.md`, meta, body: p.body, hash: sha256(text) };
}

export async function tempDir(prefix = 'wikic-compile-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function writePosts(dir: string, posts: PostSpec[]): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const p of posts) await fs.writeFile(path.join(dir, `${p.id}.md`), rawFileText(p));
}

/** Every file under `dir` (relative paths, sorted) with its text; skips the extraction cache. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p).split(path.sep).join('/');
      if (rel.startsWith('.wikic/cache')) continue;
      if (e.isDirectory()) await walk(p);
      else out.set(rel, await fs.readFile(p, 'utf8'));
    }
  };
  await walk(dir);
  return new Map([...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

export function testConfig(): WikicConfig {
  return defaultConfig(os.tmpdir());
}

export const ENTITIES: EntitySpec[] = [
  { name: 'Anthropic', type: 'company', url: 'https://www.anthropic.com' },
  { name: 'Model Context Protocol', type: 'protocol', aliases: ['MCP'] },
  { name: 'Linux Foundation', type: 'organization' },
  { name: 'Claude Code', type: 'product' },
  { name: 'Dario Amodei', type: 'person' },
  { name: 'Gemma 4', type: 'model' },
  // Same name as a post title below: the post page must yield.
  { name: 'The Agent Stack', type: 'product' },
];

export const POSTS: PostSpec[] = [
  {
    id: '2026-01-10-mcp-everywhere',
    title: 'MCP Everywhere',
    published: '2026-01-10T00:00:00Z',
    categories: ['MCP', 'Agents'],
    summary: 'Why the Model Context Protocol spread so fast.',
    body: [
      'Anthropic is an AI company that released the Model Context Protocol (MCP) in 2024.',
      '',
      'Anthropic later said MCP had 10,000 servers. See [the spec](https://modelcontextprotocol.io) for details.',
      '',
      '## Governance',
      '',
      'In December 2025 Anthropic gave MCP to the Linux Foundation.',
      '',
      '```ts',
      'const Anthropic = "not a link inside code";',
      '```',
      '',
      'Dario Amodei said the Linux Foundation is a neutral home. Visit https://anthropic.com/Anthropic for more.',
      '',
      '| Name | Role |',
      '| --- | --- |',
      '| Claude Code | client |',
    ].join('\n'),
  },
  {
    id: '2026-02-01-the-agent-stack',
    title: 'The Agent Stack',
    published: '2026-02-01T00:00:00Z',
    categories: ['Agents'],
    body: [
      'Claude Code is a coding agent from Anthropic, and it speaks MCP.',
      '',
      'The Agent Stack is a product for agents. Earlier I wrote about [MCP everywhere](https://blog.example.com/mcp-everywhere/).',
      '',
      '## Models',
      '',
      'Gemma 4 runs on a laptop with 4 GB of memory.',
    ].join('\n'),
  },
  {
    id: '2026-03-05-open-models',
    title: 'Open Models',
    published: '2026-03-05T00:00:00Z',
    categories: ['Open Source'],
    body: ['Gemma 4 is a small open model.', '', 'Gemma 4 scored 71% on a reasoning test in March 2026.'].join('\n'),
  },
];

/** Links that do not resolve under Obsidian's rules, and pages nothing links to (hub pages excepted). */
export function linkProblems(pages: Array<{ path: string; content: string }>): { unresolved: string[]; orphans: string[] } {
  const md = pages.filter((p) => p.path.endsWith('.md'));
  const files = pages.map((p) => ({ path: p.path, headings: parseHeadings(p.content) }));
  const resolver = buildResolver(files);
  const unresolved: string[] = [];
  const linked = new Set<string>();
  for (const p of md) {
    for (const l of parseLinks(p.content)) {
      const r = resolver.resolveLink(l, p.path);
      if (r.problem) unresolved.push(`${p.path}: ${l.raw} (${r.problem})`);
      else if (r.file && r.file.path !== p.path) linked.add(r.file.path);
    }
  }
  const hubs = new Set(['index.md', 'log.md']);
  const orphans = md.filter((p) => !hubs.has(p.path) && !linked.has(p.path)).map((p) => p.path);
  return { unresolved, orphans };
}

/**
 * For every page with a `## Backlinks` section: the pages it lists there, and the pages whose text
 * actually links to it (hub pages and the Backlinks sections themselves aside). The two must agree.
 */
export function backlinkAudit(pages: Array<{ path: string; content: string }>): Array<{ page: string; listed: string[]; actual: string[] }> {
  const md = pages.filter((p) => p.path.endsWith('.md'));
  const nameOf = (p: string): string => p.replace(/^.*\//, '').replace(/\.md$/, '');
  const hubs = new Set(['index.md', 'log.md', 'AGENTS.md']);
  const actual = new Map<string, Set<string>>();
  for (const p of md) {
    if (hubs.has(p.path)) continue;
    const text = p.content.replace(/## Backlinks[\s\S]*?(?=\n## )/, '');
    for (const l of parseLinks(text)) {
      const key = l.target.toLowerCase();
      if (key === nameOf(p.path).toLowerCase()) continue;
      const set = actual.get(key) ?? new Set<string>();
      set.add(nameOf(p.path));
      actual.set(key, set);
    }
  }
  const out: Array<{ page: string; listed: string[]; actual: string[] }> = [];
  for (const p of md) {
    const section = /## Backlinks\n\n([\s\S]*?)\n\n## /.exec(p.content);
    if (!section) continue;
    const listed = [...section[1].matchAll(/^- \[\[([^\]|]+)/gm)].map((m) => m[1]).sort();
    out.push({ page: p.path, listed, actual: [...(actual.get(nameOf(p.path).toLowerCase()) ?? [])].sort() });
  }
  return out;
}
