// The data that flows between the stages: feed -> raw/ -> entities -> wiki/ -> findings.

/** One item parsed from a feed, before it is written to raw/. */
export interface FeedItem {
  guid?: string;
  title: string;
  link?: string;
  /** ISO 8601, when the feed gives a date. */
  published?: string;
  updated?: string;
  /** `published` is the entry's `updated` (an Atom entry with no publication date): the date of its latest edit. */
  publishedFromUpdated?: true;
  author?: string;
  categories: string[];
  /** The full content as HTML (or text converted to HTML). */
  html: string;
  /** The feed's own summary/description when it differs from the full content. */
  summary?: string;
  /** Base URL for resolving relative links (item link, xml:base, or the feed URL). */
  base?: string;
}

/** The feed an item came from. */
export interface FeedInfo {
  title: string;
  url?: string;
  format: 'rss2' | 'rss1' | 'atom' | 'json';
}

/** Frontmatter of a raw/ file. Keys are written in this order. */
export interface RawFrontmatter {
  title: string;
  /** Titles the feed gave the post before its current one, oldest first (kept so links to them can be found). */
  former_titles?: string[];
  url?: string;
  guid?: string;
  published?: string;
  updated?: string;
  author?: string;
  categories: string[];
  summary?: string;
  feed: { title: string; url?: string };
  content_hash: string;
}

/** One raw/ file as read by compile. */
export interface RawDoc {
  /** File name without `.md`, e.g. `2026-05-06-the-emerging-communication-stack-for-agents`. Stable id of the post. */
  id: string;
  /** Path relative to the raw/ directory. */
  file: string;
  meta: RawFrontmatter;
  /** The post as markdown. */
  body: string;
  /** Hash of the whole file's bytes; keys the compile cache. */
  hash: string;
}

export type EntityType =
  | 'company'
  | 'organization'
  | 'person'
  | 'product'
  | 'model'
  | 'protocol'
  | 'paper'
  | 'benchmark'
  | 'event'
  | 'topic';

export const ENTITY_TYPES: readonly EntityType[] = [
  'company',
  'organization',
  'person',
  'product',
  'model',
  'protocol',
  'paper',
  'benchmark',
  'event',
  'topic',
];

/** Folder of the vault that holds each type's pages. */
export const TYPE_FOLDERS: Record<EntityType, string> = {
  company: 'companies',
  organization: 'organizations',
  person: 'people',
  product: 'products',
  model: 'models',
  protocol: 'protocols',
  paper: 'papers',
  benchmark: 'benchmarks',
  event: 'events',
  topic: 'topics',
};

/** Which structural or linguistic signal produced a mention. */
export type Signal =
  | 'link'
  | 'bold-lead'
  | 'definition'
  | 'propn-run'
  | 'acronym'
  | 'camelcase'
  | 'lowercase-name'
  | 'list-lead'
  | 'table-cell'
  | 'heading'
  | 'paper-title'
  | 'arxiv'
  | 'quoted-title'
  /** A court case named by its parties (`Epic v. Apple`). */
  | 'case-name'
  | 'category'
  /** A name the author pinned in the config, found in the text by resolution. */
  | 'config';

/** One occurrence of a name in a post. */
export interface Mention {
  surface: string;
  docId: string;
  /** Index of the sentence within the document's sentence list. */
  sentence: number;
  signal: Signal;
  /** Type suggested by the signal or its context, if any. */
  typeHint?: EntityType;
  /** Homepage or target URL when the mention is a link anchor. */
  url?: string;
  /** For definitions: the other half (`MCP` for `Model Context Protocol (MCP)`). */
  alias?: string;
  /** Character offset of the mention within its sentence's text (the surface may drop a trailing `'s`). */
  offset?: number;
  /** How much the mention proves by itself: strong and medium make an entity, weak ones only add to one. */
  strength?: 'strong' | 'medium' | 'weak';
  /** Type votes from the words around the mention. */
  votes?: Partial<Record<EntityType, number>>;
  /** Extraction details that resolution weighs. */
  flags?: MentionFlags;
}

export interface MentionFlags {
  /** Capitalised in the middle of a sentence: evidence a dictionary word is used as a name. */
  midSentence?: boolean;
  /** Followed by `'s`. */
  possessive?: boolean;
  /** A bold lead-in closed by a period or colon. */
  boldLead?: boolean;
  /** `formerly X`: this surface is an old name of the alias. */
  formerName?: boolean;
  /** Other names of the same coordinated list (`A, B, and C`). */
  listedWith?: string[];
  /** Followed at once by a funding or acquisition verb (`Wiz raised`, `Figma was acquired`). */
  dealSubject?: boolean;
  /** Followed by a closed appositive that says what it is (`Bun, the JavaScript runtime from Jarred Sumner,`). */
  described?: boolean;
  /** Right after a person's title or role (`President Trump`, `CEO Munjal Shah`): more than a verb says. */
  titled?: boolean;
}

/** A sentence about one entity carrying a number, amount, percentage or date. */
export interface Fact {
  text: string;
  docId: string;
  /** The source's published date (YYYY-MM-DD). */
  date?: string;
}

/** One resolved real-world thing. */
export interface Entity {
  /** Canonical title; also the page's file name (without `.md`). */
  name: string;
  type: EntityType;
  aliases: string[];
  url?: string;
  mentions: Mention[];
  facts: Fact[];
  /** The best defining sentence, used as the page's lead paragraph. */
  lead?: Fact;
  firstSeen?: string;
  lastSeen?: string;
}

/** A page to be written into wiki/. */
export interface WikiPage {
  /** Path relative to wiki/, with forward slashes. */
  path: string;
  content: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** One problem found by `maintain`. */
export interface Finding {
  check: string;
  severity: Severity;
  /** Page path relative to wiki/. */
  page: string;
  line?: number;
  message: string;
  evidence?: string[];
  /** Description of the safe fix, if there is one. */
  fix?: string;
}
