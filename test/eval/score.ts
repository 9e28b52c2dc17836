// Held-out evaluation of entity extraction: ingests each corpus's feed with the real CLI into a temp
// raw/ dir, runs extraction and resolution with the default config, and compares the entities with
// the hand-annotated gold list next to the feed.
//
//   npx tsx test/eval/score.ts [corpus ...] [--json] [--entities] [--extractor FILE]
//
// --entities lists every predicted entity with its verdict (ok, TYPE = wrong type, acc = acceptable,
// FP = false positive, topic = unscored topic page), its signals and its mention count.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { defaultConfig } from '../../src/config.js';
import { readRawDir } from '../../src/ingest/raw-store.js';
import type { Entity, RawDoc } from '../../src/types.js';
import { matchEntities, parseGold, type MatchResult, type Predicted } from './match.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const HELDOUT_DIR = path.join(REPO_ROOT, 'test/fixtures/heldout');

export interface CorpusScore extends MatchResult {
  docs: number;
}

/** Corpus names: sub-folders of the held-out dir that hold a gold.json, sorted. */
export async function listCorpora(root = HELDOUT_DIR): Promise<string[]> {
  const names = await fs.readdir(root);
  const out: string[] = [];
  for (const n of names.sort()) {
    try {
      await fs.access(path.join(root, n, 'gold.json'));
      out.push(n);
    } catch {
      // not a corpus
    }
  }
  return out;
}

async function feedFile(dir: string): Promise<string> {
  const feeds = (await fs.readdir(dir)).filter((n) => n.startsWith('feed.')).sort();
  if (feeds.length !== 1) throw new Error(`${dir}: expected exactly one feed.* file, found ${feeds.length}`);
  return path.join(dir, feeds[0]);
}

/** Ingests a feed file with `wikic ingest` into a fresh temp raw/ dir and reads it back. */
export async function ingestToRaw(feed: string): Promise<{ docs: RawDoc[]; cleanup: () => Promise<void> }> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-heldout-'));
  const raw = path.join(tmp, 'raw');
  await run(process.execPath, [path.join(REPO_ROOT, 'bin/wikic.js'), 'ingest', feed, '--raw', raw], { cwd: tmp });
  const docs = await readRawDir(raw);
  return { docs, cleanup: () => fs.rm(tmp, { recursive: true, force: true }) };
}

type Extractor = typeof import('../../src/compile/extract/index.js');

/** The project's extractor, or another module with the same two exports (`--extractor FILE`, for comparisons). */
async function loadExtractor(file?: string): Promise<Extractor> {
  const mod = (file ? await import(pathToFileURL(path.resolve(file)).href) : await import('../../src/compile/extract/index.js')) as Partial<Extractor>;
  if (typeof mod.extractDocument !== 'function' || typeof mod.resolveEntities !== 'function') {
    throw new Error(`${file ?? 'src/compile/extract/index.ts'} does not export extractDocument and resolveEntities`);
  }
  return mod as Extractor;
}

/** Runs the extractor on the docs exactly as compile does, with the default config. */
export async function extractEntities(docs: RawDoc[], baseDir: string, extractorFile?: string): Promise<Entity[]> {
  const { extractDocument, resolveEntities } = await loadExtractor(extractorFile);
  const extractions = docs.map((d) => extractDocument(d));
  return resolveEntities(docs, extractions, defaultConfig(baseDir));
}

async function loadGold(dir: string) {
  const goldFile = path.join(dir, 'gold.json');
  return parseGold(JSON.parse(await fs.readFile(goldFile, 'utf8')), goldFile);
}

export interface CorpusRun {
  score: CorpusScore;
  entities: Entity[];
}

/**
 * Scores several corpora. The feeds are ingested in parallel (each ingest is a separate process);
 * extraction runs in this process, one corpus after another.
 */
export async function scoreCorpora(names: string[], root = HELDOUT_DIR, extractorFile?: string): Promise<CorpusRun[]> {
  const dirs = names.map((n) => path.join(root, n));
  const golds = await Promise.all(dirs.map(loadGold));
  const ingested = await Promise.all(dirs.map(async (d) => ingestToRaw(await feedFile(d))));
  try {
    const runs: CorpusRun[] = [];
    for (let i = 0; i < names.length; i++) {
      const { docs } = ingested[i];
      const entities = await extractEntities(docs, dirs[i], extractorFile);
      const predicted: Predicted[] = entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }));
      runs.push({ score: { ...matchEntities(golds[i], predicted), docs: docs.length }, entities });
    }
    return runs;
  } finally {
    await Promise.all(ingested.map((x) => x.cleanup()));
  }
}

/** Micro-averaged totals over several corpora. */
export function total(scores: CorpusScore[]): Pick<CorpusScore, 'corpus' | 'docs' | 'gold' | 'predicted' | 'topics' | 'found' | 'good' | 'typed' | 'typedRight' | 'recall' | 'precision' | 'typeAccuracy'> & { duplicates: number } {
  const sum = (f: (s: CorpusScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const r = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const t = {
    corpus: 'ALL',
    docs: sum((s) => s.docs),
    gold: sum((s) => s.gold),
    predicted: sum((s) => s.predicted),
    topics: sum((s) => s.topics),
    found: sum((s) => s.found),
    good: sum((s) => s.good),
    typed: sum((s) => s.typed),
    typedRight: sum((s) => s.typedRight),
    duplicates: sum((s) => s.duplicates.length),
  };
  return { ...t, recall: r(t.found, t.gold), precision: r(t.good, t.predicted), typeAccuracy: r(t.typedRight, t.typed) };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

export function formatTable(scores: CorpusScore[]): string {
  const rows = [...scores.map((s) => ({ ...s, dups: s.duplicates.length })), { ...total(scores), dups: total(scores).duplicates }];
  const head = `${'corpus'.padEnd(14)} docs  gold  found  recall  pred  good  precis  typeAcc  dups  topics`;
  const lines = rows.map(
    (s) =>
      `${s.corpus.padEnd(14)} ${String(s.docs).padStart(4)}  ${String(s.gold).padStart(4)}  ${String(s.found).padStart(5)}  ${pct(s.recall)}  ${String(s.predicted).padStart(4)}  ${String(s.good).padStart(4)}  ${pct(s.precision)}  ${pct(s.typeAccuracy).padStart(7)}  ${String(s.dups).padStart(4)}  ${String(s.topics).padStart(6)}`,
  );
  return [head, ...lines].join('\n');
}

/** Every predicted entity with its verdict, signals and mention count: what to look at when a figure moves. */
export function formatEntities(run: CorpusRun): string {
  const out: string[] = [`## ${run.score.corpus}: predicted entities`];
  const byName = new Map(run.entities.map((e) => [e.name, e]));
  const rows = [...run.score.verdicts].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  for (const v of rows) {
    const e = byName.get(v.name);
    const signals = e ? [...new Set(e.mentions.map((m) => m.signal))].sort().join(',') : '';
    const mark = v.verdict === 'gold' ? (v.typeOk ? 'ok  ' : 'TYPE') : v.verdict === 'acceptable' ? 'acc ' : v.verdict === 'topic' ? 'topic' : 'FP  ';
    const extra = [v.gold && v.gold !== v.name ? `= ${v.gold}` : '', e?.aliases.length ? `aliases ${JSON.stringify(e.aliases)}` : '', e?.url ? `url ${e.url}` : '']
      .filter(Boolean)
      .join('  ');
    out.push(`  ${mark.padEnd(5)} ${v.name} [${v.type}] n=${e?.mentions.length ?? 0} ${signals}${extra ? `  ${extra}` : ''}`);
  }
  return out.join('\n');
}

/** Recall and type accuracy per gold type, summed over corpora: `person 40/45 found, 38 typed right`. */
export function formatByType(scores: CorpusScore[]): string {
  const sum = new Map<string, { gold: number; found: number; typedRight: number }>();
  for (const s of scores) {
    for (const [t, v] of Object.entries(s.byType)) {
      const a = sum.get(t) ?? { gold: 0, found: 0, typedRight: 0 };
      sum.set(t, { gold: a.gold + v.gold, found: a.found + v.found, typedRight: a.typedRight + v.typedRight });
    }
  }
  const lines = [...sum.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([t, v]) => `${t.padEnd(13)} ${String(v.gold).padStart(4)}  ${String(v.found).padStart(5)}  ${pct(v.gold ? v.found / v.gold : 0)}  ${pct(v.found ? v.typedRight / v.found : 0).padStart(7)}`);
  return [`${'gold type'.padEnd(13)} gold  found  recall  typeAcc (of found)`, ...lines].join('\n');
}

export function formatDetails(s: CorpusScore): string {
  const out: string[] = [`## ${s.corpus}`];
  out.push(`misses (${s.misses.length}):`);
  for (const m of s.misses) out.push(`  - ${m.name} [${m.type}]${m.near.length ? `  near: ${m.near.map((n) => JSON.stringify(n)).join(', ')}` : ''}`);
  out.push(`false positives (${s.falsePositives.length}):`);
  for (const f of s.falsePositives) out.push(`  - ${JSON.stringify(f.name)} [${f.type}]${f.listed ? '  (listed non-entity)' : ''}`);
  out.push(`wrong types (${s.wrongTypes.length}):`);
  for (const w of s.wrongTypes) out.push(`  - ${w.predicted} -> ${w.got}, expected ${w.expected}${w.predicted !== w.gold ? ` (gold ${w.gold})` : ''}`);
  out.push(`duplicates (${s.duplicates.length}):`);
  for (const d of s.duplicates) out.push(`  - ${d.gold}: ${d.predicted.map((n) => JSON.stringify(n)).join(', ')}`);
  if (s.conflations.length) {
    out.push(`conflations (${s.conflations.length}):`);
    for (const c of s.conflations) out.push(`  - ${JSON.stringify(c.predicted)} covers ${c.gold.join(' + ')}`);
  }
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const listEntities = argv.includes('--entities');
  const ex = argv.indexOf('--extractor');
  const extractorFile = ex >= 0 ? argv[ex + 1] : undefined;
  const wanted = argv.filter((a, i) => !a.startsWith('--') && (ex < 0 || i !== ex + 1));
  const all = await listCorpora();
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length) {
    process.stderr.write(`unknown corpus: ${unknown.join(', ')} (have: ${all.join(', ')})\n`);
    return 2;
  }
  const names = wanted.length ? wanted : all;
  const runs = await scoreCorpora(names, HELDOUT_DIR, extractorFile);
  const scores = runs.map((r) => r.score);
  if (json) {
    process.stdout.write(`${JSON.stringify({ corpora: scores, total: total(scores) }, null, 2)}\n`);
  } else {
    const parts = [formatTable(scores), formatByType(scores), ...scores.map(formatDetails)];
    if (listEntities) parts.push(...runs.map(formatEntities));
    process.stdout.write(`${parts.join('\n\n')}\n`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
