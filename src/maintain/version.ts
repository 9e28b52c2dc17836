// The key of maintain's page cache: a hash of every source file that shapes a cached result
// (src/maintain/**, src/wiki/**) and of the package version, so a change to the code never reads
// results an older version computed.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

function listFiles(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else if (/\.(ts|js|json)$/.test(e.name)) out.push(p);
  }
}

let memo: string | undefined;

export function maintainVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  let pkg = '0';
  try {
    pkg = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    // No package.json next to the sources: the file hashes alone key the cache.
  }
  hash.update(`wikic ${pkg}\u0000`);
  const files: string[] = [];
  listFiles(HERE, files);
  listFiles(path.join(HERE, '..', 'wiki'), files);
  for (const f of files.sort()) hash.update(`${path.relative(ROOT, f).split(path.sep).join('/')}\u0000`).update(readFileSync(f)).update('\u0000');
  memo = `${pkg}+${hash.digest('hex').slice(0, 16)}`;
  return memo;
}
