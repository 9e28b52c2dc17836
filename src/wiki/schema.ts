// The vault's page schema: shared by compile (which writes it), maintain (which checks it)
// and context (which reads it). Change it here and nowhere else.
import { TYPE_FOLDERS, type EntityType } from '../types.js';

/** Page kinds found in the `type` frontmatter field. */
export type PageType = EntityType | 'source' | 'index' | 'log' | 'agents';

/** Folder for post pages. */
export const SOURCES_FOLDER = 'sources';

/** Folders of entity and topic pages, by type. */
export const ENTITY_FOLDERS = TYPE_FOLDERS;

/** The folder pages of a `type` frontmatter value live in: `sources` for posts, an entity type's own; else undefined. */
export function folderOfType(type: string | undefined): string | undefined {
  if (type === 'source') return SOURCES_FOLDER;
  return type !== undefined && Object.prototype.hasOwnProperty.call(ENTITY_FOLDERS, type) ? ENTITY_FOLDERS[type as EntityType] : undefined;
}

/** Generated top-level files. */
export const INDEX_FILE = 'index.md';
export const LOG_FILE = 'log.md';
export const AGENTS_FILE = 'AGENTS.md';
export const LLMS_FILE = 'llms.txt';
export const GRAPH_FILE = 'graph.json';

/** Compiler state inside the vault (Obsidian hides dot-folders). The manifest is committed; the cache is not. */
export const STATE_DIR = '.wikic';
export const MANIFEST_FILE = '.wikic/manifest.json';
export const CACHE_DIR = '.wikic/cache';
/** The raw directory the vault was last compiled from, relative to the vault (`{"raw": "../raw"}`): what `maintain` reads by default. */
export const COMPILED_FROM_FILE = `${CACHE_DIR}/compile/compiled-from.json`;

/**
 * The most names one link destination may stand for. Compile joins names that link to one page only
 * up to this many, and maintain takes a homepage shared by more pages as no sign of a duplicate: a page
 * linked under many names (a listing, a shared post) is the homepage of none of them.
 */
export const MAX_NAMES_PER_URL = 5;

/** Section headings of an entity or topic page, in order. */
export const ENTITY_SECTIONS = ['Facts', 'Mentions', 'Related', 'Backlinks', 'Notes'] as const;
/** Section headings of a post page, in order. */
export const SOURCE_SECTIONS = ['Summary', 'Outline', 'Entities', 'Related posts', 'Text', 'Notes'] as const;

/**
 * A page ends with `## Notes` followed by this marker line. Everything after the marker belongs
 * to the author: compile carries it over verbatim, maintain --fix never touches it.
 */
export const NOTES_HEADING = '## Notes';
export const NOTES_MARKER = '<!-- wikic:notes - everything below this line is yours; wikic never changes it -->';

/** Frontmatter fields every page of a kind must have. */
export const REQUIRED_FIELDS: Record<PageType, readonly string[]> = {
  company: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  organization: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  person: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  product: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  model: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  protocol: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  paper: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  benchmark: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  event: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  topic: ['type', 'aliases', 'tags', 'sources', 'mentions', 'first_seen', 'last_seen'],
  source: ['type', 'title', 'url', 'published', 'raw', 'topics', 'entities'],
  index: ['type'],
  log: ['type'],
  agents: ['type'],
};

/** Characters Obsidian refuses in file names, plus those that break wikilinks. */
export const FORBIDDEN_NAME_CHARS = /[\\/:*?"<>|#^[\]]/g;
