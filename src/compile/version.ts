// Versions that key the compiler's state, each a hash of the sources it depends on, so a change
// to the code invalidates exactly what it should without anyone bumping a number:
// - extractorVersion keys the per-post extraction cache (src/compile/extract/**);
// - compilerVersion is recorded in the manifest (all of src/compile/** and templates/**), and a
//   compile with nothing changed may skip rendering only when it matches.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './hash.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

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
    else if (/\.(ts|js|json|hbs|txt)$/.test(e.name)) out.push(p);
  }
  return out;
}

async function versionOf(dirs: string[]): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string };
  const files = (await Promise.all(dirs.map(listFiles))).flat().sort();
  const parts = [`wikic ${pkg.version ?? '0'}`];
  for (const f of files) parts.push(path.relative(ROOT, f).split(path.sep).join('/'), await fs.readFile(f, 'utf8'));
  return `${pkg.version ?? '0'}+${sha256(parts.join('\u0000')).slice(0, 12)}`;
}

let extractor: Promise<string> | undefined;
let compiler: Promise<string> | undefined;

export function extractorVersion(): Promise<string> {
  extractor ??= versionOf([path.join(HERE, 'extract')]);
  return extractor;
}

export function compilerVersion(): Promise<string> {
  compiler ??= versionOf([HERE, path.join(ROOT, 'templates')]);
  return compiler;
}
