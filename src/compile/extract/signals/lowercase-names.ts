// Lower-case project names in running text (`liblzma`, `xz-utils`, `pip-tools`, `systemd's`): names by
// their shape (a `lib` prefix, a `-utils`/`-tools` suffix), by owning something or by a release number
// after them (`pgvector 0.7`), never dictionary words.
import { insideInternalLink, type DocContext } from '../document.js';
import { isCompoundWord, isNonEntity, singularsOf } from '../names.js';
import { isDictionaryWord } from '../nlp.js';
import type { Candidate } from './candidate.js';

const LOWER_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const NAME_SHAPE = /^lib[a-z0-9]{3,}$|^[a-z][a-z0-9]+-(?:utils|tools|cli|rs|js|py|go|ng|core|sdk)$/;

function insideCode(ctx: DocContext, segment: number, offset: number): boolean {
  const seg = ctx.segments[segment];
  const at = offset - seg.start;
  return seg.code.some((c) => at >= c.start && at < c.end) || seg.links.some((l) => at >= l.start && at < l.end);
}

/** `garak, the LLM vulnerability scanner`, `etcd, a key-value store`: a lower-case word defined as a kind of software. */
const SOFTWARE_APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:tool|library|framework|scanner|cli|package|database|store|runtime|project|service|engine|server|proxy|compiler|linter|plugin|operator|controller|orchestrator|scheduler|manager)\b/i;

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

export function lowercaseNameSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  const titled = titleNames(ctx);
  for (const s of ctx.sentences) {
    const seg = ctx.segments[s.segment];
    if (seg.kind === 'heading') continue;
    for (let i = s.w0; i < s.w1; i++) {
      const w = ctx.words[i];
      const c = w.text.charCodeAt(0);
      if (c < 97 || c > 122 || w.text.length < 4 || !LOWER_NAME.test(w.text)) continue;
      const shaped = NAME_SHAPE.test(w.text);
      // `pgvector 0.7`, `esbuild 0.20.1`: a release number after a word that is no dictionary word.
      const next = ctx.words[i + 1];
      const released = !!next && i + 1 < s.w1 && /^v?\d+\.\d+(?:\.\d+)*$/.test(next.text) && ctx.text.slice(w.end, next.start) === ' ';
      const defined = !shaped && SOFTWARE_APPOSITIVE.test(ctx.text.slice(w.end, w.end + 80));
      if (!shaped && !w.possessive && !released && !defined && !titled.has(w.text)) continue;
      if (w.text.split(/[-_]/).every((p) => isDictionaryWord(p)) || isNonEntity(w.text)) continue;
      if (!shaped && isCompoundWord(w.text)) continue;
      // Inside code the word is a command or identifier; inside a link the link signal reads it.
      if (insideCode(ctx, w.segment, w.start) || insideInternalLink(ctx, w.start)) continue;
      out.push({
        start: w.start,
        end: w.end,
        surface: w.text,
        signal: 'lowercase-name',
        strength: 'medium',
        midSentence: !w.initial,
        possessive: w.possessive || undefined,
      });
    }
  }
  return out;
}
