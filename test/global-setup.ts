// Every temp directory a test (or a process it starts) makes goes under one directory per run, which
// is removed when the run ends: thousands of test vaults must not pile up in the machine's /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wikic-test-run-'));
  // Set before the test processes are forked, so they and every child they spawn inherit it (os.tmpdir() reads TMPDIR,
  // and TEMP or TMP on Windows).
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = root;
  return () => {
    if (process.env.WIKIC_KEEP_TEST_TMP) console.error(`test temp files kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
