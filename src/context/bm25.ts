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

export function buildBm25(docs: readonly (readonly string[])[], options: Bm25Options = BM25_DEFAULTS): Bm25Index {
  const n = docs.length;
  const tf: Map<string, number>[] = [];
  const df = new Map<string, number>();
  let totalLen = 0;
  for (const doc of docs) {
    const counts = new Map<string, number>();
    for (const t of doc) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    tf.push(counts);
    totalLen += doc.length;
  }
  const avgLen = n > 0 ? totalLen / n : 0;
  // The "plus one" form keeps idf positive even for terms found in most documents.
  const idf = (term: string): number => {
    const d = df.get(term) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  return {
    size: n,
    idf,
    has: (doc, term) => tf[doc].has(term),
    df: (term) => df.get(term) ?? 0,
    score(doc, query) {
      const counts = tf[doc];
      const len = docs[doc].length;
      let s = 0;
      for (const term of new Set(query)) {
        const f = counts.get(term);
        if (!f) continue;
        const norm = options.k1 * (1 - options.b + (options.b * len) / (avgLen || 1));
        s += idf(term) * ((f * (options.k1 + 1)) / (f + norm));
      }
      return s;
    },
  };
}
