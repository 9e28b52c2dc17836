// Handlebars templates from templates/*.hbs, compiled once per process. Output is markdown, so
// nothing is HTML-escaped.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { createHash } from 'node:crypto';
import { WikicError } from '../errors.js';

export const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

export type Render = (view: object) => string;

export interface Templates {
  get(name: string): Render;
  /** Hash of every template's name and text: pages rendered from other templates differ. */
  hash: string;
}

const cache = new Map<string, Promise<Templates>>();

/** Loads every `*.hbs` of `dir` (default: the project's templates/). */
export function loadTemplates(dir = TEMPLATE_DIR): Promise<Templates> {
  let t = cache.get(dir);
  if (!t) {
    t = (async () => {
      let names: string[];
      try {
        names = (await fs.readdir(dir)).filter((n) => n.endsWith('.hbs')).sort();
      } catch {
        throw new WikicError(`${dir}: cannot read the templates folder`);
      }
      const hb = Handlebars.create();
      const compiled = new Map<string, Render>();
      const sources = createHash('sha256');
      for (const n of names) {
        const src = await fs.readFile(path.join(dir, n), 'utf8');
        sources.update(`${n}\u0000${src}\u0000`);
        // No @data frames and only the built-in block helpers: the templates need neither, and
        // thousands of pages render noticeably faster without them.
        compiled.set(
          n.replace(/\.hbs$/, ''),
          hb.compile(src, { noEscape: true, strict: false, data: false, knownHelpers: { if: true, each: true, unless: true, with: true }, knownHelpersOnly: true }),
        );
      }
      const hash = sources.digest('hex');
      return {
        hash,
        get(name: string): Render {
          const r = compiled.get(name);
          if (!r) throw new WikicError(`${path.join(dir, `${name}.hbs`)}: template missing`);
          return r;
        },
      };
    })();
    cache.set(dir, t);
  }
  return t;
}
