// Reads a page whose bytes changed since the cache was written, with only what maintain's summary
// and per-page checks need: frontmatter, headings, block ids, and each distinct link's key. The
// link objects (place, label, raw text) that parsePage makes for every link of a large page are
// made only when something asks for them (a page with a broken link), by parsing the page in full.
import { linkRefs, maskCode, parseBlockIds, parseHeadings, type Heading } from '../wiki/links.js';
import { frontmatterLinks, parsePage, splitPage, stringList, type FrontmatterProblem, type PageLink, type VaultPage } from '../wiki/vault.js';
import { keepSummary, linkKey, SUMMARY_FIELDS, type PageSummary } from './page-summary.js';

class ReadPage implements VaultPage {
  readonly name: string;
  readonly folder: string;
  readonly type?: string;
  private parsed?: VaultPage;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly hasFrontmatter: boolean,
    readonly frontmatter: Record<string, unknown>,
    readonly frontmatterError: FrontmatterProblem | undefined,
    readonly aliases: string[],
    readonly body: string,
    readonly bodyLine: number,
    readonly headings: Heading[],
    readonly blockIds: string[],
  ) {
    const slash = path.lastIndexOf('/');
    this.name = path.slice(slash + 1).replace(/\.md$/i, '');
    this.folder = slash < 0 ? '' : path.slice(0, slash);
    this.type = typeof frontmatter.type === 'string' ? frontmatter.type : undefined;
  }

  get links(): PageLink[] {
    this.parsed ??= parsePage(this.path, this.text);
    return this.parsed.links;
  }
}

/** The page as parsePage reads it (its links made when first asked for), with its summary kept for summaryOf. Pure. */
export function readPage(p: string, text: string): VaultPage {
  const { frontmatter, frontmatterError, body, bodyLine, hasFrontmatter } = splitPage(text);
  const masked = maskCode(body);
  const headings = parseHeadings(body, masked);
  for (const h of headings) h.line += bodyLine - 1;
  const aliases = [...new Set([...stringList(frontmatter.aliases), ...stringList(frontmatter.alias)])];
  const page = new ReadPage(p, text, hasFrontmatter, frontmatter, frontmatterError, aliases, body, bodyLine, headings, parseBlockIds(body, masked));
  // The links in parsePage's order: those in frontmatter values, then the body's by offset.
  const keys = new Set<string>();
  for (const l of frontmatterLinks(text, hasFrontmatter && !frontmatterError, bodyLine)) keys.add(linkKey(l));
  for (const l of linkRefs(body, masked)) keys.add(linkKey(l));
  const fm: Record<string, unknown> = {};
  for (const k of SUMMARY_FIELDS) if (k in frontmatter) fm[k] = frontmatter[k];
  const summary: PageSummary = { hasFrontmatter, bodyLine, aliases, fm, blockIds: page.blockIds, links: [...keys] };
  if (frontmatterError) summary.frontmatterError = frontmatterError;
  keepSummary(page, summary);
  return page;
}
