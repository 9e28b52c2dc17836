// What a list is a list of: `Firms I talked to or heard mentioned from the stage:` over a list of names says
// each item opens with a firm's name; `Papers worth reading:` with a paper's. The paragraph that opens the list
// names the kind once for all its items.
import type { EntityType } from '../../types.js';
import type { DocContext } from './document.js';
import { sentenceAt } from './document.js';
import type { Candidate } from './signals/candidate.js';
import { looksLikePerson, personShaped } from './person.js';

/** Plural nouns an introduction opens with, and the kind of name each item of its list then opens with. */
const KINDS: Record<string, EntityType> = {
  // (Not investors, who may be people, nor events and specs, which changelogs list by the code's names.)
  firms: 'company', companies: 'company', startups: 'company', vendors: 'company', makers: 'company',
  tools: 'product', products: 'product', libraries: 'product', apps: 'product', frameworks: 'product', projects: 'product',
  people: 'person', speakers: 'person', guests: 'person', panelists: 'person', panellists: 'person',
  papers: 'paper', preprints: 'paper',
  standards: 'protocol', specifications: 'protocol', protocols: 'protocol', formats: 'protocol',
  benchmarks: 'benchmark', datasets: 'benchmark', leaderboards: 'benchmark',
  models: 'model',
  conferences: 'event', meetups: 'event',
  organizations: 'organization', organisations: 'organization', agencies: 'organization', regulators: 'organization', nonprofits: 'organization',
};

/** The kind a plural noun names (`firms` -> company), if it is one of the kinds lists are made of. */
export function listKind(noun: string): EntityType | undefined {
  return Object.hasOwn(KINDS, noun.toLowerCase()) ? KINDS[noun.toLowerCase()] : undefined;
}

/** Words before the noun that leave it the head (`The startups`, `Three more tools`, `Other notable papers`). */
const OPENERS = /^(?:(?:the|a|some|other|more|our|my|few|several|new|notable|favourite|favorite|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)*/i;

/**
 * What may follow the noun before the colon: nothing, or a clause that picks the members out (`I talked to`, `we use`,
 * `worth reading`, `to watch`, `in this issue`), not a sentence about the kind (`Startups should avoid:`, `People often ask:`).
 */
const PICKED_OUT = /^(?:(?:(?:that|which|who|whom)\s+)?(?:I|we|you|they|I've|we've|I'd|we'd)\b|worth\b|to\s+(?:watch|know|follow|read|try|meet)\b|(?:in|at|from|on|of)\s+(?:this|the|our|my|today|last|these)\b|(?:mentioned|named|cited|covered|discussed|featured|launched|released|announced|funded|backed)\b)/i;

/** The kind a phrase opens with (its plural noun), when nothing or a picking-out clause follows the noun (or a comma, for a heading). */
function kindOpening(phrase: string, comma: boolean): EntityType | undefined {
  const m = /^([\p{L}]+)\s*(.*?)\s*$/su.exec(phrase.trim().replace(OPENERS, ''));
  const kind = m ? KINDS[m[1].toLowerCase()] : undefined;
  return kind && (m![2] === '' || (comma && m![2].startsWith(',')) || PICKED_OUT.test(m![2])) ? kind : undefined;
}

/** The kind an introduction names, when it ends with a colon and opens with a kind's plural noun. */
export function introKind(intro: string): EntityType | undefined {
  const m = /^(.*?)\s*:\s*$/su.exec(intro);
  return m ? kindOpening(m[1], false) : undefined;
}

/** The kind a section's heading names (`The vendors, briefly`, `Startups to watch`), by the same rule. */
export function headingKind(heading: string): EntityType | undefined {
  return kindOpening(heading, true);
}

/**
 * Gives the candidate that opens a list item (its first name, not one inside the item's text) the kind the
 * paragraph before the list names, or else the kind its section's heading names; and a bold lead-in that opens a
 * paragraph the kind of its section. Unless a signal already gave it a type.
 */
export function typeListLeads(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const sections = new Map<string, EntityType | null>();
  const sectionKind = (heading: string): EntityType | null => {
    let k = sections.get(heading);
    if (k === undefined) sections.set(heading, (k = headingKind(heading) ?? null));
    return k;
  };
  const kinds = new Map<number, EntityType | null>();
  const kindOf = (segment: number): EntityType | null => {
    let k = kinds.get(segment);
    if (k !== undefined) return k;
    let i = segment - 1;
    while (i >= 0 && ctx.segments[i].kind === 'list-item') i--;
    const intro = i >= 0 ? ctx.segments[i] : undefined;
    k = (intro && intro.kind === 'paragraph' ? introKind(intro.text) : undefined) ?? null;
    kinds.set(segment, k);
    return k;
  };
  for (const c of cands) {
    if (c.typeHint) continue;
    const segment = ctx.sentences[sentenceAt(ctx, c.start)]?.segment;
    const seg = segment === undefined ? undefined : ctx.segments[segment];
    // The item's or paragraph's lead: at its start, past any opening bracket or quote.
    if (!seg || ctx.text.slice(seg.start, c.start).replace(/[\s[("“*_]/g, '') !== '') continue;
    const k = seg.kind === 'list-item' ? (kindOf(segment!) ?? (seg.section ? sectionKind(seg.section) : null)) :
      seg.kind === 'paragraph' && c.signal === 'bold-lead' && seg.section ? sectionKind(seg.section) : null;
    // A person named first in a list of works or firms is their author or founder (`Robert Bristow-Johnson, "Cookbook ..."`).
    if (k && (k === 'person' || !(looksLikePerson(c.surface) || personShaped(c.surface)))) c.typeHint = k;
  }
  return cands;
}
