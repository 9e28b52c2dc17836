// Finds the pages that answer a question: names and aliases said in the question, BM25 over page
// text, then the graph neighbourhood of the best hits weighted by PageRank. Pure and deterministic.
import { buildBm25, type Bm25Index } from './bm25.js';
import type { ContextPage, PageItem } from './page-model.js';
import type { PageGraph } from './graph-data.js';
import { nameKey, singular, terms, words } from './tokenize.js';

export interface RankedPage {
  page: ContextPage;
  score: number;
  /** Why the page is in the pack: a name in the question, matching text, or a graph neighbour. */
  reason: 'name' | 'text' | 'neighbour';
}

export interface Retrieval {
  /** Distinct query terms, in question order. */
  terms: string[];
  /** Names of pages said in the question (folded), longest first. */
  names: string[];
  pages: RankedPage[];
  /** Relevance of one item of a page to the question (0 when it matches nothing). */
  itemScore(item: PageItem): number;
}

/** Scoring weights, gathered so they can be read and tuned in one place. */
const W = {
  bm25: 0.6,
  coverage: 0.4,
  name: 0.9,
  askedType: 1.4,
  sourcePage: 0.75,
  pagerank: 0.15,
  neighbour: 0.35,
  /** A page is a text hit when it holds this share of the question's term weight. */
  minCoverage: 0.5,
  /** How many of the best hits lend their score to graph neighbours. */
  seeds: 5,
};

/** Nouns that, right after "which" or "what", say which kind of page the answer is. */
const ASKED_TYPES: Record<string, string[]> = {
  company: ['company'],
  startup: ['company'],
  firm: ['company'],
  vendor: ['company'],
  business: ['company'],
  investor: ['company', 'person', 'organization'],
  organization: ['organization'],
  organisation: ['organization'],
  institution: ['organization'],
  university: ['organization'],
  lab: ['organization', 'company'],
  agency: ['organization'],
  nonprofit: ['organization'],
  consortium: ['organization'],
  person: ['person'],
  people: ['person'],
  founder: ['person'],
  ceo: ['person'],
  researcher: ['person'],
  author: ['person'],
  product: ['product'],
  tool: ['product'],
  app: ['product'],
  platform: ['product'],
  service: ['product'],
  framework: ['product'],
  library: ['product'],
  model: ['model'],
  llm: ['model'],
  protocol: ['protocol'],
  standard: ['protocol'],
  spec: ['protocol'],
  specification: ['protocol'],
  paper: ['paper'],
  study: ['paper'],
  benchmark: ['benchmark'],
  leaderboard: ['benchmark'],
  eval: ['benchmark'],
  event: ['event'],
  conference: ['event'],
  topic: ['topic'],
  post: ['source'],
  article: ['source'],
};

/** The page types a question asks for: "who ..." asks for people and organisations, "which protocol ..." for protocols. */
export function askedTypes(question: string): Set<string> {
  const w = words(question);
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 'who' || w[i] === 'whom' || w[i] === 'whose') ['person', 'company', 'organization'].forEach((t) => out.add(t));
    if (w[i] === 'which' || w[i] === 'what') {
      // The noun may follow one modifier: "which open protocol".
      for (const next of w.slice(i + 1, i + 3)) {
        const types = ASKED_TYPES[singular(next)] ?? ASKED_TYPES[next];
        if (types) {
          types.forEach((t) => out.add(t));
          break;
        }
      }
    }
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pageTerms(p: ContextPage): string[] {
  const names = [p.title, ...p.aliases].join(' . ');
  const body = [p.lead?.text ?? '', ...p.items.map((i) => i.text)].join(' ');
  // Names count twice: a page is first of all about what it is called.
  return [...terms(names), ...terms(names), ...terms(body)];
}

/** Whether `key` occurs in `hay` as whole words (both are folded, space-joined word lists). */
function containsWords(hay: string, key: string): boolean {
  return ` ${hay} `.includes(` ${key} `);
}

/** A short all-capitals name (an acronym) must appear in capitals, so "AI" is not matched by "ai" in a URL-ish word. */
function acronymSaid(question: string, name: string): boolean {
  if (!/^[A-Z0-9][A-Z0-9&.-]{0,5}$/.test(name)) return true;
  const re = new RegExp(`(^|[^A-Za-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9])`);
  return re.test(question);
}

interface NameHit {
  key: string;
  pages: Set<number>;
}

function findNames(question: string, pages: readonly ContextPage[]): NameHit[] {
  const q = nameKey(question);
  const byKey = new Map<string, NameHit>();
  pages.forEach((p, i) => {
    for (const name of [p.title, ...p.aliases]) {
      const key = nameKey(name);
      if (key.length < 2 || !containsWords(q, key) || !acronymSaid(question, name.trim())) continue;
      // A name made only of stopwords ("The", "It") says nothing.
      if (terms(name).length === 0) continue;
      let hit = byKey.get(key);
      if (!hit) byKey.set(key, (hit = { key, pages: new Set() }));
      hit.pages.add(i);
    }
  });
  // "Google Cloud" in the question is not also a mention of "Google".
  const hits = [...byKey.values()].sort((a, b) => b.key.length - a.key.length || cmp(a.key, b.key));
  return hits.filter((h) => !hits.some((o) => o.key.length > h.key.length && containsWords(o.key, h.key)));
}

export function retrieve(question: string, pages: readonly ContextPage[], graph: PageGraph): Retrieval {
  const docs = pages.map(pageTerms);
  const index: Bm25Index = buildBm25(docs);
  const qTerms = [...new Set(terms(question))];
  const weight = new Map(qTerms.map((t) => [t, index.idf(t)]));
  const totalWeight = [...weight.values()].reduce((a, b) => a + b, 0);
  const maxIdf = Math.log(1 + (index.size + 0.5) / 0.5);
  const names = findNames(question, pages);
  const nameStrength = new Map<number, number>();
  for (const h of names) {
    const t = terms(h.key);
    // A name that many pages use ("agents") carries less than a rare one ("ReDeEP").
    const s = t.reduce((a, x) => a + index.idf(x), 0) / (t.length * maxIdf);
    for (const i of h.pages) nameStrength.set(i, Math.max(nameStrength.get(i) ?? 0, s));
  }
  const asked = askedTypes(question);

  const bm = pages.map((_p, i) => index.score(i, qTerms));
  const maxBm = Math.max(0, ...bm);
  const scored: { i: number; score: number; reason: RankedPage['reason'] }[] = [];
  pages.forEach((p, i) => {
    const covered = qTerms.reduce((a, t) => a + (index.has(i, t) ? weight.get(t)! : 0), 0);
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    const named = nameStrength.get(i) ?? 0;
    if (named === 0 && coverage < W.minCoverage) return;
    let s = W.bm25 * (maxBm > 0 ? bm[i] / maxBm : 0) + W.coverage * coverage + W.name * named;
    if (asked.has(p.type)) s *= W.askedType;
    if (p.type === 'source') s *= W.sourcePage;
    s *= 1 + W.pagerank * graph.rank(p.path);
    scored.push({ i, score: s, reason: named > 0 ? 'name' : 'text' });
  });
  const order = (a: { i: number; score: number }, b: { i: number; score: number }) =>
    b.score - a.score || cmp(pages[a.i].title, pages[b.i].title) || cmp(pages[a.i].path, pages[b.i].path);
  scored.sort(order);

  // The neighbourhood of the best hits: strongly tied, central pages come next.
  const byPath = new Map(pages.map((p, i) => [p.path, i]));
  const hitIndex = new Map(scored.map((s) => [s.i, s]));
  const lent = new Map<number, number>();
  for (const seed of scored.slice(0, W.seeds)) {
    const nb = graph.neighbours(pages[seed.i].path);
    const maxW = Math.max(0, ...nb.map((n) => n.weight));
    for (const n of nb) {
      const j = byPath.get(n.path);
      if (j === undefined || maxW <= 0) continue;
      const add = seed.score * W.neighbour * (n.weight / maxW) * (0.5 + 0.5 * graph.rank(n.path));
      lent.set(j, (lent.get(j) ?? 0) + add);
    }
  }
  for (const [j, add] of lent) {
    const hit = hitIndex.get(j);
    if (hit) hit.score += add * 0.5;
    else scored.push({ i: j, score: add, reason: 'neighbour' });
  }
  scored.sort(order);

  const nameKeys = names.map((n) => n.key);
  const itemScore = (item: PageItem): number => {
    const t = new Set(terms(item.text));
    let s = 0;
    for (const q of qTerms) if (t.has(q)) s += weight.get(q)!;
    const folded = nameKey(item.text);
    for (const k of nameKeys) if (containsWords(folded, k)) s += maxIdf * 0.5;
    return s;
  };
  return {
    terms: qTerms,
    names: nameKeys,
    pages: scored.map((s) => ({ page: pages[s.i], score: s.score, reason: s.reason })),
    itemScore,
  };
}

