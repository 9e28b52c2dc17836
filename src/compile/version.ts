// Versions that key the compiler's state, each a hash of the sources it depends on, so a change
// to the code invalidates exactly what it should without anyone bumping a number:
// - extractorVersion keys the per-post extraction cache (src/compile/extract/**, the few shared
//   modules it reads posts and types through, the NLP model's version);
// - compilerVersion is recorded in the manifest (all of src/compile/** and templates/**, the shared
//   modules pages are written with, the versions of the libraries that render them), and a
//   compile with nothing changed may skip rendering, and a page its render key, only when it matches.
import { codeVersion } from '../code-version.js';

/** Code outside src/compile/extract that decides what extraction finds or what pages hold. */
const EXTRACT_INPUTS = ['src/types.ts', 'src/ingest/raw-store.ts', 'src/wiki/frontmatter.ts', 'src/code-version.ts', 'src/compile/text.ts'];
const RENDER_INPUTS = [...EXTRACT_INPUTS, 'src/wiki/schema.ts', 'src/config.ts'];
const EXTRACT_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'yaml'];
const RENDER_PACKAGES = [...EXTRACT_PACKAGES, 'handlebars', 'graphology', 'graphology-metrics'];

let extractor: string | undefined;
let compiler: string | undefined;

export async function extractorVersion(): Promise<string> {
  extractor ??= codeVersion({ dirs: ['src/compile/extract'], files: EXTRACT_INPUTS, packages: EXTRACT_PACKAGES });
  return extractor;
}

export async function compilerVersion(): Promise<string> {
  compiler ??= codeVersion({ dirs: ['src/compile', 'templates'], files: RENDER_INPUTS, packages: RENDER_PACKAGES });
  return compiler;
}
