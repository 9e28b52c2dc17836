import { promises as fs } from 'node:fs';
import path from 'node:path';
import { WikicError } from './errors.js';
import { nameKeyRaw } from './compile/extract/name-key.js';
import { ENTITY_TYPES, type EntityType } from './types.js';

/** Author-editable overrides for entity resolution. Names are matched case-insensitively. */
export interface EntityOverrides {
  /** Canonical name -> extra aliases that mean the same thing. */
  aliases: Record<string, string[]>;
  /** Name -> forced type. */
  types: Record<string, EntityType>;
  /** Name -> canonical name it should be merged into. */
  merge: Record<string, string>;
  /** Names that are never entities. */
  ignore: string[];
}

export interface WikicConfig {
  /** Feed files or URLs that `wikic ingest` reads when given no SOURCE. Relative to the config file. */
  feeds: string[];
  raw: string;
  wiki: string;
  entities: EntityOverrides;
  /** Knobs for extraction and checks. */
  thresholds: {
    /** An entity needs at least this many mentions (across all posts) unless a strong signal found it. */
    minMentions: number;
    /** How many related entities an entity page lists. */
    relatedLimit: number;
    /** Days after which a page whose sources are all older counts as stale (0 = off). */
    staleDays: number;
  };
  /** Directory of the config file; relative paths in it resolve against this. */
  baseDir: string;
  /** The config file read, if any (for messages). */
  file?: string;
}

export const CONFIG_FILE = 'wikic.config.json';

export function defaultConfig(baseDir = process.cwd()): WikicConfig {
  return {
    feeds: [],
    raw: 'raw',
    wiki: 'wiki',
    entities: { aliases: {}, types: {}, merge: {}, ignore: [] },
    thresholds: { minMentions: 2, relatedLimit: 10, staleDays: 0 },
    baseDir,
  };
}

function fail(file: string, what: string): never {
  throw new WikicError(`${file}: ${what}`);
}

function stringList(file: string, key: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(file, `"${key}" must be a list of strings`);
  return v as string[];
}

function stringMap(file: string, key: string, v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, `"${key}" must be an object`);
  return v as Record<string, unknown>;
}


/**
 * The first circle of `merge` (`A -> B -> A`) in the config's order, or undefined, with names keyed as
 * resolution keys them; merging a name into itself is no circle.
 */
function mergeCycle(merge: Record<string, string>): string[] | undefined {
  const next = new Map<string, string>();
  const spelled = new Map<string, string>();
  for (const [name, into] of Object.entries(merge)) {
    if (nameKeyRaw(name) === nameKeyRaw(into)) continue;
    next.set(nameKeyRaw(name), nameKeyRaw(into));
    spelled.set(nameKeyRaw(name), name);
  }
  for (const start of next.keys()) {
    const path = [start];
    for (let at = next.get(start); at !== undefined; at = next.get(at)) {
      if (at === start) return [...path, start].map((k) => spelled.get(k)!);
      if (path.includes(at)) break;
      path.push(at);
    }
  }
  return undefined;
}

/** Validates a parsed config object; every problem names the file and the key. */
export function parseConfig(raw: unknown, file: string, baseDir: string): WikicConfig {
  const cfg = defaultConfig(baseDir);
  cfg.file = file;
  const top = stringMap(file, '(top level)', raw);
  for (const key of Object.keys(top)) {
    if (!['feeds', 'raw', 'wiki', 'entities', 'thresholds', '$schema'].includes(key)) fail(file, `unknown key "${key}"`);
  }
  if (top.feeds !== undefined) cfg.feeds = stringList(file, 'feeds', top.feeds);
  for (const k of ['raw', 'wiki'] as const) {
    if (top[k] !== undefined) {
      if (typeof top[k] !== 'string') fail(file, `"${k}" must be a string`);
      cfg[k] = top[k] as string;
    }
  }
  if (top.entities !== undefined) {
    const e = stringMap(file, 'entities', top.entities);
    for (const key of Object.keys(e)) {
      if (!['aliases', 'types', 'merge', 'ignore'].includes(key)) fail(file, `unknown key "entities.${key}"`);
    }
    if (e.aliases !== undefined) {
      // One alias under two names would fold both into one page without a word: refused.
      const owner = new Map<string, string>();
      for (const [name, list] of Object.entries(stringMap(file, 'entities.aliases', e.aliases))) {
        cfg.entities.aliases[name] = stringList(file, `entities.aliases.${name}`, list);
        for (const a of cfg.entities.aliases[name]) {
          const k = nameKeyRaw(a);
          const first = owner.get(k);
          if (first !== undefined && nameKeyRaw(first) !== nameKeyRaw(name)) fail(file, `"${a}" is an alias of both "${first}" and "${name}" in "entities.aliases" (an alias names one thing; merging them is what "entities.merge" is for)`);
          owner.set(k, name);
        }
      }
      // Nor may an alias be another name the aliases spell out (`PostgreSQL: [MongoDB]` beside `MongoDB: [Mongo]`).
      for (const name of Object.keys(cfg.entities.aliases)) {
        const first = owner.get(nameKeyRaw(name));
        if (first !== undefined && nameKeyRaw(first) !== nameKeyRaw(name)) fail(file, `"${name}" is an alias of "${first}" and a name with aliases of its own in "entities.aliases" (an alias names one thing; merging them is what "entities.merge" is for)`);
      }
    }
    if (e.types !== undefined) {
      for (const [name, t] of Object.entries(stringMap(file, 'entities.types', e.types))) {
        if (!ENTITY_TYPES.includes(t as EntityType)) {
          fail(file, `"entities.types.${name}" is "${String(t)}", expected one of ${ENTITY_TYPES.join(', ')}`);
        }
        cfg.entities.types[name] = t as EntityType;
      }
    }
    if (e.merge !== undefined) {
      for (const [name, into] of Object.entries(stringMap(file, 'entities.merge', e.merge))) {
        if (typeof into !== 'string') fail(file, `"entities.merge.${name}" must be a string`);
        cfg.entities.merge[name] = into;
      }
    }
    if (e.ignore !== undefined) cfg.entities.ignore = stringList(file, 'entities.ignore', e.ignore);
    const cycle = mergeCycle(cfg.entities.merge);
    if (cycle) fail(file, `"entities.merge" goes round in a circle: ${cycle.map((n) => `"${n}"`).join(' -> ')} (merge each name into one that merges no further back)`);
  }
  if (top.thresholds !== undefined) {
    const t = stringMap(file, 'thresholds', top.thresholds);
    for (const [k, v] of Object.entries(t)) {
      if (!(k in cfg.thresholds)) fail(file, `unknown key "thresholds.${k}"`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(file, `"thresholds.${k}" must be a non-negative number`);
      (cfg.thresholds as Record<string, number>)[k] = v;
    }
  }
  return cfg;
}

/**
 * Loads `--config FILE`, else `wikic.config.json` in the working directory, else defaults.
 * A named file that is missing is an error; a missing default file is not.
 */
/**
 * A path the config gives (`raw`, `wiki`), as seen from the working directory: relative to the config file's folder,
 * so `wikic build --config ../blog/wikic.config.json` works from anywhere. Left as written when that folder is this one.
 */
export function configPath(cfg: WikicConfig, p: string): string {
  if (path.isAbsolute(p) || path.resolve(cfg.baseDir) === path.resolve(process.cwd())) return p;
  return path.join(path.relative(process.cwd(), cfg.baseDir) || '.', p);
}

/** The raw and wiki directories the config gives, as seen from the working directory. */
export function configDirs(cfg: WikicConfig): { raw: string; wiki: string } {
  return { raw: configPath(cfg, cfg.raw), wiki: configPath(cfg, cfg.wiki) };
}

/** How messages name the config: the file read, from the working directory, else the default name. */
export function configName(cfg: WikicConfig): string {
  return cfg.file ? path.relative(process.cwd(), cfg.file) || cfg.file : CONFIG_FILE;
}

export async function loadConfig(file?: string): Promise<WikicConfig> {
  const explicit = file !== undefined;
  const target = path.resolve(file ?? CONFIG_FILE);
  let text: string;
  try {
    text = await fs.readFile(target, 'utf8');
  } catch (err) {
    if (!explicit && (err as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    fail(target, `cannot read config (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    fail(target, `not valid JSON${jsonErrorAt(text, (err as Error).message)}`);
  }
  return parseConfig(parsed, target, path.dirname(target));
}

/**
 * Where JSON.parse stopped and why, on one line (` at 3:14: Unexpected token '}'`): its message quotes the text,
 * newlines and all, and gives an offset only for some errors.
 */
export function jsonErrorAt(text: string, message: string): string {
  const at = /\bat position (\d+)/.exec(message);
  // `Unexpected token '\n', "..." is not valid JSON`: the token may be a line break, and the quote may open with `...`.
  const why = message.replace(/'\r?\n'/g, "'\\n'").split(/,\s*(?:\.\.\.)?"|\s+in JSON at position|\n/)[0].trim();
  if (!at) return ` (${why})`;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return ` at ${line}:${before.length - before.lastIndexOf('\n')}: ${why}`;
}
