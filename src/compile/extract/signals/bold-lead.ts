// Bold names: a lead-in that opens a paragraph or list item (`**Vapi.** Voice agent ...`) names what the
// paragraph describes; a bold name inside a sentence (`a project called **autoresearch**`) is a weaker hint.
import type { EntityType } from '../../../types.js';
import type { DocContext } from '../document.js';
import { isDistinctive, words } from '../names.js';
import { asName, type Candidate } from './candidate.js';
import { IMPERATIVE_VERBS } from '../data/words.js';
import { FIRST_NAMES } from '../data/first-names.js';

/** Verbs that open a tip (`**Use pg_repack.**`, `**Tune autovacuum.**`) besides the imperatives every sentence may open with. */
const TIP_VERBS = new Set(['tune', 'avoid', 'set', 'run', 'keep', 'check', 'read', 'turn', 'prefer', 'watch', 'measure', 'monitor', 'test',
  'pin', 'raise', 'lower', 'increase', 'reduce', 'limit', 'split', 'batch', 'cache', 'partition', 'shard', 'drop', 'start', 'build', 'make',
  'plan', 'know', 'write', 'treat', 'put', 'move', 'benchmark', 'profile', 'log', 'trace', 'vacuum', 'index', 'backup', 'archive']);

/**
 * `**Use pg_repack.**`: a tip, an imperative verb before lower-case words, names no thing; the one code-like word
 * after the verb is the tool it is about (`pg_repack`, `go.mod`, `k6`), else nothing.
 */
function tipSubject(text: string): string | null | undefined {
  const m = /^(\p{L}+)\s+(\p{Ll}\S*(?:\s+\S+)*)$/u.exec(text);
  if (!m || !(IMPERATIVE_VERBS.has(m[1].toLowerCase()) || TIP_VERBS.has(m[1].toLowerCase()))) return undefined;
  return /^[\p{Ll}\d][\p{Ll}\d]*(?:[_.-][\p{Ll}\d]+)+$|^\p{Ll}+\d[\p{Ll}\d]*$/u.test(m[2]) ? m[2] : null;
}

/** Head nouns of the description that follows a lead-in (`**Resend.** Developer-first email API ...`). */
const DESCRIPTION_HEADS: Record<string, EntityType> = {
  company: 'company', startup: 'company', vendor: 'company', firm: 'company', provider: 'company', maker: 'company',
  foundry: 'company', chipmaker: 'company', manufacturer: 'company', retailer: 'company', lender: 'company', insurer: 'company',
  carrier: 'company', publisher: 'company', unicorn: 'company', incumbent: 'company',
  protocol: 'protocol', standard: 'protocol', spec: 'protocol', specification: 'protocol',
  benchmark: 'benchmark', leaderboard: 'benchmark', dataset: 'benchmark',
  model: 'model', llm: 'model',
  paper: 'paper', survey: 'paper', preprint: 'paper',
  framework: 'product', api: 'product', sdk: 'product', platform: 'product', app: 'product', tool: 'product',
  library: 'product', toolkit: 'product', assistant: 'product', agent: 'product', service: 'product', product: 'product',
  editor: 'product', ide: 'product', engine: 'product', runtime: 'product', database: 'product', browser: 'product', compiler: 'product',
  extension: 'product', plugin: 'product', cli: 'product',
  foundation: 'organization', university: 'organization', institute: 'organization', nonprofit: 'organization', lab: 'organization',
  conference: 'event', summit: 'event', workshop: 'event', show: 'event', expo: 'event', festival: 'event', hackathon: 'event',
  format: 'protocol',
  agency: 'organization', regulator: 'organization', association: 'organization', consortium: 'organization', alliance: 'organization',
  studio: 'product',
};

/**
 * What only a business does, opening the description (`**Mercor.** Hires experts ...`, `**Scale AI** laid off
 * 14%`); not what products do too (`launched`, `closed its preview`, `began applying`).
 */
const BUSINESS_VERBS = new Set(['announced', 'announces', 'hired', 'hires', 'raised', 'raises', 'acquired', 'acquires', 'laid', 'signed',
  'filed', 'partnered', 'employs']);
/** A verb in the past tense opening a description (`renamed`, `rebuilt`, `bought`): the lead-in did something. */
const PAST_VERB = /^(?:\p{Ll}{3,}ed|rebuilt|built|bought|sold|made|took|won|lost|cut|grew|became|began|spun|split|shut|wrote|rewrote|ran|kept|hit|set|led|paid)$/u;
/** What only people do on a stage (`spoke`, `argued`). */
const PEOPLES_VERBS = /^(?:spoke|speaks|talked|talks|argued|argues|warned|warns|joked|recalled)$/;
/** What people do on a stage or in print, and an assistant may do too (`presented`, `described`). */
const SPEECH_VERBS = /^(?:said|says|presented|presents|explained|explains|described|describes)$/;
/** What a business does to the products it owns. */
const BUSINESS_CHANGES = /^(?:renamed|rebranded|rebuilt|sold|spun|divested|restructured|reorgani[sz]ed|consolidated|merged|discontinued|licensed)$/;
/** What the object of such a verb opens with. */
const CLAUSE_OBJECT = /^(?:its|their|the|a|an|his|her|our|two|three|four|five|six|several|another)$/;
/** What a business owns and renames, rebuilds or sells (`its planning product`, `their platforms`). */
const OWN_OFFERINGS = /^(?:products?|platforms?|services?|offerings?|business|businesses|portfolio|line-?up|suite)$/;
/** After a participle (`Announced in March`, `Acquired by Google`), the verb is said of the thing, not done by it. */
const PREPOSITIONS = new Set(['in', 'at', 'on', 'by', 'for', 'with', 'to', 'as', 'from', 'during', 'last', 'this', 'earlier', 'today',
  'yesterday', 'alongside', 'together']);

function descriptionType(rest: string, lead: string): EntityType | undefined {
  // The description's first sentence, less a quoted title after the lead-in (the title is a paper's, not a description).
  const text = rest.replace(/^[\s.:–—-]+/, '').replace(/^["“][^"”]*["”]/, '').split(/[.!?](?:\s|$)/)[0];
  const raw = text.replace(/[^\p{L}\p{N}\s,;:()-]/gu, ' ').replace(/[,;:()]/g, ' , ').split(/\s+/).filter(Boolean).slice(0, 10);
  const ws = raw.map((w) => w.toLowerCase());
  // `**llama.cpp** for anything quantized`: a bold name inside a phrase, with no description after it.
  if (ws.length === 0 || PREPOSITIONS.has(ws[0])) return undefined;
  if (ws.length > 1 && BUSINESS_VERBS.has(ws[0]) && !PREPOSITIONS.has(ws[1])) return 'company';
  // `**Kinaxis** renamed its planning product Maestro`: a clause of which the lead-in is the subject; the noun after the
  // verb is its object, not what the lead-in is. Who renames or rebuilds its products is a business.
  const verb = /^(?:has|have|had)$/.test(ws[0]) ? 1 : 0;
  // `**Mohammed AlQuraishi** presented the first results`: who presents or argues, named in full with a given name, is a
  // person (not `**Gemini Live** described the scene`).
  if (verb === 0 && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(lead) &&
    (PEOPLES_VERBS.test(ws[0]) || (SPEECH_VERBS.test(ws[0]) && FIRST_NAMES.has(lead.split(/\s+/)[0].toLowerCase())))) return 'person';
  if (ws.length > verb + 2 && PAST_VERB.test(ws[verb]) && CLAUSE_OBJECT.test(ws[verb + 1])) {
    // Only what a business does to its own offerings (`renamed`, `sold`): products expand and add to theirs too.
    return BUSINESS_CHANGES.test(ws[verb]) && /^(?:its|their)$/.test(ws[verb + 1]) && ws.slice(verb + 2, verb + 5).some((w) => OWN_OFFERINGS.test(w)) ? 'company' : undefined;
  }
  // A capitalised word past the first is part of a name (`**Trailers:** OBS Studio for capture`), not the head, unless
  // the capitalised words spell the lead-in out (`**ODMSP**, the US Government Orbital Debris Mitigation Standard Practices`).
  const spelled = /^\p{Lu}{2,}$/u.test(lead) && raw.filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join('').includes(lead);
  for (const [i, w] of ws.entries()) {
    const t = i > 0 && !spelled && /^\p{Lu}\p{Ll}/u.test(raw[i]) ? undefined : (DESCRIPTION_HEADS[w] ?? DESCRIPTION_HEADS[w.replace(/s$/, '')]);
    if (t) return t;
    if (/^(is|was|are|were|has|had|runs|does|did|sells|ships)$/.test(w)) break;
    // The description's own noun phrase only: not a noun in a phrase or clause after it (`**AAX.** Avid's format
    // exists for one host, Pro Tools`: `Tools` is no head of it).
    if (i > 0 && (w === ',' || PREPOSITIONS.has(w))) break;
  }
  return undefined;
}

export function boldLeadSignal(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  for (const seg of ctx.segments) {
    if (seg.kind === 'heading') continue;
    for (const b of seg.bold) {
      const raw = seg.text.slice(b.start, b.end);
      if (/^["“]/.test(raw.trim())) continue; // quoted titles are the quoted-title signal's
      const lead = seg.text.slice(0, b.start).trim() === '' && (seg.kind !== 'table-cell' || seg.col === 0);
      const rest = seg.text.slice(b.end);
      let text = raw.replace(/[.:–—-]\s*$/, '').trim();
      const tip = tipSubject(text);
      if (tip === null) continue;
      if (tip) text = tip;
      // `**PolyAI, Parloa, Cognigy.**` names three things.
      const parts = text.includes(',') ? text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/) : [text];
      const names = parts.map((p) => asName(p, { lowercase: true }));
      if (names.some((n) => n === null)) continue;
      let from = b.start;
      for (const name of names as string[]) {
        const at = seg.text.indexOf(name, from);
        const start = seg.start + (at >= 0 ? at : b.start);
        from = at >= 0 ? at + name.length : from;
        const w = words(name);
        if (w.length === 1 && /^\p{Ll}/u.test(name) && !isDistinctive(name)) continue;
        const plainWord = w.length === 1 && !isDistinctive(name);
        out.push({
          start,
          end: start + name.length,
          surface: name,
          signal: 'bold-lead',
          // A single dictionary word in bold (`**Legal** is ...`) is often a label, not a name.
          strength: plainWord ? 'weak' : lead ? 'strong' : 'medium',
          typeHint: lead && names.length === 1 ? descriptionType(rest, name) : undefined,
          boldLead: lead && /[.:]\s*$/.test(raw) ? true : undefined,
        } as Candidate);
      }
    }
  }
  return out;
}
