// V8 lets a heap grow by a factor it picks from the allocation rate, up to about four times its live
// size after a collection. Extracting thousands of posts allocates fast on two threads at once, so
// both heaps grew far past what they held: at 2,000 posts the process peaked at 930 to 980 MB while
// its live data stayed under 450 MB. Growth of at most 1.5 times the live size keeps the peak near
// 700 MB, for about the same time (the bench's compile from scratch: 24.1 to 24.6 s with it, 23.3 to
// 24.4 s without, in alternating runs). The flag is V8's and process-wide: it is read when a heap's
// limit is set after each full collection, so it applies from the next one on, threads started later
// included; it changes when memory is collected, never what is computed.
import v8 from 'node:v8';

/** Posts to extract from which the heaps are kept close to their live size. */
export const POSTS_FOR_TIGHT_HEAP = 300;

/** How far a heap may grow past its live size after a full collection, in percent (50: to 1.5 times). */
export const HEAP_GROWING_PERCENT = 50;

let tight = false;

/** Bounds the growth of every heap of this process from now on (until relaxHeaps). */
export function keepHeapsTight(): void {
  if (tight) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  tight = true;
}

/** Gives V8 back its own growth factor (0 is V8's default: the factor it picks), for what runs after a compile. */
export function relaxHeaps(): void {
  if (!tight) return;
  v8.setFlagsFromString('--heap-growing-percent=0');
  tight = false;
}
