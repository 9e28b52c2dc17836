// Per-post extraction: one wink-nlp pass, every signal, overlapping finds reconciled, context votes attached.
import type { Mention, MentionFlags, RawDoc, Signal } from '../../types.js';
import { buildDocument, lastSpanFrom, sentenceAt, type DocContext } from './document.js';
import { RAISED_NOT_MONEY, contextVotes, describedAs } from './cues.js';
import { STOP_WORDS } from './data/words.js';
import type { Candidate, Strength } from './signals/candidate.js';
import { SIGNALS } from './signals/index.js';
import { arxivId } from './signals/urls.js';
import { isDistinctive, isOrdinaryPhrase, isPlace } from './names.js';
import { isDictionaryWord } from './nlp.js';
import { FIRST_NAMES } from './data/first-names.js';
import { wellKnownType } from './data/well-known.js';
import type { DocExtraction } from './types.js';
import { linkerWords } from '../linker-words.js';
import { shapeFingerprint } from './boilerplate.js';
import { storedSentences } from './table-rows.js';
import { readsAsEnglish } from './language.js';
import { typeListLeads } from './list-kinds.js';

const PRIORITY: Signal[] = [
  'definition', 'link', 'bold-lead', 'table-cell', 'paper-title', 'heading', 'list-lead', 'quoted-title',
  'case-name', 'acronym', 'camelcase', 'propn-run', 'lowercase-name', 'arxiv', 'category',
];
const RANK = new Map(PRIORITY.map((s, i) => [s, i]));
const STRENGTH: Record<Strength, number> = { strong: 2, medium: 1, weak: 0 };
const CONTAINERS = new Set<Signal>(['paper-title', 'quoted-title', 'case-name']);

function rank(c: Candidate): number {
  return RANK.get(c.signal) ?? 99;
}

/**
 * A run of capitalised ordinary words (`Agents Suffer`, `Silent Hallucinations`): inside a title it is
 * the title's own wording, not a name of its own.
 */
function ordinaryRun(c: Candidate): boolean {
  return c.signal === 'propn-run' && isOrdinaryPhrase(c.surface);
}

/** `Accurate Post-Training Quantization` in a paper's title: several plain capitalised words, the title's wording. */
function titleWording(c: Candidate): boolean {
  const w = c.surface.split(/\s+/);
  if (c.signal !== 'propn-run' || w.length < 2) return false;
  const distinct = w.map((x) => isDistinctive(x));
  // `Machine Calculation of Complex Fourier Series`, `Discrete Fourier Transform`: a scholar's name used as an
  // adjective among three or more plain words is the title's wording too (a name opens or closes with its own word).
  const inner = w.length >= 3 && distinct.filter(Boolean).length === 1 && !distinct[0] && !distinct[w.length - 1] && !w.some((x) => /\d/.test(x));
  return !distinct.some(Boolean) || inner;
}

/**
 * `BEVFormer: Learning Bird's-Eye-View Representation from Multi-Camera Images`: after a title's colon, capitalised
 * words closed by an ordinary noun (`Images`, `Datasets`, `Models`) are the subtitle's wording. A run closed by a
 * word with digits, an acronym or a CamelCase word (`Early Experiments with GPT-4`) still names something.
 */
function subtitleWording(c: Candidate, title: Candidate): boolean {
  const colon = title.surface.indexOf(':');
  // A paper's subtitle only (`Interview: Tim Cook on Privacy` names a person), and no run that opens with a given
  // name or a firm everyone knows (`Amazon Web Services`).
  if (c.signal !== 'propn-run' || title.typeHint !== 'paper' || colon < 0 || c.start <= title.start + colon) return false;
  const w = c.surface.split(/\s+/);
  if (FIRST_NAMES.has(w[0].toLowerCase()) || wellKnownType(w[0]) || wellKnownType(c.surface)) return false;
  const last = w[w.length - 1];
  const word = last.toLowerCase();
  return /^\p{Lu}\p{Ll}*$/u.test(last) && (isDictionaryWord(word) || isDictionaryWord(word.replace(/s$/, '')));
}

/**
 * `Linearized AQM` in `PI2: A Linearized AQM for both Classic and Scalable TCP`, `Novel Dataset` in `EuroSAT: A Novel
 * Dataset and ...`: a run inside a work's title that opens with an ordinary word and is written nowhere in the post
 * but inside that title is the title's wording (a name inside a title, `GPT-4`, is written elsewhere too, or opens
 * with a word of its own).
 */
function titleFragment(c: Candidate, title: Candidate, text: string): boolean {
  if (c.signal !== 'propn-run' || title.typeHint !== 'paper') return false;
  const w = c.surface.split(/\s+/);
  const first = w[0].toLowerCase();
  if (w.length < 2 || isDistinctive(w[0]) || FIRST_NAMES.has(first) || wellKnownType(c.surface)) return false;
  const inTitle = (at: number): boolean => {
    for (let t = text.lastIndexOf(title.surface, at); t >= 0 && at + c.surface.length <= t + title.surface.length; t = text.lastIndexOf(title.surface, t - 1)) {
      if (t <= at) return true;
    }
    return false;
  };
  for (let at = text.indexOf(c.surface); at >= 0; at = text.indexOf(c.surface, at + 1)) if (!inTitle(at)) return false;
  return true;
}

/**
 * Same span: one mention with the best of each. Nested in a better find: dropped, except inside titles,
 * where only a run of ordinary words is (`GPT-4` in `Sparks of AGI: Early Experiments with GPT-4` stays).
 */
function reconcile(cands: Candidate[], text: string): Candidate[] {
  const bySpan = new Map<string, Candidate>();
  for (const c of [...cands].sort((a, b) => rank(a) - rank(b))) {
    const key = `${c.start}:${c.end}`;
    const have = bySpan.get(key);
    if (!have) {
      bySpan.set(key, { ...c });
      continue;
    }
    have.demote ||= c.demote;
    if (have.demote) have.strength = 'weak';
    else if (STRENGTH[c.strength] > STRENGTH[have.strength]) have.strength = c.strength;
    have.typeHint ??= c.typeHint;
    have.url ??= c.url;
    have.alias ??= c.alias;
    // A span its finder is sure is no name here is no evidence of a name by its capitals either.
    have.midSentence = !have.demote && (have.midSentence || c.midSentence);
    have.possessive ||= c.possessive;
    have.boldLead ||= c.boldLead;
    have.listedWith ??= c.listedWith;
  }
  const sorted = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const kept: Candidate[] = [];
  // Kept finds that may still overlap what comes next (sorted by start, so the rest never will).
  let open: Candidate[] = [];
  for (const c of sorted) {
    if (open.length && open.some((k) => k.end <= c.start)) open = open.filter((k) => k.end > c.start);
    const container = open.find(
      (k) => k.start <= c.start && k.end >= c.end && (k.start !== c.start || k.end !== c.end) && rank(k) <= rank(c),
    );
    // A case's parties are names of their own (`Epic Games` in `Epic Games v. Apple`); a title's wording is not.
    if (container && container.signal !== 'case-name' && (!CONTAINERS.has(container.signal) && container.typeHint !== 'paper' || ordinaryRun(c) || titleWording(c) || subtitleWording(c, container) || titleFragment(c, container, text))) continue;
    const clash = open.find((k) => k.start < c.end && c.start < k.end && !(k.start <= c.start && k.end >= c.end) && !(c.start <= k.start && c.end >= k.end));
    if (clash && rank(clash) <= rank(c)) continue;
    kept.push(c);
    open.push(c);
  }
  return kept;
}

/**
 * `(arXiv 2309.11495)` right after a name ties the name to the paper's abstract page, and the id is no name
 * of its own; with no name right before it (or only ordinary words, which are dropped), the id names the paper.
 */
function attachArxiv(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const re = /arXiv[:\s]*(\d{4}\.\d{4,5})/gi;
  const drop = new Set<Candidate>();
  for (const m of ctx.text.matchAll(re)) {
    const at = m.index;
    const s = ctx.sentences[sentenceAt(ctx, at)];
    const url = `https://arxiv.org/abs/${arxivId(m[1])}`;
    const ids = cands.filter((c) => c.start === at && c.end <= at + m[0].length);
    // `Comprehensive Survey, arXiv 2510.06265`: ordinary words, then a comma, then the id describe the paper.
    for (const c of cands) if (ordinaryRun(c) && c.end <= at && c.start >= s.start && /^\s*,\s*$/.test(ctx.text.slice(c.end, at))) drop.add(c);
    // Only the name right before the id (`Tree of Thoughts (arXiv ...)`, `CoVe) (arXiv ...`), never one further back.
    const nearest = cands.filter((c) => c.end <= at && c.start >= s.start && c.strength !== 'weak').sort((a, b) => b.end - a.end)[0];
    // `by Edward Hu et al. at Microsoft (arXiv ...)`: a name after `at` is where the authors work, not the paper.
    const affiliation = nearest && /\bat\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(s.start, nearest.start - 12), nearest.start));
    const before = nearest && !affiliation && !drop.has(nearest) && /^[\s,:;()[\]–—-]{0,5}$/.test(ctx.text.slice(nearest.end, at)) ? nearest : undefined;
    if (before) {
      before.url ??= url;
      before.typeHint ??= 'paper';
      for (const c of ids) drop.add(c);
    } else {
      for (const c of ids) {
        c.url ??= url;
        c.typeHint ??= 'paper';
      }
    }
  }
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}

const LOWER_WORD = /^\p{Ll}[\p{Ll}\-]+$/u;

/**
 * A funding or acquisition verb right after a name, on the same line: the name is a company's (`Wiz raised`,
 * `Figma was acquired`); a table header over a `Raised` column is not.
 */
const DEAL_VERB = new RegExp(
  String.raw`^(?:['’]s)?[ \t]+(?:(?:has|have|had|just|reportedly|quietly|officially|also)[ \t]+)?(?:(?:raised|raises)(?!\s+${RAISED_NOT_MONEY})|closed an?|secured|landed an?|was acquired|is being acquired|agreed to (?:buy|acquire)|acquired|acquires|is acquiring|went public|filed (?:for|to go public))\b`,
  'i',
);

/** `Mistral AI, the Paris-based maker of open models, has raised`: an appositive between the name and its verb. */
const APPOSITIVE = /^\s*,\s+(?:the|a|an|\p{Lu}[\p{L}\p{N}]*['’]s)\s[^,;.()]{1,80}?,(?=[ \t])/u;

/** The text after a name (at `end`) makes it the subject of a funding round or an acquisition. */
function dealSubject(text: string, end: number): boolean {
  const near = text.slice(end, end + 48);
  if (DEAL_VERB.test(near)) return true;
  // Most names are not followed by a comma: only then is an appositive looked for.
  if (!/^\s*,/.test(near)) return false;
  const after = text.slice(end, end + 160);
  const ap = APPOSITIVE.exec(after);
  return !!ap && DEAL_VERB.test(after.slice(ap[0].length, ap[0].length + 48));
}

function lowerVocabulary(ctx: DocContext): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const w of ctx.words) {
    const t = w.text;
    if (t.length < 3) continue;
    const c = t.charCodeAt(0);
    // ASCII capitals and digits are the common non-matches; skip them before the Unicode test.
    if (c < 97 ? true : c <= 122 ? false : !LOWER_WORD.test(t)) continue;
    if (ctx.segments[w.segment].kind === 'heading') continue;
    const n = counts.get(t);
    if (n !== undefined) {
      counts.set(t, n + 1);
      continue;
    }
    if (!LOWER_WORD.test(t) || STOP_WORDS.has(t)) continue;
    counts.set(t, 1);
  }
  // In order of first use: as deterministic as sorting, and cheaper. Pairs, not an object: an object
  // with thousands of keys is slow to build and to read back.
  return [...counts];
}

/**
 * `android.enableR8.fullMode`, `systemUptime`, `UserDefaults` in backticks are identifiers from code, not
 * names; a link whose text is code (`[\`uv\`](https://github.com/astral-sh/uv)`) still names its target.
 */
function outsideCode(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const spans: [number, number][] = [];
  for (const seg of ctx.segments) for (const c of seg.code) spans.push([seg.start + c.start, seg.start + c.end]);
  if (spans.length === 0) return cands;
  spans.sort((a, b) => a[0] - b[0]);
  const inside = (start: number, end: number): boolean => {
    const k = lastSpanFrom(spans, start);
    return k >= 0 && end <= spans[k][1];
  };
  return cands.filter((c) => c.signal === 'link' || c.signal === 'definition' || !inside(c.start, c.end));
}

/**
 * Headers of a column of terms under which names stand for something else: `MIT` and `Apache 2.0` under `License`;
 * and of a column of places (`Suwon` under `Headquarters`), which have no page.
 */
const TERM_COLUMNS = /\b(?:licen[cs]es?|licensing|headquarters|hq|city|cities|country|countries|location|based in)\s*$/i;

/** Names in the cells of a licence column: the licences are no page's, and `MIT` there is not the university. */
function outsideTermColumns(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const spans: [number, number][] = [];
  for (const seg of ctx.segments) {
    if (seg.kind === 'table-cell' && !seg.header && TERM_COLUMNS.test(seg.columnHeader ?? '')) spans.push([seg.start, seg.start + seg.text.length]);
  }
  if (spans.length === 0) return cands;
  return cands.filter((c) => c.signal === 'link' || !spans.some(([a, b]) => c.start >= a && c.end <= b));
}

/**
 * `linking the US, Bermuda and Portugal`: a plain name listed with two places or more, and with nothing but places,
 * is a place too.
 */
function notAmongPlaces(cands: Candidate[]): Candidate[] {
  return cands.filter((c) => {
    const mates = c.listedWith ?? [];
    if (c.signal !== 'propn-run' || mates.length < 2 || !mates.every((m) => isPlace(m.replace(/^the\s+/i, '')))) return true;
    return !(c.surface.split(/\s+/).length <= 2 && /^(?:\p{Lu}\p{Ll}+\s?)+$/u.test(c.surface) && !wellKnownType(c.surface));
  });
}

/**
 * `[Google Cloud](…)are`, `[Patch Rewards](…)program`: a feed that drops the space after a link glues the
 * next word to the link's last. A find running across such a link's end is the glue, not a name; the link's
 * own text is found by the link signal.
 */
function unglued(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const ends: number[] = [];
  const letter = /\p{L}/u;
  for (const seg of ctx.segments) {
    for (const l of seg.links) {
      const at = seg.start + l.end;
      if (l.end > l.start && letter.test(ctx.text[at - 1] ?? '') && letter.test(ctx.text[at] ?? '')) ends.push(at);
    }
  }
  if (ends.length === 0) return cands;
  return cands.filter((c) => !ends.some((at) => c.start < at && at < c.end));
}

/**
 * A work's title quoted once is often written again without quotes (`"Humanity's Last Exam"`, then
 * `Humanity's Last Exam is hard`), where the capitalised runs would split it: each later occurrence of a
 * title of several words is found as the title.
 */
function echoTitles(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const titles = new Set<string>();
  for (const c of cands) if ((c.signal === 'quoted-title' || c.signal === 'paper-title') && c.strength === 'strong' && c.surface.includes(' ')) titles.add(c.surface);
  if (titles.size === 0) return cands;
  const taken = new Set(cands.filter((c) => titles.has(c.surface)).map((c) => c.start));
  const out = [...cands];
  for (const t of titles) {
    for (let at = ctx.text.indexOf(t); at >= 0; at = ctx.text.indexOf(t, at + t.length)) {
      if (taken.has(at) || /[\p{L}\p{N}]/u.test(ctx.text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(ctx.text[at + t.length] ?? '')) continue;
      out.push({ start: at, end: at + t.length, surface: t, signal: 'quoted-title', strength: 'weak', typeHint: 'paper' });
    }
  }
  return out;
}

export function extractDocument(doc: RawDoc): DocExtraction {
  const ctx = buildDocument(doc.body, doc.meta.url, doc.meta.title);
  // A post in another language gives no names: the cues and word lists would read its ordinary words as names.
  const english = readsAsEnglish(ctx.text);
  const cands: Candidate[] = [];
  if (english) for (const signal of SIGNALS) cands.push(...signal(ctx));
  const kept = typeListLeads(ctx, reconcile(attachArxiv(ctx, unglued(ctx, outsideTermColumns(ctx, outsideCode(ctx, echoTitles(ctx, notAmongPlaces(cands)))))), ctx.text));
  // Kept before the mentions: a table cell's sentence becomes its row, and a mention's offset moves with it.
  const stored = storedSentences(ctx);
  const mentions: Mention[] = kept.map((c) => {
    const sentence = sentenceAt(ctx, c.start);
    const flags: MentionFlags = {};
    if (c.midSentence) flags.midSentence = true;
    if (c.possessive) flags.possessive = true;
    if (c.boldLead) flags.boldLead = true;
    if (c.formerName) flags.formerName = true;
    if (c.listedWith?.length) flags.listedWith = c.listedWith;
    if (dealSubject(ctx.text, c.end)) flags.dealSubject = true;
    // Not a person's role (`Kudos, the maintainer of the plugin,`): a surname alone or a word of thanks.
    const described = describedAs(ctx.text, c.start, c.end);
    if (described && described !== 'person') flags.described = true;
    const votes = contextVotes(ctx, c.start, c.end, !!c.possessive, flags);
    const m: Mention = {
      surface: c.surface,
      docId: doc.id,
      sentence,
      signal: c.signal,
      offset: c.start - ctx.sentences[sentence].start + (stored[sentence].shift ?? 0),
      strength: c.strength,
    };
    if (c.typeHint) m.typeHint = c.typeHint;
    if (c.url) m.url = c.url;
    if (c.alias) m.alias = c.alias;
    if (Object.keys(votes).length) m.votes = votes;
    if (Object.keys(flags).length) m.flags = flags;
    return m;
  });
  const links = new Set<string>();
  for (const seg of ctx.segments) {
    for (const l of seg.links) {
      let href = l.href;
      if (!/^https?:\/\//i.test(href) && doc.meta.url) {
        try {
          href = new URL(href, doc.meta.url).href;
        } catch {
          continue;
        }
      }
      if (/^https?:\/\//i.test(href)) links.add(href);
    }
  }
  return {
    docId: doc.id,
    hash: doc.hash,
    sentences: ctx.sentences.map((s, k) => ({
      text: stored[k].text,
      section: s.section,
      quantified: stored[k].quantified,
      ...(stored[k].tableRow ? { tableRow: true as const } : {}),
      ...(stored[k].rowValue ? { rowValue: true as const } : {}),
      ...(ctx.sentences[k + 1]?.segment !== s.segment ? { ends: true as const } : {}),
    })),
    mentions,
    links: [...links].sort(),
    vocabulary: english ? lowerVocabulary(ctx) : [],
    words: linkerWords(doc.body),
    shapes: stored.map((s) => shapeFingerprint(s.text)),
    ...(english ? {} : { notEnglish: true as const }),
  };
}
