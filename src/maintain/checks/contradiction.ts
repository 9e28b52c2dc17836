// One entity, one attribute, one time, two values: quote both sentences and both posts.
// Values for different times are a timeline, not a contradiction (see ../facts.ts).
import { isPage, type VaultPage } from '../../wiki/vault.js';
import { attributeLabel, disagree, extractClaims, timeLabel, type Claim } from '../facts.js';
import { isEntityPage, isSourcePage, pageLines, sectionLines } from '../page-info.js';
import { rawIdOf } from './stale.js';
import type { Check, CheckContext, MaintainFinding } from '../types.js';
import { NameIndex } from '../name-index.js';

export interface FactLine {
  line: number;
  sentence: string;
  post: string;
  docId: string;
  date?: string;
  claims: Claim[];
}


interface LineSource {
  post: string;
  docId: string;
  date?: string;
}

function sourceOf(file: VaultPage): LineSource {
  return {
    post: file.name,
    docId: rawIdOf(file) ?? file.name,
    date: typeof file.frontmatter.published === 'string' ? file.frontmatter.published.slice(0, 10) : undefined,
  };
}

/**
 * Reads one `## Facts` or `## Mentions` line: the sentence as plain text, its post and date (from a
 * link to a post page in the line, else from `from`, the post heading it sits under), and the
 * mentions in it.
 */
function readFactLine(ctx: CheckContext, page: VaultPage, lineNo: number, raw: string, names: NameIndex, from?: LineSource): FactLine | undefined {
  let text = raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
  if (text === raw && !/\w/.test(text)) return undefined;
  let post = '';
  let docId = '';
  let date: string | undefined;
  const others: Array<{ start: number; end: number }> = [];
  // Replace links by their text; links to post pages are the citation and leave the sentence.
  let plain = '';
  let last = 0;
  for (const m of text.matchAll(/!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g)) {
    plain += text.slice(last, m.index);
    last = m.index! + m[0].length;
    const file = ctx.vault.resolver.resolve(m[1], page.path);
    if (isPage(file) && isSourcePage(file)) {
      const src = sourceOf(file);
      post ||= src.post;
      docId ||= src.docId;
      date ??= src.date;
      continue;
    }
    const shown = m[2] ?? m[1];
    if (!(isPage(file) && file.path === page.path)) others.push({ start: plain.length, end: plain.length + shown.length });
    plain += shown;
  }
  plain += text.slice(last);
  text = plain;
  const lead = /^\s*\**\s*(\d{4}-\d{2}(?:-\d{2})?)\s*\**\s*[:—–-]*\s*/.exec(text);
  if (lead) {
    date ??= lead[1];
    const cut = lead[0].length;
    text = text.slice(cut);
    for (const o of others) {
      o.start -= cut;
      o.end -= cut;
    }
  }
  const head = /^[\s"“]*/.exec(text)![0].length;
  for (const o of others) {
    o.start -= head;
    o.end -= head;
  }
  const sentence = text.slice(head).replace(/\s*[([]\s*[)\]]\s*$/, '').replace(/\s*[—–-]\s*$/, '').replace(/["”]\s*$/, '').trimEnd();
  if (!/\d/.test(sentence)) return undefined;
  if (!docId && from) {
    post = from.post;
    docId = from.docId;
    date ??= from.date;
  }
  // One pass over the sentence with every name: the page's own names are the self mentions.
  const own = new Set([page.name, ...page.aliases]);
  const self: Array<{ start: number; end: number }> = [];
  for (const o of names.find(sentence)) {
    if (own.has(o.name)) self.push(o);
    else if (!others.some((x) => o.start < x.end && o.end > x.start)) others.push(o);
  }
  const id = docId || `line ${lineNo}`;
  return { line: lineNo, sentence, post: post || '(no post linked)', docId: id, date, claims: extractClaims({ sentence, self, others, docId: id, postDate: date }) };
}

/**
 * The claims of a page's `## Facts` lines, then of its `## Mentions` sentences (under a heading per
 * post) that the facts do not already hold, in page order; lines without claims are left out.
 */
export function factLines(ctx: CheckContext, page: VaultPage, names: NameIndex): FactLine[] {
  const lines = pageLines(page);
  const facts: FactLine[] = [];
  const seen = new Set<string>();
  const facts_ = sectionLines(page, 'Facts');
  if (facts_) {
    for (let l = facts_[0]; l <= facts_[1]; l++) {
      const f = readFactLine(ctx, page, l, lines[l - 1] ?? '', names);
      if (!f) continue;
      seen.add(`${f.docId}\u0000${f.sentence}`);
      if (f.claims.length > 0) facts.push(f);
    }
  }
  const mentions = sectionLines(page, 'Mentions');
  if (mentions) {
    let from: LineSource | undefined;
    for (let l = mentions[0]; l <= mentions[1]; l++) {
      const text = lines[l - 1] ?? '';
      if (/^#{3,6}\s/.test(text)) {
        const link = /\[\[([^\]|#]*)/.exec(text);
        const file = link ? ctx.vault.resolver.resolve(link[1], page.path) : undefined;
        from = isPage(file) && isSourcePage(file) ? sourceOf(file) : undefined;
        continue;
      }
      if (!/^\s*[-*+]\s/.test(text)) continue;
      const f = readFactLine(ctx, page, l, text, names, from);
      if (!f || seen.has(`${f.docId}\u0000${f.sentence}`)) continue;
      seen.add(`${f.docId}\u0000${f.sentence}`);
      if (f.claims.length > 0) facts.push(f);
    }
  }
  return facts;
}

export const contradiction: Check = {
  meta: { id: 'contradiction', description: 'one entity, one attribute, one time, two different values', severity: 'warning', fixable: false },
  check(ctx) {
    const entities = ctx.vault.pages.filter((p) => isEntityPage(p) && p.type !== 'topic');
    const names = new NameIndex(entities.flatMap((p) => [p.name, ...p.aliases]));
    const out: MaintainFinding[] = [];
    for (const page of entities) {
      const facts = factLines(ctx, page, names);
      const reported = new Set<string>();
      for (let j = 1; j < facts.length; j++) {
        for (let i = 0; i < j; i++) {
          for (const b of facts[j].claims) {
            const key = `${b.attribute}|${b.time}`;
            if (reported.has(key)) continue;
            const a = facts[i].claims.find((c) => c.attribute === b.attribute && c.time === b.time && facts[i].sentence !== facts[j].sentence);
            if (!a || !disagree(a, b)) continue;
            reported.add(key);
            out.push({
              check: 'contradiction',
              severity: 'warning',
              page: page.path,
              line: facts[j].line,
              message: `${attributeLabel(b.attribute)}${timeLabel(b.time)}: ${a.shown} (line ${facts[i].line}) vs ${b.shown}`,
              evidence: [facts[i], facts[j]].map((f) => `"${f.sentence}" (${f.post}${f.date ? `, ${f.date}` : ''})`),
            });
          }
        }
      }
    }
    return out;
  },
};
