// Okapi BM25 over term lists: the classic ranking function, small enough to read in one sitting.

export interface Bm25Options {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation (0 = none, 1 = full). */
  b: number;
}

export const BM25_DEFAULTS: Bm25Options = { k1: 1.2, b: 0.75 };

export interface Bm25Index {
  /** Number of documents. */
  size: number;
  /** Inverse document frequency of a term; unseen terms get the highest possible value. */
  idf(term: string): number;
  /** BM25 score of one document for the query terms (each distinct term counted once). */
  score(doc: number, query: readonly string[]): number;
  /** Whether a document contains the term. */
  has(doc: number, term: string): boolean;
  /** How many documents contain the term. */
  df(term: string): number;
}

/** A document as term counts: `terms[k]` occurs `counts[k]` times; `length` is its number of terms. */
export interface TermCounts {
  terms: readonly string[];
  counts: readonly number[];
  length: number;
}

/** Counts the terms of a term list, in first-seen order. */
export function countTerms(doc: readonly string[]): TermCounts {
  const at = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  for (const t of doc) {
    const k = at.get(t);
    if (k === undefined) {
      at.set(t, terms.length);
      terms.push(t);
      counts.push(1);
    } else counts[k]++;
  }
  return { terms, counts, length: doc.length };
}

export function buildBm25(docs: readonly (readonly string[])[], options: Bm25Options = BM25_DEFAULTS): Bm25Index {
  return buildBm25FromCounts(docs.map(countTerms), options);
}

/**
 * The same index from documents already counted. Postings per term (documents ascending) replace
 * a map per document: a large vault has millions of (document, term) pairs.
 */
export function buildBm25FromCounts(docs: readonly TermCounts[], options: Bm25Options = BM25_DEFAULTS): Bm25Index {
  const n = docs.length;
  const postings = new Map<string, { docs: number[]; counts: number[] }>();
  let totalLen = 0;
  docs.forEach((d, i) => {
    for (let k = 0; k < d.terms.length; k++) {
      let p = postings.get(d.terms[k]);
      if (!p) postings.set(d.terms[k], (p = { docs: [], counts: [] }));
      p.docs.push(i);
      p.counts.push(d.counts[k]);
    }
    totalLen += d.length;
  });
  const avgLen = n > 0 ? totalLen / n : 0;
  const df = (term: string): number => postings.get(term)?.docs.length ?? 0;
  // The "plus one" form keeps idf positive even for terms found in most documents.
  const idf = (term: string): number => {
    const d = df(term);
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const tf = (doc: number, term: string): number => {
    const p = postings.get(term);
    if (!p) return 0;
    let lo = 0;
    let hi = p.docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = p.docs[mid];
      if (v === doc) return p.counts[mid];
      if (v < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
  return {
    size: n,
    idf,
    has: (doc, term) => tf(doc, term) > 0,
    df,
    score(doc, query) {
      const len = docs[doc].length;
      let s = 0;
      for (const term of new Set(query)) {
        const f = tf(doc, term);
        if (!f) continue;
        const norm = options.k1 * (1 - options.b + (options.b * len) / (avgLen || 1));
        s += idf(term) * ((f * (options.k1 + 1)) / (f + norm));
      }
      return s;
    },
  };
}
