// Lower-case project names in running text (`liblzma`, `xz-utils`, `pip-tools`, `systemd's`): names by
// their shape (a `lib` prefix, a `-utils`/`-tools` suffix), by owning something or by a release number
// after them (`pgvector 0.7`), never dictionary words.
import { insideInternalLink, type DocContext } from '../document.js';
import { LOWER_MODEL_NAME, isCompoundWord, isNonEntity, singularsOf } from '../names.js';
import { isDictionaryWord } from '../nlp.js';
import { MODEL_FAMILIES, wellKnownType } from '../data/well-known.js';
import { isKnownModelRelease } from '../releases.js';
import { FIRST_NAMES } from '../data/first-names.js';
import type { Candidate } from './candidate.js';

const LOWER_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const NAME_SHAPE = /^lib[a-z0-9]{3,}$|^[a-z][a-z0-9]+-(?:utils|tools|cli|rs|js|py|go|ng|core|sdk)$/;

function insideCode(ctx: DocContext, segment: number, offset: number): boolean {
  const seg = ctx.segments[segment];
  const at = offset - seg.start;
  return seg.code.some((c) => at >= c.start && at < c.end) || seg.links.some((l) => at >= l.start && at < l.end);
}

/** `garak, the LLM vulnerability scanner`, `etcd, a key-value store`: a lower-case word defined as a kind of software. */
const SOFTWARE_APPOSITIVE = /^,\s+(?:a|an|the|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\w.+-]+\s+){0,4}?(?:tool|library|framework|scanner|cli|package|database|store|runtime|project|service|engine|server|proxy|compiler|bundler|linter|formatter|plugin|operator|controller|orchestrator|scheduler|manager)\b/iu;

/**
 * `tools like driftctl`, `a consensus store like etcd or Consul`, `libraries such as numpy, scipy and`: members of
 * a list a kind of software introduces (the word before the name is `like`, `as`, `including`, a comma, `and` or `or`).
 */
const SOFTWARE_LIST = /\b(?:tools?|utilit(?:y|ies)|librar(?:y|ies)|frameworks?|databases?|stores?|runtimes?|packages?|projects?|clis?|linters?|formatters?|bundlers?|compilers?|servers?|proxies|engines?|scanners?|package managers?)\s*,?\s+(?:like|such as|including|e\.g\.,?)\s+(?:[\w.+-]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$/i;
const LIST_WORDS = new Set(['like', 'as', 'including', 'e.g', 'and', 'or']);
/**
 * A capitalised name (not a short acronym) before a list item, with at most three lower-case items between
 * (`Black, isort and flake8`), or right after it (`isort and Flake8`).
 */
const LIST_MATE = "(?:\\p{Lu}[\\p{L}\\p{N}.+-]*\\p{Ll}[\\p{L}\\p{N}.+-]*|\\p{Lu}{4,})";
const LIST_SEP = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)';
const NAME_BEFORE = new RegExp(`(?:^|[\\s(])(${LIST_MATE})(?:${LIST_SEP}[a-z][\\w.+-]*){0,3}${LIST_SEP}$`, 'u');
const NAME_AFTER = new RegExp(`^${LIST_SEP}(${LIST_MATE})(?=[\\s,.;:)]|$)`, 'u');
/** Items shaped like cloud regions or config keys (`eu-west-2`, `eastus`, `max_retries`), not names. */
const NOT_LIST_NAME = /_|-\d+$|^(?:us|eu|ap|sa|ca|me|af)-|east|west|central/;
/** Sentences that thank or greet people: their lower-case items are handles (`Thanks to Alice, Bob and jdoe`). */
const THANKS = /\b(?:thanks?|thank you|shout-?outs?|congrat(?:s|ulations)|kudos|cheers|welcome|hi|hello|hey)\b/i;

/**
 * The capitalised list-mate of a lower-case item, when it is a name: not a given name (`Bob and jdoe`), nor a word
 * after a colon (`Hashtags: Rust, rustlang`).
 */
function nameMate(ctx: DocContext, sStart: number, sEnd: number, start: number, end: number): boolean {
  const winStart = Math.max(sStart, start - 40);
  const before = NAME_BEFORE.exec(ctx.text.slice(winStart, start));
  const after = before ? null : NAME_AFTER.exec(ctx.text.slice(end, Math.min(sEnd, end + 40)));
  const m = before ?? after;
  if (!m) return false;
  const at = before ? winStart + before.index + before[0].indexOf(m[1]) : end + after!.index + after![0].indexOf(m[1]);
  if (FIRST_NAMES.has(m[1].toLowerCase())) return false;
  // `Thanks, jdoe`, `However, rustc`: a word that opens the sentence with a comma after it is no list-mate
  // (`Redis and memcached` is).
  if (at === sStart && ctx.text.charCodeAt(at + m[1].length) === 44) return false;
  return !/:\s*$/.test(ctx.text.slice(Math.max(sStart, at - 3), at));
}
/** `OpenAI launched o1`: what a named maker (not a pronoun) puts out. */
const RELEASED_BY = /(?:^|[^\p{L}])(?!(?:We|It|They|He|She|You|I)\s)\p{Lu}[\p{L}\p{N}.-]*\s+(?:has\s+|have\s+)?(?:launched|released|shipped|announced|introduced|unveiled|previewed|open-sourced)\s+$/u;
const MODELS_LIKE = /\bmodels?\s*,?\s+(?:like|such as|including)\s+$/i;
const PRONOUN_OWNERS = /^(?:It|He|She|They|We|You)$/;

/** `Facebook's zstd`: the capitalised word whose possessive stands right before word `i` of sentence `s`. */
function possessiveOwner(ctx: DocContext, s: DocContext['sentences'][number], i: number): string | undefined {
  const prev = i > s.w0 ? ctx.words[i - 1] : undefined;
  return prev && prev.possessive && /^\p{Lu}/u.test(prev.text) && /^(?:['’]s)?\s$/u.test(ctx.text.slice(prev.end, ctx.words[i].start)) ? prev.text : undefined;
}
/** `o3 is the best model I have used`, `o1 was a reasoning model`: the word is what the sentence calls a model. */
const MODEL_PREDICATE = /^\s+(?:is|was|remains)\s+(?:(?:a|an|the|still|now|also|by far|easily|best|strongest|cheapest|smartest|fastest|newest|latest|first|only|new|open|open-weight|reasoning|frontier|small|smaller|large|larger|flagship)\s+){0,4}models?\b/i;
/** The list item next to a word: `GPT-4o, o1`, `o3 and o4-mini`. */
const MATE_BEFORE = new RegExp(`(?:^|[\\s(])([\\p{L}][\\p{L}\\p{N}.-]*)${LIST_SEP}$`, 'u');
const MATE_AFTER = new RegExp(`^${LIST_SEP}([\\p{L}][\\p{L}\\p{N}.-]*)(?=[\\s,.;:)]|$)`, 'u');

/** A release of a family of models everyone knows (`GPT-4o`, `Qwen2.5`, `DeepSeek-R1`), or a model's name with a tier (`o4-mini`). */
const modelMate = (m: RegExpExecArray | null): boolean =>
  !!m && ((LOWER_MODEL_NAME.test(m[1]) && m[1].includes('-')) || (/^\p{Lu}/u.test(m[1]) && /\d/.test(m[1]) && isKnownModelRelease(m[1])));

/** A sentence that names a family of models everyone knows (`Claude`, `GPT-4.1`). */
function namesModelFamily(ctx: DocContext, s: DocContext['sentences'][number]): boolean {
  for (let i = s.w0; i < s.w1; i++) {
    const t = ctx.words[i].text;
    if (/^\p{Lu}/u.test(t) && (MODEL_FAMILIES.has(t.toLowerCase()) || isKnownModelRelease(t))) return true;
  }
  return false;
}

/**
 * `o3`, `o4-mini` as a model's name, ending its phrase: with `model` after it, after `models like`, next to a
 * release of a family of models in a list (`GPT-4o, o1 and Qwen2.5`), or with a tier, a named owner or a named
 * maker releasing it in a sentence that names such a family (`OpenAI's o3 ... or Gemini 2.5 Pro`). Letters and
 * digits name chips, instance types, GPUs, datasets, metrics and chess moves too (`Apple's m1`, `g5 and g6
 * instances`, `f1 and recall`): the word `model` in the sentence is not enough.
 */
function modelNamed(ctx: DocContext, s: DocContext['sentences'][number], i: number, endsPhrase: boolean, nextWord: string): boolean {
  const w = ctx.words[i];
  const modelAfter = nextWord === 'model' || nextWord === 'models';
  if (!endsPhrase && !modelAfter) return false;
  const before = ctx.text.slice(Math.max(s.start, w.start - 40), w.start);
  const after = ctx.text.slice(w.end, Math.min(s.end, w.end + 60));
  if (!modelAfter && (MODELS_LIKE.test(before) || MODEL_PREDICATE.test(after) || modelMate(MATE_BEFORE.exec(before)) || modelMate(MATE_AFTER.exec(after)))) return true;
  const ownerName = possessiveOwner(ctx, s, i);
  const owner = !!ownerName && !PRONOUN_OWNERS.test(ownerName);
  // `OpenAI's o1 model`; not `the c4 model` or `i4 and i5 models` (cars) without a family of models named.
  if (modelAfter && owner) return true;
  return (modelAfter || w.text.includes('-') || owner || RELEASED_BY.test(before)) && namesModelFamily(ctx, s);
}

/** Words that may follow a name that ends its noun phrase. */
const PHRASE_ENDS = new Set(['and', 'or', 'to', 'for', 'with', 'is', 'was', 'are', 'were', 'in', 'on', 'which', 'that', 'as', 'from', 'has',
  'had', 'have', 'does', 'did', 'do', 'can', 'will']);

/** `now powered by esbuild`, `built with ngtcp2`: what software is made with (not `bundled with bloatware`). */
const MADE_WITH = /\b(?:powered by|built with|compiled with|linked against)\s+$/i;
/**
 * `custom webpack loaders`, `the npm registry`: a word a post writes twice, once before a noun only a tool has
 * (not `builds`, `config`, `packages` or `maintainers`, which `arm64`, `monorepo` and `oss` have too).
 */
const SOFTWARE_NOUNS: ReadonlySet<string> = new Set(['loader', 'loaders', 'plugin', 'plugins', 'registry', 'lockfile', 'lockfiles']);

/** Lower-case words outside code and links, by how often a post writes them. */
function wordCounts(ctx: DocContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of ctx.words) {
    const c = w.text.charCodeAt(0);
    if (c < 97 || c > 122 || insideCode(ctx, w.segment, w.start)) continue;
    counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  }
  return counts;
}

/** Lower-case words of the title that the body writes at least twice outside code: what the post is about. */
function titleNames(ctx: DocContext): Set<string> {
  const out = new Set<string>();
  if (!ctx.title) return out;
  const inTitle = new Set(ctx.title.match(/[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*/g) ?? []);
  if (inTitle.size === 0) return out;
  const counts = new Map<string, number>();
  for (const w of ctx.words) {
    if (!inTitle.has(w.text) || insideCode(ctx, w.segment, w.start)) continue;
    counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  }
  // `analytics`: the plural of a dictionary word is vocabulary too.
  for (const [w, n] of counts) if (n >= 2 && !singularsOf(w).some((x) => isDictionaryWord(x))) out.add(w);
  return out;
}

const candidateOf = (w: DocContext['words'][number]): Candidate => ({
  start: w.start,
  end: w.end,
  surface: w.text,
  signal: 'lowercase-name',
  strength: 'medium',
  midSentence: !w.initial,
  possessive: w.possessive || undefined,
});

export function lowercaseNameSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  const titled = titleNames(ctx);
  let counts: Map<string, number> | undefined;
  /** Model names (`o3`) this post gives a cue for somewhere. */
  const models = new Set<string>();
  for (const s of ctx.sentences) {
    const seg = ctx.segments[s.segment];
    if (seg.kind === 'heading') continue;
    for (let i = s.w0; i < s.w1; i++) {
      const w = ctx.words[i];
      const c = w.text.charCodeAt(0);
      if (c < 97 || c > 122 || !LOWER_NAME.test(w.text)) continue;
      if (w.text.length < 3 && !LOWER_MODEL_NAME.test(w.text)) continue;
      const shaped = NAME_SHAPE.test(w.text);
      // The cues, each looked for only when the character or word next to the name can start it: this runs for
      // every lower-case word of a post.
      const next = ctx.words[i + 1];
      const nextCh = ctx.text.charCodeAt(w.end);
      const before = i > s.w0 ? ctx.words[i - 1].text : '';
      const prevWord = before.length <= 7 ? before.toLowerCase() : '';
      // `pgvector 0.7`, `esbuild 0.20.1`: a release number after a word that is no dictionary word.
      const released = !!next && i + 1 < s.w1 && next.start === w.end + 1 && /^v?\d+\.\d+(?:\.\d+)*$/.test(next.text) && nextCh === 32;
      const nextWord = next && i + 1 < s.w1 && next.text.length <= 9 ? next.text.toLowerCase() : '';
      const used = !shaped && (
        ((prevWord === 'by' || prevWord === 'with' || prevWord === 'against') && MADE_WITH.test(ctx.text.slice(Math.max(0, w.start - 20), w.start))) ||
        (SOFTWARE_NOUNS.has(nextWord) && /^\s+$/.test(ctx.text.slice(w.end, next!.start)) && ((counts ??= wordCounts(ctx)).get(w.text) ?? 0) >= 2));
      // A name ends its phrase: `psycopg, asyncpg and`, not `gitops controllers`, nor `Vulkan's shader intermediate`.
      const endsPhrase = i + 1 >= s.w1 || nextCh !== 32 || PHRASE_ENDS.has(nextWord);
      // A model's name (`o3`) on its own cues; a longer one (`o1-preview`) without them is read as any other word.
      if (LOWER_MODEL_NAME.test(w.text) && modelNamed(ctx, s, i, endsPhrase, nextWord)) {
        if (!insideCode(ctx, w.segment, w.start) && !insideInternalLink(ctx, w.start)) {
          out.push({ ...candidateOf(w), typeHint: 'model' });
          models.add(w.text);
        }
        continue;
      }
      if (w.text.length < 3) continue;
      // `Facebook's zstd, which`: a word a named owner has (never a dictionary word, checked below); not a plural
      // (`Go's goroutines`; `lm-evaluation-harness` is none), nor the jargon of a language or tool everyone knows
      // (`Rust's stdlib`).
      const owned = endsPhrase && !/[^s]s$/.test(w.text) && !!possessiveOwner(ctx, s, i) && wellKnownType(before) !== 'product';
      let listed = false;
      if (endsPhrase && (LIST_WORDS.has(prevWord) || ctx.text.charCodeAt(w.start - 2) === 44)) {
        const win = ctx.text.slice(Math.max(s.start, w.start - 100), w.start);
        // `tools like Grafana, and oncall engineers`: `, and` after a single item starts a clause, not the list.
        listed = SOFTWARE_LIST.test(win) && !/(?:like|such as|including|e\.g\.,?)\s+[\w.+-]+\s*,\s*(?:and|or)\s+$/i.test(win);
      }
      // The item opens its place in the list (not `the Vue 3 plugin and Vitest`).
      const opensItem = prevWord === 'and' || prevWord === 'or' || ctx.text.charCodeAt(w.start - 2) === 44 || i === s.w0 ||
        /[:(]\s*$/.test(ctx.text.slice(Math.max(s.start, w.start - 3), w.start));
      // `Django, SymPy, scikit-learn, Matplotlib`, `Black, isort and flake8`: an item of a list of names, next to a
      // capitalised one (not a short acronym: `US, EU and apac`); a hyphenated word must open with no dictionary word
      // (`scikit-learn`, not `on-prem`).
      const coordinated = !listed && endsPhrase && opensItem && !isDictionaryWord(w.text.split(/[-_]/)[0]) && !NOT_LIST_NAME.test(w.text) &&
        !THANKS.test(s.text) && nameMate(ctx, s.start, s.end, w.start, w.end);
      // `You will need openssl, npm and ngrok.` beside a code block that runs `openssl genrsa` and `ngrok http 3000`.
      const commanded = endsPhrase && ctx.commands.has(w.text);
      const defined = used || owned || listed || coordinated || commanded || (!shaped && nextCh === 44 && SOFTWARE_APPOSITIVE.test(ctx.text.slice(w.end, w.end + 80)));
      if (!shaped && !w.possessive && !released && !defined && !titled.has(w.text)) continue;
      // Three letters only for a tool everyone knows (`npm`) or with a release or an owner (`uv's resolver`); not
      // `the mcp registry`.
      if (w.text.length < 4 && !w.possessive && !released && !wellKnownType(w.text)) continue;
      if (w.text.split(/[-_]/).every((p) => isDictionaryWord(p) || singularsOf(p).some((x) => isDictionaryWord(x))) || isNonEntity(w.text)) continue;
      // `webpack`: two words run together are a name only with a cue of software (`custom webpack loaders`).
      if (!shaped && !used && isCompoundWord(w.text)) continue;
      // Inside code the word is a command or identifier; inside a link the link signal reads it.
      if (insideCode(ctx, w.segment, w.start) || insideInternalLink(ctx, w.start)) continue;
      out.push(candidateOf(w));
    }
  }
  // A model's name the post gives a cue for once is the same name wherever else it writes it (`o3 succeeds
  // o1`), outside code and links; in a heading too.
  if (models.size > 0) {
    const taken = new Set(out.map((c) => c.start));
    for (const w of ctx.words) {
      if (!models.has(w.text) || taken.has(w.start) || insideCode(ctx, w.segment, w.start) || insideInternalLink(ctx, w.start)) continue;
      out.push({ ...candidateOf(w), typeHint: 'model' });
    }
  }
  return out;
}
