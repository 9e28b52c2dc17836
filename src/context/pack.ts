// Fills a token budget with the most relevant parts of the ranked pages: each page's title, type,
// path and lead first, then the facts and mentions that match the question, then the rest.
// Text is trimmed at sentence boundaries, never inside a sentence.
import type { ContextPage, PageItem, SourceRef } from './page-model.js';
import type { RankedPage, Retrieval } from './retrieve.js';
import { splitSentences } from './sentences.js';
import { countTokens, TOKEN_RULE } from './tokens.js';
import { footerLine, headerLines, itemLine, leadLine, pageHeadLines, sectionLine, sourceLine } from './render.js';

export interface PackSource {
  /** Number the page's text cites it by: `[1]`. */
  n: number;
  path: string;
  title: string;
  url?: string;
  published?: string;
}

export interface PackItem {
  text: string;
  date?: string;
  /** `n` of the source in the page's `sources`. */
  source?: number;
}

export interface PackPage {
  title: string;
  type: string;
  path: string;
  url?: string;
  /** Relevance score (higher is better); pages are listed best first. */
  score: number;
  reason: 'name' | 'text' | 'neighbour';
  lead?: PackItem;
  facts: PackItem[];
  /** Mention sentences of an entity page, or sentences of a post. */
  mentions: PackItem[];
  /** The author's own notes on the page (its `## Notes` section), which cite no post. */
  notes: PackItem[];
  sources: PackSource[];
}

export interface Pack {
  question: string;
  budget: number;
  /** Tokens of the pack's text rendering, by `rule`. */
  tokens: number;
  rule: string;
  pages: PackPage[];
  /** Set when the pack is empty: why. */
  message?: string;
}

/** Pages scoring below this share of the best page are not worth budget. */
const MIN_RELATIVE_SCORE = 0.05;
const MAX_PAGES = 40;
const MAX_NEIGHBOURS = 8;
/** Sentences that match nothing in the question, quoted from a page the question does not name. */
const SPARE_ITEMS = 2;
const MIN_ITEM_WORDS = 3;
const SOURCE_ITEMS = 6;
/**
 * Sentences of each page the question names that come before any page that only shares a word with the question:
 * the named pages take turns, so a comparison of two named things quotes both.
 */
const NAMED_FIRST = 3;
/** A post scoring at least this share of the best page is one of the best hits... */
const BEST_POST_SHARE = 0.4;
/** ...and this many of its other sentences, in order, are worth budget before weak neighbours. */
const BEST_POST_SPARE = 6;

interface Unit {
  page: number;
  priority: number;
  /** Order among equal priorities: core before items, then page rank, then item order. */
  order: number;
  item?: PageItem;
}

interface PageState {
  page: ContextPage;
  out: PackPage;
  open: boolean;
  skipped: boolean;
  seen: Set<string>;
}

/** The longest run of leading sentences of `text` whose line costs at most `room` tokens, or undefined. */
function fitSentences(text: string, room: number, cost: (t: string) => number): string | undefined {
  if (cost(text) <= room) return text;
  const sentences = splitSentences(text);
  let best: string | undefined;
  for (let k = 1; k < sentences.length; k++) {
    const t = sentences.slice(0, k).join(' ');
    if (cost(t) > room) break;
    best = t;
  }
  return best;
}

export function buildPack(question: string, budget: number, retrieval: Retrieval, sources: ReadonlyMap<string, SourceRef>): Pack {
  const base: Pack = { question, budget, tokens: 0, rule: TOKEN_RULE, pages: [] };
  const top = retrieval.pages[0]?.score ?? 0;
  // Graph neighbours score low by construction; a few of them always get a chance at the end.
  const hits = retrieval.pages.filter((r) => r.reason !== 'neighbour' && r.score >= top * MIN_RELATIVE_SCORE);
  const neighbours = retrieval.pages.filter((r) => r.reason === 'neighbour').slice(0, MAX_NEIGHBOURS);
  let ranked = [...hits, ...neighbours].slice(0, MAX_PAGES);
  if (ranked.length === 0) return { ...base, message: `Nothing in the wiki matches "${question}".` };

  // A page that ends up with nothing new to say (its lead already quoted on a better page, no
  // sentence left) only costs its header: drop it and fill again, so its budget goes elsewhere.
  let pages: PackPage[] = [];
  const text = textFacts(retrieval.fold, retrieval.wordCount);
  for (let attempt = 0; attempt < 8; attempt++) {
    const filled = fill(question, budget, ranked, retrieval, sources, text);
    const empty = new Set(filled.filter((p) => !p.lead && p.facts.length === 0 && p.mentions.length === 0 && p.notes.length === 0).map((p) => p.path));
    pages = filled.filter((p) => !empty.has(p.path));
    if (empty.size === 0) break;
    ranked = ranked.filter((r) => !empty.has(r.page.path));
  }
  if (pages.length === 0) {
    return { ...base, message: `The budget of ${budget} tokens is too small for any page about "${question}".` };
  }
  return { ...base, pages };
}

/** Word counts and folded keys of sentences, computed once for all the fills of one pack. */
interface TextFacts {
  wordCount(text: string): number;
  key(text: string): string;
  /** Tokens of a line with its line break. */
  lineCost(line: string): number;
  /**
   * Fewest tokens any item line quoting (part of) `text` costs: its first sentence, the list
   * dash and the line break. Tokens add up over text joined by spaces, so no line is cheaper.
   */
  minItemLine(text: string): number;
}

function textFacts(fold: (text: string) => string, wordCount: (text: string) => number): TextFacts {
  const costs = new Map<string, number>();
  const least = new Map<string, number>();
  return {
    minItemLine(text) {
      let n = least.get(text);
      if (n === undefined) least.set(text, (n = countTokens(splitSentences(text)[0] ?? '') + 2));
      return n;
    },
    lineCost(line) {
      let n = costs.get(line);
      if (n === undefined) costs.set(line, (n = countTokens(line) + 1));
      return n;
    },
    wordCount,
    key: fold,
  };
}

function fill(
  question: string,
  budget: number,
  ranked: readonly RankedPage[],
  retrieval: Retrieval,
  sources: ReadonlyMap<string, SourceRef>,
  facts: TextFacts,
): PackPage[] {
  const lineCost = facts.lineCost;
  let used = headerLines(question).reduce((a, l) => a + lineCost(l), 0);
  // The footer names the token count; reserve it at its widest (the budget itself).
  used += lineCost(footerLine(MAX_PAGES, budget, budget));

  const states: PageState[] = ranked.map((r) => ({
    page: r.page,
    out: { title: r.page.title, type: r.page.type, path: r.page.path, url: r.page.url, score: round(r.score), reason: r.reason, facts: [], mentions: [], notes: [], sources: [] },
    open: false,
    skipped: false,
    seen: new Set<string>(),
  }));

  const maxItem = Math.max(0, ...ranked.flatMap((r) => r.page.items.map((i) => retrieval.itemScore(i, r.page))));
  const top = ranked[0]?.score ?? 0;
  // The rest of a named page is context, not answer: it waits for the headers of the other good hits.
  const strongHits = ranked.filter((r) => r.reason !== 'neighbour' && r.score >= top * BEST_POST_SHARE);
  const isNamed = (r: RankedPage): boolean => r.reason === 'name' && r.page.type !== 'source';
  // A named page's first sentences rank below its header and above every page the question does not name that ranks
  // below it; a page ranked above it (the protocol a question about two firms asks for) keeps its place. Named pages
  // next to each other in the ranking so take turns.
  const unnamedScores = ranked.filter((r) => !isNamed(r)).map((r) => r.score);
  const namedTurn = (turn: number, score: number): number => {
    const below = Math.max(0, ...unnamedScores.filter((s) => s < score));
    return below + ((score - below) * (NAMED_FIRST - turn)) / (NAMED_FIRST + 1);
  };
  const units: Unit[] = [];
  let order = 0;
  /** Per unit of a sentence: how much of the question it says on its page. */
  const unitScore = new Map<Unit, number>();
  ranked.forEach((r, p) => {
    units.push({ page: p, priority: r.score, order: order++ });
    const scoredItems = r.page.items.map((item, k) => ({ item, k, s: retrieval.itemScore(item, r.page) }));
    scoredItems.sort((a, b) => b.s - a.s || a.k - b.k);
    // Everything on a page the question names is about the question; elsewhere only a little
    // context beyond the matching sentences is worth budget.
    // A post among the best hits is where the answer is told: its next sentences come before weak neighbours.
    const bestPost = r.page.type === 'source' && r.reason !== 'neighbour' && r.score >= top * BEST_POST_SHARE;
    let spare = r.reason === 'name' ? Infinity : bestPost ? BEST_POST_SPARE : r.page.type === 'source' ? 0 : SPARE_ITEMS;
    // A post matches almost any question somewhere: only its best sentences are worth quoting.
    let matching = r.page.type === 'source' ? SOURCE_ITEMS : Infinity;
    for (const { item, s } of scoredItems) {
      // A bare name ("Sierra.") or a two-word label says nothing the title does not.
      if (item.kind !== 'fact' && facts.wordCount(item.text) < MIN_ITEM_WORDS) continue;
      const had = units.length;
      if (s > 0 && maxItem > 0) {
        if (matching-- <= 0) continue;
        // Matching sentences of a good page come before the headers of much weaker pages.
        units.push({ page: p, priority: r.score * (0.6 + 0.4 * (s / maxItem)), order: order++, item });
      } else if (spare > 0) {
        spare--;
        // On the page the question names, the rest of the page is the answer's context.
        const others = strongHits.filter((h) => h !== r).map((h) => h.score);
        const namedSpare = others.length > 0 ? Math.min(r.score, Math.max(...others)) * 0.5 : r.score * 0.5;
        units.push({ page: p, priority: r.reason === 'name' ? namedSpare : r.score * (bestPost ? 0.3 : 0.1), order: order++, item });
      }
      if (units.length > had) unitScore.set(units[units.length - 1], s);
    }
  });

  /** Cost of citing a source on a page (0 when the page already lists it) and its number. */
  const citation = (st: PageState, srcPath: string | undefined): { n?: number; cost: number; ref?: SourceRef } => {
    if (!srcPath) return { cost: 0 };
    const have = st.out.sources.find((s) => s.path === srcPath);
    if (have) return { n: have.n, cost: 0 };
    const ref = sources.get(srcPath);
    if (!ref) return { cost: 0 };
    const n = st.out.sources.length + 1;
    const first = st.out.sources.length === 0 ? lineCost(sectionLine('sources')) : 0;
    return { n, cost: first + lineCost(sourceLine({ n, ...ref })), ref };
  };
  const cite = (st: PageState, c: { n?: number; ref?: SourceRef }) => {
    if (c.ref && c.n !== undefined) st.out.sources.push({ n: c.n, path: c.ref.path, title: c.ref.title, url: c.ref.url, published: c.ref.published });
  };

  // Each sentence belongs to the best-ranked page that would quote it; weaker pages do not repeat it. A page
  // the question names comes before a post, which quotes everything it mentions: else a post ranked above a
  // named page takes every sentence of it, and the named page has nothing left to say.
  const namedEntity = (p: number): boolean => isNamed(ranked[p]);
  const post = (p: number): boolean => ranked[p].page.type === 'source';
  const before = (p: number, q: number): boolean => (namedEntity(p) && post(q)) || (!(namedEntity(q) && post(p)) && p < q);
  // Between two pages the question names, a sentence goes where it says more of the question: `Donated to the Linux
  // Foundation on June 23, 2025` on the A2A page (where `Linux Foundation` is news) rather than on the Linux
  // Foundation's (where it is the page's own name).
  const owner = new Map<string, number>();
  const ownerScore = new Map<string, number>();
  const claim = (text: string, p: number, score = -1) => {
    const k = facts.key(text);
    const had = owner.get(k);
    const hadScore = ownerScore.get(k) ?? -1;
    const better = had === undefined || (namedEntity(p) && namedEntity(had) && score !== hadScore ? score > hadScore : before(p, had));
    if (better) {
      owner.set(k, p);
      ownerScore.set(k, score);
    }
  };
  ranked.forEach((r, p) => r.page.lead && claim(r.page.lead.text, p));
  for (const u of units) if (u.item) claim(u.item.text, u.page, unitScore.get(u));
  // The first sentences each named page will quote (its own, not those a better page takes) take turns.
  const turns = new Map<number, number>();
  for (const u of units) {
    if (!u.item || !isNamed(ranked[u.page]) || (owner.get(facts.key(u.item.text)) ?? u.page) !== u.page) continue;
    const turn = turns.get(u.page) ?? 0;
    if (turn >= NAMED_FIRST) continue;
    turns.set(u.page, turn + 1);
    u.priority = namedTurn(turn, ranked[u.page].score);
  }
  units.sort((a, b) => b.priority - a.priority || a.order - b.order);
  const quoted = new Set<string>();
  // Each page's sentences in the order they would be quoted: a page whose lead is quoted on a better page
  // goes in with its best sentence instead (`Llama 3.1 70B` beside `GPT-4o`, both named by one lead).
  const itemUnits = new Map<number, Unit[]>();
  for (const u of units) if (u.item) (itemUnits.get(u.page) ?? itemUnits.set(u.page, []).get(u.page)!).push(u);
  /** Places one sentence on a page, cited, if it fits in `room` tokens; the tokens it took, or undefined. */
  const place = (st: PageState, item: PageItem, room: number): number | undefined => {
    const kind = item.kind === 'fact' ? 'facts' : item.kind === 'note' ? 'notes' : 'mentions';
    const list = st.out[kind];
    const c = citation(st, item.source);
    const sectionCost = list.length === 0 ? lineCost(sectionLine(kind)) : 0;
    const left = room - c.cost - sectionCost;
    if (left < facts.minItemLine(item.text)) return undefined;
    const text = fitSentences(item.text, left, (t) => lineCost(itemLine({ text: t, date: item.date, source: c.n })));
    if (!text) return undefined;
    const packed: PackItem = { text, date: item.date, source: c.n };
    list.push(packed);
    cite(st, c);
    st.seen.add(item.text);
    quoted.add(facts.key(item.text));
    return lineCost(itemLine(packed)) + c.cost + sectionCost;
  };
  const quotable = (u: Unit): boolean => {
    const key = facts.key(u.item!.text);
    return !states[u.page].seen.has(u.item!.text) && !quoted.has(key) && (owner.get(key) ?? u.page) === u.page;
  };
  for (const u of units) {
    const st = states[u.page];
    if (st.skipped) continue;
    if (!u.item) {
      // The blank line that ends the page's block is part of its cost.
      const head = [...pageHeadLines(st.out), ''].reduce((a, l) => a + lineCost(l), 0);
      const lead = st.page.lead;
      const leadKey = lead ? facts.key(lead.text) : '';
      if (lead && !quoted.has(leadKey) && (owner.get(leadKey) ?? u.page) === u.page) {
        // The page goes in with (at least the first sentence of) its lead, or not at all.
        const c = citation(st, lead.source);
        const text = fitSentences(lead.text, budget - used - head - c.cost, (t) => lineCost(leadLine({ text: t, source: c.n })));
        if (!text) {
          st.skipped = true;
          continue;
        }
        st.out.lead = { text, date: lead.date, source: c.n };
        used += head + lineCost(leadLine(st.out.lead)) + c.cost;
        cite(st, c);
        st.seen.add(lead.text);
        quoted.add(leadKey);
      } else {
        if (used + head > budget) {
          st.skipped = true;
          continue;
        }
        const stand = (itemUnits.get(u.page) ?? []).find(quotable);
        if (stand) {
          // With its best sentence, or not at all: a header alone says nothing.
          const took = place(st, stand.item!, budget - used - head);
          if (took === undefined) {
            st.skipped = true;
            continue;
          }
          used += took;
        }
        used += head;
      }
      st.open = true;
      continue;
    }
    if (!st.open) continue;
    // A sentence quoted once is not worth budget a second time, on this page or another.
    if (!quotable(u)) continue;
    const took = place(st, u.item, budget - used);
    if (took !== undefined) used += took;
  }
  return states.filter((s) => s.open).map((s) => s.out);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
