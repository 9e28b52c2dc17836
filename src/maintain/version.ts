// The key of maintain's page cache: a hash of every source file that shapes a cached result
// (src/maintain/**, src/wiki/** and every module they load) and of the package version, so a change
// to the code never reads results an older version computed.
import { codeVersion, type CodeInputs } from '../code-version.js';

let memo: string | undefined;

export const MAINTAIN_CODE: CodeInputs = { dirs: ['src/maintain', 'src/wiki'], files: ['src/code-version.ts'] };

export function maintainVersion(): string {
  memo ??= codeVersion(MAINTAIN_CODE);
  return memo;
}
