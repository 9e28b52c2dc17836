// A version for cached results: a hash of the source files (and installed libraries) that decide what
// they hold, so a change to the code never reads results older code made, without anyone bumping a number.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: paths in the hash are relative to it, so a checkout anywhere gives the same version. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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
    else if (/\.(ts|js|json|hbs|txt)$/.test(e.name)) out.push(p);
  }
}

/** Installed version of a dependency, '' when it cannot be read. */
function installed(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  } catch {
    return '';
  }
}

/** Relative module specifiers a file loads at run time: imports, re-exports and dynamic imports, not those of types only. */
function runtimeImports(text: string): string[] {
  // `import type { A } from './a.js'` (one line or several) is erased: it cannot change what the code does.
  const code = text.replace(/^[ \t]*(?:import|export)\s+type\b[^;]*;/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^[ \t]*import\s*)['"](\.{1,2}\/[^'"]+)['"]/gm)) out.push(m[1]);
  return out;
}

/**
 * `files` (absolute paths) with every source file they load at run time, followed through relative imports
 * (`./x.js` is the source `./x.ts` beside it), sorted. What a cache holds depends on all the code that made it,
 * wherever that code lives: a helper in another folder included.
 */
export function importClosure(files: string[]): string[] {
  return [...readClosure(files).keys()].sort();
}

/** The bytes of `files` and of every file they load (see importClosure), each read once; files that do not exist are left out. */
function readClosure(files: string[]): Map<string, Buffer> {
  const read = new Map<string, Buffer>();
  const seen = new Set<string>();
  const stack = [...files];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    let bytes: Buffer;
    try {
      bytes = readFileSync(f);
    } catch {
      continue;
    }
    read.set(f, bytes);
    if (!/\.(?:ts|js|mjs)$/.test(f)) continue;
    for (const spec of runtimeImports(bytes.toString('utf8'))) {
      const target = path.resolve(path.dirname(f), spec);
      const source = target.replace(/\.js$/, '.ts');
      stack.push(source !== target && existsSync(source) ? source : target);
    }
  }
  return read;
}

/** What a version is made from. Every source file counted brings the files it loads at run time (importClosure). */
export interface CodeInputs {
  /** Folders (relative to the root) whose files, at any depth, count. */
  dirs?: string[];
  /** Single files (relative to the root) that count too. */
  files?: string[];
  /** Libraries whose installed versions count. */
  packages?: string[];
  /** Anything else that changes what is cached (a cache's file format). */
  salt?: string;
}

/** The version in package.json ('0' without one next to the sources). */
export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
}

/** The folders' files and the single files of `inputs` (absolute), before following their imports. */
function inputFiles(inputs: CodeInputs): string[] {
  const all: string[] = [];
  for (const d of inputs.dirs ?? []) listFiles(path.join(ROOT, d), all);
  for (const f of inputs.files ?? []) all.push(path.join(ROOT, f));
  return all;
}

/** The files a version is made from (absolute, sorted): the folders' files, the single files, and all they load. */
export function codeFiles(inputs: CodeInputs): string[] {
  return importClosure(inputFiles(inputs));
}

/** `<package version>+<hash>`: equal for equal code, different as soon as any input changes. */
export function codeVersion(inputs: CodeInputs): string {
  // No package.json next to the sources: the file hashes alone key the version.
  const pkg = packageVersion();
  const hash = createHash('sha256').update(`wikic ${pkg}\u0000${inputs.salt ?? ''}\u0000`);
  const read = readClosure(inputFiles(inputs));
  for (const f of [...read.keys()].sort()) hash.update(`${path.relative(ROOT, f).split(path.sep).join('/')}\u0000`).update(read.get(f)!).update('\u0000');
  for (const p of inputs.packages ?? []) hash.update(`${p}@${installed(p)}\u0000`);
  return `${pkg}+${hash.digest('hex').slice(0, 16)}`;
}
