import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HOOK = pathToFileURL(fileURLToPath(new URL('./report-usage.mjs', import.meta.url))).href;

/** Wall time and peak memory of one child process. */
export interface Measured {
  ms: number;
  peakRssMb: number;
  cpuMs: number;
  exitCode: number;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
  /** Kill the child after this long (it then counts as failed, `timedOut`). */
  timeoutMs?: number;
}

/**
 * Runs `node SCRIPT ARGS...` and measures it from spawn to exit. Peak RSS comes from the child itself
 * (process.resourceUsage().maxRSS, written at exit by a preloaded module), so it is that process's
 * high-water mark alone, on every platform Node runs on.
 */
export async function runChild(script: string, args: string[], opts: ChildOptions): Promise<Measured> {
  const usageFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'wikic-bench-usage-')), 'usage.json');
  const started = process.hrtime.bigint();
  let timedOut = false;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [...(opts.nodeFlags ?? []), '--import', HOOK, script, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, NO_COLOR: '1', ...opts.env, WIKIC_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, opts.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (c, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code: c ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let usage: { maxRssKb?: number; userMs?: number; systemMs?: number } = {};
  try {
    usage = JSON.parse(await fs.readFile(usageFile, 'utf8'));
  } catch {
    // The child died before its exit hook ran; leave memory unknown.
  }
  await fs.rm(path.dirname(usageFile), { recursive: true, force: true });
  return {
    ms: Math.round(ms),
    peakRssMb: usage.maxRssKb ? Math.round(usage.maxRssKb / 1024) : -1,
    cpuMs: Math.round((usage.userMs ?? 0) + (usage.systemMs ?? 0)),
    exitCode: code,
    timedOut,
    stdout,
    stderr,
  };
}
