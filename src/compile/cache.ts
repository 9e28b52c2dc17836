// Per-post extraction cache under wiki/.wikic/cache/: one JSON file per post, named by a hash of
// the extractor version, the entry format, the post id and the raw file's hash, so a stale entry is
// never read. Mentions are stored without their post id (the entry's own): a large share of the
// bytes, and one shared string in memory once read back.
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawDoc } from '../types.js';
import type { DocExtraction } from './extract/index.js';
import { CACHE_DIR } from '../wiki/schema.js';
import { sha256 } from './hash.js';
import { writeFileAtomicSync } from '../io/atomic.js';

/** Bump when the shape of an entry on disk changes. */
const FORMAT = 5;

type StoredMention = Omit<DocExtraction['mentions'][number], 'docId'>;

export class ExtractionCache {
  readonly dir: string;
  private readonly used = new Set<string>();
  private readonly madeDirs = new Set<string>();

  constructor(
    wikiDir: string,
    private readonly version: string,
  ) {
    this.dir = path.join(wikiDir, CACHE_DIR);
  }

  /** Each post's entry name, worked out once: `has` and then `get` both ask for it. */
  private readonly names = new Map<RawDoc, string>();

  private fileFor(doc: RawDoc): string {
    let name = this.names.get(doc);
    if (name === undefined) this.names.set(doc, (name = `${sha256(`${this.version}\u0000${FORMAT}\u0000${doc.id}\u0000${doc.hash}`).slice(0, 32)}.json`));
    return name;
  }

  /** Whether an entry for the post is on disk (it may still fail to read: `get` says). */
  has(doc: RawDoc): boolean {
    return existsSync(path.join(this.dir, this.fileFor(doc)));
  }

  async get(doc: RawDoc): Promise<DocExtraction | undefined> {
    const name = this.fileFor(doc);
    this.used.add(name);
    try {
      // Synchronous: thousands of small reads finish sooner without a thread-pool round trip each.
      const data = JSON.parse(readFileSync(path.join(this.dir, name), 'utf8')) as DocExtraction;
      if (data && data.docId === doc.id && data.hash === doc.hash && Array.isArray(data.sentences) && Array.isArray(data.mentions) && Array.isArray(data.vocabulary) && typeof data.words === 'string') {
        const docId = doc.id;
        for (const m of data.mentions as Array<StoredMention & { docId?: string }>) m.docId = docId;
        return data;
      }
    } catch {
      // Missing or unreadable entries are simply extracted again.
    }
    return undefined;
  }

  put(doc: RawDoc, extraction: DocExtraction): void {
    const name = this.fileFor(doc);
    this.used.add(name);
    const stored = { ...extraction, mentions: extraction.mentions.map(({ docId: _d, ...rest }): StoredMention => rest) };
    writeFileAtomicSync(path.join(this.dir, name), JSON.stringify(stored), this.madeDirs);
  }

  /** Deletes entries this compile did not touch (removed posts, older compiler versions). */
  async prune(): Promise<number> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const n of names) {
      if (n.endsWith('.json') && !this.used.has(n)) {
        await fs.rm(path.join(this.dir, n), { force: true });
        removed++;
      }
    }
    return removed;
  }
}
