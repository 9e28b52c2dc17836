// Command-line options of `npm run bench`.

export interface BenchOptions {
  /** Largest corpus (posts). */
  posts: number;
  /** Corpus sizes to measure, ascending; the last is `posts`. */
  sizes: number[];
  seed: number;
  /** Feed the corpus is built from (default: the project's bundled feed snapshot). */
  source?: string;
  /** Grow the largest vault to this many posts and time maintain on it (undefined: decided by largePages). */
  largePosts?: number;
  /** Pages the large vault should reach for the maintain check (0 = skip it). */
  largePages: number;
  /** Write .cpuprofile files of compile, maintain and context into this directory. */
  profileDir?: string;
  /** Longest a single step may run before it is killed and reported as timed out. */
  stepTimeoutS: number;
  /** The whole run's budget: steps are cut short, and later sizes skipped, once it is spent. */
  budgetS: number;
  /** Keep the temp directory (its path goes to stderr). */
  keep: boolean;
}

export const USAGE = `usage: npm run bench -- [--posts N] [--sizes A,B,C] [--seed S] [--source FEED.xml]
                        [--large-pages P] [--large-posts N] [--profile DIR] [--step-timeout S] [--budget S] [--keep]
  --posts N        largest corpus (default 2000); sizes default to N/4, N/2, N
  --sizes A,B,C    explicit corpus sizes (the largest is the one the targets are checked on)
  --large-pages P  time maintain on a vault of at least P pages (default 10000; 0 to skip): the largest
                   corpus's vault if it is that big, else that vault grown by more posts until it is
  --large-posts N  grow the largest vault to exactly N posts instead
  --profile DIR    write CPU profiles (node --cpu-prof) of every step to DIR and list hotspots
  --summarise FILE.cpuprofile [TOP]   print the top self-time functions of one profile
  --step-timeout S kill a step that runs longer than S seconds (default 120) and report it timed out
  --budget S       whole-run budget in seconds (default 570): once spent, running steps are cut
                   short and the rest skipped, so the bench ends within ten minutes
  --keep           keep the temp directory with the corpora and vaults`;

function positive(flag: string, v: string | undefined, allowZero = false): number {
  const n = Number(v);
  if (v === undefined || !Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new Error(`${flag} needs a ${allowZero ? 'non-negative' : 'positive'} whole number, got "${v ?? ''}"`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  let posts = 2000;
  let sizes: number[] | undefined;
  let seed = 1;
  let source: string | undefined;
  let largePosts: number | undefined;
  let largePages = 10_000;
  let profileDir: string | undefined;
  let keep = false;
  let stepTimeoutS = 120;
  let budgetS = 570;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--posts':
        posts = positive(flag, value());
        break;
      case '--sizes':
        sizes = (value() ?? '').split(',').map((s) => positive(flag, s.trim()));
        break;
      case '--seed':
        seed = positive(flag, value(), true);
        break;
      case '--source':
        source = value();
        if (!source) throw new Error('--source needs a feed file');
        break;
      case '--large-posts':
        largePosts = positive(flag, value(), true);
        break;
      case '--large-pages':
        largePages = positive(flag, value(), true);
        break;
      case '--profile':
        profileDir = value();
        if (!profileDir) throw new Error('--profile needs a directory');
        break;
      case '--step-timeout':
        stepTimeoutS = positive(flag, value());
        break;
      case '--budget':
        budgetS = positive(flag, value());
        break;
      case '--keep':
        keep = true;
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option "${a}"\n${USAGE}`);
    }
  }
  if (sizes) {
    sizes = [...new Set(sizes)].sort((a, b) => a - b);
    posts = sizes[sizes.length - 1];
  } else {
    sizes = [...new Set([Math.round(posts / 4), Math.round(posts / 2), posts].filter((n) => n > 0))];
  }
  return { posts, sizes, seed, source, largePosts, largePages, profileDir, keep, stepTimeoutS, budgetS };
}
