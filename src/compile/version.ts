// Versions that key the compiler's state, each a hash of the sources it depends on, so a change
// to the code invalidates exactly what it should without anyone bumping a number:
// - extractorVersion keys the per-post extraction cache (the modules extraction runs, wherever they are,
//   the modules posts are read through, the NLP model's version): not resolution, which runs on every
//   compile over all the posts, so a release that changes only how names are resolved keeps the cache;
// - compilerVersion is recorded in the manifest (all of src/compile/** and templates/**, the shared
//   modules pages are written with, the versions of the libraries that render them), and a
//   compile with nothing changed may skip rendering, and a page its render key, only when it matches.
import { codeVersion, type CodeInputs } from '../code-version.js';

/**
 * Extraction of one post (extract.ts, run on other threads through worker.ts) and what decides the posts it is
 * given (raw-store.ts reads them). Each counts with every module it loads (see importClosure).
 */
const EXTRACT_INPUTS = ['src/compile/extract/extract.ts', 'src/compile/extract/worker.ts', 'src/types.ts', 'src/ingest/raw-store.ts', 'src/wiki/frontmatter.ts', 'src/code-version.ts', 'src/compile/text.ts'];
const RENDER_INPUTS = [...EXTRACT_INPUTS, 'src/wiki/schema.ts', 'src/config.ts'];
const EXTRACT_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'yaml'];
const RENDER_PACKAGES = [...EXTRACT_PACKAGES, 'handlebars', 'graphology', 'graphology-metrics'];

let extractor: string | undefined;
let compiler: string | undefined;

/** The code and libraries the extraction cache is keyed by. */
export function extractorInputs(): CodeInputs {
  return { files: EXTRACT_INPUTS, packages: EXTRACT_PACKAGES };
}

export async function extractorVersion(): Promise<string> {
  extractor ??= codeVersion(extractorInputs());
  return extractor;
}

export async function compilerVersion(): Promise<string> {
  compiler ??= codeVersion({ dirs: ['src/compile', 'templates'], files: RENDER_INPUTS, packages: RENDER_PACKAGES });
  return compiler;
}
