// V8 lets a heap grow by a factor it picks from the allocation rate, up to about four times its live
// size after a collection. Extracting thousands of posts allocates fast on two threads at once, so
// both heaps grow far past what they hold: at 2,000 posts the process peaked near 950 MB while its
// live data stayed under 450 MB. A fixed factor of 1.5 keeps the peak near 750 MB at no measurable
// cost in time (the bench's compile from scratch). The flag is V8's and process-wide; it is read at
// each collection, so it applies from the next one on, threads started later included.
import v8 from 'node:v8';

/** Posts to extract from which the heaps are kept close to their live size. */
export const POSTS_FOR_TIGHT_HEAP = 300;

/** The factor by which a heap may grow past its live size after a collection, in percent beyond 100. */
export const HEAP_GROWING_PERCENT = 50;

let tight = false;

/** Keeps every heap of this process within HEAP_GROWING_PERCENT of its live size from now on. */
export function keepHeapsTight(): void {
  if (tight) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  tight = true;
}

/** Whether keepHeapsTight was called in this process. */
export const heapsKeptTight = (): boolean => tight;
