// Per-page (and per-raw-post) results of the checks' expensive work, kept beside each page object. A page loaded from
// the maintain cache arrives with the results of its last run; a page read afresh starts empty and
// fills in as the checks ask. The cache saves whatever is here, so every result must be plain JSON
// and a pure function of the page's text (or carry what else it depends on and check it itself).
const results = new WeakMap<object, Record<string, unknown>>();

/** The results stored for a page (the same object on every call: changes are kept). */
export function pageResults(page: object): Record<string, unknown> {
  let r = results.get(page);
  if (!r) {
    r = {};
    results.set(page, r);
  }
  return r;
}

const previous = new WeakMap<object, Record<string, unknown>>();

/** The results the cache held for an earlier version of a page (one whose bytes changed since). */
export function previousResults(page: object): Record<string, unknown> | undefined {
  return previous.get(page);
}

/** Keeps the results of a page's earlier version, for checks that can reuse parts of them. */
export function attachPrevious(page: object, stored: Record<string, unknown>): void {
  previous.set(page, stored);
}

/** Seeds a page with results read from the cache. */
export function attachResults(page: object, stored: Record<string, unknown>): void {
  results.set(page, stored);
}

/** The result `key` for `page`, computed by `compute` the first time it is asked for. */
export function pageResult<P extends object, T>(page: P, key: string, compute: (page: P) => T): T {
  const r = pageResults(page);
  if (!(key in r)) {
    r[key] = compute(page);
    touchResults(page);
  }
  return r[key] as T;
}

/** Replaces a result (one that depends on more than the page and found its inputs changed). */
export function setPageResult(page: object, key: string, value: unknown): void {
  pageResults(page)[key] = value;
  touchResults(page);
}

let writes = 0;

const touched = new WeakSet<object>();

/** Notes that a page's stored results were changed in place. */
export function touchResults(page: object): void {
  writes++;
  touched.add(page);
}

/** Whether a page's results changed in this process (the cache writes its entry again). */
export const resultsTouched = (page: object): boolean => touched.has(page);

/** How many results were computed or replaced so far in this process: the cache saves only when this moved. */
export const resultWrites = (): number => writes;
