// `npm run bench`: builds synthetic corpora from the project's own posts, runs every stage on them in
// child processes one after another, and prints one JSON object with the figures and the targets.
// Progress goes to stderr; everything is written under a temp directory, nothing into the repo.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE, parseOptions, type BenchOptions } from './options.js';
import { defaultSourceFeed, loadSourcePosts } from './corpus/source.js';
import { CorpusGenerator } from './corpus/generate.js';
import { renderRss, type FeedPost } from './corpus/rss.js';
import { runChild, type Measured } from './measure/run-child.js';
import { diffSnapshots, snapshot, type SnapshotDiff } from './measure/snapshot.js';
import { cpuProbeMs, fileProbeMs } from './measure/probes.js';
import { countVault, questionsFor, type VaultCounts } from './steps/vault.js';
import { summariseDir, summariseProfile } from './profile-summary.js';
import { evaluateTargets, scalingExponents, type SizeReport, type StepResult } from './targets.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WIKIC = path.join(REPO, 'bin', 'wikic.js');
const ENTRY = path.join(REPO, 'bench', 'measure', 'tsx-entry.mjs');
const FLOOR = path.join(REPO, 'bench', 'steps', 'floor.ts');
const COMPILE_INPROC = path.join(REPO, 'bench', 'steps', 'compile-inproc.ts');

const CHANNEL = { title: 'wikic benchmark corpus', link: 'https://bench.wikic.invalid/', description: 'Synthetic posts built from the bundled feed.' };

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

function firstLine(s: string): string {
  return s.trim().split('\n').find((l) => l.trim()) ?? '';
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** A stage can be timed once its command module exists. */
async function missingStage(stage: string): Promise<string | undefined> {
  return (await exists(path.join(REPO, 'src', stage, 'command.ts'))) ? undefined : `src/${stage}/command.ts does not exist yet`;
}

function result(m: Measured, okCodes: number[] = [0]): StepResult {
  const r: StepResult = { ms: m.ms, peakRssMb: m.peakRssMb, cpuMs: m.cpuMs };
  if (m.timedOut) r.error = `timed out after ${Math.round(m.ms / 1000)} s (--step-timeout or --budget)`;
  else if (!okCodes.includes(m.exitCode)) r.error = `exit ${m.exitCode}: ${firstLine(m.stderr) || firstLine(m.stdout)}`;
  return r;
}

function lastJsonLine(stdout: string): Record<string, unknown> | undefined {
  const lines = stdout.trim().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      return JSON.parse(lines[i]) as Record<string, unknown>;
    } catch {
      // not the JSON line
    }
  }
  return undefined;
}

/** What compile says of itself on its summary line: posts extracted or cached, pages written, its own seconds. */
function compileSummary(text: string): Record<string, number> | undefined {
  const m = /compiled (\d+) sources? \((\d+) extracted, (\d+) cached\).*pages (\d+) written, (\d+) unchanged, (\d+) removed.*; ([\d.]+) s/.exec(text);
  if (!m) return undefined;
  const [sources, extracted, cached, written, unchanged, removed] = m.slice(1, 7).map(Number);
  return { sources, extracted, cached, written, unchanged, removed, ms: Math.round(Number(m[7]) * 1000) };
}

/** The `--timings` line compile prints: phase -> milliseconds. */
function compilePhases(text: string): Record<string, number> | undefined {
  const line = text.split('\n').find((l) => l.startsWith('phases: '));
  if (!line) return undefined;
  const out: Record<string, number> = {};
  for (const m of line.slice('phases: '.length).matchAll(/([^,]+?) (\d+) ms(?:, |$)/g)) out[m[1]] = Number(m[2]);
  return out;
}

/** What a compile reported: its summary line, and its phases when it printed them. */
function compileReport(summary: string, timings: string): Record<string, unknown> | undefined {
  const reported = compileSummary(summary);
  const phases = compilePhases(timings);
  return reported && phases ? { ...reported, phases } : reported;
}

function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

class Bench {
  private profileSeq = 0;
  /** Steps that timed out on a smaller corpus are not run on larger ones (they would only time out again). */
  readonly timedOut = new Set<string>();

  private readonly deadline: number;

  constructor(
    private readonly opts: BenchOptions,
    private readonly tmp: string,
  ) {
    this.deadline = performance.now() + opts.budgetS * 1000;
  }

  /** Milliseconds left of the whole run's budget. */
  remainingMs(): number {
    return this.deadline - performance.now();
  }

  /** A step gets the step timeout, or what is left of the budget (at least a second) if that is less. */
  private timeoutMs(): number {
    return Math.max(1000, Math.min(this.opts.stepTimeoutS * 1000, this.remainingMs()));
  }

  /**
   * One directory per profiled step: tsx's loader thread writes a profile too, and a fixed
   * --cpu-prof-name would let the two overwrite each other.
   */
  private profileFlags(profile: string | undefined): string[] {
    if (!profile || !this.opts.profileDir) return [];
    const dir = path.join(path.resolve(this.opts.profileDir), `${String(++this.profileSeq).padStart(2, '0')}-${profile}`);
    return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  }

  /** Runs the CLI in `cwd` (a temp dir, so no wikic.config.json of the repo applies). */
  cli(args: string[], cwd: string, profile?: string): Promise<Measured> {
    const nodeFlags = this.profileFlags(profile);
    return runChild(WIKIC, args, { cwd, nodeFlags, timeoutMs: this.timeoutMs() });
  }

  tsx(module: string, args: string[], cwd: string, profile?: string): Promise<Measured> {
    const nodeFlags = this.profileFlags(profile);
    return runChild(ENTRY, [module, ...args], { cwd, nodeFlags, timeoutMs: this.timeoutMs() });
  }

  async writeFeed(file: string, posts: FeedPost[]): Promise<void> {
    await fs.writeFile(file, renderRss(posts, CHANNEL));
  }

  /** Everything measured for one corpus size. */
  async measureSize(posts: FeedPost[], extra: FeedPost, corpusStats: SizeReport['corpus'], modelLoad: { ms: number; instantiateMs: number }, startupMs: number): Promise<SizeReport> {
    const n = posts.length;
    const dir = path.join(this.tmp, `posts-${n}`);
    await fs.mkdir(dir, { recursive: true });
    const feed = path.join(dir, 'feed.xml');
    const extraFeed = path.join(dir, 'one-more.xml');
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    const tGen = performance.now();
    await this.writeFeed(feed, posts);
    await this.writeFeed(extraFeed, [extra]);
    const feedBytes = (await fs.stat(feed)).size;
    const report: SizeReport = { posts: n, corpus: { ...corpusStats, feedMb: round(feedBytes / 1048576, 1), writeFeedMs: Math.round(performance.now() - tGen) }, steps: {} };
    const steps = report.steps;
    const tag = `[${n} posts]`;

    // ingest
    const ingestMissing = await missingStage('ingest');
    if (ingestMissing) {
      steps.ingest = { skipped: ingestMissing };
      return report;
    }
    log(`${tag} ingest (${report.corpus.feedMb} MB feed)`);
    const ing = await this.cli(['ingest', feed, '--raw', raw], dir, `ingest-${n}`);
    steps.ingest = result(ing);
    if (steps.ingest.error) return report;
    steps.ingest.rawFiles = (await fs.readdir(raw)).filter((f) => f.endsWith('.md')).length;

    // floor
    log(`${tag} floor: wink-nlp pass over all posts`);
    const fl = await this.tsx(FLOOR, [raw], dir, `floor-${n}`);
    steps.floor = result(fl);
    const floorData = lastJsonLine(fl.stdout);
    if (floorData) {
      const nlpMs = floorData.nlpMs as number;
      Object.assign(steps.floor, {
        nlpMs: Math.round(nlpMs),
        modelLoadMs: Math.round(floorData.modelLoadMs as number),
        readMs: Math.round(floorData.readMs as number),
        prepareMs: Math.round(floorData.prepareMs as number),
        tokens: floorData.tokens,
        sentences: floorData.sentences,
        chars: floorData.chars,
        tokensPerSec: Math.round((floorData.tokens as number) / (nlpMs / 1000)),
        textSource: floorData.textSource,
      });
    }

    // compile from scratch
    const compileMissing = await missingStage('compile');
    if (compileMissing) {
      for (const s of ['compileScratch', 'maintainCold', 'compileNoChange', 'compileOnePost', 'maintain', 'contextCold', 'context']) steps[s] = { skipped: compileMissing };
      return report;
    }
    log(`${tag} compile from scratch`);
    if (this.timedOut.has('compileScratch')) {
      for (const s of ['compileScratch', 'maintainCold', 'compileNoChange', 'compileOnePost', 'maintain', 'contextCold', 'context']) steps[s] = { skipped: 'compile timed out on a smaller corpus' };
      return report;
    }
    const cs = await this.cli(['compile', '--raw', raw, '--wiki', wiki, '--timings'], dir, `compile-scratch-${n}`);
    steps.compileScratch = { ...result(cs), reported: compileReport(cs.stdout, cs.stderr) };
    if (cs.timedOut) this.timedOut.add('compileScratch');
    if (steps.compileScratch.error) {
      for (const s of ['maintainCold', 'compileNoChange', 'compileOnePost', 'maintain', 'contextCold', 'context']) steps[s] = { skipped: 'compile from scratch failed' };
      return report;
    }
    const counts = await countVault(wiki);
    report.vault = counts;
    if (steps.floor.ms !== undefined && !steps.floor.error) {
      report.ratioCompileToFloor = round(steps.compileScratch.ms! / steps.floor.ms, 2);
      if (typeof steps.floor.nlpMs === 'number') {
        report.ratioCompileToFloorNlpOnly = round((steps.compileScratch.ms! - startupMs - modelLoad.ms) / (steps.floor.nlpMs as number), 2);
      }
    }

    // maintain, first run on the fresh vault: no page cache yet
    steps.maintainCold = await this.maintain(wiki, raw, dir, `${tag} maintain, cold (no cache)`, 'maintainCold', `maintain-cold-${n}`);

    // compile, nothing changed
    log(`${tag} compile, nothing changed`);
    let before = await snapshot(wiki);
    const nc = await this.cli(['compile', '--raw', raw, '--wiki', wiki, '--timings'], dir, `compile-nochange-${n}`);
    // Ingest touches only raw/, so the vault after this compile is the vault before the next one.
    const afterNoChange = await snapshot(wiki);
    steps.compileNoChange = { ...result(nc), reported: compileReport(nc.stdout, nc.stderr), ...rewrites(diffSnapshots(before, afterNoChange)) };

    // compile after one new post
    log(`${tag} ingest one new post, compile`);
    const ing1 = await this.cli(['ingest', extraFeed, '--raw', raw], dir);
    steps.ingestOnePost = result(ing1);
    before = afterNoChange;
    const one = await this.tsx(COMPILE_INPROC, [raw, wiki], dir, `compile-one-post-${n}`);
    steps.compileOnePost = { ...result(one), reported: compileReport(one.stderr, one.stderr), ...rewrites(diffSnapshots(before, await snapshot(wiki))) };
    this.lastVault = steps.compileOnePost.error ? undefined : { dir, posts: n + 1 };
    const inproc = lastJsonLine(one.stdout);
    if (inproc && typeof inproc.compileMs === 'number') {
      const startup = (inproc.bootMs as number) + (inproc.modulesMs as number);
      Object.assign(steps.compileOnePost, {
        startupMs: Math.round(startup),
        modelLoadMs: Math.round((inproc.modelImportMs as number) + modelLoad.instantiateMs),
        // Time inside compile, less the model instantiation it does on its first NLP call.
        netMs: Math.round((inproc.compileMs as number) - modelLoad.instantiateMs),
      });
    }

    // maintain after the new post, as the author runs it: the page cache of the cold run above
    // holds every page the new post did not change
    steps.maintain = await this.maintain(wiki, raw, dir, `${tag} maintain after one new post (page cache from the cold run)`, 'maintain', `maintain-${n}`);

    // context
    const contextMissing = await missingStage('context');
    if (contextMissing) steps.context = steps.contextCold = { skipped: contextMissing };
    else {
      const questions = await questionsFor(wiki);
      const runs: StepResult[] = [];
      for (const [i, q] of questions.entries()) {
        log(`${tag} context "${q}"`);
        const c = await this.cli(['context', q, '--wiki', wiki, '--json'], dir, i === 0 ? `context-${n}` : undefined);
        runs.push({ question: q, ...result(c), outputKb: round(Buffer.byteLength(c.stdout) / 1024, 1) });
      }
      // The first call reads every page and leaves context's page index; the later ones use it.
      const summary = (list: StepResult[]): StepResult => {
        const ok = list.filter((r) => !r.error);
        const out: StepResult = {
          ms: ok.length ? Math.max(...ok.map((r) => r.ms!)) : undefined,
          peakRssMb: ok.length ? Math.max(...ok.map((r) => r.peakRssMb!)) : undefined,
          runs: list,
        };
        if (ok.length < list.length) out.error = list.find((r) => r.error)!.error;
        return out;
      };
      steps.contextCold = summary(runs.slice(0, 1));
      steps.context = summary(runs.length > 1 ? runs.slice(1) : runs);
    }
    return report;
  }

  /** One maintain run, timed; `step` names it for the timed-out bookkeeping. */
  async maintain(wiki: string, raw: string, dir: string, what: string, step: string, profile: string): Promise<StepResult> {
    const missing = await missingStage('maintain');
    if (missing) return { skipped: missing };
    if (this.timedOut.has(step)) return { skipped: `${step} timed out on a smaller corpus` };
    log(what);
    const mt = await this.cli(['maintain', '--wiki', wiki, '--raw', raw, '--json'], dir, profile);
    const r = result(mt, [0, 1]);
    if (mt.timedOut) this.timedOut.add(step);
    try {
      r.findings = (JSON.parse(mt.stdout) as unknown[]).length;
    } catch {
      // findings stay unknown
    }
    return r;
  }

  /** The largest corpus's directory, once its vault compiled (with the one extra post): the large vault grows from it. */
  lastVault?: { dir: string; posts: number };

  /**
   * Maintain on a larger vault (about 10,000 pages): the largest corpus's vault grown by more posts,
   * ingested and compiled incrementally (timed too: many new posts at once, most extractions cached).
   */
  async measureLarge(more: FeedPost[]): Promise<Record<string, unknown>> {
    const missing = (await missingStage('compile')) ?? (await missingStage('maintain'));
    if (missing) return { skipped: missing };
    for (const step of ['compileScratch', 'maintain']) if (this.timedOut.has(step)) return { skipped: `${step} timed out on a smaller corpus` };
    if (!this.lastVault) return { skipped: 'the largest corpus did not compile' };
    const { dir, posts: before } = this.lastVault;
    const posts = before + more.length;
    const feed = path.join(dir, 'more.xml');
    await this.writeFeed(feed, more);
    const raw = path.join(dir, 'raw');
    const wiki = path.join(dir, 'wiki');
    log(`[large ${posts} posts] ingest ${more.length} more posts, compile`);
    const ing = await this.cli(['ingest', feed, '--raw', raw], dir);
    const ingest = result(ing);
    if (ingest.error) return { posts, ingest };
    const cs = await this.cli(['compile', '--raw', raw, '--wiki', wiki, '--timings'], dir, `compile-large-${posts}`);
    const compile = { ...result(cs), reported: compileReport(cs.stdout, cs.stderr) };
    if (compile.error) return { posts, ingest, compileIncremental: compile };
    const vault = await countVault(wiki);
    // The page cache is the one the largest corpus's last maintain left: every page the new posts touched is read again.
    log(`[large ${posts} posts] maintain on ${vault.pages} pages`);
    const mt = await this.cli(['maintain', '--wiki', wiki, '--raw', raw, '--json'], dir, `maintain-large-${posts}`);
    const maintain = result(mt, [0, 1]);
    return { posts, newPosts: more.length, vault, ingest, compileIncremental: compile, maintain };
  }
}

function rewrites(d: SnapshotDiff): Record<string, unknown> {
  return {
    filesRewritten: d.rewritten + d.added + d.removed,
    pagesRewritten: d.pages,
    rewrittenUnchanged: d.rewrittenUnchanged,
    filesAdded: d.added,
    filesRemoved: d.removed,
    rewrittenSample: d.sample,
  };
}

/**
 * How many posts the large vault needs (0: none), or the large-vault result itself when the largest
 * corpus's vault already has the pages asked for. Pages grow sub-linearly with posts, so the estimate
 * extrapolates the growth measured between the two largest corpora.
 */
function largeTarget(opts: BenchOptions, sizes: SizeReport[]): number | Record<string, unknown> {
  if (opts.largePosts !== undefined) return opts.largePosts;
  if (opts.largePages === 0) return 0;
  const top = sizes[sizes.length - 1];
  if (!top?.vault) return { skipped: 'the largest corpus did not compile' };
  if (top.vault.pages >= opts.largePages) {
    return { posts: top.posts, vault: top.vault, maintain: top.steps.maintain, note: 'the largest corpus\'s vault already has enough pages' };
  }
  const prev = sizes.length > 1 ? sizes[sizes.length - 2] : undefined;
  let k = 0.8;
  if (prev?.vault && prev.vault.pages < top.vault.pages) k = Math.log(top.vault.pages / prev.vault.pages) / Math.log(top.posts / prev.posts);
  k = Math.min(1, Math.max(0.4, k));
  const posts = Math.ceil(1.05 * top.posts * (opts.largePages / top.vault.pages) ** (1 / k));
  return Math.min(posts, 5 * top.posts);
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemMb: Math.round(os.totalmem() / 1048576),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    // Other work on the machine slows every step; the 1-minute load average shows whether there was any.
    loadAvg1mAtStart: Math.round(os.loadavg()[0] * 100) / 100,
    cpuProbeMsAtStart: cpuProbeMs(),
  };
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv[0] === '--summarise') {
    // Hotspots of one profile: --summarise FILE.cpuprofile [TOP]
    const top = Number(argv[2] ?? 20);
    process.stdout.write(`${JSON.stringify(await summariseProfile(path.resolve(argv[1]), REPO, top), null, 2)}\n`);
    return 0;
  }
  let opts: BenchOptions;
  try {
    opts = parseOptions(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const t0 = performance.now();
  const info = machine();
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-bench-'));
  if (opts.profileDir) await fs.mkdir(opts.profileDir, { recursive: true });
  const bench = new Bench(opts, tmp);
  try {
    info.fileProbeMs = fileProbeMs(path.join(tmp, 'file-probe'));
    const sourceFile = path.resolve(opts.source ?? (await defaultSourceFeed(REPO)));
    const source = await loadSourcePosts(sourceFile);
    log(`source: ${path.relative(REPO, sourceFile) || sourceFile} (${source.length} posts); sizes ${opts.sizes.join(', ')}; temp ${tmp}`);

    // Start-up and model load, once (after a warm-up run that fills tsx's transform cache).
    await bench.cli(['--help'], tmp);
    const help = await bench.cli(['--help'], tmp);
    const startup: StepResult = { ms: help.ms, peakRssMb: help.peakRssMb };
    const ml = await bench.tsx(FLOOR, [], tmp);
    const mlData = lastJsonLine(ml.stdout) ?? {};
    const modelLoad = {
      ms: Math.round((mlData.modelLoadMs as number) ?? 0),
      instantiateMs: Math.round((mlData.instantiateMs as number) ?? 0),
      processMs: ml.ms,
      peakRssMb: ml.peakRssMb,
    };
    log(`start-up ${startup.ms} ms; model load ${modelLoad.ms} ms`);

    // One generator for all sizes: a smaller corpus is a prefix of a larger one.
    const gen = new CorpusGenerator(source, opts.seed);
    const all: FeedPost[] = [];
    const sizes: SizeReport[] = [];
    for (const n of opts.sizes) {
      if (bench.remainingMs() <= 0) {
        sizes.push({ posts: n, corpus: {}, steps: { ingest: { skipped: `bench time budget (--budget ${opts.budgetS} s) spent` } } });
        continue;
      }
      const tg = performance.now();
      // The "one new post" is post n of the sequence: it renames names like any other.
      while (all.length < n) all.push(gen.nextPost());
      const stats = gen.stats;
      if (all.length === n) all.push(gen.nextPost());
      const generateMs = Math.round(performance.now() - tg);
      sizes.push(await bench.measureSize(all.slice(0, n), all[n], { ...stats, generateMs }, modelLoad, startup.ms!));
      log(`[${n} posts] done at ${Math.round((performance.now() - t0) / 1000)} s`);
    }

    let large: Record<string, unknown> | undefined;
    const want = largeTarget(opts, sizes);
    if (typeof want === 'object') large = want;
    else if (want > 0 && bench.remainingMs() <= 0) large = { skipped: `bench time budget (--budget ${opts.budgetS} s) spent` };
    else if (want > 0) {
      while (all.length < want) all.push(gen.nextPost());
      const from = bench.lastVault?.posts ?? want;
      large = want > from ? await bench.measureLarge(all.slice(from, want)) : { skipped: `--large-posts ${want} is not above the largest corpus` };
    }

    const out = {
      command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
      machine: { ...info, loadAvg1mAtEnd: Math.round(os.loadavg()[0] * 100) / 100, cpuProbeMsAtEnd: cpuProbeMs() },
      seed: opts.seed,
      source: path.relative(REPO, sourceFile) || sourceFile,
      startup,
      modelLoad,
      sizes,
      ...(large ? { largeVault: large } : {}),
      scaling: scalingExponents(sizes),
      targets: evaluateTargets(sizes, large, opts.largePages),
      ...(opts.profileDir ? { profiles: await summariseDir(opts.profileDir, REPO, 12) } : {}),
      totalMs: Math.round(performance.now() - t0),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    return 2;
  } finally {
    if (opts.keep) log(`kept ${tmp}`);
    else await fs.rm(tmp, { recursive: true, force: true });
  }
}
