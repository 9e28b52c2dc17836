// The files at the top of a vault that compile writes whole (index, log, AGENTS.md, llms.txt, graph.json). A file of
// one of those names that no compile made is the author's own: compile stops rather than write over it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { WikicError } from '../errors.js';
import { AGENTS_FILE, GRAPH_FILE, INDEX_FILE, LLMS_FILE, LOG_FILE } from '../wiki/schema.js';
import type { Manifest } from './manifest.js';

/**
 * How each file starts when wikic wrote it with its own templates (a manifest lost with `.wikic/` must not make the
 * vault's own files foreign): the frontmatter and the heading, since an author's own log may well have `type: log`.
 * A file written with other templates and no manifest is refused: the safe side.
 */
const MADE_BY_WIKIC: Array<[string, RegExp]> = [
  [INDEX_FILE, /^---\r?\ntype: index\r?\n---\r?\n# [^\n]*: index\r?\n/],
  [LOG_FILE, /^---\r?\ntype: log\r?\n---\r?\n# Log\r?\n/],
  [AGENTS_FILE, /^---\r?\ntype: agents\r?\n---\r?\n# How to read this wiki\r?\n/],
  [LLMS_FILE, /^# .*\r?\n\r?\n> This vault is a knowledge base compiled by wikic\b/],
  [GRAPH_FILE, /^\{"attributes":\{/],
];

/** Throws when a file compile would write over exists, is not in the last compile's manifest and does not read as one wikic wrote. */
export async function refuseForeignVaultFiles(wiki: string, wikiArg: string, previous: Manifest): Promise<void> {
  for (const [rel, ours] of MADE_BY_WIKIC) {
    if (rel in previous.pages) continue;
    let head: string;
    try {
      const fh = await fs.open(path.join(wiki, rel), 'r');
      try {
        const buf = Buffer.alloc(400);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        head = buf.subarray(0, bytesRead).toString('utf8');
      } finally {
        await fh.close();
      }
    } catch {
      continue; // not there (or not a file we can read: writing it fails with its own message)
    }
    if (!ours.test(head)) {
      throw new WikicError(`${path.join(wikiArg, rel)}: this file was not made by wikic, and compile writes its own ${rel} there; move it, or compile into another --wiki directory`);
    }
  }
}
