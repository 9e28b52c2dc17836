// Versions that key the compiler's state, each a hash of the sources it depends on, so a change
// to the code invalidates exactly what it should without anyone bumping a number:
// - extractorVersion keys the per-post extraction cache (src/compile/extract/**, the few shared
//   modules it reads posts and types through, the NLP model's version);
// - compilerVersion is recorded in the manifest (all of src/compile/** and templates/**, the shared
//   modules pages are written with, the versions of the libraries that render them), and a
//   compile with nothing changed may skip rendering, and a page its render key, only when it matches.
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

/** Installed version of a dependency, '' when it cannot be read. */
async function installed(name: string): Promise<string> {
  try {
    return (JSON.parse(await fs.readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  } catch {
    return '';
  }
}

async function versionOf(dirs: string[], files: string[] = [], packages: string[] = []): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string };
  const all = [...(await Promise.all(dirs.map(listFiles))).flat(), ...files.map((f) => path.join(ROOT, f))].sort();
  const parts = [`wikic ${pkg.version ?? '0'}`];
  for (const f of all) parts.push(path.relative(ROOT, f).split(path.sep).join('/'), await fs.readFile(f, 'utf8'));
  for (const p of packages) parts.push(`${p}@${await installed(p)}`);
  return `${pkg.version ?? '0'}+${sha256(parts.join('\u0000')).slice(0, 12)}`;
}

/** Code outside src/compile that decides what extraction finds or what pages hold. */
const EXTRACT_INPUTS = ['src/types.ts', 'src/ingest/raw-store.ts', 'src/wiki/frontmatter.ts'];
const RENDER_INPUTS = [...EXTRACT_INPUTS, 'src/wiki/schema.ts', 'src/config.ts'];
const EXTRACT_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'yaml'];
const RENDER_PACKAGES = [...EXTRACT_PACKAGES, 'handlebars', 'graphology', 'graphology-metrics'];

let extractor: Promise<string> | undefined;
let compiler: Promise<string> | undefined;

export function extractorVersion(): Promise<string> {
  extractor ??= versionOf([path.join(HERE, 'extract')], EXTRACT_INPUTS, EXTRACT_PACKAGES);
  return extractor;
}

export function compilerVersion(): Promise<string> {
  compiler ??= versionOf([HERE, path.join(ROOT, 'templates')], RENDER_INPUTS, RENDER_PACKAGES);
  return compiler;
}
