// Paper titles: `Paper 1: Title`, quoted titles in a sentence that speaks of a paper or study, and titles in
// italics right beside their cue (`her book *Rust Atomics and Locks*`).
import type { DocContext } from '../document.js';
import { asName, citedTitle, workTitle, type Candidate } from './candidate.js';

const PAPER_N = /\b(?:Paper|Study|Preprint)\s+\d+\s*[:.]\s+(.+?)(?:\s+[—–-]\s+|\s*\(|$)/g;
const QUOTED = /["“]([^"”]{6,160})["”]/g;
const PAPER_CUE = /\b(paper|papers|preprint|study|survey|arxiv|et al\.?|titled|published|publication|proceedings|workshop paper|book|books|essay|wrote|authored|co-authored)\b/i;
/** `"Title" by Woosuk Kwon`, `"Title" (DBNet) by Liao`: a quoted title with its authors is a work. */
const BY_AUTHOR = /^\s*(?:\([^)]{1,40}\)\s*)?,?\s*by\s+\p{Lu}/u;
/** `"…" (OSDI 2012)`: a venue (not a month or season) and its year after a quoted title make it a paper's. */
const VENUE = String.raw`(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn|Winter)\b)\p{Lu}[\p{L}&-]*`;
const VENUE_AFTER = new RegExp(String.raw`^\s*\(${VENUE}\s+(?:19|20)\d\d\)`, 'u');

const TITLE_BEFORE = /\b(?:paper|papers|preprint|book|essay|article|study|survey|thesis|talk|keynote|titled|called)[,:]?\s*$|\b(?:described|introduced|proposed|presented|reported|outlined|detailed)\s+in\s*$/i;
/**
 * `"Bitcoin: A Peer-to-Peer Electronic Cash System", Satoshi Nakamoto, 2008`, `"Ethereum is a Dark Forest", Dan Robinson and
 * Georgios Konstantopoulos's 2020 post`: its authors and year after a title, as a reading list gives them.
 */
const PERSON = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)*(?:\s+(?:de|van|von|der|da|di|le|la)){0,2}\s+\p{Lu}[\p{L}'’-]+`;
const AUTHOR_YEAR_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:\p{Lu}[\p{L}'’-]+\s+et al\.?,?\s*(?:19|20)\d\d\b|${PERSON}(?:\s*(?:,|and|&)\s*(?:${PERSON}|colleagues|others|co-?authors))*` +
    String.raw`(?:,\s*(?:19|20)\d\d\b|['’]s\s+(?:19|20)\d\d\s+(?:blog\s+)?(?:post|paper|essay|article|talk|keynote|book|report|study|lecture)\b))`,
  'u',
);
/**
 * `"…" (De Schepper, Bondarenko, Tsang and Briscoe, CoNEXT 2016)`, `"…" (Mohan et al., WWW 2024; arXiv:2310.09242)`,
 * `"…" (Maatouk et al., arXiv:2310.15051)`: a citation in brackets, `et al.` or two authors or more, then a venue and
 * its year or an arXiv id (not a quotation's source: `(Knuth, 1974)`, `(Buchheit and Patel, 2000)`, `(GitHub, 2024)`).
 */
const SURNAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
const CITATION_AFTER = new RegExp(
  String.raw`^\s*\((?:${SURNAME}\s+et al\.?,\s*(?:(?:${VENUE}\s+)?(?:19|20)\d\d\b|arXiv\b)|${SURNAME}(?:\s*,\s*${SURNAME})*,?\s+(?:and|&)\s+${SURNAME},\s*(?:${VENUE}\s+(?:19|20)\d\d\b|arXiv\b))`,
  'u',
);
/**
 * `Trancik's "…" (Energy & Environmental Science, 2021)`, `colleagues' meta-analysis "…" (PNAS, 2014)`: a work someone
 * owns, then where and when it appeared.
 */
const OWNER_BEFORE = /\p{L}(?:['’]s|s['’])\s+(?:(?:paper|study|meta-analysis|analysis|review|survey|book|essay|article|report|preprint)\s+)?$/u;
const VENUE_YEAR_AFTER = /^\s*\(\s*\p{Lu}[^()]{1,60}?\s*,\s*(?:19|20)\d\d\s*\)/u;
/** `"...", published in *Nature*`, `"...", in *NEJM AI*`: where a title appeared, a journal in italics or after `published in`. */
const PUBLISHED_IN = /^\s*,?\s*(?:published|appeared|out)\s+in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Fall|Autumn|Winter)\b)\p{Lu}/u;
const IN_AFTER = /^\s*,?\s*in\s+/;

/** A title's journal follows it in italics (`"...", in *NEJM AI*`): the italic span opens right after `in`. */
function journalAfter(ctx: DocContext, s: DocContext['sentences'][number], end: number): boolean {
  const rest = s.text.slice(end);
  if (PUBLISHED_IN.test(rest)) return true;
  const m = IN_AFTER.exec(rest);
  if (!m) return false;
  const seg = ctx.segments[s.segment];
  const at = s.start + end + m[0].length - seg.start;
  return seg.italic.some((it) => it.start === at);
}
/**
 * Before a title in italics: a word for a work (`her book *...*`), or a talk's `titled` (`a talk titled *...*`), not
 * `titled` alone (`an email titled *...*`) nor `called` (`a pattern called *Circuit Breaker*` names a concept).
 */
const ITALIC_BEFORE = /\b(?:(?:paper|preprint|book|essay|article|thesis)s?|(?:talk|keynote|lecture)s?,?\s+(?:titled|called|named))\s*$/i;
/** A sentence, or the section it sits in, about works: only there does a year or `by Name` after italics mark a title. */
const WORK_WORDS = /\b(?:papers?|preprints?|books?|novels?|essays?|articles?|theses|thesis|talks?|keynotes?|lectures?|reading|documentar(?:y|ies)|films?)\b/i;
// `"…" (2020)`, `"…" (OSDI 2012)`, `"…" by Harris`: a year, a venue and its year, or an author after a title.
// `"…" (1983, *Computer Music Journal*)`: the year may open what the brackets say of the work.
const YEAR_AFTER = String.raw`\((?:${VENUE}\s+)?(?:19|20)\d\d(?:\)|[,;]\s)`;
const TITLE_AFTER = new RegExp(String.raw`^\s*(?:${YEAR_AFTER}|,?\s*(?:${YEAR_AFTER}\s*)?by\s+\p{Lu})`, 'u');

/** `by Nicole Forsgren`, `(2018) by Forsgren`: the author right after a title. */
const BYLINE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${YEAR_AFTER}\s*)?by\s+\p{Lu}\p{Ll}`, 'u');

/**
 * The paragraph or list item the sentence is in speaks of works (`... is the novel by Gene Kim. Its sequel, *Accelerate*
 * by Nicole Forsgren, ...`), or the paragraph that opens its list does, or the section it sits in does (for a heading:
 * the heading above it).
 */
function aboutWorks(ctx: DocContext, s: DocContext['sentences'][number]): boolean {
  const seg = ctx.segments[s.segment];
  if (WORK_WORDS.test(seg.text)) return true;
  // A list's items are about what the paragraph that opens the list is about (`The books that did the most work:`).
  if (seg.kind === 'list-item') {
    let k = s.segment - 1;
    while (k >= 0 && ctx.segments[k].kind === 'list-item') k--;
    if (k >= 0 && ctx.segments[k].kind === 'paragraph' && /:\s*$/.test(ctx.segments[k].text) && WORK_WORDS.test(ctx.segments[k].text)) return true;
  }
  if (seg.kind !== 'heading') return WORK_WORDS.test(s.section);
  for (let k = s.segment - 1; k >= 0; k--) {
    const up = ctx.segments[k];
    if (up.kind === 'heading' && (up.level ?? 1) < (seg.level ?? 1)) return WORK_WORDS.test(up.text);
  }
  return false;
}

export function paperTitleSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const seg = ctx.segments[s.segment];
    for (const it of seg.italic) {
      const a = seg.start + it.start - s.start;
      const b = seg.start + it.end - s.start;
      if (a < 0 || b > s.text.length) continue;
      // Italics mostly stress a word or set off a name or a remark: only a cue right beside them makes them a
      // title (`the book *...*`), or a year or a byline after them among works (`*...* (2017)` in a reading list;
      // not `*The New Yorker* by Jill Lepore` or `*Apple Vision Pro* (2024)`).
      const before = ITALIC_BEFORE.test(s.text.slice(Math.max(0, a - 32), a));
      // Not a piece's publication (`the piece in *The New Yorker* by Jill Lepore`).
      const inPublication = /\b(?:in|on|for|at|from)\s*$/i.test(s.text.slice(Math.max(0, a - 6), a));
      if (!before && !(TITLE_AFTER.test(s.text.slice(b)) && !inPublication && aboutWorks(ctx, s))) continue;
      const inner = s.text.slice(a, b).replace(/[.,]$/, '');
      const name = workTitle(inner);
      // One word is a title only with its author after it (`*Accelerate* by Nicole Forsgren`).
      if (!name || (name.split(/\s+/).length < 2 && !(/^\p{Lu}/u.test(name) && BYLINE_AFTER.test(s.text.slice(b))))) continue;
      const at = s.start + a + Math.max(0, inner.indexOf(name));
      out.push({ start: at, end: at + name.length, surface: name, signal: 'quoted-title', strength: 'strong', typeHint: 'paper' });
    }
    for (const m of s.text.matchAll(PAPER_N)) {
      const name = asName(m[1].replace(/[.]$/, ''), { title: true, paper: true, work: true, maxWords: 16 });
      if (!name) continue;
      const at = s.start + m.index + m[0].indexOf(m[1]);
      out.push({ start: at, end: at + name.length, surface: name, signal: 'paper-title', strength: 'strong', typeHint: 'paper' });
    }
    for (const m of s.text.matchAll(QUOTED)) {
      const inner = m[1].replace(/[.,]$/, '');
      const after = s.text.slice(m.index + m[0].length);
      const owned = OWNER_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index)) && VENUE_YEAR_AFTER.test(after);
      const cited = AUTHOR_YEAR_AFTER.test(after) || CITATION_AFTER.test(after) || owned || journalAfter(ctx, s, m.index + m[0].length);
      // `James Cooley and John Tukey, "An Algorithm for ..." (1965)` in a list of papers: a year after a title among works.
      const listed = TITLE_AFTER.test(after) && aboutWorks(ctx, s);
      const paper = cited || listed || PAPER_CUE.test(s.text) || BY_AUTHOR.test(after) || VENUE_AFTER.test(after);
      // A work's title keeps its small words (`Fast Inference from Transformers via Speculative Decoding`).
      // A title that opens or ends with any word, or is in sentence case, needs its cue right beside it (`the paper
      // "How Complex Systems Fail"`, `"..." (2020)`, `"..." by Harris`): a quoted remark is no title.
      const near = paper && (cited || TITLE_BEFORE.test(s.text.slice(Math.max(0, m.index - 24), m.index)) || TITLE_AFTER.test(after));
      const name = cited ? citedTitle(inner) : near ? workTitle(inner) : asName(inner, { title: true, paper, maxWords: 16 });
      if (!name || name.split(/\s+/).length < 2) continue;
      const at = s.start + m.index + 1;
      out.push({
        start: at,
        end: at + name.length,
        surface: name,
        signal: 'quoted-title',
        strength: paper ? 'strong' : 'weak',
        typeHint: paper ? 'paper' : undefined,
      });
    }
  }
  return out;
}
