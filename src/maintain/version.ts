// The key of maintain's page cache: a hash of every source file that shapes a cached result
// (src/maintain/**, src/wiki/**) and of the package version, so a change to the code never reads
// results an older version computed.
import { codeVersion } from '../code-version.js';

let memo: string | undefined;

export function maintainVersion(): string {
  memo ??= codeVersion({ dirs: ['src/maintain', 'src/wiki'], files: ['src/code-version.ts'] });
  return memo;
}
