// Preloaded into every measured child (node --import): when the process exits, writes its peak
// resident set size and its own idea of elapsed time to the file named by WIKIC_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const target = process.env.WIKIC_BENCH_USAGE;
if (target) {
  process.on('exit', (code) => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, uptimeMs: performance.now(), exitCode: code }),
    );
  });
}
