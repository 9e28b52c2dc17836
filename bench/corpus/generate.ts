import type { SourcePost } from './source.js';
import type { FeedPost } from './rss.js';
import { Random, hashString } from './random.js';
import { NameInventor, NameShape, allWords, findRenamableWords, htmlToText, shapeOf } from './names.js';
import { NameProcess } from './vocabulary.js';
import { renameHtml, renameWords } from './rewrite.js';

export interface CorpusOptions {
  /** Number of posts. */
  posts: number;
  seed: number;
  /** Share of a copied post's renamable names that get a new name. */
  renameShare?: number;
  /** Pitman-Yor discount: the Heaps' law exponent of the invented vocabulary. */
  discount?: number;
}

export interface Corpus {
  posts: FeedPost[];
  stats: {
    sourcePosts: number;
    renamableSourceNames: number;
    /** Distinct invented names used anywhere in the corpus. */
    inventedNames: number;
    renames: number;
  };
}

const START = Date.UTC(2015, 0, 1);
const SPACING_MS = 8 * 3600 * 1000;
const SITE = 'https://bench.wikic.invalid';

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Post i of the corpus is source post i mod S; the first S are the source posts as they are, later ones
 * rename a share of their names through one name process per shape, drawn in post order. So a corpus
 * of N posts is a prefix of every larger one with the same seed, and distinct names grow sub-linearly.
 */
export class CorpusGenerator {
  private readonly renamable: string[][];
  private readonly inventor: NameInventor;
  private readonly processes = new Map<NameShape, NameProcess>();
  private readonly rng: Random;
  private readonly share: number;
  private readonly discount: number;
  private next = 0;
  private renames = 0;
  private readonly invented = new Set<string>();

  constructor(
    private readonly source: SourcePost[],
    seed: number,
    opts: { renameShare?: number; discount?: number } = {},
  ) {
    if (source.length === 0) throw new Error('no source posts');
    const texts = source.map((p) => `${p.title}\n\n${htmlToText(p.html)}`);
    this.renamable = findRenamableWords(texts).map((s) => [...s]);
    this.rng = new Random(seed);
    this.inventor = new NameInventor(new Random(hashString(`inventor:${seed}`)), allWords(texts));
    this.share = opts.renameShare ?? 0.5;
    this.discount = opts.discount ?? 0.6;
  }

  get renamableSourceNames(): number {
    return new Set(this.renamable.flat()).size;
  }

  get stats(): Corpus['stats'] {
    return {
      sourcePosts: this.source.length,
      renamableSourceNames: this.renamableSourceNames,
      inventedNames: this.invented.size,
      renames: this.renames,
    };
  }

  private process(shape: NameShape): NameProcess {
    let p = this.processes.get(shape);
    if (!p) {
      p = new NameProcess(this.rng, () => this.inventor.invent(shape), this.discount, 20);
      this.processes.set(shape, p);
    }
    return p;
  }

  /** The next post of the sequence. */
  nextPost(): FeedPost {
    const i = this.next++;
    const src = this.source[i % this.source.length];
    const renaming = new Map<string, string>();
    if (i >= this.source.length) {
      const taken = new Set<string>();
      for (const word of this.renamable[i % this.source.length]) {
        if (this.rng.next() >= this.share) continue;
        const proc = this.process(shapeOf(word));
        // Two names of one post must not collapse into one.
        let name = proc.draw();
        for (let tries = 0; taken.has(name) && tries < 8; tries++) name = proc.draw();
        if (taken.has(name)) continue;
        taken.add(name);
        renaming.set(word, name);
        this.invented.add(name);
        this.renames++;
      }
    }
    const title = `${renameWords(src.title, renaming)} (${i + 1})`;
    return {
      guid: `wikic-bench:${i + 1}`,
      title,
      link: `${SITE}/posts/${i + 1}-${slug(title)}/`,
      published: new Date(START + i * SPACING_MS).toISOString().replace('.000Z', 'Z'),
      description: renameWords(src.description, renaming),
      html: renameHtml(src.html, renaming),
      categories: src.categories,
    };
  }
}

export function generateCorpus(source: SourcePost[], opts: CorpusOptions): Corpus {
  const gen = new CorpusGenerator(source, opts.seed, opts);
  const posts: FeedPost[] = [];
  for (let i = 0; i < opts.posts; i++) posts.push(gen.nextPost());
  return { posts, stats: gen.stats };
}
