// Finds the pages that answer a question: names and aliases said in the question, BM25 over page
// text, then the graph neighbourhood of the best hits weighted by PageRank. Pure and deterministic.
import { buildBm25FromCounts, type Bm25Index } from './bm25.js';
import type { ContextPage, PageItem } from './page-model.js';
import { summariseContent, type ContentSummary, type PageDetail, type PageMeta, type PageName } from './page-summary.js';
import type { PageGraph } from './graph-data.js';
import { isStopword, nameKey, stem, terms, termsOfWords, words } from './tokenize.js';
import { askedFor } from './asked.js';
import { FIRST_NAMES } from '../compile/extract/data/first-names.js';
import { escapeRegExp } from '../compile/extract/name-key.js';

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
  /**
   * Relevance of one item of a page to the question (0 when it matches nothing). The page's own
   * name does not count: on the page about MCP, every sentence says "MCP".
   */
  itemScore(item: PageItem, page: ContextPage): number;
  /** `nameKey` of a text, remembered for texts already scored. */
  fold(text: string): string;
  /** Number of `words` of a text, remembered for texts already scored. */
  wordCount(text: string): number;
}

/** Scoring weights, gathered so they can be read and tuned in one place. */
const W = {
  bm25: 0.6,
  coverage: 0.4,
  name: 1.2,
  /** Share of the names in the question that a page's text also says. */
  comention: 0.6,
  askedType: 1.4,
  /** A named page of another kind than the one asked for is the question's subject, not its answer. */
  namedNotAsked: 0.4,
  sourcePage: 0.75,
  /** A topic that holds most of the posts, found by its text alone. */
  hubTopic: 0.4,
  /** A topic that holds one post only, found by its text alone. */
  loneTopic: 0.5,
  pagerank: 0.15,
  neighbour: 0.35,
  /** A page is a text hit when it holds this share of the question's term weight. */
  minCoverage: 0.5,
  /** How many of the best hits lend their score to graph neighbours. */
  seeds: 5,
};

/**
 * A question word the wiki never uses may be a comparative or superlative of one it does
 * ("cheapest" for "cheap" or "cheaper"); anything else stays as it is.
 */
export function known(term: string, index: Bm25Index): string {
  if (index.df(term) > 0) return term;
  const m = /^(.{3,}?)(i?)(est|er)$/.exec(term);
  if (!m) return term;
  const base = m[2] ? `${m[1]}y` : m[1];
  for (const c of [base, `${base}er`, `${base}e`, base.replace(/(.)\1$/, '$1')]) {
    const s = stem(c);
    if (index.df(s) > 0) return s;
  }
  return term;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `key` occurs in `hay` as whole words (both are folded, space-joined word lists). */
function containsWords(hay: string, key: string): boolean {
  return ` ${hay} `.includes(` ${key} `);
}

/**
 * A two-letter all-capitals name must appear in capitals ("AI", "GV": too easily an ordinary
 * word in lower case); longer acronyms ("mcp") are matched in any case.
 */
function acronymSaid(question: string, name: string): boolean {
  if (!/^[A-Z0-9][A-Z0-9&.-]?$/.test(name)) return true;
  const re = new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(name)}($|[^A-Za-z0-9])`);
  return re.test(question);
}

interface NameHit {
  key: string;
  pages: Set<number>;
}

function findNames(question: string, index: SearchIndex): NameHit[] {
  const q = nameKey(question);
  const byKey = new Map<string, NameHit>();
  index.names.forEach((list, i) => {
    for (const { name, key, informative } of list) {
      if (!informative || !containsWords(q, key) || !acronymSaid(question, name)) continue;
      let hit = byKey.get(key);
      if (!hit) byKey.set(key, (hit = { key, pages: new Set() }));
      hit.pages.add(i);
    }
  });
  // "Google Cloud" in the question is not also a mention of "Google".
  const hits = [...byKey.values()].sort((a, b) => b.key.length - a.key.length || cmp(a.key, b.key));
  const whole = hits.filter((h) => !hits.some((o) => o.key.length > h.key.length && containsWords(o.key, h.key)));
  // "How did Sam Ruby upgrade OpenID?": `Ruby` said only after a given name that no page has is a person's
  // surname, not the language; its page may still match the question's words.
  const runs = capitalisedRuns(question);
  const covered = (word: string): boolean => whole.some((h) => containsWords(h.key, word));
  const surname = (h: NameHit, run: string[]): boolean => {
    const key = h.key.split(' ');
    for (let i = 1; i + key.length <= run.length; i++) {
      const given = run[i - 1];
      // `June`, `May`: a month before a name dates it.
      if (key.every((w, j) => run[i + j] === w) && FIRST_NAMES.has(given) && !MONTHS.has(given) && !covered(given)) return true;
    }
    return false;
  };
  // A question that is a page's whole name (a post's title typed as written) asks for that page.
  return whole.filter((h) => h.key === q.trim() || saidAlone(question, h.key, runs) || runs.some((r) => containsWords(r.join(' '), h.key) && !surname(h, r)));
}

/** Words of a question that compares the things it names. */
const COMPARISON = /\b(?:compare[sd]?|comparing|comparison|vs\.?|versus|differ(?:s|ence|ences|ent)?|better|worse|faster|slower|cheaper|pricier|against)\b/i;

const ARTICLES = new Set(['the', 'a', 'an']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Verbs a question may open with (`Grant Claude access?`, `Show Mark's posts`): capitalised only because they open it. */
const OPENING_VERBS = new Set(['grant', 'give', 'show', 'list', 'find', 'tell', 'compare', 'explain', 'summarize', 'summarise', 'describe', 'name', 'get', 'help', 'let', 'make', 'mark', 'bill', 'will', 'can', 'may', 'should', 'could', 'would', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have']);

/**
 * Runs of two or more capitalised words in the question, folded (`sam ruby`), with the small words of a title between
 * them (`the falling price of intelligence`). The question's first word starts one only when it is an article or no
 * stopword or verb capitalised because it opens the question (`How`, `Grant Claude access?`).
 */
function capitalisedRuns(question: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const end = (): void => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  let first = true;
  // Small words between capitalised ones, held until the next word shows whether the run goes on (`Price of Intelligence`).
  let held: string[] = [];
  for (const m of question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const w = nameKey(m[0]);
    // An article opening the question stays in its run: it may open a title (`The Intelligence Layer`).
    const opener = first && (isStopword(w) || OPENING_VERBS.has(w)) && !ARTICLES.has(w);
    first = false;
    if (w && !opener && /^\p{Lu}/u.test(m[0])) {
      run.push(...held, ...w.split(' '));
      held = [];
    } else if (w && run.length > 0 && isStopword(w) && held.length < 2) held.push(w);
    else {
      held = [];
      end();
    }
  }
  end();
  return runs;
}

/** Whether a name is said outside the question's capitalised runs (or there are none). */
function saidAlone(question: string, key: string, runs: string[][]): boolean {
  let q = ` ${nameKey(question)} `;
  for (const r of runs) q = q.split(` ${r.join(' ')} `).join(' | ');
  return q.includes(` ${key} `);
}

/** What retrieval needs of every page, computed once per vault and reused for every question. */
export interface SearchIndex {
  pages: readonly PageMeta[];
  bm25: Bm25Index;
  /** Each page's names (title, aliases) with their folded keys. */
  names: readonly (readonly PageName[])[];
  /** Each page's name words, for "which protocol" matching "A2A Protocol". */
  nameWords: readonly Set<string>[];
  /** A page's text as folded words, padded with spaces for whole-word search. */
  text(i: number): string;
  /** The full reading of a page: only pages a pack quotes need it. */
  page(i: number): ContextPage;
}

/**
 * An index over page summaries; `read` fetches a page's full reading, or only its folded text,
 * when a question needs them (each remembered).
 */
export function searchIndexOf(contents: readonly ContentSummary[], read: { detail(i: number): PageDetail; text(i: number): string }): SearchIndex {
  const details = new Map<number, PageDetail>();
  const texts = new Map<number, string>();
  const get = (i: number): PageDetail => {
    let d = details.get(i);
    if (!d) details.set(i, (d = read.detail(i)));
    return d;
  };
  return {
    pages: contents.map((c) => c.meta),
    bm25: buildBm25FromCounts(contents.map((c) => c.terms)),
    names: contents.map((c) => c.names),
    nameWords: contents.map((c) => new Set(c.nameWords)),
    text: (i) => {
      let t = details.get(i)?.text ?? texts.get(i);
      if (t === undefined) texts.set(i, (t = read.text(i)));
      return t;
    },
    page: (i) => get(i).page,
  };
}

export function buildSearchIndex(pages: readonly ContextPage[]): SearchIndex {
  const read = pages.map((p) => summariseContent(p));
  return searchIndexOf(
    read.map((r) => r.content),
    { detail: (i) => read[i].detail, text: (i) => read[i].detail.text },
  );
}

export function retrieve(question: string, search: SearchIndex, graph: PageGraph): Retrieval {
  const { pages } = search;
  const index = search.bm25;
  const qTerms = [...new Set(terms(question).map((t) => known(t, index)))];
  const weight = new Map(qTerms.map((t) => [t, index.idf(t)]));
  const totalWeight = [...weight.values()].reduce((a, b) => a + b, 0);
  const maxIdf = Math.log(1 + (index.size + 0.5) / 0.5);
  const names = findNames(question, search);
  const nameStrength = new Map<number, number>();
  for (const h of names) {
    const t = [...new Set(terms(h.key))];
    const idfSum = t.reduce((a, x) => a + index.idf(x), 0);
    // A rare name ("ReDeEP") is a strong signal; so is a name that is most of the question
    // ("What is the Signed Agent Card?") even when its words are common.
    const rarity = idfSum / (t.length * maxIdf);
    const share = totalWeight > 0 ? Math.min(1, idfSum / totalWeight) : 0;
    const s = Math.max(rarity, share);
    for (const i of h.pages) nameStrength.set(i, Math.max(nameStrength.get(i) ?? 0, s));
  }
  const paddedKeys = new Map(names.map((h) => [h, ` ${h.key} `]));
  const nameTerms = new Map(names.map((h) => [h, h.key.split(' ').filter((w) => !isStopword(w)).map(stem)]));
  const asked = askedFor(question);
  const comparison = names.length >= 2 && COMPARISON.test(question);
  const isAsked = (i: number) => asked.types.has(pages[i].type) || [...asked.nouns].some((n) => search.nameWords[i].has(stem(n)));

  // "Which protocol did Google give to the Linux Foundation?": the answer's page names Google and
  // the Linux Foundation in its own text.
  const comention = (i: number): number => {
    const others = names.filter((h) => !h.pages.has(i));
    if (others.length === 0 || names.length < 1) return 0;
    // A page lacking a term of the name cannot say it: its text is read only when it might.
    return others.filter((h) => nameTerms.get(h)!.every((t) => index.has(i, t)) && search.text(i).includes(` ${h.key} `)).length / names.length;
  };

  // Co-mention tells most when the question relates several things or asks for a kind of page;
  // with one name and no kind, the named page itself is the answer.
  const comentionWeight = names.length >= 2 || asked.types.size > 0 ? W.comention : W.comention / 2;

  // A topic most posts are filed under (a blog's catch-all) matches every question and answers none.
  const posts = pages.filter((p) => p.type === 'source').length;
  const sourcePaths = new Set(pages.filter((p) => p.type === 'source').map((p) => p.path));
  const postsUnder = (i: number): number => graph.neighbours(pages[i].path).filter((n) => sourcePaths.has(n.path)).length;
  const hub = (i: number): boolean => pages[i].type === 'topic' && posts >= 4 && postsUnder(i) * 2 > posts;
  // A topic of one post says less than that post's own page, which holds every sentence it quotes.
  const lone = (i: number): boolean => pages[i].type === 'topic' && posts >= 2 && postsUnder(i) <= 1;

  const bm = pages.map((_p, i) => index.score(i, qTerms));
  const maxBm = Math.max(0, ...bm);
  const scored: { i: number; score: number; reason: RankedPage['reason'] }[] = [];
  const coverageWith = (total: number): number[] =>
    pages.map((_p, i) => {
      const covered = qTerms.reduce((a, t) => a + (index.has(i, t) ? weight.get(t)! : 0), 0);
      return total > 0 ? covered / total : 0;
    });
  let coverageOf = coverageWith(totalWeight);
  // `Which laptop chip had the best Geekbench score?`: when no page holds enough of the question because
  // some of its words are in no page at all, and most of its words are in some, those words are set aside.
  const held = qTerms.filter((t) => index.df(t) > 0);
  if (held.length >= 2 && held.length * 2 >= qTerms.length && held.length < qTerms.length && names.length === 0 &&
    !coverageOf.some((c) => c >= W.minCoverage)) {
    coverageOf = coverageWith(held.reduce((a, t) => a + weight.get(t)!, 0));
  }
  pages.forEach((p, i) => {
    const coverage = coverageOf[i];
    let named = nameStrength.get(i) ?? 0;
    if (named === 0 && coverage < W.minCoverage) return;
    // One thing named and no other kind asked for: that thing is what the question is about. Two or more named to be
    // compared (`How does MCP compare with A2A?`, `Gemma 4 vs Qwen3.5`): each of them is.
    if (named > 0 && (names.length === 1 || comparison) && asked.types.size === 0) named = 1;
    if (named > 0 && asked.types.size > 0 && !isAsked(i)) named *= W.namedNotAsked;
    let s = W.bm25 * (maxBm > 0 ? bm[i] / maxBm : 0) + W.coverage * coverage + W.name * named + comentionWeight * comention(i);
    if (isAsked(i)) s *= W.askedType;
    if (p.type === 'source') s *= W.sourcePage;
    if (named === 0 && hub(i)) s *= W.hubTopic;
    if (named === 0 && lone(i)) s *= W.loneTopic;
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
  // Posts are hubs tied to everything they mention: they lend nothing.
  for (const seed of scored.filter((x) => pages[x.i].type !== 'source' && !hub(x.i)).slice(0, W.seeds)) {
    const nb = graph.neighbours(pages[seed.i].path);
    const maxW = Math.max(0, ...nb.map((n) => n.weight));
    for (const n of nb) {
      const j = byPath.get(n.path);
      if (j === undefined || maxW <= 0) continue;
      // Central neighbours first, and among them those whose text shares words with the question.
      const add = seed.score * W.neighbour * Math.sqrt(n.weight / maxW) * (0.5 + 0.5 * graph.rank(n.path)) * (0.5 + coverageOf[j]);
      lent.set(j, (lent.get(j) ?? 0) + add);
    }
  }
  for (const [j, add] of lent) {
    const hit = hitIndex.get(j);
    if (hit) hit.score += add * 0.2;
    else scored.push({ i: j, score: add, reason: 'neighbour' });
  }
  scored.sort(order);

  const scores = new Map<PageItem, number>();
  const folds = new Map<string, string>();
  const counts = new Map<string, number>();
  const wordCount = (text: string): number => {
    let n = counts.get(text);
    if (n === undefined) counts.set(text, (n = words(text).length));
    return n;
  };
  const fold = (text: string): string => {
    let k = folds.get(text);
    if (k === undefined) folds.set(text, (k = nameKey(text)));
    return k;
  };
  const itemScore = (item: PageItem, page: ContextPage): number => {
    let s = scores.get(item);
    if (s !== undefined) return s;
    const i = byPath.get(page.path);
    const own = i !== undefined ? search.nameWords[i] : new Set<string>();
    const w = words(item.text);
    const t = new Set(termsOfWords(w));
    s = 0;
    for (const q of qTerms) if (t.has(q) && !own.has(q)) s += weight.get(q)!;
    const folded = w.join(' ');
    folds.set(item.text, folded);
    counts.set(item.text, w.length);
    const padded = names.length > 0 ? ` ${folded} ` : '';
    for (const h of names) {
      if (i !== undefined && h.pages.has(i)) continue;
      if (padded.includes(paddedKeys.get(h)!)) s += maxIdf * 0.5;
    }
    scores.set(item, s);
    return s;
  };
  return {
    terms: qTerms,
    names: names.map((n) => n.key),
    pages: scored.map((s) => rankedPage(search, s.i, s.score, s.reason)),
    itemScore,
    fold,
    wordCount,
  };
}


/** A ranked page whose full reading is fetched only when the pack looks at it. */
function rankedPage(search: SearchIndex, i: number, score: number, reason: RankedPage['reason']): RankedPage {
  return {
    get page() {
      return search.page(i);
    },
    score,
    reason,
  };
}
