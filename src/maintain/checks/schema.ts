// Frontmatter that does not parse, required fields missing for the page's type, unknown types,
// damaged `## Notes` sections (which protect the author's text from the compiler).
import { ENTITY_FOLDERS, NOTES_HEADING, NOTES_MARKER, REQUIRED_FIELDS, SOURCES_FOLDER, type PageType } from '../../wiki/schema.js';
import type { VaultPage } from '../../wiki/vault.js';
import { frontmatterLine, isEntityPage, pageLines } from '../page-info.js';
import type { Check, CheckContext, MaintainFinding } from '../types.js';
import { pageResult } from '../analysis.js';

const KNOWN = new Set(Object.keys(REQUIRED_FIELDS));
const SCHEMA_FOLDERS = new Set<string>([...Object.values(ENTITY_FOLDERS), SOURCES_FOLDER]);
const DATE = /^\d{4}-\d{2}-\d{2}/;

const mk = (page: VaultPage, line: number, message: string, evidence?: string[], severity: MaintainFinding['severity'] = 'error'): MaintainFinding => ({
  check: 'schema',
  severity,
  page: page.path,
  line,
  message,
  ...(evidence ? { evidence } : {}),
});

/** Value shapes compile writes; checked only when the field is present. */
function fieldProblems(page: VaultPage): MaintainFinding[] {
  const out: MaintainFinding[] = [];
  const fm = page.frontmatter;
  const listOfStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
  for (const key of ['aliases', 'tags', 'sources']) {
    if (key in fm && fm[key] !== null && !listOfStrings(fm[key])) out.push(mk(page, frontmatterLine(page, key), `"${key}" must be a list of strings`));
  }
  if ('mentions' in fm && !(typeof fm.mentions === 'number' && Number.isInteger(fm.mentions) && fm.mentions >= 0)) {
    out.push(mk(page, frontmatterLine(page, 'mentions'), `"mentions" must be a whole number`));
  }
  for (const key of ['first_seen', 'last_seen', 'published']) {
    if (key in fm && fm[key] !== null && !(typeof fm[key] === 'string' && DATE.test(fm[key] as string))) {
      out.push(mk(page, frontmatterLine(page, key), `"${key}" must be a date (YYYY-MM-DD)`));
    }
  }
  return out;
}

function notesProblems(page: VaultPage): MaintainFinding[] {
  const lines = pageLines(page);
  const heads: number[] = [];
  const markers: number[] = [];
  for (let i = page.bodyLine - 1; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === NOTES_HEADING) heads.push(i + 1);
    else if (t === NOTES_MARKER) markers.push(i + 1);
    // A comment that names the marker but is not it; a post quoting the marker is escaped text (`&lt;!-- wikic:notes`), no comment.
    else if (t.startsWith('<!--') && t.includes('wikic:notes')) return [mk(page, i + 1, `the ${NOTES_HEADING} marker line was changed; restore it exactly`)];
  }
  if (heads.length === 0 && markers.length === 0) return [mk(page, lines.length, `no ${NOTES_HEADING} section: the page cannot keep author notes`)];
  if (heads.length === 0) return [mk(page, markers[0], `the ${NOTES_HEADING} heading above the notes marker is missing`)];
  if (markers.length === 0) return [mk(page, heads[0], `the notes marker under ${NOTES_HEADING} is missing`)];
  if (heads.length > 1 || markers.length > 1) {
    return [mk(page, (heads.length > 1 ? heads : markers)[1], `${NOTES_HEADING} section appears more than once`)];
  }
  if (markers[0] < heads[0]) return [mk(page, markers[0], `the notes marker comes before ${NOTES_HEADING}`)];
  const between = lines.slice(heads[0], markers[0] - 1).filter((l) => l.trim() !== '');
  // Nothing is lost (compile keeps it, moved below the marker), but Obsidian shows it above a marker it hides.
  if (between.length > 0) return [mk(page, heads[0] + 1, `text between ${NOTES_HEADING} and its marker: the next compile moves it below the marker, where notes belong`, undefined, 'warning')];
  return [];
}

function inSchemaFolder(page: VaultPage): boolean {
  return SCHEMA_FOLDERS.has(page.folder.split('/')[0]);
}

/** What the schema says of one page alone: its problems, or that it has no type (a problem only where types are required). */
interface PageSchema {
  untyped?: true;
  /** [line, message] of each problem, and `warning` for one that is no error. */
  problems: Array<[number, string] | [number, string, 'warning']>;
}

function pageSchema(page: VaultPage): PageSchema {
  if (page.frontmatterError) {
    const e = page.frontmatterError;
    return { problems: [[e.line, `frontmatter does not parse (${e.line}:${e.col}): ${e.message}`]] };
  }
  if (!('type' in page.frontmatter)) return { untyped: true, problems: [] };
  const out: MaintainFinding[] = [];
  if (typeof page.type !== 'string' || !KNOWN.has(page.type)) {
    out.push(mk(page, frontmatterLine(page, 'type'), `unknown page type "${String(page.frontmatter.type)}" (expected one of ${[...KNOWN].join(', ')})`));
  } else {
    const missing = REQUIRED_FIELDS[page.type as PageType].filter((k) => !(k in page.frontmatter));
    if (missing.length > 0) {
      out.push(mk(page, frontmatterLine(page, 'type'), `${page.type} page lacks required field${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`));
    }
    out.push(...fieldProblems(page));
    if (isEntityPage(page) || page.type === 'source') out.push(...notesProblems(page));
  }
  return { problems: out.map((f) => (f.severity === 'warning' ? [f.line!, f.message, 'warning'] : [f.line!, f.message])) };
}

export const schema: Check = {
  meta: { id: 'schema', description: 'frontmatter that does not parse, missing or malformed fields, unknown types, damaged Notes', severity: 'error', fixable: false },
  check(ctx: CheckContext) {
    const out: MaintainFinding[] = [];
    for (const page of ctx.vault.pages) {
      const s = pageResult(page, 'schema', pageSchema);
      // Everything the compiler made needs a type; an author's own note needs none, even in a type's folder (Obsidian
      // puts a new note in the folder one is in). With no manifest to say which is which, the schema's folders are compile's.
      if (s.untyped && (ctx.generated(page) || (!ctx.manifest && inSchemaFolder(page)))) out.push(mk(page, 1, 'frontmatter has no "type"'));
      for (const [line, message, severity] of s.problems) out.push(mk(page, line, message, undefined, severity ?? 'error'));
    }
    return out;
  },
};
