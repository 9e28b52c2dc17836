// What kind of page a question asks for, read from its wh-word and the noun after it.
import { singular, words } from './tokenize.js';

/** Nouns that, right after "which" or "what", say which kind of page the answer is. */
const ASKED_TYPES: Record<string, string[]> = {
  company: ['company'],
  startup: ['company'],
  firm: ['company'],
  vendor: ['company'],
  business: ['company'],
  investor: ['company', 'person', 'organization'],
  organization: ['organization'],
  organisation: ['organization'],
  institution: ['organization'],
  university: ['organization'],
  lab: ['organization', 'company'],
  agency: ['organization'],
  nonprofit: ['organization'],
  consortium: ['organization'],
  person: ['person'],
  people: ['person'],
  founder: ['person'],
  ceo: ['person'],
  researcher: ['person'],
  author: ['person'],
  product: ['product'],
  tool: ['product'],
  app: ['product'],
  platform: ['product'],
  service: ['product'],
  framework: ['product'],
  library: ['product'],
  model: ['model'],
  llm: ['model'],
  protocol: ['protocol'],
  standard: ['protocol'],
  spec: ['protocol'],
  specification: ['protocol'],
  paper: ['paper'],
  study: ['paper'],
  benchmark: ['benchmark'],
  leaderboard: ['benchmark'],
  eval: ['benchmark'],
  event: ['event'],
  conference: ['event'],
  topic: ['topic'],
  post: ['source'],
  article: ['source'],
};

export interface Asked {
  /** Page types the question asks for. */
  types: Set<string>;
  /** The nouns that asked for them ("protocol"), so a page named "X Protocol" counts too. */
  nouns: Set<string>;
}

/** What kind of page a question asks for: "who ..." asks for people and organisations, "which protocol ..." for protocols. */
export function askedFor(question: string): Asked {
  const w = words(question);
  const types = new Set<string>();
  const nouns = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 'who' || w[i] === 'whom' || w[i] === 'whose') ['person', 'company', 'organization'].forEach((t) => types.add(t));
    if (w[i] === 'which' || w[i] === 'what') {
      // The noun may follow one modifier: "which open protocol".
      for (const next of w.slice(i + 1, i + 3)) {
        const noun = ASKED_TYPES[singular(next)] ? singular(next) : next;
        const found = ASKED_TYPES[noun];
        if (found) {
          found.forEach((t) => types.add(t));
          nouns.add(noun);
          break;
        }
      }
    }
  }
  return { types, nouns };
}

/** The page types a question asks for. */
export function askedTypes(question: string): Set<string> {
  return askedFor(question).types;
}
