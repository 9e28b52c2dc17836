// The shared view of one post that every signal reads: segments, words with POS, sentences.
import { STOP_WORDS } from './data/words.js';
import { analyse, type Analysis } from './nlp.js';
import { parseMarkdown, type Segment } from './markdown.js';

export interface Word {
  start: number;
  end: number;
  /** The word without a trailing possessive. */
  text: string;
  possessive: boolean;
  pos: string;
  /** First word of its sentence (or of a heading, list item or cell). */
  initial: boolean;
  sentence: number;
  segment: number;
}

export interface DocSentence {
  start: number;
  end: number;
  text: string;
  segment: number;
  section: string;
  quantified: boolean;
  /** Index of the first word and one past the last word in `words`. */
  w0: number;
  w1: number;
  /** Where the sentences of a quotation joined into this one began (after its start, ascending). */
  inner?: number[];
}

export interface DocContext {
  text: string;
  segments: Segment[];
  words: Word[];
  sentences: DocSentence[];
  analysis: Analysis;
  /** Host of the post's own URL, so links back to the blog are not taken as external. */
  ownHost?: string;
  /**
   * Anchors of links to the post's own site and URLs written out, computed on first use: sorted by start,
   * each end raised to the furthest end of the spans before it.
   */
  internalSpans?: [number, number][];
  /** The post's title, which names what the post is about. */
  title?: string;
  /** Lower-case words that run as commands in the post's code blocks (`openssl genrsa ...`, `$ ngrok http 3000`). */
  commands: Set<string>;
}

/** Info strings of code blocks that hold shell commands. */
const SHELL_BLOCKS = /^(?:bash|sh|shell|zsh|console|terminal|shell-session|shellsession|cmd|powershell|ps1|fish)$/i;
/** Words that open lines of programs, not commands (`func main() {`, `const x = 1`). */
const CODE_KEYWORDS = new Set(`func fn def var let const val import from export return if elif else for while class struct enum impl pub use
mod package interface type async await print echo set`.split(/\s+/));

/**
 * The commands of a post's code blocks: the first word of each line (after a `$` or `>` prompt or `sudo`, and after
 * `&`, `&&`, `|` or `;`), in lower case only, so `ngrok` in the prose beside it names the tool the block runs. Blocks
 * marked as a shell's count whole; unmarked blocks only lines shaped like a command (a word, then an argument that is
 * no assignment or call: not `tokenizer = ...`); blocks of any other language not at all.
 */
export function codeCommands(body: string): Set<string> {
  const out = new Set<string>();
  let fence: string | undefined;
  let shell = false;
  for (const line of body.split('\n')) {
    const f = /^\s*(```|~~~)\s*([\w+-]*)/.exec(line);
    if (f) {
      if (fence === undefined) {
        fence = f[1];
        shell = f[2] === '' ? false : SHELL_BLOCKS.test(f[2]);
        if (f[2] !== '' && !shell) fence = `${f[1]}:other`;
      } else if (fence.startsWith(f[1])) fence = undefined;
      continue;
    }
    if (fence === undefined || fence.endsWith(':other')) continue;
    for (const part of line.split(/&&?|\|\|?|;/)) {
      const m = /^\s*(?:[$>]\s+)?(?:sudo\s+)?([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)(?=\s|$)(\s+\S)?/.exec(part);
      if (!m || CODE_KEYWORDS.has(m[1])) continue;
      // Unmarked: a command takes an argument that is no assignment, call or member (`tokenizer = ...`, `app.run()`).
      if (!shell && (!m[2] || /^\s+(?:[=(:.{\[<+*/%]|-=)/.test(m[2]))) continue;
      out.add(m[1]);
    }
  }
  return out;
}

export const SEGMENT_GAP = '\n\n';

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’\-&+@_](?=[\p{L}\p{N}]))*(?:(?<=(?:^|[^\p{L}\p{N}])\p{Lu})#(?![\p{L}\p{N}#])|\+*)/gu;

const CLAUSE_GAP = /(?:[:—–]|\s-)\s+$/;

const QUANT_NER = new Set(['MONEY', 'PERCENT', 'DATE']);
const CALENDAR = /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const QUANT_RE = /[$€£¥]\s?\d|\d\s?%|\b\d+(?:\.\d+)?\s?(?:percent|million|billion|trillion|[kKmMbB]\b)|\b(?:19|20)\d{2}\b|\b\d{1,3}(?:,\d{3})+\b|\b\d+\+?\s+[a-z]/;

/**
 * `Swift 6`, `iOS 18`, `Chrome 126`: a number right after a name is its version, not a quantity; a
 * sentence that only names versions states no fact (`talked about Swift 6 strict concurrency`).
 */
const NAMED = String.raw`(?:^|\s)([\p{L}\p{N}.+#-]*\p{Lu}[\p{L}\p{N}.+#-]*)\s+`;
const VERSION_BEFORE = new RegExp(`${NAMED}v?$`, 'u');
const VERSION_NUMBER = new RegExp(String.raw`${NAMED}v?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*\b(?!\s*(?:%|percent|million|billion|trillion|[kKmMbB]\b))`, 'gu');

/** `HTTP/3`, `HTTP/1.1`: a protocol's version written after a slash is part of its name. */
const SLASH_VERSION = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*\/\d+(?:\.\d+)?(?![\p{L}\p{N}])/gu;

/** A capitalised word before a number names a thing, unless it only opens the sentence (`With 4x fewer`). */
const namesThing = (word: string): boolean => !STOP_WORDS.has(word.toLowerCase());

/** Whether the number at `at` follows a name. */
function versionAt(text: string, at: number): boolean {
  // `HTTP/3`: the number after a protocol's slash.
  if (text[at - 1] === '/' && /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*$/u.test(text.slice(Math.max(0, at - 12), at - 1))) return true;
  const m = VERSION_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return !!m && namesThing(m[1]);
}

function sentenceIndexAt(sentences: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
}

export function sentenceAt(ctx: DocContext, offset: number): number {
  return sentenceIndexAt(ctx.sentences, offset);
}

/**
 * How far a span leaves quotation marks open: straight quotes by parity, curly ones by count. A straight
 * quote after a digit in a word that does not open with one is an inch mark (`27" display`, not `"10/10"`).
 */
function quoteBalance(text: string, a: number, b: number): { straight: number; curly: number } {
  let straight = 0;
  let curly = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 && i > a && /\d/.test(text[i - 1])) {
      let w = i - 1;
      while (w > a && !/\s/.test(text[w - 1])) w--;
      if (text[w] === '"') straight++;
    } else if (c === 34) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  return { straight, curly };
}

/** Sentences a quotation joins: at most this many after the one that opens it. */
const QUOTATION_REACH = 3;

/**
 * `"The layers are the best reviewer we ever hired. We turned them on everywhere," she said.`: the
 * sentences of one quotation are one sentence, so a mention's sentence holds the whole quote and who
 * said it. A span that leaves a quotation open joins the next ones up to the one that closes it; when
 * none near does (an inch mark, a stray quote), it stays as it was. Returns each sentence with where
 * the sentences joined into it began.
 */
function joinQuotations(text: string, pieces: Array<[number, number]>): Array<[number, number, number[]]> {
  const out: Array<[number, number, number[]]> = [];
  if (pieces.length < 2 || !/["“”]/.test(text.slice(pieces[0][0], pieces[pieces.length - 1][1]))) return pieces.map(([a, b]) => [a, b, []]);
  const balance = pieces.map(([a, b]) => quoteBalance(text, a, b));
  for (let k = 0; k < pieces.length; k++) {
    let { straight, curly } = balance[k];
    let to = k;
    if (straight % 2 === 1 || curly > 0) {
      for (let j = k + 1; j < pieces.length && j <= k + QUOTATION_REACH; j++) {
        straight += balance[j].straight;
        curly += balance[j].curly;
        if (straight % 2 === 0 && curly <= 0) {
          to = j;
          break;
        }
      }
    }
    out.push([pieces[k][0], pieces[to][1], pieces.slice(k + 1, to + 1).map((p) => p[0])]);
    k = to;
  }
  return out;
}

/** A capital letter alone before a full stop and a space: the rare text where a labelled letter can be. */
const LONE_CAPITAL = /\s\p{Lu}\.\s/u;

/** A letter after a word that labels things with letters (`plan B`, `Series B`, `vitamin D`), then a full stop and a new sentence. */
const LABELLED_LETTER = /\b(?:[Pp]lans?|[Vv]itamins?|[Ss]eries|[Cc]lass|[Tt]ype|[Tt]ier|[Pp]hase|[Rr]ound|[Ss]tage|[Gg]rade|[Oo]ptions?|[Ee]xhibit|[Aa]ppendix|[Aa]nnex|[Ss]ection|[Pp]art|[Tt]eam|[Gg]roup|[Ww]ave|[Ll]evel|[Cc]ategory|[Bb]lock|[Zz]one)\s\p{Lu}\.(?=\s+\p{Lu}\p{Ll})/gu;

export function buildDocument(body: string, ownUrl?: string, title?: string): DocContext {
  const segments = parseMarkdown(body);
  let text = '';
  for (const [i, s] of segments.entries()) {
    if (i) text += SEGMENT_GAP;
    s.start = text.length;
    text += s.text;
  }
  const analysis = analyse(text);

  // Sentences: wink's sentences cut at segment edges, so a heading or cell is never glued to its neighbour.
  const sentences: DocSentence[] = [];
  let si = 0;
  for (const [segIdx, seg] of segments.entries()) {
    const segEnd = seg.start + seg.text.length;
    const cuts: number[] = [seg.start];
    while (si < analysis.sentences.length && analysis.sentences[si].end <= seg.start) si++;
    for (let k = si; k < analysis.sentences.length && analysis.sentences[k].start < segEnd; k++) {
      const s = analysis.sentences[k];
      if (s.start > seg.start && s.start < segEnd) cuts.push(s.start);
      if (s.end > seg.start && s.end < segEnd) cuts.push(s.end);
    }
    // `plan B. Kubernetes ran it`, `a $40 million Series B. OpenTelemetry has`: a letter that labels a plan, a round or a
    // vitamin ends its sentence, which the model read as an initial (`Donald J. Trump`, `in C. Mohan's paper` stay one).
    const segText = text.slice(seg.start, segEnd);
    if (LONE_CAPITAL.test(segText)) for (const m of segText.matchAll(LABELLED_LETTER)) cuts.push(seg.start + m.index + m[0].length);
    cuts.push(segEnd);
    // `C#/.NET`: a full stop with a letter right after it, no space between, ends no sentence.
    const glued = (c: number): boolean => c > seg.start && c < segEnd && text[c - 1] === '.' && /[\p{L}\p{N}]/u.test(text[c] ?? '');
    const uniq = [...new Set(cuts)].filter((c) => !glued(c)).sort((a, b) => a - b);
    const pieces: Array<[number, number]> = [];
    for (let k = 0; k + 1 < uniq.length; k++) {
      let a = uniq[k];
      let b = uniq[k + 1];
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b > a) pieces.push([a, b]);
    }
    for (const [a, b, inner] of joinQuotations(text, pieces)) {
      const sentence: DocSentence = { start: a, end: b, text: text.slice(a, b), segment: segIdx, section: seg.section, quantified: false, w0: 0, w1: 0 };
      // A sentence inside the quotation still opens with its first word.
      if (inner.length > 0) sentence.inner = inner;
      sentences.push(sentence);
    }
  }
  for (const n of analysis.ner) {
    // `tomorrow`, `last week`: a date with no number or month in it dates nothing a reader can place.
    const dated = n.type !== 'DATE' || CALENDAR.test(text.slice(n.start, n.end));
    if ((QUANT_NER.has(n.type) && dated) || (n.type === 'CARDINAL' && /\d/.test(text.slice(n.start, n.end)) && !versionAt(text, n.start))) {
      const s = sentences[sentenceIndexAt(sentences, n.start)];
      if (s && n.start >= s.start && n.start < s.end) s.quantified = true;
    }
  }
  for (const s of sentences) {
    // Every pattern of QUANT_RE holds a digit; most sentences have none.
    if (!s.quantified && /\d/.test(s.text) && QUANT_RE.test(s.text.replace(SLASH_VERSION, '#').replace(VERSION_NUMBER, (m, word: string) => (namesThing(word) ? m.replace(/v?\d+(?:\.\d+)*$/, '#') : m)))) s.quantified = true;
    if (segments[s.segment].kind === 'heading') s.quantified = false;
  }

  // Words, with the POS of the wink token they start in.
  const words: Word[] = [];
  const toks = analysis.tokens;
  let ti = 0;
  for (const [k, s] of sentences.entries()) {
    s.w0 = words.length;
    WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let first = true;
    let prevEnd = 0;
    let nextInner = 0;
    while ((m = WORD_RE.exec(s.text))) {
      const start = s.start + m.index;
      if (s.inner && nextInner < s.inner.length && start >= s.inner[nextInner]) {
        first = true;
        while (nextInner < s.inner.length && s.inner[nextInner] <= start) nextInner++;
      }
      // A clause opened by a colon or a dash (`May 15, 2017 - Registration opens`) starts like a sentence.
      if (!first && m.index - prevEnd > 1 && CLAUSE_GAP.test(s.text.slice(prevEnd, m.index))) first = true;
      prevEnd = m.index + m[0].length;
      let raw = m[0];
      let possessive = false;
      const lastCh = raw.charCodeAt(raw.length - 1);
      // `Let's` is a contraction, not a possessive (`Let's Encrypt`).
      if ((lastCh === 115 || lastCh === 83) && raw.length > 2 && /['’]s$/i.test(raw) && !/^let['’]s$/i.test(raw)) {
        raw = raw.slice(0, -2);
        possessive = true;
      }
      while (ti < toks.length && toks[ti].end <= start) ti++;
      let pos = toks[ti]?.pos ?? 'X';
      for (let q = ti; q < toks.length && toks[q].start < start + raw.length; q++) if (toks[q].pos === 'PROPN') pos = 'PROPN';
      words.push({ start, end: start + raw.length, text: raw, possessive, pos, initial: first, sentence: k, segment: s.segment });
      first = false;
    }
    s.w1 = words.length;
  }
  let ownHost: string | undefined;
  try {
    ownHost = ownUrl ? new URL(ownUrl).hostname.replace(/^www\./, '') : undefined;
  } catch {
    ownHost = undefined;
  }
  return { text, segments, words, sentences, analysis, ownHost, title, commands: codeCommands(body) };
}

/** Words of the document between two offsets. */
export function wordsIn(ctx: DocContext, start: number, end: number): Word[] {
  const out: Word[] = [];
  const s0 = sentenceAt(ctx, start);
  for (let k = s0; k < ctx.sentences.length && ctx.sentences[k].start < end; k++) {
    const s = ctx.sentences[k];
    for (let i = s.w0; i < s.w1; i++) if (ctx.words[i].start >= start && ctx.words[i].end <= end) out.push(ctx.words[i]);
  }
  return out;
}

/** A URL written out in the text (`https://t.co/BAwgd5VZEY`, `pic.twitter.com/tCdMxZX78i`): its parts are no names. */
const URL_IN_TEXT = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s)>\]]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s)>\]]+/g;

/**
 * True inside the anchor of a link to the post's own site (titles of other posts are not names) or inside
 * a URL written out in the text.
 */
export function insideInternalLink(ctx: DocContext, offset: number): boolean {
  if (!ctx.internalSpans) {
    ctx.internalSpans = [];
    for (const m of ctx.text.matchAll(URL_IN_TEXT)) ctx.internalSpans.push([m.index, m.index + m[0].length]);
    for (const seg of ctx.segments) {
      for (const l of seg.links) {
        let internal = !/^https?:\/\//i.test(l.href);
        if (!internal) {
          try {
            const host = new URL(l.href).hostname.replace(/^www\./, '');
            internal = !!ctx.ownHost && (host === ctx.ownHost || host.endsWith('.' + ctx.ownHost));
          } catch {
            internal = true;
          }
        }
        if (internal) ctx.internalSpans.push([seg.start + l.start, seg.start + l.end]);
      }
    }
    // By start, each with the furthest end so far: one binary search per word, however many links.
    ctx.internalSpans.sort((a, b) => a[0] - b[0]);
    let reach = 0;
    for (const span of ctx.internalSpans) span[1] = reach = Math.max(reach, span[1]);
  }
  const spans = ctx.internalSpans;
  const k = lastSpanFrom(spans, offset);
  return k >= 0 && offset < spans[k][1];
}

/** Index of the last of `spans` (sorted by start) that starts at or before `offset`; -1 when none does. */
export function lastSpanFrom(spans: readonly (readonly [number, number])[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
