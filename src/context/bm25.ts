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

/** Terms named by their place in a shared vocabulary (as a cache stores them). */
export interface TermIds {
  ids: readonly number[];
  vocab: readonly string[];
}

/** A document as term counts: its k-th distinct term occurs `counts[k]` times; `length` is its number of terms. */
export interface TermCounts {
  terms: readonly string[] | TermIds;
  counts: readonly number[];
  length: number;
}

/** The k-th distinct term of a document. */
export function termAt(d: TermCounts, k: number): string {
  return Array.isArray(d.terms) ? (d.terms as readonly string[])[k] : (d.terms as TermIds).vocab[(d.terms as TermIds).ids[k]];
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
 * The same index from documents already counted. Terms become numbers and postings (documents
 * ascending) live in flat typed arrays: a large vault has millions of (document, term) pairs.
 */
export function buildBm25FromCounts(docs: readonly TermCounts[], options: Bm25Options = BM25_DEFAULTS): Bm25Index {
  const n = docs.length;
  // One vocabulary: documents sharing a cache's vocabulary keep their ids, others are mapped in.
  const shared = docs.find((d) => !Array.isArray(d.terms))?.terms as TermIds | undefined;
  const vocab: string[] = shared ? [...shared.vocab] : [];
  const idOf = new Map<string, number>();
  vocab.forEach((t, i) => idOf.set(t, i));
  // A vocabulary that names a term twice cannot be trusted by id.
  const byId = idOf.size === vocab.length;
  const idsOf = docs.map((d): readonly number[] => {
    if (shared && byId && !Array.isArray(d.terms) && (d.terms as TermIds).vocab === shared.vocab) return (d.terms as TermIds).ids;
    const ids: number[] = [];
    for (let k = 0; k < d.counts.length; k++) {
      const t = termAt(d, k);
      let id = idOf.get(t);
      if (id === undefined) {
        idOf.set(t, (id = vocab.length));
        vocab.push(t);
      }
      ids.push(id);
    }
    return ids;
  });
  const df = new Int32Array(vocab.length);
  let totalLen = 0;
  let pairs = 0;
  docs.forEach((d, i) => {
    for (const id of idsOf[i]) df[id]++;
    pairs += idsOf[i].length;
    totalLen += d.length;
  });
  const start = new Int32Array(vocab.length + 1);
  for (let t = 0; t < vocab.length; t++) start[t + 1] = start[t] + df[t];
  const next = start.slice(0, vocab.length);
  const postDocs = new Int32Array(pairs);
  const postCounts = new Int32Array(pairs);
  docs.forEach((d, i) => {
    const ids = idsOf[i];
    for (let k = 0; k < ids.length; k++) {
      const at = next[ids[k]]++;
      postDocs[at] = i;
      postCounts[at] = d.counts[k];
    }
  });
  const avgLen = n > 0 ? totalLen / n : 0;
  const dfOf = (term: string): number => {
    const id = idOf.get(term);
    return id === undefined ? 0 : df[id];
  };
  // The "plus one" form keeps idf positive even for terms found in most documents.
  const idf = (term: string): number => {
    const d = dfOf(term);
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const tf = (doc: number, term: string): number => {
    const id = idOf.get(term);
    if (id === undefined) return 0;
    let lo = start[id];
    let hi = start[id + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = postDocs[mid];
      if (v === doc) return postCounts[mid];
      if (v < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
  return {
    size: n,
    idf,
    has: (doc, term) => tf(doc, term) > 0,
    df: dfOf,
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
