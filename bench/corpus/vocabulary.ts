import type { Random } from './random.js';

/**
 * A Pitman-Yor process over invented names: each draw either reuses an earlier name (in proportion
 * to how often it was drawn, less a discount) or invents a new one. The number of distinct names
 * after n draws grows like n^discount, the sub-linear vocabulary growth (Heaps' law) real blogs show,
 * and a few names recur often while most appear once or twice (Zipf-like).
 */
export class NameProcess {
  private readonly history: string[] = [];
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly rng: Random,
    private readonly invent: () => string,
    private readonly discount = 0.6,
    private readonly concentration = 20,
  ) {}

  get distinct(): number {
    return this.counts.size;
  }

  get draws(): number {
    return this.history.length;
  }

  draw(): string {
    const n = this.history.length;
    const k = this.counts.size;
    const pNew = (this.concentration + this.discount * k) / (n + this.concentration);
    let name: string;
    if (n === 0 || this.rng.next() < pNew) {
      name = this.invent();
    } else {
      // Pick an earlier draw uniformly (probability proportional to a name's count c), then keep it
      // with probability (c - discount) / c: exactly the Pitman-Yor reuse weights, in O(1) expected time.
      for (;;) {
        const candidate = this.history[this.rng.int(n)];
        const c = this.counts.get(candidate)!;
        if (this.rng.next() < (c - this.discount) / c) {
          name = candidate;
          break;
        }
      }
    }
    this.history.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return name;
  }
}
