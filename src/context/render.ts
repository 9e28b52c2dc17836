// The text form of a context pack: markdown an agent can paste into a prompt. Every line is
// produced here so the packer can price a line before it adds it.
import type { Pack, PackItem, PackPage, PackSource } from './pack.js';
import { countTokens } from './tokens.js';

export function headerLines(question: string): string[] {
  return [`# Context: ${oneLine(question)}`, ''];
}

export function pageHeadLines(p: Pick<PackPage, 'title' | 'type' | 'path' | 'url'>, position = 1): string[] {
  const where = p.url ? `Path: ${p.path} | URL: ${p.url}` : `Path: ${p.path}`;
  return [`## ${position}. ${p.title} (${p.type})`, where];
}

function cited(text: string, source?: number): string {
  return source !== undefined ? `${text} [${source}]` : text;
}

export function leadLine(lead: PackItem): string {
  return cited(lead.text, lead.source);
}

export function sectionLine(kind: 'facts' | 'mentions' | 'notes' | 'sources'): string {
  return { facts: 'Facts:', mentions: 'Mentions:', notes: "Author's notes:", sources: 'Sources:' }[kind];
}

export function itemLine(item: PackItem): string {
  return `- ${item.date ? `${item.date}: ` : ''}${cited(item.text, item.source)}`;
}

export function sourceLine(s: Omit<PackSource, 'n'> & { n: number }): string {
  const parts = [`[${s.n}] ${s.title}`];
  if (s.published) parts.push(`(${s.published})`);
  if (s.url) parts.push(s.url);
  parts.push(`- ${s.path}`);
  return parts.join(' ');
}

export function footerLine(pages: number, tokens: number, budget: number): string {
  return `(${pages} ${pages === 1 ? 'page' : 'pages'}, ${tokens} of ${budget} tokens)`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function bodyLines(pack: Pack): string[] {
  const lines = headerLines(pack.question);
  pack.pages.forEach((p, i) => {
    lines.push(...pageHeadLines(p, i + 1));
    if (p.lead) lines.push(leadLine(p.lead));
    for (const kind of ['facts', 'mentions', 'notes'] as const) {
      if (p[kind].length === 0) continue;
      lines.push(sectionLine(kind), ...p[kind].map(itemLine));
    }
    if (p.sources.length > 0) lines.push(sectionLine('sources'), ...p.sources.map(sourceLine));
    lines.push('');
  });
  return lines;
}

/** The pack's token count including its own footer line (which states that count). */
export function packTokens(pack: Pack): number {
  const body = bodyLines(pack).reduce((a, l) => a + countTokens(l) + 1, 0);
  let total = body;
  // The footer holds the total, whose digits can change the footer's own cost: iterate to a fixpoint.
  for (let k = 0; k < 4; k++) {
    const next = body + countTokens(footerLine(pack.pages.length, total, pack.budget)) + 1;
    if (next === total) break;
    total = next;
  }
  return total;
}

/** Markdown for a pack; an empty pack is its one-line message. */
export function renderText(pack: Pack): string {
  if (pack.pages.length === 0) return `${pack.message ?? 'Nothing in the wiki matches the question.'}\n`;
  return [...bodyLines(pack), footerLine(pack.pages.length, pack.tokens, pack.budget)].join('\n') + '\n';
}

/** JSON for a pack: the same content as data, keys in a fixed order. */
export function renderJson(pack: Pack): string {
  const data = {
    question: pack.question,
    budget: pack.budget,
    tokens: pack.tokens,
    rule: pack.rule,
    ...(pack.message ? { message: pack.message } : {}),
    pages: pack.pages.map((p) => ({
      title: p.title,
      type: p.type,
      path: p.path,
      ...(p.url ? { url: p.url } : {}),
      score: p.score,
      reason: p.reason,
      ...(p.lead ? { lead: item(p.lead, p) } : {}),
      facts: p.facts.map((f) => item(f, p)),
      mentions: p.mentions.map((m) => item(m, p)),
      notes: p.notes.map((n) => item(n, p)),
      sources: p.sources.map((s) => ({ n: s.n, title: s.title, ...(s.url ? { url: s.url } : {}), ...(s.published ? { published: s.published } : {}), path: s.path })),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function item(i: PackItem, p: PackPage): Record<string, unknown> {
  const src = i.source !== undefined ? p.sources.find((s) => s.n === i.source) : undefined;
  return { text: i.text, ...(i.date ? { date: i.date } : {}), ...(src ? { source: src.n, source_path: src.path } : {}) };
}
