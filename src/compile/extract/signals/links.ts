// Link anchors with external targets: the anchor names the thing, the target tells its homepage and often its type.
import type { EntityType } from '../../../types.js';
import type { DocContext } from '../document.js';
import { isAcronym, isDistinctive, isOrdinaryPhrase, isVersion, words } from '../names.js';
import { headType } from '../classify.js';
import { looksLikePerson, personShaped } from '../person.js';
import { isDictionaryWord } from '../nlp.js';
import { asName, hostOf, type Candidate, type Strength } from './candidate.js';
import { describeLink, squash } from './urls.js';
import { escapeRegExp } from '../name-key.js';

/** Whether `name` is written in `text` as a word outside [from, to), in any case. */
function namedElsewhere(text: string, name: string, from: number, to: number): boolean {
  if (name.length < 3) return false;
  const lower = text.toLowerCase();
  const want = name.toLowerCase();
  const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}_-]/u.test(c);
  for (let i = lower.indexOf(want); i >= 0; i = lower.indexOf(want, i + 1)) {
    if (i >= from && i < to) continue;
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + want.length])) return true;
  }
  return false;
}

/** A repository's home page: owner and name. */
const REPO_HOME = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/([^/\s]+)\/([^/#?\s]+)\/?$/i;
const JOINER_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'with', 'a']);

/** Trailing lower-case words that say what the anchor's name is (`ReDeEP paper`, `MedHallu benchmark`). */
const TRAILING_TYPE: Record<string, EntityType> = {
  paper: 'paper', preprint: 'paper', survey: 'paper', study: 'paper',
  benchmark: 'benchmark', leaderboard: 'benchmark', dataset: 'benchmark',
  protocol: 'protocol', spec: 'protocol', specification: 'protocol', standard: 'protocol',
  model: 'model', models: 'model',
  framework: 'product', library: 'product', sdk: 'product', api: 'product', app: 'product', tool: 'product', repo: 'product', repository: 'product', project: 'product',
  conference: 'event', summit: 'event', workshop: 'event',
};

/** Lower-case words closing a link's text that name the page linked, not the thing it is about. */
const DOCUMENT_WORDS = new Set(['docs', 'documentation', 'guide', 'guides', 'tutorial', 'post', 'blog', 'announcement', 'article', 'page',
  'thread', 'talk', 'video', 'writeup', 'write-up', 'readme', 'changelog', 'notes', 'website', 'site', 'homepage']);

function paperTitle(anchor: string): string | null {
  const t = anchor.replace(/,?\s*\(?arXiv[:\s]*\d{4}\.\d{4,5}\)?.*$/i, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const name = asName(t, { title: true, paper: true, work: true, maxWords: 16 });
  if (!name) return null;
  const w = words(name);
  // Two plain dictionary words (`Comprehensive Survey`) describe a paper; they are not its title.
  if (w.length < 3 && w.every((x) => /^\p{L}+$/u.test(x) && isDictionaryWord(x))) return null;
  // `Kimi K2 from Moonshot AI`: a short name and its maker, not a title (`Learning from Human Preferences` is one).
  const maker = /^(.+?) (?:from|by) (.+)$/.exec(name);
  if (maker && words(maker[1]).length <= 2 && words(maker[2]).length <= 3 && !maker[2].includes(':') &&
    (!isOrdinaryPhrase(maker[1]) || !isOrdinaryPhrase(maker[2]))) return null;
  return name;
}

/**
 * `[istio.io](https://istio.io)` beside `Istio`: a domain written out in lower case is the address of a
 * name the post writes as a name elsewhere, not a name of its own (`socket.io`, written only so, stays).
 */
function namedDomain(anchor: string, text: string): boolean {
  const domain = /^(?:www\.)?([a-z0-9][a-z0-9-]*)(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/.exec(anchor.trim());
  if (!domain) return false;
  const spellings = new Set([domain[1], domain[1].replace(/-/g, ' ')]);
  for (const label of spellings) {
    const escaped = escapeRegExp(label).replace(/ /g, '\\s+');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}.])${escaped}(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'giu'))) {
      if (/\p{Lu}/u.test(m[0])) return true;
    }
  }
  return false;
}

export function linkSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  for (const seg of ctx.segments) {
    for (const link of seg.links) {
      const host = hostOf(link.href);
      if (!host || (ctx.ownHost && (host === ctx.ownHost || host.endsWith('.' + ctx.ownHost)))) continue;
      const target = describeLink(link.href);
      if (!target) continue;
      const anchor = seg.text.slice(link.start, link.end);
      const start = seg.start + link.start;
      let text = anchor.replace(/\s*\([^)]*\)\s*$/, '').trim();
      let hint: EntityType | undefined = target.typeHint;
      let cut = text !== anchor.trim();
      const tail = /\s+(\p{Ll}+)$/u.exec(text);
      if (tail && TRAILING_TYPE[tail[1]]) {
        hint = TRAILING_TYPE[tail[1]];
        text = text.slice(0, tail.index);
        cut = true;
      } else if (tail && DOCUMENT_WORDS.has(tail[1])) {
        // `Kubernetes docs`, `the Sentry guide`: what the link points at is about the name before.
        text = text.slice(0, tail.index);
        cut = true;
      }
      // `(OpenAI, September 2025)`: a citation; the name is the part before the date.
      const cited = /^(.+?),\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d$/.exec(text);
      if (cited) {
        text = cited[1];
        cut = true;
      }
      // `**Gitleaks** — [gitleaks/gitleaks](https://github.com/gitleaks/gitleaks)`: a repository's path names the
      // project the post names elsewhere by the path's last part (not `rust-lang/rfcs`, which only the path names).
      const repo = REPO_HOME.exec(link.href);
      let fromEnd = false;
      if (repo && text.toLowerCase() === `${repo[1]}/${repo[2].replace(/\.git$/i, '')}`.toLowerCase() && namedElsewhere(ctx.text, text.slice(text.indexOf('/') + 1), start, start + anchor.length)) {
        text = text.slice(text.indexOf('/') + 1);
        fromEnd = true;
      }
      // `[Read more: PipeWire](...)`, `[See also - Kafka](...)`: a link's lead-in label, not part of the name.
      // A colon, or a dash with spaces round it: `more-itertools` and `Source-available` keep their words.
      const label = /^(?:read more|more|see also|see|via|source|related|further reading|read)(?:\s*:\s*|\s+[-–—]\s+)(?=\S)/i.exec(text);
      if (label) {
        text = text.slice(label[0].length);
        cut = true;
      }
      const owned = /^(.+?)['’]s\s+(.+)$/.exec(text);
      if (owned) {
        const owner = asName(owned[1]);
        if (owner) out.push({ start, end: start + owned[1].length, surface: owner, signal: 'link', strength: 'medium', possessive: true });
        text = owned[2];
        cut = true;
      }
      let name: string | null = null;
      if (target.typeHint === 'paper' && hint === 'paper') {
        name = paperTitle(text);
        // `[Comprehensive Survey, arXiv 2510.06265](...)`: no title, only the id, which names the paper by itself.
        if (!name && /arXiv[:\s]*\d{4}\.\d{4,5}/i.test(anchor)) continue;
      }
      if (!name) name = asName(text, { lowercase: target.typeHint === 'product' && !isDictionaryWord(text) });
      if (!name && text.includes(': ')) {
        const left = text.slice(0, text.indexOf(': '));
        if (left.length >= 3) {
          name = asName(left);
          cut = true;
        }
      }
      if (!name || /^arXiv\b/i.test(name)) continue;
      // `-moz-border-radius`, `--force`: CSS properties and command flags; `#itfc`: a hashtag.
      if (/^\s*[-#]/.test(anchor)) continue;
      // `glazman.org/weblog/dotclea…`: a URL written out is no name.
      if (/\.\p{L}{2,}\/|…$/u.test(anchor)) continue;
      if (namedDomain(anchor, ctx.text)) continue;
      const at = start + Math.max(0, fromEnd ? anchor.lastIndexOf(name) : anchor.indexOf(name));
      const sq = squash(name);
      // The URL spells the name (`[Vapi](https://vapi.ai)`, `[autoresearch](github.com/o/autoresearch)`).
      const spelled = target.ident.length >= 2 && sq.length >= 2 && (sq.includes(target.ident) || target.ident.includes(sq));
      const plainWord = words(name).length === 1 && !isDistinctive(name);
      let strength: Strength = cut ? 'medium' : 'strong';
      if (plainWord && !spelled) strength = 'weak';
      const nw = words(name);
      let demote = false;
      // Paper titles are ordinary words by nature; their hosts vouch for them.
      if (!spelled && target.typeHint !== 'paper') {
        // `optOutLink`: an identifier from an API reference, not a product.
        if (/^\p{Ll}{2,}(?:\p{Lu}\p{Ll}+){2,}$/u.test(name)) continue;
        // `[readme](github.com/o/r#readme)`, `[diskusage](github.com/o/r/blob/...)`: a file or section of a repository.
        if (/^https?:\/\/(www\.)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^/]+\/[^/#]+(\/(blob|tree|raw|wiki|issues|pull)\/|#)/.test(link.href) && /^\p{Ll}/u.test(name)) strength = 'weak';
        // `FreeType fuzzer`, `Python openid-2.2.5`: a name with a lower-case tail describes something else.
        if (nw.length >= 2 && /^\p{Ll}[\p{Ll}\d.\-]*$/u.test(nw[nw.length - 1]) && !isVersion(nw[nw.length - 1])) demote = true;
        // `Help Center Article`, `HTML5 Template Ads`: a descriptive anchor of ordinary words.
        if (nw.length >= 3 && nw.filter((x) => !isAcronym(x) && !/\d/.test(x)).every((x) => isDictionaryWord(x) || JOINER_WORDS.has(x.toLowerCase())) &&
          !['organization', 'company', 'event'].includes(headType(name) ?? '')) demote = true;
      }
      if (demote) strength = 'weak';
      if (target.encyclopedia && (plainWord || !/\p{Lu}/u.test(name))) strength = 'weak';
      if (target.profile && (looksLikePerson(name) || personShaped(name) || /^@/.test(anchor.trim()))) hint ??= 'person';
      else if (target.homepage && !hint && spelled && looksLikePerson(name)) {
        // A home page whose domain spells a person's name is that person's; a product's or a company's look alike,
        // so those are left to the context (classify gives a spelled home page a small company vote).
        hint = 'person';
      }
      const identifying = spelled || target.typeHint === 'paper' || (!cut && target.typeHint === 'model');
      out.push({
        start: at,
        end: at + name.length,
        surface: name,
        signal: 'link',
        strength,
        typeHint: hint,
        url: identifying ? target.url : undefined,
        demote: demote || undefined,
      });
    }
  }
  return out;
}
