// The compile stage: raw/ posts -> cached per-post extraction -> entities -> model and graph ->
// pages -> wiki/. Rendering is pure (renderVault); compileVault adds the cache and the disk.
import path from 'node:path';
import type { Entity, EntityType, RawDoc, WikiPage } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import type { WikicConfig } from '../config.js';
import { nameKeyRaw } from './extract/name-key.js';
import type { DocExtraction } from './extract/index.js';
import { readRawDir } from '../ingest/raw-store.js';
import { CACHED_POSTS_FOR_EARLY_THREAD, defaultJobs, extractInParallel } from './extract/parallel.js';
import { WikicError } from '../errors.js';
import { isRawPostName, notAVault, notRawPosts, separateDirs, vaultPathUsable } from '../wiki/dirs.js';
import { ExtractionCache } from './cache.js';
import { readManifest, type Manifest } from './manifest.js';
import { compilerVersion, extractorVersion } from './version.js';
import { sha256, stableJson } from './hash.js';
import { promises as fs, readFileSync } from 'node:fs';
import { CACHE_DIR, COMPILED_FROM_FILE, ENTITY_FOLDERS, GRAPH_FILE, NOTES_MARKER, SOURCES_FOLDER, folderOfType } from '../wiki/schema.js';
import { writeIfChanged } from '../io/atomic.js';
import { buildModel, type VaultModel } from './model.js';
import { type Cooccurrence, relateEntities, relatePosts, sentenceCooccurrences } from './relations.js';
import { applyRanks, buildGraph, graphData, graphFromData, rankPages } from './graph.js';
import { EDGES_PER_GRAPH_THREAD, graphOnThread, type GraphResult } from './graph-thread.js';
import { PAGES_BEFORE_WRITE_THREAD } from './write-thread.js';
import { loadTemplates, type Templates } from './templates.js';
import { EMITTERS, RANKED_EMITTERS, planPages, type EmitContext, type Emitter, type PlannedPage } from './emitters/index.js';
import { graphEmitter } from './emitters/graph-json.js';
import { postUrlIndex, sourceEmitter } from './emitters/source.js';
import { renderAhead } from './render-ahead.js';
import { RenderState } from './render-state.js';
import { computeBacklinks } from './backlinks.js';
import { VaultWriter, writeManifest } from './write.js';
import { NOTES_BESIDE } from './write-page.js';
import { isKeptPage } from './notes.js';
import { successorsIn } from './successors.js';
import { keepHeapsTight, POSTS_FOR_TIGHT_HEAP, relaxHeaps } from './heap.js';
import { sameFiles, unmadeHashes, walkUnmade } from './author-files.js';
import { refuseForeignVaultFiles } from './vault-files.js';
import { lockVault } from './lock.js';

/** The two functions compile needs from extraction; tests may pass their own. */
export interface Extractor {
  extractDocument(doc: RawDoc): DocExtraction;
  resolveEntities(docs: RawDoc[], extractions: DocExtraction[], config: WikicConfig): Entity[];
}

export interface RenderedVault {
  model: VaultModel;
  pages: WikiPage[];
}

/** Pure: the model and the sentence co-occurrences the graph and the related lists are made from. */
function modelOf(docs: RawDoc[], extractions: DocExtraction[], entities: Entity[], reserved: readonly string[]): { model: VaultModel; pairs: Cooccurrence[] } {
  const model = buildModel(docs, extractions, entities, reserved);
  return { model, pairs: sentenceCooccurrences(model) };
}

/** Related pages, related posts and backlinks (none of them reads the graph or its ranks). */
function relate(model: VaultModel, pairs: Cooccurrence[], config: WikicConfig): void {
  relateEntities(model, pairs, Math.max(0, Math.floor(config.thresholds.relatedLimit)));
  relatePosts(model);
  computeBacklinks(model);
}

/** Pure: posts, their extractions and the resolved entities -> the model and graph every emitter reads. */
export function prepareVault(
  docs: RawDoc[],
  extractions: DocExtraction[],
  entities: Entity[],
  config: WikicConfig,
  templates: Templates,
  reserved: readonly string[] = [],
): EmitContext {
  const { model, pairs } = modelOf(docs, extractions, entities, reserved);
  const graph = buildGraph(model, pairs);
  rankPages(graph, model);
  relate(model, pairs, config);
  return { model, graph, templates, config };
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Pure: posts, their extractions and the resolved entities -> every page of the vault, sorted by path. */
export function renderVault(...args: Parameters<typeof prepareVault>): RenderedVault {
  const ctx = prepareVault(...args);
  const pages = EMITTERS.flatMap((e) => e.emit(ctx)).sort(byPath);
  return { model: ctx.model, pages };
}

export interface CompileOptions {
  raw: string;
  wiki: string;
  force: boolean;
  config: WikicConfig;
  extractor?: Extractor;
  templatesDir?: string;
  /** Threads for extraction, this one included (default: the cores there are, at most 4). */
  jobs?: number;
  /** Fewest posts to extract that make one more thread worth starting (tests lower it). */
  postsPerExtraThread?: number;
  /** Fewest cached posts that make a thread extract the others while this one reads them (tests lower it). */
  cachedPostsForEarlyThread?: number;
  /** Fewest posts to extract from which the process's heaps are kept close to their live size (heap.ts; tests lower it). */
  postsForTightHeap?: number;
  /** Fewest post pages to render that make a rendering thread worth starting (tests lower it). */
  pagesPerRenderThread?: number;
  /** Fewest graph edges that make a graph thread worth starting (tests lower it). */
  edgesPerGraphThread?: number;
  /** Pages written on this thread before the rest go to a writing thread (tests lower it). */
  pagesBeforeWriteThread?: number;
  /** Called as work advances: phase, done, total. */
  onProgress?: (phase: 'extract' | 'write', done: number, total: number) => void;
}

export interface CompileStats {
  sources: number;
  entities: Record<EntityType, number>;
  /** Posts extracted in this run; the others came from the cache. */
  extracted: string[];
  cached: number;
  /** Posts other threads extracted. */
  extractedOnThread: number;
  /** Post pages whose key and text a second thread made. */
  renderedAhead: number;
  /** Whether a second thread built the graph, ranked it and wrote graph.json. */
  graphOnThread: boolean;
  /** Rendered pages a writing thread wrote (or found unchanged) for this one. */
  writtenOnThread: number;
  written: string[];
  unchanged: number;
  removed: string[];
  kept: string[];
  /** Pages whose lines typed above their `## Notes` were moved to the end of their notes. */
  replacedAbove: string[];
  /** Pages whose text typed above their `## Notes` was written over (the page changed with its posts). */
  overwroteAbove: string[];
  /** Posts that do not read as English, from which no names were read (raw post ids). */
  notEnglish: string[];
  /** Pages no longer made whose notes went to the page that took their place (a renamed post, a name spelled anew or merged, a type changed). */
  carried: Array<{ from: string; to: string }>;
  /** Pages the author moved to another folder, put back where compile keeps them (with their notes). */
  returned: Array<{ from: string; to: string }>;
  /** Names the config's aliases, types or merge spell out that name no page (a typo, or a name no post writes). */
  unmatched: string[];
  seconds: number;
  /**
   * Wall time of each phase in milliseconds, in the order they first ran: check, read, extract, resolve,
   * model, relate, plan (page keys), wait (for the post pages another thread renders), rank, `write <kind>`
   * (rendering and writing one kind of page), finish. A phase that runs in pieces adds them up.
   */
  phases: Record<string, number>;
}

/** Second threads (rendering post pages, the graph, writing) unless the user asked for one thread. */
const usesThreads = (opts: CompileOptions): boolean => (opts.jobs ?? defaultJobs()) > 1;

async function defaultExtractor(): Promise<Extractor> {
  const mod = await import('./extract/index.js');
  return { extractDocument: mod.extractDocument, resolveEntities: mod.resolveEntities };
}

export async function compileVault(opts: CompileOptions): Promise<CompileStats> {
  const lock: { release?: () => void } = {};
  try {
    return await compileWith(opts, lock);
  } finally {
    lock.release?.();
    // The heaps' growth is bounded for this compile only: maintain, which `wikic build` runs next in the same process, keeps V8's own.
    relaxHeaps();
  }
}

async function compileWith(opts: CompileOptions, lock: { release?: () => void }): Promise<CompileStats> {
  const started = process.hrtime.bigint();
  const phases: Record<string, number> = {};
  let lapStart = performance.now();
  const lap = (phase: string): void => {
    const now = performance.now();
    phases[phase] = Math.round((phases[phase] ?? 0) + now - lapStart);
    lapStart = now;
  };
  const rawStat = await fs.stat(opts.raw).catch(() => undefined);
  if (rawStat && !rawStat.isDirectory()) throw new WikicError(`${opts.raw}: not a directory (--raw takes the directory ingest writes posts to)`);
  if (!rawStat) throw new WikicError(`${opts.raw}: raw directory not found (run "wikic ingest" first, or pass --raw DIR)`);
  vaultPathUsable(opts.wiki);
  separateDirs(opts.raw, opts.wiki);
  await notAVault(opts.raw, opts.raw);
  // Before anything is written (the lock makes wiki/.wikic/): a raw directory without posts leaves no vault behind.
  if (!(await fs.readdir(opts.raw)).some(isRawPostName)) {
    throw new WikicError(`${opts.raw}: no posts to compile (run "wikic ingest" first, or pass --raw DIR)`);
  }
  const wiki = path.resolve(opts.wiki);
  // Pages written among another blog's posts would be read back as posts by whoever ingests there.
  await notRawPosts(wiki, opts.wiki);
  const version = await compilerVersion();
  const configHash = configKey(opts.config, opts.templatesDir);
  const previous: Manifest = await readManifest(wiki);
  await refuseForeignVaultFiles(wiki, opts.wiki, previous);
  // Taken once the directories are known to be right (it makes wiki/.wikic/), released when the compile ends.
  lock.release = lockVault(wiki, opts.wiki);

  // Nothing changed since the last compile: answer from hashes alone, without parsing a post.
  if (!opts.force) {
    const raw = await hashRawDir(opts.raw);
    if (Object.keys(raw).length > 0 && (await upToDate(wiki, previous, version, configHash, raw))) {
      await noteCompiledFrom(wiki, opts.raw);
      const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
      const typeOfFolder = new Map(ENTITY_TYPES.map((t) => [ENTITY_FOLDERS[t], t]));
      for (const p of Object.keys(previous.pages)) {
        const t = p.includes('/') ? typeOfFolder.get(p.slice(0, p.indexOf('/'))) : undefined;
        if (t) counts[t]++;
      }
      return {
        sources: Object.keys(raw).length,
        entities: counts,
        extracted: [],
        cached: Object.keys(raw).length,
        extractedOnThread: 0,
        renderedAhead: 0,
        graphOnThread: false,
        writtenOnThread: 0,
        written: [],
        unchanged: Object.keys(previous.pages).length,
        removed: [],
        kept: [],
        replacedAbove: [],
        overwroteAbove: [],
        notEnglish: [],
        carried: [],
        returned: [],
        unmatched: [],
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        phases: { check: Math.round(performance.now() - lapStart) },
      };
    }
  }

  lap('check');
  const docs = await readRawDir(opts.raw);
  if (docs.length === 0) throw new WikicError(`${opts.raw}: no posts to compile (run "wikic ingest" first, or pass --raw DIR)`);
  const raw = Object.fromEntries(docs.map((d) => [d.id, d.hash]));

  const cache = new ExtractionCache(wiki, await extractorVersion());
  const templates = await loadTemplates(opts.templatesDir);

  // Only the posts the cache does not hold go through the NLP model.
  const extractions: DocExtraction[] = new Array(docs.length);
  let done = 0;
  let extractor: Extractor | undefined = opts.extractor;
  // Threads run the built-in extractor only: one passed in by a caller stays on this thread.
  const jobs = opts.extractor ? 1 : (opts.jobs ?? defaultJobs());
  let extractedOnThread = 0;
  const extract = async (indexes: number[], mainAfter?: Promise<unknown>): Promise<void> => {
    const pending = indexes.map((i) => docs[i]);
    if (pending.length >= (opts.postsForTightHeap ?? POSTS_FOR_TIGHT_HEAP)) keepHeapsTight();
    extractedOnThread += await extractInParallel(pending, {
      jobs,
      postsPerExtraThread: opts.postsPerExtraThread,
      mainAfter,
      extract: (doc) => extractor!.extractDocument(doc),
      onResult: (k, ext) => {
        extractions[indexes[k]] = ext;
        cache.put(pending[k], ext);
        opts.onProgress?.('extract', ++done, docs.length);
      },
    });
  };
  // A new post among thousands: another thread extracts it while this one reads the others from the cache.
  const uncached = jobs > 1 && !opts.force ? docs.flatMap((d, i) => (cache.has(d) ? [] : [i])) : [];
  const early = uncached.length > 0 && docs.length - uncached.length >= (opts.cachedPostsForEarlyThread ?? CACHED_POSTS_FOR_EARLY_THREAD) ? uncached : [];
  let readingDone: (failed?: unknown) => void = () => {};
  const reading = new Promise<void>((resolve, reject) => (readingDone = (failed) => (failed === undefined ? resolve() : reject(failed))));
  // Only the early thread waits for it: a failed reading must not reject it unheard.
  reading.catch(() => {});
  const extractingEarly = early.length > 0 ? extract(early, reading) : undefined;
  // Awaited below; a compile that fails while reading stops that thread and reports its own error.
  extractingEarly?.catch(() => {});
  const isEarly = new Set(early);
  const missing: number[] = [];
  try {
    for (let i = 0; i < docs.length; i++) {
      if (isEarly.has(i)) continue;
      const ext = opts.force ? undefined : await cache.get(docs[i]);
      if (ext) {
        extractions[i] = ext;
        opts.onProgress?.('extract', ++done, docs.length);
      } else missing.push(i);
    }
    lap('read');
    if (missing.length > 0 || extractingEarly) extractor ??= await defaultExtractor();
  } catch (err) {
    readingDone(err);
    throw err;
  }
  readingDone();
  await extractingEarly;
  if (missing.length > 0) await extract(missing);
  const extracted = [...early, ...missing].sort((a, b) => a - b).map((i) => docs[i].id);
  extractor ??= await defaultExtractor();
  lap('extract');
  const entities = extractor.resolveEntities(docs, extractions, opts.config);
  lap('resolve');

  const vaultFiles = await unmadeFiles(wiki, previous);
  // A page the author moved to another folder (dragged in Obsidian) goes back where compile keeps it, notes and all:
  // else compile would write a second page of that name.
  const movedBack = await returnMovedPages(wiki, previous, vaultFiles.moved);
  const { model, pairs } = modelOf(docs, extractions, entities, vaultFiles.foreign);
  // The graph, its ranks and graph.json on a second thread while this one relates and renders the
  // pages; the pages that order by rank wait for it. With one thread, or a small graph, all of it here.
  const data = graphData(model, pairs);
  const graphThread =
    usesThreads(opts) && data.kind.length >= (opts.edgesPerGraphThread ?? EDGES_PER_GRAPH_THREAD)
      ? graphOnThread({ data, file: path.join(wiki, ...GRAPH_FILE.split('/')), recorded: previous.pages[GRAPH_FILE], force: opts.force })
      : undefined;
  // Whatever happens from here, the graph thread's new graph.json is put in place only by a compile that gets
  // that far; else it is thrown away.
  lap('model');
  try {
    relate(model, pairs, opts.config);
    lap('relate');
    const ctx: EmitContext = { model, templates, config: opts.config };
    let graphMade: GraphResult | undefined;
    let ranked = false;
    const rank = async (): Promise<void> => {
      if (ranked) return;
      ranked = true;
      graphMade = await graphThread?.result;
      if (graphMade) {
        const ranks = graphMade.ranks;
        applyRanks(model, new Map(data.nodes.map(([key], i) => [key, ranks[i]])));
      } else {
        ctx.graph = graphFromData(data);
        rankPages(ctx.graph, model);
      }
    };
    // One kind of page at a time, written as soon as it is rendered: the vault's text is never all in memory at once.
    const pageCount = model.entities.length + model.posts.length;
    let written = 0;
    const header = { compiler: version, config: configHash, templates: templates.hash };
    const next = new RenderState(header);
    const writer = new VaultWriter(wiki, {
      force: opts.force,
      onPage: () => opts.onProgress?.('write', ++written, Math.max(written, pageCount)),
      previous,
      last: RenderState.load(wiki, header),
      next,
      writeThreadAfter: usesThreads(opts) ? (opts.pagesBeforeWriteThread ?? PAGES_BEFORE_WRITE_THREAD) : undefined,
    });
    for (const [rel, text] of vaultFiles.besides) writer.leftFromBefore(rel, text);
    for (const [rel, text] of vaultFiles.kept) writer.keptFromBefore(rel, text);
    // Post pages are planned first: a second thread renders those that need it while this one
    // renders the entity pages, and they are written when their turn comes.
    const planned = new Map<Emitter, PlannedPage[]>([[sourceEmitter, planPages(sourceEmitter, ctx).sort(byPath)]]);
    lap('plan');
    const ahead = usesThreads(opts)
      ? renderAhead(planned.get(sourceEmitter)!.filter((p) => writer.willWork(p)), { templatesDir: opts.templatesDir, templatesHash: templates.hash, urls: postUrlIndex(model), minPages: opts.pagesPerRenderThread })
      : undefined;
    try {
      for (const emitter of EMITTERS) {
        lap('plan');
        if (emitter === sourceEmitter) await ahead?.done;
        lap('wait');
        if (RANKED_EMITTERS.has(emitter)) await rank();
        lap('rank');
        if (emitter === graphEmitter && graphMade) {
          await graphThread!.finish(true);
          writer.made(GRAPH_FILE, graphMade.hash, graphMade.written);
          continue;
        }
        const pages = planned.get(emitter) ?? planPages(emitter, ctx).sort(byPath);
        lap('plan');
        // While the other threads work, their results are let in (and more work sent) between slices.
        for (let i = 0; i < pages.length; i += 128) {
          writer.write(pages.slice(i, i + 128));
          await ahead?.pause();
          await writer.settle();
        }
        lap(`write ${emitter.kind}`);
      }
    } catch (err) {
      await writer.abort();
      throw err;
    } finally {
      await ahead?.stop();
    }
    const result = await writer.finish(previous, successorsIn(model));
    await writeManifest(wiki, { compiler: version, config: configHash, pages: result.hashes, raw, unmade: await unmadeHashes(wiki, result.hashes) });
    await noteCompiledFrom(wiki, opts.raw);
    next.save(wiki);
    await cache.prune();
    // The caches are rebuilt at will: keep them out of git wherever the vault lives.
    await writeIfChanged(path.join(wiki, ...CACHE_DIR.split('/'), '.gitignore'), '*\n');

    const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
    for (const n of model.entities) counts[n.type]++;
    lap('finish');
    return {
      sources: model.posts.length,
      entities: counts,
      extracted,
      cached: docs.length - extracted.length,
      extractedOnThread,
      renderedAhead: ahead?.rendered() ?? 0,
      graphOnThread: !!graphMade,
      writtenOnThread: result.onThread,
      written: result.written,
      unchanged: result.unchanged,
      removed: result.removed,
      kept: result.kept,
      replacedAbove: result.replacedAbove,
      overwroteAbove: result.overwroteAbove,
      notEnglish: docs.filter((_d, i) => extractions[i].notEnglish).map((d) => d.id),
      carried: result.carried,
      returned: movedBack.map(([from, to]) => ({ from, to })),
      unmatched: unmatchedConfigNames(opts.config, model),
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      phases,
    };
  } finally {
    await graphThread?.finish(false);
  }
}

/** Where the posts are is this machine's business, not the vault's: kept with the caches, for `maintain` to find them. */
async function noteCompiledFrom(wiki: string, raw: string): Promise<void> {
  // Relative to the vault, with `/`; absolute when there is no relative way (another drive on Windows).
  const rel = path.relative(wiki, path.resolve(raw));
  const where = path.isAbsolute(rel) ? path.resolve(raw) : rel.split(path.sep).join('/');
  await writeIfChanged(path.join(wiki, ...COMPILED_FROM_FILE.split('/')), `${JSON.stringify({ raw: where })}\n`);
}

/** The names in the config's aliases, types and merge that no page of the vault is named by or known as. */
function unmatchedConfigNames(config: WikicConfig, model: VaultModel): string[] {
  // The extractor's own key, from the one module of extraction that does not load the NLP model.
  const fold = nameKeyRaw;
  const e = config.entities;
  const named = [...Object.keys(e.types), ...Object.keys(e.aliases), ...Object.values(e.aliases).flat(), ...Object.keys(e.merge), ...Object.values(e.merge)];
  // Most configs name nothing: then no entity's names need folding.
  if (named.length === 0) return [];
  const known = new Set<string>();
  for (const n of model.entities) for (const x of [n.name, n.entity.name, ...n.entity.aliases]) known.add(fold(x));
  return [...new Set(named.filter((n) => n.trim() && !known.has(fold(n))))].sort();
}

/** `.Sakana AI.md.1a2b3c4d5e6f1.tmp`: the temp files `src/io/atomic.ts` writes a page or graph.json to before renaming it. */
const LEFT_TEMP = /^\..+\.(?:md|json)\.[0-9a-z]+\.tmp$/;

/**
 * The markdown files in the vault that compile did not make (not in the manifest). `foreign`: base names of those
 * without a notes marker: pages never take these names, so the author's files are left alone and every `[[Name]]`
 * still names exactly one file. `moved`: paths of those with one, by base name: pages the author moved. `besides`:
 * files of notes an earlier compile moved off a post page another post took, with their text.
 */
async function unmadeFiles(wiki: string, m: Manifest): Promise<{ foreign: string[]; moved: Map<string, string[]>; besides: Array<[string, string]>; kept: Array<[string, string]> }> {
  const out: string[] = [];
  const moved = new Map<string, string[]>();
  const besides: Array<[string, string]> = [];
  const kept: Array<[string, string]> = [];
  await walkUnmade(
    wiki,
    m.pages,
    async (r, abs) => {
      const name = r.slice(r.lastIndexOf('/') + 1);
      const text = await fs.readFile(abs, 'utf8');
      if (!text.includes(NOTES_MARKER)) out.push(name.slice(0, -3));
      else {
        moved.set(name, [...(moved.get(name) ?? []), r]);
        // `Weekly links (notes).md`: notes an earlier compile moved off a post page another post took.
        if (r.startsWith(`${SOURCES_FOLDER}/`) && NOTES_BESIDE.test(name)) besides.push([r, text]);
        else if (isKeptPage(text)) kept.push([r, text]);
      }
    },
    // A page's temp file a compile that was stopped (Ctrl-C) left: no compile is writing now (this one holds the lock).
    async (dir, e) => {
      if (e.isFile() && LEFT_TEMP.test(e.name)) await fs.rm(path.join(dir, e.name), { force: true });
    },
  );
  const byRel = (a: [string, string], b: [string, string]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return { foreign: out.sort(), moved, besides: besides.sort(byRel), kept: kept.sort(byRel) };
}

/**
 * Puts back each page of the last compile that is missing from its place while exactly one file of its name with a
 * notes marker, and with its type, sits elsewhere in the vault. Returns [from, to] of each.
 */
async function returnMovedPages(wiki: string, m: Manifest, moved: Map<string, string[]>): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  if (moved.size === 0) return out;
  for (const rel of Object.keys(m.pages).sort()) {
    const from = moved.get(path.posix.basename(rel));
    if (!from || from.length !== 1 || !rel.endsWith('.md')) continue;
    const to = path.join(wiki, ...rel.split('/'));
    if (await fs.stat(to).then(() => true, () => false)) continue;
    const src = path.join(wiki, ...from[0].split('/'));
    const head = (await fs.readFile(src, 'utf8')).slice(0, 400);
    const type = /^type: *(\S+)/m.exec(head)?.[1];
    // The folder's own type, so a note the author wrote in the page's shape elsewhere is not taken for it.
    const folder = folderOfType(type);
    if (!folder || !rel.startsWith(`${folder}/`)) continue;
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.rename(src, to);
    out.push([from[0], rel]);
  }
  return out;
}

/** Post id -> hash of the file's bytes, for the same files readRawDir reads, without parsing them. */
async function hashRawDir(dir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile() && isRawPostName(e.name)).map((e) => e.name).sort();
  const out: Record<string, string> = {};
  for (let i = 0; i < names.length; i += 64) {
    const batch = names.slice(i, i + 64);
    const hashes = await Promise.all(batch.map(async (n) => sha256(await fs.readFile(path.join(dir, n)))));
    batch.forEach((n, j) => (out[n.slice(0, -3)] = hashes[j]));
  }
  return out;
}

/** The settings that change what compile writes; the config file's location does not. */
function configKey(config: WikicConfig, templatesDir?: string): string {
  return sha256(stableJson({ entities: config.entities, thresholds: config.thresholds, templates: templatesDir ?? '' })).slice(0, 16);
}

/**
 * Nothing to do when the same compiler, settings and posts made the vault and every page it wrote
 * is on disk byte for byte. Anything else (a deleted or edited page included) takes a full compile.
 */
async function upToDate(wiki: string, m: Manifest, version: string, configHash: string, raw: Record<string, string>): Promise<boolean> {
  if (m.compiler !== version || m.config !== configHash) return false;
  const ids = Object.keys(raw);
  if (ids.length !== Object.keys(m.raw).length || ids.some((id) => m.raw[id] !== raw[id])) return false;
  const paths = Object.keys(m.pages);
  if (paths.length === 0) return false;
  // The author's own files name pages too (a note called `Nvidia.md` makes the company's page `Nvidia (company)`).
  if (!sameFiles(m.unmade, await unmadeHashes(wiki, m.pages))) return false;
  // Synchronous reads: for thousands of pages, awaiting each read costs more than the read.
  for (const p of paths) {
    let same = false;
    try {
      same = sha256(readFileSync(path.join(wiki, ...p.split('/')))) === m.pages[p];
    } catch {
      same = false;
    }
    if (!same) return false;
  }
  return true;
}
