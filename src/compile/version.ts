// The compiler version that keys the extraction cache: the package version plus a hash of the
// extraction sources, so any change to extraction invalidates cached results by itself.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './hash.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

let cached: Promise<string> | undefined;

async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (/\.(ts|js|json)$/.test(e.name)) out.push(p);
  }
  return out;
}

export function compilerVersion(): Promise<string> {
  cached ??= (async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string };
    const files = (await listFiles(path.join(HERE, 'extract'))).sort();
    const parts = [`wikic ${pkg.version ?? '0'}`];
    for (const f of files) parts.push(path.relative(ROOT, f).split(path.sep).join('/'), await fs.readFile(f, 'utf8'));
    return `${pkg.version ?? '0'}+${sha256(parts.join('\u0000')).slice(0, 12)}`;
  })();
  return cached;
}
