// Facts (quantified sentences that mention an entity, dated by their post) and the lead sentence.
import type { Fact, RawDoc } from '../../types.js';
import type { MentionRef } from './resolve.js';
import type { DocExtraction } from './types.js';
import { besidesNames } from '../text.js';

function dateOf(doc: RawDoc | undefined): string | undefined {
  const d = doc?.meta.published ?? doc?.meta.updated;
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : undefined;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sentences after a bold lead-in that may be facts about what it names. */
const LEAD_IN_REACH = 8;

function sentenceOf(extractions: Map<string, DocExtraction>, docId: string, i: number): string | undefined {
  return extractions.get(docId)?.sentences[i]?.text;
}

export function collectFacts(refs: MentionRef[], byDoc: Map<string, DocExtraction>, docById: Map<string, RawDoc>): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  for (const r of refs) {
    const x = byDoc.get(r.m.docId);
    const s = x?.sentences[r.m.sentence];
    // `Tool: Ray Data; Engine: Python, C++ core`: a row is a fact about what its first cell names, not about every name in it.
    if (!s || !s.quantified || s.rowValue) continue;
    // `works in the latest Chrome, Edge, Firefox and Safari`: one of three names or more in a list is not what the sentence is about.
    if ((r.m.flags?.listedWith?.length ?? 0) >= 2) continue;
    // `**MCP.** ... Donated to the Linux Foundation in December 2025.`: a sentence with no subject of its own goes on
    // about another name's lead-in, not about the names inside it (but about what its verb names: `Released CSM-1B ...`).
    const verb = SUBJECTLESS.exec(s.text);
    if (verb && !r.m.flags?.boldLead && r.m.offset !== verb[0].length && afterLeadIn(x, r.m.sentence)) continue;
    const key = `${r.m.docId}#${r.m.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push(factOf(s.text, r.m.docId, docById));
  }
  // `**Decagon.** Raised $250 million at a $4.5 billion valuation ...`: the sentences after a bold lead-in, to the end
  // of its paragraph or list item, are about what it names.
  for (const r of refs) {
    // `**PolyAI, Parloa, Cognigy.**`: what follows a lead-in of several names is about none of them alone.
    if (!r.m.flags?.boldLead || (r.m.flags.listedWith?.length ?? 0) >= 1) continue;
    const x = byDoc.get(r.m.docId);
    if (!x || x.sentences[r.m.sentence]?.ends) continue;
    for (let i = r.m.sentence + 1; i < x.sentences.length && i <= r.m.sentence + LEAD_IN_REACH; i++) {
      const s = x.sentences[i];
      const key = `${r.m.docId}#${i}`;
      if (s.quantified && !s.rowValue && !seen.has(key)) {
        seen.add(key);
        facts.push(factOf(s.text, r.m.docId, docById));
      }
      if (s.ends) break;
    }
  }
  return facts.sort((a, b) => cmp(a.date ?? '', b.date ?? '') || cmp(a.docId, b.docId));
}

/** A sentence that opens with a verb in `-ed` (`Donated to ...`, `Acquired by ...`): its subject is the paragraph's. */
const SUBJECTLESS = /^\p{Lu}\p{Ll}{2,}ed\s/u;

/** Whether sentence `i` follows a bold lead-in (`**MCP.**`) in the same paragraph or list item. */
function afterLeadIn(x: DocExtraction, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LEAD_IN_REACH; k--) {
    if (x.sentences[k].ends) return false;
    if (boldLeadIn(x, k) !== undefined) return true;
  }
  return false;
}

/** Sentence `i` of a post when it is a bold lead-in alone (`**Sierra.**`), without its closing mark. */
function boldLeadIn(x: DocExtraction, i: number): string | undefined {
  const bare = x.sentences[i]?.text.replace(/[.:]\s*$/, '').trim();
  if (!bare) return undefined;
  const named = withoutNote(bare);
  for (const m of x.mentions) {
    if (m.sentence === i && m.flags?.boldLead && named.length <= m.surface.length + 2) return bare;
  }
  return undefined;
}

/** Some word of three letters or more is left once the names, brackets and marks are taken out. */
function saysSomething(text: string, names: string[]): boolean {
  return text.length > 160 || /\p{Ll}{3,}/u.test(besidesNames(text, names));
}

/** `Llama 3.2 (Meta, September 25)` without its note in brackets. */
const withoutNote = (s: string): string => s.replace(/\s*\([^()]{1,60}\)$/, '');

/** A fact from sentence text of a post, dated by the post. */
function factOf(text: string, docId: string, docById: Map<string, RawDoc>): Fact {
  const f: Fact = { text, docId };
  const date = dateOf(docById.get(docId));
  if (date) f.date = date;
  return f;
}

/** The sentence that best says what the entity is: a bold lead-in's paragraph, `X is a ...`, `X, a ...`. */
export function pickLead(name: string, refs: MentionRef[], byDoc: Map<string, DocExtraction>, docById: Map<string, RawDoc>): Fact | undefined {
  let best: { score: number; fact: Fact; order: string } | undefined;
  for (const r of refs) {
    const x = byDoc.get(r.m.docId);
    if (!x) continue;
    let idx = r.m.sentence;
    let text = sentenceOf(byDoc, r.m.docId, idx);
    if (!text) continue;
    let score = 0;
    let at = r.m.offset ?? text.indexOf(r.m.surface);
    // `**Vapi.** Voice agent orchestration ...`: the lead-in is its own sentence; the next one defines it.
    // So with a parenthesis after the name: `**Llama 3.2** (Meta, September 25). Two vision models ...`.
    const bare = text.replace(/[.:]\s*$/, '').trim();
    const named = withoutNote(bare);
    const withNote = (r.m.signal === 'bold-lead' || !!r.m.flags?.boldLead) && named !== bare && named.length <= r.m.surface.length + 2;
    if (r.m.flags?.boldLead || withNote) {
      const next = sentenceOf(byDoc, r.m.docId, idx + 1);
      // A note's lead-in takes the next sentence only from its own list item or paragraph.
      if (next && ((withNote && !x.sentences[idx]?.ends) || (!withNote && bare.length <= r.m.surface.length + 2))) {
        // `**Acme.** Acme raised ...`: a sentence that opens with the name needs no lead-in before it.
        if (next.startsWith(named)) {
          text = next;
          at = 0;
        } else text = `${bare}: ${next}`;
        idx += 1;
      }
      score += 6;
    }
    const after = text.slice(at + r.m.surface.length);
    if (/^(['’]s)?\s+(is|was|are)\s+(a|an|the)\b/.test(after)) score += 5;
    else if (/^,\s+(a|an|the)\s/.test(after)) score += 4;
    else if (/^\s*\(/.test(after) && r.m.signal === 'definition') score += 3;
    if (at <= 1) score += 1;
    // `terraform for the cluster itself, and:`: a sentence cut off before a list says nothing whole.
    if (/[:;]\s*$/.test(text)) score -= 2;
    if (text.length < 40) score -= 3;
    if (text.length > 400) score -= 2;
    if (x.sentences[idx]?.section === text) score -= 4; // a heading
    // A table row is a record of the thing, not a sentence saying what it is: one with nothing better.
    if (x.sentences[r.m.sentence]?.tableRow) score -= 3;
    if (r.m.sentence < 0) continue;
    if (r.m.signal === 'propn-run' && r.m.strength === 'weak') score -= 1;
    // Most mentions lose: decide before building anything.
    if (best && score < best.score) continue;
    // `MCP (Model Context Protocol).`: the name and its expansion, with nothing said of it.
    if (!saysSomething(text, [r.m.surface, name])) {
      score -= 6;
      if (best && score < best.score) continue;
    }
    const order = `${r.m.docId}#${String(r.m.sentence).padStart(6, '0')}`;
    if (best && score === best.score && order >= best.order) continue;
    // `**Sierra.** Bret Taylor and Clay Bavor's company`: a sentence right after another name's lead-in is about that
    // name, so it keeps its lead-in.
    const lead = !r.m.flags?.boldLead && !withNote && idx > 0 && !x.sentences[idx - 1]?.ends ? boldLeadIn(x, idx - 1) : undefined;
    best = { score, fact: factOf(lead && !text.startsWith(withoutNote(lead)) ? `${lead}: ${text}` : text, r.m.docId, docById), order };
  }
  void name;
  return best?.fact;
}
