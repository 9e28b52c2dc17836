import { describe, expect, it } from 'vitest';
import { evaluateTargets, scalingExponents, type SizeReport } from '../../bench/targets.js';

function size(posts: number, scale: number, extra: Partial<SizeReport> = {}): SizeReport {
  return {
    posts,
    corpus: {},
    steps: {
      floor: { ms: 1000 * scale, peakRssMb: 100 },
      ingest: { ms: 2000 * scale, peakRssMb: 100 },
      compileScratch: { ms: 1500 * scale, peakRssMb: 300 },
      compileNoChange: { ms: 500, peakRssMb: 100, filesRewritten: 0 },
      compileOnePost: { ms: 900, peakRssMb: 100, netMs: 400 * scale, rewrittenUnchanged: 0, pagesRewritten: 12 },
      maintain: { ms: 800 * scale, peakRssMb: 100 },
      context: { skipped: 'no context yet' },
    },
    vault: { pages: 1000 * scale, sources: posts, entities: 900 * scale, byType: {} },
    ratioCompileToFloor: 1.5,
    ...extra,
  };
}

describe('bench targets', () => {
  it('reads growth exponents from the smallest and largest corpus', () => {
    const exps = scalingExponents([size(500, 1), size(2000, 4)]);
    expect(exps.floor).toBe(1);
    expect(exps.compileNoChange).toBe(0);
    expect(exps.context).toBeNull();
    const quadratic = scalingExponents([size(500, 1), size(2000, 16)]);
    expect(quadratic.compileScratch).toBe(2);
  });

  it('marks each target met, missed or unmeasured', () => {
    const t = evaluateTargets([size(500, 1), size(2000, 4)], undefined, 10_000);
    expect(t.compileAtMost2xFloor.met).toBe(true);
    expect(t.compileUnder30s.met).toBe(true);
    expect(t.noChangeRewritesNothing.met).toBe(true);
    expect(t.onePostUnder1s.met).toBe(false); // 1,600 ms net
    expect(t.maintainUnder3s.met).toBe(false); // 3,200 ms
    expect(t.maintainLargeUnder3s.met).toBeNull();
    expect(t.noStepSuperlinear.met).toBe(true);

    const slow = evaluateTargets([size(500, 1), size(2000, 16, { ratioCompileToFloor: 2.5 })]);
    expect(slow.compileAtMost2xFloor.met).toBe(false);
    expect(slow.noStepSuperlinear.met).toBe(false);
  });
});
