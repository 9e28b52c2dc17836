// Summarises a V8 .cpuprofile (from node --cpu-prof): the functions with the most self time, with file:line.
// Usage: node bin/bench.js --summarise FILE.cpuprofile [TOP]  (or via summariseProfile()).
import { promises as fs } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * tsx runs TypeScript transformed by esbuild, whose line numbers are not the source's; for our own .ts
 * files, find where the function is declared in the source instead.
 */
async function sourceLine(root: string, file: string, fn: string, cache: Map<string, string[] | null>): Promise<number | undefined> {
  if (!file.endsWith('.ts') || !/^[\w$]+$/.test(fn)) return undefined;
  if (!cache.has(file)) {
    try {
      cache.set(file, (await fs.readFile(path.resolve(root, file), 'utf8')).split('\n'));
    } catch {
      cache.set(file, null);
    }
  }
  const lines = cache.get(file);
  if (!lines) return undefined;
  const decl = new RegExp(`(function\\*?\\s+${fn}\\b|\\b(const|let|var)\\s+${fn}\\s*=|^\\s*(export\\s+)?(async\\s+)?(static\\s+)?(private\\s+|public\\s+|protected\\s+)?(get\\s+|set\\s+)?${fn}\\s*[(<=:])`);
  const i = lines.findIndex((l) => decl.test(l));
  return i >= 0 ? i + 1 : undefined;
}

export interface Hotspot {
  function: string;
  location: string;
  selfMs: number;
  selfPct: number;
}

function location(frame: ProfileNode['callFrame'], root: string): string {
  if (!frame.url) return '(native)';
  let file = frame.url.replace(/^file:\/\//, '');
  if (file.startsWith(root)) file = path.relative(root, file);
  // V8 lines are 0-based.
  return `${file}:${frame.lineNumber + 1}`;
}

/** Top functions by self time; samples of one function at one location are summed. */
export function hotspots(profile: CpuProfile, root: string, top = 15): { totalMs: number; hotspots: Hotspot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const totals = new Map<string, { fn: string; loc: string; us: number }>();
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const fn = node.callFrame.functionName || '(anonymous)';
    const loc = location(node.callFrame, root);
    const key = `${fn}\u0000${loc}`;
    const t = totals.get(key) ?? { fn, loc, us: 0 };
    t.us += us;
    totals.set(key, t);
  }
  const list = [...totals.values()].sort((a, b) => b.us - a.us || a.loc.localeCompare(b.loc)).slice(0, top);
  return {
    totalMs: Math.round(total / 1000),
    hotspots: list.map((t) => ({ function: t.fn, location: t.loc, selfMs: Math.round(t.us / 1000), selfPct: Math.round((1000 * t.us) / total) / 10 })),
  };
}

export async function summariseProfile(file: string, root: string, top = 15): Promise<{ totalMs: number; hotspots: Hotspot[] }> {
  const summary = hotspots(JSON.parse(await fs.readFile(file, 'utf8')) as CpuProfile, root, top);
  const cache = new Map<string, string[] | null>();
  for (const h of summary.hotspots) {
    const m = /^(.*\.ts):\d+$/.exec(h.location);
    if (!m) continue;
    const line = await sourceLine(root, m[1], h.function, cache);
    if (line !== undefined) h.location = `${m[1]}:${line}`;
  }
  return summary;
}

/** Time spent in anything but (idle): the main thread's profile has the most. */
function busyMs(summary: { totalMs: number; hotspots: Hotspot[] }): number {
  return summary.totalMs - (summary.hotspots.find((h) => h.function === '(idle)')?.selfMs ?? 0);
}

/**
 * Summaries of the profiled steps: dir holds one folder per step, each with the profiles of the
 * step's threads; the busiest thread (the main one, not tsx's loader) stands for the step.
 */
export async function summariseDir(dir: string, root: string, top = 15): Promise<Record<string, { file: string; totalMs: number; hotspots: Hotspot[] }>> {
  const out: Record<string, { file: string; totalMs: number; hotspots: Hotspot[] }> = {};
  for (const step of (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    let best: { file: string; totalMs: number; hotspots: Hotspot[] } | undefined;
    for (const n of (await fs.readdir(path.join(dir, step))).filter((f) => f.endsWith('.cpuprofile')).sort()) {
      const file = path.join(dir, step, n);
      const s = await summariseProfile(file, root, top);
      if (!best || busyMs(s) > busyMs(best)) best = { file, ...s };
    }
    if (best) out[step] = best;
  }
  return out;
}
