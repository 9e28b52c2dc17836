// Context cues: the words around a mention vote for its type (`CEO X`, `X raised`, `the X protocol`,
// `X, a voice startup`). Votes are summed over all mentions of an entity when it is resolved.
import type { EntityType, MentionFlags } from '../../types.js';
import type { DocContext } from './document.js';
import { sentenceAt } from './document.js';
import { JOB_WORDS, acronymFits, isAcronym, isCommonCapitalised, isPlace } from './names.js';
import { looksLikePerson, personShaped } from './person.js';
import { isDictionaryWord } from './nlp.js';
import { HEAD_WORDS, ORGANIZATION_ACRONYMS, POST_CUES, PRE_CUES, SENTENCE_CUES, knownBody } from './data/type-words.js';
import { listKind } from './list-kinds.js';
import { wellKnownType } from './data/well-known.js';
import { FIRST_NAMES } from './data/first-names.js';
import { MONTHS } from './data/words.js';

export type Votes = Partial<Record<EntityType, number>>;

const APPOSITIVE_HEADS: Record<string, EntityType> = {
  company: 'company', startup: 'company', firm: 'company', vendor: 'company', maker: 'company', provider: 'company', lab: 'company',
  studio: 'company', publisher: 'company', manufacturer: 'company', chipmaker: 'company', automaker: 'company', carmaker: 'company',
  airline: 'company', retailer: 'company', insurer: 'company', reinsurer: 'company', subsidiary: 'company', 'start-up': 'company',
  'scale-up': 'company', 'chip-maker': 'company', 'car-maker': 'company',
  venture: 'company', spinout: 'company', 'spin-off': 'company', conglomerate: 'company', giant: 'company', unicorn: 'company',
  bank: 'company', lender: 'company', supplier: 'company', distributor: 'company', consultancy: 'company',
  // (Not `broker`, `forwarder`, `shipper` or `utility`: message brokers, log forwarders and shippers and command-line
  // utilities are software.)
  integrator: 'company', reseller: 'company', wholesaler: 'company', grocer: 'company', carrier: 'company', brokerage: 'company',
  telco: 'company',
  protocol: 'protocol', standard: 'protocol', spec: 'protocol', specification: 'protocol',
  benchmark: 'benchmark', leaderboard: 'benchmark', dataset: 'benchmark',
  model: 'model', llm: 'model',
  paper: 'paper', survey: 'paper', preprint: 'paper', study: 'paper',
  framework: 'product', library: 'product', tool: 'product', platform: 'product', app: 'product', sdk: 'product', api: 'product',
  service: 'product', assistant: 'product', product: 'product', agent: 'product', editor: 'product', ide: 'product',
  engine: 'product', language: 'product', runtime: 'product', database: 'product', distribution: 'product', project: 'product',
  compiler: 'product', linter: 'product', formatter: 'product', installer: 'product', browser: 'product', os: 'product',
  foundation: 'organization', nonprofit: 'organization', 'non-profit': 'organization', university: 'organization',
  institute: 'organization', agency: 'organization', consortium: 'organization', 'standards': 'organization', body: 'organization',
  committee: 'organization', council: 'organization', commission: 'organization', regulator: 'organization', alliance: 'organization',
  association: 'organization', society: 'organization', group: 'organization', organization: 'organization', organisation: 'organization',
  // (Not `center`, `centre` or `department`: `Raycast, a command center for your Mac`, `Azure, Microsoft's biggest department`.)
  federation: 'organization', charity: 'organization', ngo: 'organization', laboratory: 'organization', ministry: 'organization',
  partnership: 'organization',
  researcher: 'person', founder: 'person', ceo: 'person', engineer: 'person', professor: 'person', scientist: 'person',
  lead: 'person', director: 'person', officer: 'person', president: 'person', cto: 'person', advocate: 'person',
  chairman: 'person', chairwoman: 'person', chair: 'person', cfo: 'person', coo: 'person', vp: 'person', executive: 'person',
  creator: 'person', author: 'person', maintainer: 'person', developer: 'person', inventor: 'person', 'co-founder': 'person',
  superintendent: 'person', commissioner: 'person', economist: 'person',
  conference: 'event', summit: 'event', workshop: 'event', meetup: 'event', hackathon: 'event', symposium: 'event',
  show: 'event', expo: 'event', festival: 'event',
  mission: 'event', flight: 'event', expedition: 'event', contest: 'event', competition: 'event', tournament: 'event',
  format: 'protocol', scheme: 'protocol', algorithm: 'protocol', cipher: 'protocol', mechanism: 'protocol', fork: 'product', store: 'product', mesh: 'product', shell: 'product', terminal: 'product', extension: 'product',
  plugin: 'product', 'add-on': 'product', book: 'product', textbook: 'product', novel: 'product',
  scanner: 'product', fuzzer: 'product', profiler: 'product', debugger: 'product', tracer: 'product', proxy: 'product',
  orchestrator: 'product', scheduler: 'product', operator: 'product', controller: 'product', queue: 'product', cache: 'product',
  generator: 'product', validator: 'product', monitor: 'product', emulator: 'product', simulator: 'product', toolkit: 'product',
};

/**
 * `written in X`, `a grant from X`, `presented at X`: cues before a name. Each is tried only when the word
 * right before the name is one it can end with (end-anchored patterns are costly to try everywhere).
 */
const gate = (s: string): ReadonlySet<string> => new Set(s.split(' '));
const BEFORE_PATTERNS: [ReadonlySet<string>, RegExp, EntityType, number][] = [
  [gate('in'), /\b(?:written|implemented|rewritten|ported|coded|programs?|programming|developers?|engineers?|code|rewrite)(?:\s+\w+ly)? in\s*$/i, 'product', 2.5],
  // `announced it at SaaStr Annual 2024`: `it` or `them` may stand between the verb and `at`.
  [gate('at the'), /\b(?:talks?|keynote|presented|presenting|published|speaking|spoke|present|attend(?:ed|ing)?|announced|held|hosted|panels?|booth)(?:\s+(?:it|them))? at(?: the)?\s*$/i, 'event', 3],
  [gate('from the'), /\b(?:grants?|funding|fellowship) from(?: the)?\s*$/i, 'organization', 2],
  // Where people work: `engineers at Cloudflare` work for a company; `researchers at X` may be at a
  // university or at a company's lab (`security researchers at Wiz`), so both get half the vote.
  [gate('at the'), /\b(?:engineers?|employees?|staff|folks|executives?|insiders?|interns?|designers?|managers?|directors?|architects?|developers?|analysts?|VP|product lead|tech lead|team lead|(?:\w+\s+)?team|teams|division) at(?: the)?\s*$/i, 'company', 2],
  [gate('at the'), /\b(?:researchers?|scientists?) at(?: the)?\s*$/i, 'company', 1],
  // `ten years at Goldman Sachs`, `previously CFO at Marqeta`, `head of research at Freightos`: a career is spent at
  // companies (a head of a job's area only: not `head of line blocking at Envoy`).
  [gate('at the'), /(?:\b(?:years?|months?|decades?|stint|tenure|career|internship|previously|formerly)|\bC\p{Lu}{1,2}O|\b[Cc]o-?founder|\b[Ff]ounder|\bhead of (?:global |developer |machine |data |product |platform )?(?:product|engineering|research|sales|marketing|design|growth|operations|ops|data|AI|ML|security|infrastructure|platform|policy|communications|partnerships|relations|people|talent|strategy|finance|legal|learning|science|technology|business development)|\b(?:managing|executive) director|\bchief [\p{Ll}]+ officer) at(?: the)?\s*$/u, 'company', 2],
  // `Its first administrator, Mikey Dickerson, came ...`: an office named before the one who holds it, in apposition.
  // Not after a preposition (`In the editor, Cline suggests ...`).
  [gate('administrator director ceo president chair chairman chairwoman secretary commissioner governor mayor dean founder'),
    /(?<!\b(?:in|from|under|on|at|with|by|to|for|of|into|inside|within)\s+)\b(?:its|their|his|her|the)\s+(?:(?:first|new|current|former|founding|acting|interim|then|longtime)\s+)?(?:administrator|director|CEO|president|chair|chairman|chairwoman|secretary|commissioner|governor|mayor|dean|founder),\s*$/i, 'person', 2.5],
  // `Chief executive Abel Avellan`: the title in words.
  [gate('executive'), /\bchief executive\s*$/i, 'person', 2],
  // `created Feast at Gojek`, `led it at Tecton`, `built at PingCAP`: where software is made and people work.
  [gate('at'), /\b(?:built|created|developed|incubated|started|born|written|invented|led|worked|works|working)(?:\s+[\p{L}\p{N}.'’-]+){0,3}\s+at\s*$/iu, 'company', 2],
  // `*Writing An Interpreter In Go* by Thorsten Ball`, `the book by Herlihy and Shavit`: the authors of a work.
  [gate('by'), /(?:["”]|\b(?:book|books|paper|essay|article|novel|course|thesis|post|posts|talk|keynote)\b|(?:\p{Lu}[\p{L}\p{N}'’-]*\s+){2,})[^.;:]{0,60}?\bby\s*$/u, 'person', 2],
  // `the startup founded by Jony Ive`: founders are people (hosts and authors may be firms: `hosted by Netlify`).
  [gate('by'), /\b(?:founded|co-?founded) by\s*$/i, 'person', 2],
  // `Velociraptor, now part of Rapid7,`: what took it over, in an aside, is a company (lightly: `is now part of
  // Kubernetes` says nothing of the kind).
  [gate('of the'), /,\s+now (?:part|a (?:unit|division|subsidiary)) of(?: the)?\s*$/i, 'company', 1.5],
  // `nuTonomy, later part of Motional`, `which became part of Hyundai`: what a firm became part of is a firm, lightly
  // (`is now part of Kubernetes` says nothing of the kind).
  [gate('of'), /\b(?:later|became|becoming)\s+(?:a\s+)?part of\s*$/i, 'company', 1.5],
  // `whose network business is being spun out as 1Finity`, `forming a joint venture, SatCo,`, `the newly combined
  // VodafoneThree`: a firm made of another firm's parts, or of two firms (not a fork spun out as a project, nor `In the
  // joint venture, Azure provides`).
  [gate('as venture combined'), /\b(?:business|unit|division|arm|operations|subsidiary)\b[^.;]{0,40}\b(?:spun (?:off|out)|carved out|split off) as\s*$|\b(?:a|new)\s+joint venture,?\s*$|\bnewly combined\s*$/i, 'company', 2],
  // `the venture side of Bayer`, `the parent company of Instagram`: a firm's units and owners are firms (a bare
  // `parent of` is software's lineage too: `Borg, the parent of Kubernetes`).
  [gate('of'), /\b(?:venture (?:arm|side|unit)|investment arm|subsidiary|parent company) of\s*$/i, 'company', 2],
  // `the joint venture between Bosch and BASF`: the parties to a joint venture are firms.
  [gate('between of and'), /\bjoint venture (?:between|of)\s+(?:(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,3}and\s+)?$/u, 'company', 2],
  // `a deal with Lucid and Uber`, `a supply contract with Hesai`: firms strike deals.
  [gate('with'), /\b(?:deal|deals|partnership|agreement|contract|joint ventures?|supply deal|licensing deal),? with\s*$/i, 'company', 1.5],
  // `production trucks from International and IVECO`, `chips from TSMC`: who makes the goods.
  [gate('from'), /\b(?:cars?|trucks?|vans?|vehicles?|chips?|phones?|laptops?|robots?|sensors?|lidars?|batteries|drones?|servers?|GPUs?) from\s*$/i, 'company', 1.5],
  // `which has put money into Genesis, Terray and Iambic`: what investors put money into are firms (not `we invested in
  // Terraform`, tooling).
  [gate('into in and'), /\b(?:put|putting|puts) (?:money|capital)\s+(?:\w+\s+)?in(?:to)?\s+(?:(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s*){1,3}(?:,\s*|\s+and\s+))*$/u, 'company', 2],
  // `its acquisition of HashiCorp`: what is acquired is a company.
  [gate('of'), /\b(?:acquisition|takeover|buyout) of\s*$/i, 'company', 2.5],
  // `Ouster merged with Velodyne`, `a merger with Rivian`, `spun off from Intel`: firms merge and spin off.
  [gate('with from of'), /\b(?:merged|merging|merge|merger|combined|combination) with\s*$|\bspun (?:off|out) (?:from|of)\s*$/i, 'company', 2],
  // `Our publisher, Devolver Digital`: a business named by its role for the writer.
  [gate('publisher studio distributor supplier vendor acquirer rival competitor'),
    /\b(?:our|their|its|his|her|the|a)\s+(?:[\p{L}-]+\s+)?(?:publisher|studio|distributor|supplier|vendor|acquirer|rival|competitor),?\s*$/iu, 'company', 2],
  // `Stripe's biggest competitor, Adyen`: named by its owner's possessive, as an appositive (case kept: a
  // capital, then the comma).
  [gate('publisher studio distributor supplier vendor acquirer rival competitor'),
    /\p{Lu}[\p{L}\p{N}]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:publisher|studio|distributor|supplier|vendor|acquirer|rival|competitor),\s*$/u, 'company', 2],
  // `Stanford licensed the patent to Yamaha`, `sold its stake to SoftBank`: who buys or licenses a thing is a business.
  // `Crown Castle's sale of its fiber business to Zayo`: the buyer in a sale too.
  [gate('to'), /\b(?:licensed|licenses|sold|sells|selling|leased|leases|sale of|divested)\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}to\s*$/iu, 'company', 2],
  // `Robert Hodges, CEO of Altinity`: the employer of an executive is a company.
  [gate('of the'), /\b(?:C\p{Lu}{1,2}O|founders?|co-?founders?|president|chairman|chairwoman|VP|vice president|chief \w+ officer|head of \w+|(?:executive |managing )?director) of(?: the)?\s*$/u, 'company', 2.5],
  [gate('at the'), /\b(?:researchers?|scientists?|professors?|students?|faculty|academics?|postdocs?) at(?: the)?\s*$/i, 'organization', 1],
  // `The ChatGPT integration from OpenAI`, `new chips from Nvidia`, `headphones from Sony`, `FIDO2 keys from
  // Yubico`: the maker of a thing (not `announcements from CES` or `features from Python 3.13`, which come
  // from events and releases).
  [gate('from'), /\b(?:models?|apis?|integrations?|sdks?|chips?|gpus?|cpus?|processors?|products?|services?|offerings?|devices?|hardware|headphones|earbuds|phones|smartphones|laptops|servers|switches|routers|modems|cameras|consoles|sensors|displays|keys|middleware|silicon) from\s*$/i, 'company', 2],
  // `BloodHound from SpecterOps`, `Binary Ninja from Vector 35`, `Syft and Grype, both from Anchore`: a named
  // thing's maker. Not a move from one thing to another (`Migrating from Kafka`, `switched to Vite from Webpack`,
  // `rewritten in Rust from Python`).
  [gate('from'), /^(?![^]*\b(?:switch\w*|mov(?:e|ed|es|ing)|migrat\w*|port(?:ed|ing|s)?|rewr\w*|convert\w*|transition\w*|upgrad\w*|replac\w*|went|shift\w*)\b)[^]*(?:\b(?:both|all|each)|[^.!?:\s]\s+(?<!\b(?:to|in|into|onto)\s+)\p{Lu}[\p{L}\p{N}.+-]*(?:\s+v?\d[\w.]*)?),?\s+from\s*$/u, 'company', 1.5],
  [gate('fine-tuned fine-tune finetuned trained train distilled prompted quantized quantised'), /\b(?:fine-tuned|fine-tune|finetuned|trained|train|distilled|prompted|quantized|quantised)\s*$/i, 'model', 2],
  [gate('parameter parameters'), /\bparameters?\s*$/i, 'model', 2.5],
  [gate('of the'), /\b(?:creator|author|maintainers?|developers?|authors|fork|port|version|release|users) of(?: the)?\s*$/i, 'product', 2],
  // `Microsoft's DeepSpeed library`, `AMD's ROCm`: what a named owner has is its product.
  [gate('s'), /\p{Lu}[\p{L}\p{N}]*['’]s\s+$/u, 'product', 1.5],
  [gate('over via speaks speak implements implement supports support to with'), /\b(?:over|via|speaks?|implements?|supports?|conforms? to|compliant with|compliance with)\s*$/i, 'protocol', 0.6],
  // Not where results are put: `the results are public on GitHub`.
  [gate('on the'), /\b(?:scores?|scored|scoring|accuracy|results?|performance|state-of-the-art|sota)\b(?:(?!\b(?:public|available|posted|published|hosted|live|shared|released)\b)[^;:]){0,30}\bon(?: the)?\s*$/i, 'benchmark', 2.5],
  [gate('on the %'), /\b\d+(?:\.\d+)?\s?%\s+(?:on\s+)?(?:the\s+)?$/i, 'benchmark', 1.5],
  // `METR's suites, which combine HCAST, RE-Bench and`, `benchmarks like SWE-bench`: the members of a suite.
  [gate('like as including include includes combine combines combining cover covers'),
    /\b(?:benchmarks?|suites?|evals?|evaluations?|leaderboards?)\b[^.;:]{0,30}?\b(?:like|such as|including|includes?|combin(?:e|es|ing)|covers?)\s*$/i, 'benchmark', 2],
];

/**
 * `Bun, the JavaScript runtime from Jarred Sumner, is`: an appositive closed by a comma, colon, dash or bracket,
 * and not followed by another phrase or list item (`Caveat, the proxy, a Go binary`, `Billing, the extension
 * marketplace, and the docs`); `which` or `and` with a name may follow (`Bun, the JavaScript runtime, and Deno`).
 * Or one that ends the sentence (`with Western Growers, the California and Arizona produce association.`).
 */
const CLOSED_APPOSITIVE = /^,\s+(?:the|a|an)\s+([^,.;:()—–]{1,60}?)\s*(?:[,;:—–)](?!\s*(?:a|an|the|or|but|once|though|in|at|like|under|after|for|its|our|my|as|with|and\s+(?:a|an|the|our|its)\s)\b)|\.(?=\s|$))/iu;

/**
 * The type a closed appositive right after a name gives it, by its head noun: the writer stops to say what
 * the name is, so it is one (even a dictionary word that opens the sentence).
 */
export function describedAs(text: string, start: number, end: number): EntityType | undefined {
  if (text.charCodeAt(end) !== 0x2c) return undefined;
  // `Admittedly, the plugin`, `Counter-intuitively, the store`: a sentence adverb, not a name.
  const name = text.slice(start, end);
  if (/ly$/i.test(name) || name.includes('-')) return undefined;
  const ap = CLOSED_APPOSITIVE.exec(text.slice(end, end + 100));
  return ap ? phraseHead(ap[1]) : undefined;
}

/**
 * The type the head of a noun phrase gives (`a foundation model for agents`): its last class noun before a
 * preposition or clause. A possessive names an owner (`the firm's managing partner`) or, after a head, opens a
 * clause (`the book Google's SRE team published`), and words of a
 * capitalised name are no heads (`a Visual Studio Code extension`), and a second article or a pronoun starts a
 * clause (`the thing the plugin API gets right`). A nonprofit stays one when a company's noun follows
 * (`a nonprofit publisher`).
 */
function phraseHead(phrase: string): EntityType | undefined {
  // Possessives stay as `'s` marks: an owner's name is no head, and one right after a head opens a clause.
  const ws = phrase.replace(/[\p{L}\p{N}-]+['’]s\b/gu, " 's ").match(/'s|[\p{L}\p{N}]+(?:[\-.][\p{L}\p{N}]+)*/gu) ?? [];
  const cap = (i: number): boolean => i >= 0 && i < ws.length && /^\p{Lu}/u.test(ws[i]);
  let head: EntityType | undefined;
  let nonprofit = false;
  for (let i = 0, n = 0; i < ws.length && n < 6; i++) {
    const w = ws[i].toLowerCase();
    // `the book Google's SRE organisation published`: the possessive opens a clause about the head before it.
    if (w === "'s") {
      if (head) break;
      continue;
    }
    n++;
    // `the California and Arizona produce association`: `and` between two capitalised words joins names, not phrases.
    if (w === 'and' && cap(i - 1) && cap(i + 1)) continue;
    if (NP_END.has(w) || (i > 0 && CLAUSE_OPENERS.has(w))) break;
    if (cap(i) && (cap(i - 1) || cap(i + 1))) continue;
    // `Nakul Duggal, the group general manager for automotive`: a manager of people, not a tool that manages (`Rye, the
    // project manager`), and only as the phrase's last noun (not `the sales manager CRM`).
    const office = w === 'manager' && i > 0 && PEOPLE_MANAGERS.has(ws[i - 1].toLowerCase()) && (i + 1 >= ws.length || NP_END.has(ws[i + 1].toLowerCase()));
    const t = office ? 'person' : APPOSITIVE_HEADS[w] ?? APPOSITIVE_HEADS[w.replace(/s$/, '')];
    if (w === 'nonprofit' || w === 'non-profit') nonprofit = true;
    if (t && !(nonprofit && t === 'company')) head = t;
  }
  return head;
}

/** A firm's or a publication's style of name: CamelCase (`TechCrunch`), capitals (`IDC`) or two words that are no person's. */
const FIRM_STYLE = /^(?:\p{Lu}+\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}{2,}[\p{L}]*|\p{Lu}[\p{L}&.-]*\s+\p{Lu}[\p{L}\s&.-]*)$/u;

/** ` in Las Vegas this month`, ` in Brooklyn in July`: a place, then a time. */
const MET_IN = /^\s+in\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)|(?:this|last|next)\s+(?:month|week|year|spring|summer|autumn|fall|winter))\b/u;
/** ` 2025 in March`, ` 2025 in Nashville`: a year, then when or where, after the name of one edition of a gathering. */
const EDITION_IN = /^\s+(?:19|20)\d\d\s+in\s+(January|February|March|April|May|June|July|August|September|October|November|December|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)\b/u;
/** Words before a gathering one goes to (`at`, `to`, `attended`). */
const ATTENDED = new Set(['at', 'to', 'during', 'attended', 'attending', 'attend', 'visited', 'visiting']);
/** Verbs whose object is what is put somewhere, not an event held there. */
const LAUNCH_VERBS = new Set(['launched', 'launches', 'launch', 'shipped', 'ships', 'ship', 'released', 'releases', 'release', 'introduced', 'introduces',
  'rolled', 'deployed', 'deploys', 'opened', 'opens', 'expanded', 'expands', 'brought', 'brings', 'offered', 'offers', 'sold', 'sells', 'built', 'builds',
  'debuted', 'unveiled', 'unveils', 'tested', 'tests', 'piloted', 'made', 'makes', 'using', 'use', 'used', 'run', 'ran', 'runs', 'hired', 'hires']);

const MISSION_OPENERS = new Set(['the', 'first', 'second', 'third', 'next', 'last', 'maiden', 'upcoming', 'final']);

/** Offices and honorifics before a name (`President Trump`, `Dr. Ng`), which say more than a trade (`developer Valve`, `investor Benchmark`). */
const OFFICES = new Set(['ceo', 'cto', 'cfo', 'coo', 'president', 'chairman', 'prof.', 'professor', 'dr.', 'dr', 'mr.', 'ms.', 'mrs.', 'judge', 'justice',
  'senator', 'governor', 'minister', 'secretary', 'mayor', 'ambassador', 'chancellor', 'congressman', 'congresswoman', 'sheriff', 'commissioner',
  'attorney', 'gen', 'col', 'lt', 'adm', 'sgt', 'capt', 'maj', 'sen', 'gov']);

/** The kind a class noun names, singular or plural (`vendors`, `agencies`, `businesses`), if it is one. */
function kindOf(word: string): EntityType | undefined {
  const noun = word.toLowerCase();
  return APPOSITIVE_HEADS[noun] ?? APPOSITIVE_HEADS[noun.replace(/(?:es|s)$/, '')] ?? APPOSITIVE_HEADS[noun.replace(/ies$/, 'y')] ?? APPOSITIVE_HEADS[noun.replace(/s$/, '')];
}

/** The words before `manager` in offices held by people (not `fund` or `portfolio`: such managers are firms or apps). */
const PEOPLE_MANAGERS = new Set(['general', 'managing', 'product', 'program', 'programme', 'engineering', 'marketing', 'community']);

const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'i', 'we', 'you', 'it', 'they', 'he', 'she']);

const SUCH_AS_HINT = /such as|like|including|e\.g|i\.e|especially|notably|initially/i;

/** Cues right after a name that need more than one word (`X 2025` is an event, `X-compliant` a standard). */
const AFTER_PATTERNS: [RegExp, EntityType, number][] = [
  // `the Carizon joint venture with Cariad`: a joint venture is a firm.
  [/^\s+joint[\s-]venture\b/i, 'company', 2],
  // `the Software Defined Vehicle working group`: a group that a body runs (names everyone knows are what such groups
  // work on: `the Kubernetes working group`; see contextVotes).
  [/^\s+working group\b/i, 'organization', 2],
  [/^\s+(?:19|20)\d\d\b(?!\s*(?:model|edition of the))/, 'event', 1],
  // `Sibos, which was held in Frankfurt`: what is held somewhere is an event (not `Intel held on`, `Postgres hosted on RDS`).
  [/^\s*,?\s+(?:which\s+|that\s+)?(?:was|is|will\s+be|were|are)\s+held\s+(?:in|at)\b/, 'event', 2.5],
  [/^-(?:compliant|compatible|conformant)\b/, 'protocol', 2],
  [/^\s+(?:finali[sz]ed|ratified|approved|standardi[sz]ed|published)\b[^.]{0,50}\b(?:standard|spec|specification|recommendation)s?\b/i, 'organization', 3],
  [/^\s+(?:open-sourced|open sourced|acquired|bought|invested|hired|laid off|sued|is pitching|pitches)\b/i, 'company', 2],
  // `Volvo has cut its volume forecasts`, `Lyft cut 26% of its staff`: a firm's own forecasts, staff and prices.
  [/^\s+(?:has\s+|have\s+|had\s+)?(?:cut|cuts|slashed|trimmed|raised|lowered)\s+(?:its|their)\s+(?:\w+\s+)?(?:forecasts?|guidance|workforce|staff|headcount|prices|outlook|targets?)\b/i, 'company', 2],
  // `SLSA level 3 provenance`, `WCAG Level AA`: a standard's conformance levels.
  [/^\s+[Ll]evel\s+(?:\d|A{1,3}\b)/, 'protocol', 1.5],
  // `Chegg cut 22% of its staff`, `Recursion cut about a fifth of its pipeline`: a share of a firm's staff or pipeline.
  [/^\s+(?:has\s+|have\s+|had\s+)?(?:cut|cuts|slashed|trimmed|laid off|lays off)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(?:\d+(?:\.\d+)?\s?%|\d[\d,]*|a\s+(?:fifth|quarter|third|tenth)|half|a\s+third|two-thirds)\s+(?:of\s+)?(?:its|their)\s+(?:\w+\s+)?(?:staff|workforce|employees|headcount|jobs|pipeline|roles)\b/i, 'company', 2],
  // `Recursion and Exscientia completed their merger`, `Featurespace and Sardine both had booths`: firms merge and exhibit.
  [/^(?:\s*,?\s+and\s+\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)?)?\s+(?:(?:completed|closed|announced|agreed|finali[sz]ed)\s+(?:their|its)\s+(?:merger|combination|acquisition)|(?:both\s+|also\s+)?(?:had|have|has)\s+(?:a\s+)?(?:booths?|stands?)\b)/u, 'company', 2],
  // `Instacart has a new chief executive`, `Intel named a new CEO`: who gets an executive is a company.
  [/^\s+(?:has|have|had|named|names|hired|hires|appointed|appoints|gets|got|picked|picks)\s+(?:a|an|its|their)\s+(?:new\s+|first\s+|interim\s+)?(?:C\p{Lu}{1,2}O|chief\s+(?:executive|\w+\s+officer)|president|chair(?:man|woman)?)\b/u, 'company', 2.5],
  // `Klarna, backed by Sequoia, filed ...`: what is backed, funded or bought is a company.
  [/^\s*,\s+(?:now\s+|also\s+|later\s+|since\s+|eventually\s+)?(?:acquired|bought) by\s+\p{Lu}/u, 'company', 2],
  // Products are backed by companies too (`Kubernetes, backed by Google`): a lighter vote.
  [/^\s*,\s+(?:now\s+|also\s+)?(?:backed|funded) by\s+\p{Lu}/u, 'company', 1],
  // `Broadcom, which sells Tomahawk 5`, `Flagship Pioneering, which incubated the company`: what a company does, in a
  // relative clause (not what software does too: `Rust, which pioneered`, `Kafka, which supplies events`).
  [/^\s*,\s+which\s+(?:now\s+|also\s+|first\s+)?(?:sells|makes|builds|ships|designs|manufactures|acquired|bought|raised|employs|operates|incubated|retrofits|invests|invested|(?:completed|closed|announced) its (?:acquisition|purchase|merger|takeover))\b/i, 'company', 2.5],
  // `Kubota has been quietly buying its way into`, `Cisco is acquiring a startup`: who buys firms is a company (not
  // `Claude is acquiring new skills`).
  [/^\s+(?:(?:has|have|had)\s+been\s+|is\s+|are\s+|was\s+)(?:quietly\s+|also\s+|now\s+|still\s+)?(?:buying\s+its\s+way\b|(?:buying|acquiring)\s+(?:a\s+|another\s+)?(?:stakes?|startups?|compan(?:y|ies)|firms?|rivals?|competitors?)\b)/i, 'company', 2],
  // `Isovalent, which Cisco acquired in 2024`: what another firm bought, owns or invested in.
  [/^\s*,\s+which\s+(?!I\s)(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,3}(?:later\s+|then\s+|since\s+)?(?:acquired|bought|purchased|owns|invested in|backed|spun out)\b/u, 'company', 2.5],
  // `Carolina Parada leads the robotics team`, `Nicky Fox still heads the Science Mission Directorate`: who leads a team
  // or an office is a person (not who runs one: firms run labs and programmes too).
  // The words between are the team's own (no `Nginx directs requests to the upstream group`).
  [/^\s+(?:still\s+|now\s+|also\s+|currently\s+|jointly\s+)?(?:leads|led|co-leads|co-led|heads|headed|chairs|chaired|directs|directed)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?!(?:to|for|of|with|from|into|onto|on|in|at|by|and|or)\s)[\p{L}-]+\s+){0,4}?(?:team|lab|laboratory|directorate|division|department|office|unit|committee|panel|working group)\b/iu, 'person', 2.5],
  // `Juraci Paixão Kröhling, who works on ...`: a relative clause with `who` follows a person.
  [/^\s*,\s+who\s+(?!is\s+(?:a|an|the)\s)/i, 'person', 2.5],
  // `Kristen DiCerbo, Khan Academy's chief learning officer,`, `Greg Hart, the company's CEO,`: an appositive naming
  // someone's office at an organisation (an office's words only: `Slack, Salesforce's messaging app,` is no person).
  [/^\s*,\s+(?:the\s+(?:company|firm|startup|lab|agency|group|organi[sz]ation|university|school|board|bank|fund)['’]s|(?:\p{Lu}[\p{L}\p{N}&.+-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.+-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:C\p{Lu}{1,2}O|officer|director|director-general|president|vice-president|founder|co-?founder|chief|head|chair|chairman|chairwoman|secretary|secretary-general|commissioner|minister|economist|professor|spokesperson|spokesman|spokeswoman)\b(?:\s+(?:of|for)\s+[\p{L}\s-]{1,40}?)?\s*[,;:)—–]/u, 'person', 2.5],
  // `Feroz Sheikh, chief information and digital officer at Syngenta Group,`, `Ada Park, principal analyst at Gartner,`,
  // `Ankur Jain, founder and chief executive of Bilt Rewards,`:
  // an office at a named organisation, in apposition (office words only: `npm, the package manager of Node.js` and
  // `Stripe, a partner of Shopify` are none; a manager or partner is one only `at` a place).
  [/^\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,4}?(?:(?:officer|executive|director|president|founder|co-?founder|chair(?:man|woman)?|principal|analyst|economist|professor|scientist|researcher|strategist|counsel|fellow|lecturer|dean)\s+(?:at|of)|(?:manager|partner)\s+at)\s+(?:the\s+)?\p{Lu}/u, 'person', 2.5],
  // `Henna Virkkunen, the European Commission's Executive Vice-President for Tech Sovereignty,`: an office written
  // with capitals, after an owner's possessive or an article, closed or going on to what it is for (not a reporting
  // clause: `Starlink, the Minister said,`).
  [/^\s*,\s+(?:the\s+|a\s+|an\s+)?(?:(?:\p{Lu}[\p{L}\p{N}&.+-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.+-]*['’]s\s+)?(?:(?:Executive|Senior|Deputy|Acting|Interim|Former|First|Principal)\s+)*(?:Vice[- ]President|President|Commissioner|Minister|Secretary(?:-General)?|Director(?:-General)?|Chair(?:man|woman)?|Governor|Administrator|Chief Executive(?: Officer)?|Chief \p{Lu}\p{Ll}+ Officer)(?=\s*[,;)—–]|\s+(?:for|of|at|responsible)\b)/u, 'person', 2.5],
  // `Henna Virkkunen, executive vice-president for tech sovereignty,`, `Glenn Micallef, the commissioner responsible for
  // culture,`: an office and what or whom it serves, with no owner's possessive.
  [/^\s*,\s+(?:the\s+)?(?:(?:executive|senior|deputy|acting|former|interim|founding|current|first)\s+)*(?:vice[- ]president|commissioner|minister|secretary-general|director-general|president|chair(?:man|woman)?|CEO|chief executive|[Aa]dministrator|director|secretary|governor|mayor|dean)\s+(?:of|for|responsible\s+for|at)\s/u, 'person', 2.5],
  // `Mina Hsiang, the current Administrator,`: an office with a qualifier that only people's offices take.
  [/^\s*,\s+the\s+(?:current|new|first|former|acting|interim|then|outgoing|incoming)\s+(?:[Aa]dministrator|[Dd]irector|[Ss]ecretary|[Cc]ommissioner|[Cc]hair(?:man|woman)?|[Pp]resident|CEO|[Gg]overnor|[Mm]ayor)\s*[,;.)]/u, 'person', 2.5],
  // What regulators and courts do: `the FTC asked for more information`, `the EU fined ...`.
  [/^\s+(?:(?:has\s+|have\s+)?opened an? (?:\w+\s+)?(?:investigation|inquiry|probe|review)(?=\s*(?:[,.;]|$)|\s+(?:into|of|on)\b)|fined|(?:approved|blocked|cleared) the (?:deal|merger|acquisition|takeover)|asked for more information|ruled that)\b/i, 'organization', 2],
  // `its MMLU accuracy`, `the GPQA leaderboard`: what accuracy is measured on (not `scores`: `CVSS scores`, `Elo
  // scores` and `Lighthouse scores` come from scoring systems and tools).
  [/^\s+(?:accuracy|leaderboards?|pass@\d)\b/i, 'benchmark', 1.5],
  // `Carnegie Mellon researchers found`: people named by where they study or work.
  [/^\s+(?:researchers|scientists|professors|students|faculty|academics)\b/, 'organization', 1.5],
];

/** `the OCC ordered`, `the CFPB recognised`: what a public body named by its acronym does. */
const PUBLIC_BODY_ACTS = /^\s+(?:has\s+|have\s+)?(?:ordered|issued|proposed|recogni[sz]ed|finali[sz]ed|regulates|oversees|licenses|certifies)\b(?!\s+by\b)/;
/** `the UNFCCC's executive secretary`: a public body's officers and rules (after the possessive). */
const PUBLIC_BODY_OWNS = /^\s+(?:executive\s+|deputy\s+|acting\s+)?(?:secretary|commissioner|chair|chairman|chairwoman|administrator|rulemaking|guidance)\b/;

/** Words of a funding round (a `$` has no word boundary before it). */
const INVESTMENT = /\b(?:series [a-f]|seed|round|raised|funding|valuation|investors?)\b|\$\d/i;

/** `supported by X`, `sponsored by X`: backers are companies or organisations. */
const BACKED_BY = /\b(?:supported|sponsored|funded|backed|acquired|owned) by\s*$/i;
/** `originally built by EDB`: who makes a thing, when no person (not who runs or manages it: `managed by Kubernetes`). */
const MADE_BY = /\b(?:built|developed|created|made) by\s*$/i;

const OWNED_ROLES = new Set(['sale', 'divestiture', 'buyback', 'ceo', 'cto', 'cfo', 'coo', 'founder', 'founders', 'cofounder', 'co-founder', 'board', 'employees',
  'valuation', 'revenue', 'customers', 'investors', 'shares', 'stock', 'ipo', 'acquisition', 'headquarters', 'engineers', 'team',
  'stake', 'majority', 'shareholders', 'subsidiary', 'earnings', 'layoffs', 'executives', 'chief', 'market', 'portfolio', 'president',
  'offices', 'listing']);

/** Ranks before a role a company has (`Apple's senior vice president`, `its former CEO`). */
const RANKS = new Set(['senior', 'vice', 'executive', 'former', 'new', 'longtime', 'interim', 'global', 'general', 'deputy', 'acting', 'founding', 'primary']);

const SKIPPED_ADVERBS = new Set(['now', 'also', 'still', 'already', 'later', 'recently', 'quietly', 'officially', 'just', 'then', 'since']);

/** `Rare's long-troubled adventure game`, `Xiaomi's new phones`: goods a maker owns, a few words after its possessive. */
const MADE_GOODS = /^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:games?|consoles?|phones?|smartphones?|handsets?|headsets?|laptops?|tablets?|chips?|earbuds|wearables?|flagships?|studios?|subsidiar(?:y|ies)|cars|vehicles|trucks|robots|robotaxis|batteries|chargers?|drones|satellites|rockets|factor(?:y|ies)|plants)(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|or|is|was|has|had|will|which|that|with|for)\b)/u;

const MAKER_OF = /^\s*,\s+(?:maker|makers|manufacturer|parent company) of\b/i;

/**
 * `**Stats Perform**: the London-based owner of Opta`, `QIA, the owner of Harrods`: the owner of a named business or brand,
 * in apposition, named in a firm's style (`Murdoch, the owner of Fox News` and `Chen, the Shanghai-based owner of Lotus
 * Tea` are people: see FIRM_STYLE).
 */
const OWNER_OF = /^\s*[,:]\s+(?:the\s+)?(?:(?:\p{Lu}\p{L}+\s+)?\p{L}+-(?:listed|based|headquartered)\s+)?(?:new\s+|current\s+|longtime\s+)?owner of\s+(?:the\s+)?\p{Lu}/u;

/**
 * `Sportradar: the Swiss-headquartered, Nasdaq-listed giant`: what is listed on an exchange, in apposition, is a company
 * (not a fund listed there: `IBIT, the Nasdaq-listed bitcoin ETF`).
 */
const LISTED = /^\s*[,:]\s+(?:the|a|an)\s+(?:[\p{L}-]+,?\s+){0,2}?(?:(?:\p{Lu}\p{L}+\s+)?\p{L}+-listed|publicly[- ](?:listed|traded))\b(?!\s+(?:[\p{L}\p{N}&.-]+\s+){0,2}(?:ETFs?|funds?|trusts?|trackers?|index|notes?|bonds?|shares|stocks?|assets?|coins?|tokens?|currenc(?:y|ies)|securit(?:y|ies))\b)/u;

/** `chief executive of DraftKings`, `chief digital and technology officer of CBRE`: offices the office-of pattern leaves out. */
const CHIEF_OF = /\bchief (?:executive|[\w&]+\s+(?:and|&)\s+\w+\s+officer) of(?: the)?\s*$/i;

/** `X, co-founder and chief executive, says`: a founder's or an executive's office, alone or two joined, in apposition. */
const OFFICE_APPOSITIVE = /^\s*,\s+(?:(?:its|the)\s+)?(?:co-?founder|founder|CEO|chief executive|president|chair(?:man|woman)?|CTO|CFO|COO)(?:\s+and\s+(?:co-?founder|founder|CEO|chief executive(?: officer)?|president|chair(?:man|woman)?|CTO|CFO|COO|chief \w+ officer))?\s*[,;)—–]/u;
/** Right after a person's name or inside brackets (`Ana Lee of Brightwave, CEO`, `(Brightwave, CEO)`): the office is that person's. */
const OFFICE_OF_ANOTHER = /(?:\(|\bof|\p{Lu}[\p{L}.'’-]*,)\s*$/u;

/** A name that may be a business: not shaped like a person's, not a public body's acronym. */
function businessLike(name: string): boolean {
  return !looksLikePerson(name) && !personShaped(name) && !ORGANIZATION_ACRONYMS.has(name.toLowerCase());
}

const AUTHORED = new Set(['book', 'books', 'thesis', 'dissertation', 'newsletter', 'podcast', 'keynote', 'talk', 'talks', 'lecture', 'lectures', 'memoir', 'memoirs', 'essay', 'essays', 'advice']);

/** What is raised when no money is: `raised the NOSPACE alarm`, `raised an exception` (follows `raised `). */
export const RAISED_NOT_MONEY = String.raw`(?:the|an?|its|their)\s+(?:\S+\s+)?(?:alarm|alert|flag|error|exception|issue|question|concern|bar|limit|priority|stakes)s?\b`;
const RAISED_NO_MONEY = new RegExp(String.raw`^\s*(?:[\w-]+\s+)?rais(?:ed|es|ing)\s+${RAISED_NOT_MONEY}`, 'i');

/** Strong funding and corporate words: the subject of such a sentence is a company (`CoreWeave closed a Series C`). */
const CORPORATE = new RegExp(
  String.raw`\b(?:(?:raised|raises|raising)\b(?!\s+${RAISED_NOT_MONEY})|series [a-f]\b|seed round|funding round|valuation|valued at|acquired|acquires|acquisition of|ipo|went public|headquartered|founded in|layoffs|laid off|tender offers?|(?:ran|run|runs|running) (?:a |its |their )?tenders?|filed\b[^.;]{0,30}\b(?:listing|ipo|to go public))\b`,
  'i',
);

/** Some word that CORPORATE or OPENS_OFFICES needs (a superset, tried first because it is cheap). */
const CORPORATE_HINT = /rais|series|seed|round|valu|acqui|buy|bought|purchas|ipo|public|headquarter|founded|lay|laid|tender|filed|open/i;

/**
 * `Deel passed $1B in annualized revenue`, `Acme hit $100M ARR`: a milestone of recurring revenue right after the
 * subject. Products have revenue too (`Claude Code hit $500M ARR`), so the vote is light.
 */
const REVENUE_MILESTONE = /^\s+(?:(?:has|have|just|reportedly|now|already)\s+)?(?:passed|hit|hits|reached|reaches|crossed|crosses|surpassed|topped|tops)\s+(?:about\s+|over\s+|more than\s+|nearly\s+|roughly\s+)?[$€£]\d[\d.,]*\s*(?:[mb]|bn|million|billion)?\+?\s+(?:(?:in|of)\s+)?(?:annual(?:ized|ised)?\s+(?:recurring\s+)?revenue|recurring revenue|run-rate revenue|ARR)\b/i;

/** `opening offices in Europe` (case kept: `opens Office documents` is a product's). */
const OPENS_OFFICES = /\bopen(?:ed|ing|s)? (?:an? |new |its |their )?(?:offices?|headquarters)\b/;

/**
 * Where the subject's own clause ends: `At Coalesce, Handy announced X after dbt Labs acquired Y` says
 * nothing corporate of Coalesce.
 */
const CLAUSE_END = /[;:—–]|\b(?:after|before|when|while|because|since|which|who|whose|where|but|although|though|until|said|says|told|that)\b/i;
/** The names listed right after the mention (`Reddit and Astera Labs went public`). */
const LIST_MATES_AFTER = /^(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)\p{Lu}[\p{L}\p{N}&.'’+-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’+-]*){0,3})+/u;
/** A clause opening with names only (`Reddit and Astera Labs`, `Databricks, SpaceX and`) up to the mention. */
const SUBJECT_LIST = /(?:^|[:;—–]\s*)(?:\p{Lu}[\p{L}\p{N}&.'’+-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’+-]*){0,3}(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+))*$/u;
/** Prepositions: a name after one (`At Coalesce`, `In Europe`) is no subject. */
const SUBJECT_BLOCKERS = new Set(['at', 'in', 'on', 'from', 'with', 'for', 'by', 'of', 'to', 'after', 'before', 'during', 'since', 'like', 'via', 'unlike', 'than']);
/**
 * The text before a mention (from the sentence's start when `whole`) opens its clause with names only. The
 * clause is cut first, and one lower-case word other than `and` settles it without the pattern.
 */
function subjectList(lead: string, whole: boolean): boolean {
  const cut = lead.search(/[:;—–][^:;—–]*$/);
  if (cut < 0 && !whole) return false;
  const clause = cut < 0 ? lead : lead.slice(cut);
  if (/(?:^|[\s,])(?!and\b)\p{Ll}/u.test(clause)) return false;
  // `At Microsoft, Nadella ...`: a name after a preposition is no subject, nor is what follows it.
  const first = /\p{L}+/u.exec(clause);
  if (first && SUBJECT_BLOCKERS.has(first[0].toLowerCase())) return false;
  return SUBJECT_LIST.test(clause);
}

/** Money or a deal in a sentence: what is bought, sold or bid for in it is a company. */
const DEAL_MONEY = /\b\d+(?:\.\d+)?\s*(?:billion|million|bn)\b|\b(?:deal|takeover|merger|acquisitions?|bid|antitrust)\b/i;
const BUY_VERBS = new Set(['bought', 'buys', 'buy', 'buying', 'acquire', 'acquired', 'acquires', 'acquiring', 'purchased', 'purchases', 'purchase', 'sold']);
/** `Datadog buys Metaplane`, `Google quietly bought Wiz`: what a named buyer buys, with or without a price. */
const NAMED_BUYER = /(?<!\p{L})(?!(?:We|I|They|You|He|She|It|Everyone|Everybody|Someone|Nobody|Users|Customers|People|Readers|Buyers|Consumers|Investors|Who)\s)\p{Lu}[\p{L}\p{N}&.'’+-]*\s+(?:(?:has|have|had|just|quietly|reportedly|also|finally|then)\s+)?(?:buys|bought|purchased)\s*$/u;
/** Goods nouns after what is bought: `units`, `seats`, `licences` are things, not the firm. */
const GOODS_AFTER = /^\s+(?:units?|seats?|licen[cs]es?|copies|subscriptions?|devices?|cards?|tickets?|shares?|stock|GPUs?|chips?|servers?|phones?|consoles?|games?|credits?)\b/i;
/** A plural of people before the verb: a crowd of buyers, not a firm. */
const BUYER_CROWD = /\b(?:gamers|players|users|customers|buyers|consumers|shoppers|fans|developers|readers|investors|people|viewers|owners|companies|firms|enterprises|teams|engineers|subscribers|families|students|hospitals|banks|retailers)\s+(?:(?:have|had|just|also|then)\s+)?(?:buys|bought|purchased)\s*$/i;
/** `Lyten buys what is left of Northvolt`: a subject that buys, right before its verb, is a company. */
const BUYS = /^\s+(?:(?:has|have|had|just|quietly|reportedly|also|finally|then|will|agreed to|plans to)\s+)?(?:buys|bought|purchased|buy|purchase)\b/;
/** `sold Adallom to Microsoft`, `its bid for iRobot`, `paid for Motorola Mobility`: the buyer, and what is bid for. */
const SOLD_TO = /\b(?:sold|sells|selling)\s+[^,.;:]{1,60}?\s+to\s*$/i;
const BID_FOR = /\b(?:bids?|offers?|paid)\s+for\s*$/i;
/** A word INVESTED_IN needs, looked for first because it is cheap. */
const INVEST_WORD = /\b(?:bets?|invest|stakes?)/i;
/** `early bets on eBay, Uber and Snapchat`, `invested in Wiz`: what investors put money in. */
const INVESTED_IN = new RegExp(
  `\\b(?:bets?|invest(?:ed|s|ing)|investments?|stakes?)\\s+(?:early\\s+)?(?:in|on)\\s+(?:(?:the\\s+)?(?:[\\p{Lu}\\p{N}]|\\p{Ll}(?=\\p{Lu}))[\\p{L}\\p{N}&.'’+-]*(?:\\s+[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’+-]*){0,3}(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+))*$`,
  'u',
);

/** Nouns for the businesses a company sells to, works with or is funded by: members of their lists are companies. */
// Case is spelled out: an `i` flag would let `\\p{Lu}` match lower-case words and turn any phrase into a list.
const BUSINESS_ROLES = `(?:${'customers partners brands retailers merchants insurers banks lenders airlines carriers investors backers enterprises companies logos'
  .split(' ').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
/** A run of capitalised names joined by commas, `and`, `or`, `&`, ending right before the mention. */
const NAME_LIST = "(?:(?:the\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’+-]*(?:\\s+[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’+-]*){0,3}(?:\\s*,\\s*(?:and\\s+|or\\s+|plus\\s+)?|\\s+(?:and|or|&)\\s+))*";
/** `Customers include X, Y and Z`, `named customers X and Y`, `partners such as X`. */
const ROLE_LIST = new RegExp(`\\b(?:${BUSINESS_ROLES}|[Cc](?:ustomer|lient)\\s+(?:roster|base|list)[^.;:()]{0,40}:)\\s*(?:\\(|:|,|\\s+(?:(?:now|also|already)\\s+)?(?:include|includes|included|including|such as|like|are|were|incl\\.)\\s*:?|(?=\\s+\\p{Lu}|\\s*$))\\s*${NAME_LIST}(?:the\\s+)?$`, 'u');
/** `X, Y and Z signed on`: names that sign on, sign up or join as customers are companies (not `signed on July 4`, a date). */
const LIST_NAME = "(?:the\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’+-]*(?:\\s+[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’+-]*){0,3}";
const SIGNED_ON = new RegExp(`^(?:(?:\\s*,\\s*(?:and\\s+|or\\s+|plus\\s+)?|\\s+(?:and|or|&)\\s+)${LIST_NAME})*,?\\s+(?:have\\s+|has\\s+|all\\s+|also\\s+)*(?:signed on(?!\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\d))|signed up|joined as (?:customers|partners)|became (?:customers|partners)|are (?:customers|partners))\\b`, 'u');
/** `counts Duolingo and Notion among its customers`: a list a business counts among its own. */
const AMONG_ROLES = new RegExp(`^(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)${LIST_NAME})*,?\\s+(?:among|as)\\s+(?:its|their|our)\\s+(?:[\\p{L}-]+\\s+)?(?:[Cc]ustomers|[Cc]lients|[Pp]artners)\\b`, 'u');
/** Words only a funding round has (not a bare `round`: `this round of Interop`). */
const FUNDING = /\b(?:raised|raises|raising|funding|valuation|valued|series [a-f]|seed round|funding round|investment)\b/i;
/** `with GV and Highland Europe participating` (in a funding sentence): investors who join a round. */
const PARTICIPATING = new RegExp(`^(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+)${LIST_NAME})*\\s+(?:also\\s+)?participat(?:ing|ed)\\b`, 'u');
/** `A, B, and 20+ retailers`, `X and other banks`: a list closed by a role noun. */
const ROLE_TAIL = new RegExp(`^(?:(?:\\s*,\\s*(?:and\\s+|or\\s+|plus\\s+)?|\\s+(?:and|or|&)\\s+)${LIST_NAME})*,?\\s+(?:and|or|&)\\s+(?:\\d[\\d,]*\\+?|other|many|more|several|dozens of|hundreds of)\\s+(?:other\\s+|more\\s+|major\\s+|large\\s+)?${BUSINESS_ROLES}\\b`, 'u');

/** `X, Y and Z are among the insurers that`: names, then the kind they are counted among. */
const AMONG_KIND = new RegExp(`^(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)${LIST_NAME})*,?\\s+(?:is|are|was|were)\\s+(?:all\\s+|both\\s+|also\\s+|now\\s+)?among\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Ll}[\\p{Ll}-]*s)\\b`, 'u');
/** `Co-founders Jay Weintraub and Caribou Honig`: a plural of people's roles, then their names. */
// (Not `speakers`: `smart speakers Sonos Era and Apple HomePod`.)
const PEOPLE_LIST = new RegExp(`\\b(?:[Cc]o-?founders|[Ff]ounders|[Cc]o-CEOs|[Pp]anell?ists|[Rr]esearchers|[Pp]rofessors|[Cc]ommissioners|[Ss]enators)\\s+${NAME_LIST}$`, 'u');
const PEOPLE_HINT = /founders|CEOs|[Pp]anell?ists|[Rr]esearchers|[Pp]rofessors|[Cc]ommissioners|[Ss]enators/;
/**
 * `Hippo, led by CEO Rick McCathron,`: what a chief executive leads is a firm (not what a founder or a president leads:
 * `Wikipedia, led by founder Jimmy Wales`, `Purdue, led by President Mung Chiang`).
 */
const LED_BY_OFFICE = /^\s*,\s+(?:led|run|headed)\s+by\s+(?:its\s+)?(?:CEO|chief executive|managing director)\b/i;

/** Names listed after the first investor of a round: `led by A, with B and`, `from A, B and`. */
const INVESTOR_LIST = new RegExp(`\\b(?:led by|from|backed by|alongside|joined by|investors?(?: including)?)\\s+(?:the\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’+-]*(?:\\s+[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’+-]*){0,3}(?:\\s*,\\s*(?:and\\s+|with\\s+)?|\\s+(?:and|&|with)\\s+)${NAME_LIST}(?:the\\s+)?$`, 'u');

/** `announced by Apple, Google, Igalia and Mozilla`: several makers named after a corporate verb are companies. */
const BY_LIST = new RegExp(`\\b(?:announced|released|launched|developed|operated|sponsored|funded|backed|acquired|owned)(?:\\s+(?:on|in|last|this)\\s+[^,.;:()]{1,24}?)?\\s+(?:jointly\\s+)?by\\s+(?:the\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’+-]*(?:\\s+[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’+-]*){0,3}(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|&)\\s+)${NAME_LIST}(?:the\\s+)?$`, 'u');

/**
 * `Three companies build most of the world's cables: A in the US, B (BB), and C`: a number, a kind's plural noun, a
 * clause, a colon, then names only (not `Several papers made the point: the metadata layers of Iceberg and Delta Lake`);
 * one count only (not `Three tools from two firms dominate:`).
 */
const COUNT = String.raw`(?:the\s+|these\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:more\s+|other\s+|big\s+|major\s+|large\s+)?`;
const COUNT_WORD = new RegExp(String.raw`\b${COUNT}\p{L}+`, 'giu');
const COUNTED_LIST = new RegExp(
  String.raw`^${COUNT}(\p{L}+)\b[^:;.,]{0,80}:\s*(?:(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’+-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’+-]*){0,3}(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:\s*\([^()]{1,30}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*(?:the\s+)?$`,
  'u',
);

/** `fuzzing engines (e.g. AFL and libFuzzer)`, `tools such as X, Y and Z`: the class noun of a list types its members. */
const SUCH_AS = /\b([\p{L}-]+)\s*(?:\(|,)?\s*(?:such as|like|including|e\.g\.,?|i\.e\.,?|especially|notably|initially,?)\s+(?:[^.;:()]{0,60}?(?:,|\band|\bor)\s+)?$/iu;

/** `vendors (A, B, and C`: a plural noun, an opening bracket, and names only so far. */
const PAREN_MEMBERS = /\b([\p{L}-]+s)\s*\(\s*(?:(?:\p{Lu}[\p{L}\p{N}&.'’+-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’+-]*){0,2})\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$/u;

/** `The best-known model is`, `the standard that matters is`: a noun phrase as subject, then `is` right before a name. */
const NAMED_AFTER_COPULA = /(?:^|[.;:]\s+|\b)(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:that|which)\s+\p{Ll}+(?:\s+\p{Ll}+)?)?\s+(?:is|was|remains)\s+$/u;
/** A connector's words after a standard's name (`J1772 adapter`, `USB-C ports`). */
const CONNECTOR_AFTER = /^\s+(?:adapters?|plugs?|connectors?|ports?|sockets?|inlets?)\b/;
/** A public office's title, then a person's name (`Secretary Doug Collins`). */
const OFFICE_HOLDER_AFTER = /^\s+(?:Secretary|Administrator|Commissioner|Surgeon General|Inspector General|Director-General|Secretary-General)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{L}+/u;

const ARTICLES = new Set(['the', 'a', 'an']);
/** Verbs of speech after which `it` may be the speaker itself (`Aviva says it runs`) or what is spoken of. */
const SPEECH = new Set(['said', 'says', 'told', 'noted', 'insisted', 'acknowledged', 'admitted', 'warned', 'warns']);
const SHIPPED_IN = new Set(['in', 'inside', 'with', 'as', 'into', 'within', 'by']);
const NP_END = new Set(['for', 'of', 'that', 'which', 'who', 'with', 'in', 'from', 'by', 'to', 'on', 'at', 'where', 'whose', 'and', 'or', 'built', 'used', 'made']);

function add(v: Votes, t: EntityType, n: number): void {
  v[t] = (v[t] ?? 0) + n;
}

function wordList(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+(?:[\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

let cueCache = new Map<string, EntityType[]>();

/** Weak votes every mention in a sentence shares, computed once per sentence text. */
function sentenceCues(text: string): EntityType[] {
  let r = cueCache.get(text);
  if (r) return r;
  r = [];
  for (const w of wordList(text)) {
    const t = SENTENCE_CUES.get(w);
    if (t) r.push(t);
  }
  if (/\bet al\b/i.test(text)) r.push('paper');
  if (cueCache.size > 20_000) cueCache = new Map();
  cueCache.set(text, r);
  return r;
}

/**
 * `Viral B. Shah (MIT)`, `Ion Stoica (UC Berkeley, Stanford and UC San Diego)`: names in brackets right after
 * a person's name are where the person works, unless they abbreviate that name.
 */
function affiliation(before: string, name: string, after: string): boolean {
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return false;
  const close = after.indexOf(')');
  if (close < 0) return false;
  const inner = before.slice(open + 1) + name + after.slice(0, close);
  // Only names, commas and `and`: no years (`CIDR 2005`), no `et al.`, no job titles (`Security Engineers, Google`).
  if (!/^\p{Lu}[\p{L} &.'’-]*(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L} &.'’-]*)*$/u.test(inner)) return false;
  if (inner.split(/[\s,]+/).some((w) => JOB_WORDS.has(w.toLowerCase()))) return false;
  const person = /(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+)\s*$/u.exec(before.slice(0, open));
  if (!person || !(looksLikePerson(person[1]) || personShaped(person[1]) || !isDictionaryWord(person[1].split(/\s+/).pop()!))) return false;
  return !acronymFits(name, person[1]);
}

/** Votes for the mention at [start, end) from its sentence; `flags` learns whether a title or role names it (`President X`). */
export function contextVotes(ctx: DocContext, start: number, end: number, possessive: boolean, flags?: MentionFlags): Votes {
  const v: Votes = {};
  const sentence = ctx.sentences[sentenceAt(ctx, start)];
  if (!sentence) return v;
  // Inside a quotation of several sentences, the cues before a name start where its own sentence does.
  let from = sentence.start;
  for (const x of sentence.inner ?? []) if (x <= start) from = x;
  const s = from === sentence.start ? sentence : { ...sentence, start: from, text: ctx.text.slice(from, sentence.end) };
  // Windows, not whole sentence halves: the cues sit next to the name, and long slices cost time.
  const beforeFrom = Math.max(s.start, start - 80);
  const before = wordList(ctx.text.slice(beforeFrom, start));
  if (beforeFrom > s.start) before.unshift('…'); // more words precede the window
  let afterText = ctx.text.slice(end, s.end);
  if (/^['’]s\b/.test(afterText)) afterText = afterText.slice(2);
  const after = wordList(afterText.slice(0, 60));
  let prev = before.filter((w) => !ARTICLES.has(w) && w !== '…').pop();
  // `Benchmark, Sequoia and Greenoaks`: a list-mate's name is no cue.
  if (prev && /(?:,|\band|\bor|&)\s*(?:the\s+)?$/i.test(ctx.text.slice(Math.max(s.start, start - 12), start))) prev = undefined;
  if (prev) {
    const t = PRE_CUES.get(prev) ?? (/-parameters?$/.test(prev) ? 'model' : undefined);
    // `the Justice Department`: a title before the head word of an institution's name names no one.
    const word = ctx.text.slice(start, end).toLowerCase();
    if (t && !(t === 'person' && (HEAD_WORDS.has(word) || isCommonCapitalised(word)))) {
      add(v, t, 2);
      if (t === 'person' && flags && OFFICES.has(prev)) flags.titled = true;
    }
  }
  const beforeText = ctx.text.slice(Math.max(s.start, start - 40), start);
  const lastWord = /%\s*$/.test(beforeText) ? '%' : wordList(beforeText.slice(-24)).pop();
  const lastPart = lastWord?.slice(lastWord.lastIndexOf('-') + 1);
  // `models distilled from DeepSeek-R1`: after `from`, a name with a version is the source, not a maker.
  const fromVersioned = lastWord === 'from' && /\d/.test(ctx.text.slice(start, end));
  if (lastWord && !fromVersioned) for (const [g, re, t, n] of BEFORE_PATTERNS) if ((g.has(lastWord) || g.has(lastPart!)) && re.test(beforeText)) add(v, t, n);
  // `Uber's 2021 post`: a year after a possessive dates what the name owns; it makes no event of the name.
  // Whether an appositive gives the name a person's office (`X, founder and chief executive of Y, closed a round`).
  let office = false;
  if (OFFICE_APPOSITIVE.test(afterText) && !OFFICE_OF_ANOTHER.test(ctx.text.slice(Math.max(s.start, start - 40), start))) {
    add(v, 'person', 2.5);
    office = true;
  }
  for (const [re, t, n] of AFTER_PATTERNS) {
    if (!(possessive && t === 'event') && re.test(afterText) && !(t === 'organization' && (wellKnownType(ctx.text.slice(start, end)) ?? 'organization') !== 'organization')) {
      add(v, t, n);
      if (t === 'person') office = true;
    }
  }
  // An acronym with the article is an institution more often than a firm (`the OCC`, not `the Stripe`).
  if (lastWord === 'the' && /^\p{Lu}{2,7}$/u.test(ctx.text.slice(start, end)) && (possessive ? PUBLIC_BODY_OWNS : PUBLIC_BODY_ACTS).test(afterText)) add(v, 'organization', 2);
  // `according to TechCrunch`, `according to BloombergNEF`: a source named in a firm's style (one capitalised word may be a
  // surname: `according to Musk`).
  if (lastWord === 'to' && /\baccording to\s*$/i.test(beforeText) && FIRM_STYLE.test(ctx.text.slice(start, end)) && businessLike(ctx.text.slice(start, end))) add(v, 'company', 1.5);
  if (lastWord === 'by' && BACKED_BY.test(beforeText)) add(v, 'company', 1.5);
  else if (lastWord === 'by' && MADE_BY.test(beforeText) && businessLike(ctx.text.slice(start, end))) add(v, 'company', 1.5);
  if (affiliation(ctx.text.slice(Math.max(s.start, start - 80), start), ctx.text.slice(start, end), afterText)) add(v, 'organization', 2.5);
  // The subject of a funding or acquisition sentence, alone or one of a list (`Reddit and Astera Labs went
  // public`), at the start of the sentence or of a clause after a colon; the verb in the subject's own clause.
  // The list is looked for from the sentence's start, or from a clause's start within the window.
  // The cheap hint of a corporate verb first: most sentences have none, and then no subject need be found.
  const subject = CORPORATE_HINT.test(afterText) &&
    ((before.length <= 1 && !SUBJECT_BLOCKERS.has(before[0] ?? '')) || subjectList(ctx.text.slice(Math.max(s.start, start - 120), start), start - 120 <= s.start));
  // A person in office as the subject (`X, chief executive of Y, raised`) speaks for the firm; it is no firm.
  if (subject && !office) {
    const rest = afterText.replace(LIST_MATES_AFTER, '');
    const endAt = rest.search(CLAUSE_END);
    const own = endAt >= 0 ? rest.slice(0, endAt) : rest;
    if (CORPORATE.test(own) || OPENS_OFFICES.test(own) || BUYS.test(rest)) add(v, 'company', 2.5);
  }
  if (before.length <= 1 && REVENUE_MILESTONE.test(afterText)) add(v, 'company', 1.5);
  // `Turn 10 Studios, maker of Forza Motorsport`: the appositive without its article (not `creator of`, nor a
  // person or a public body: `Lenny Rachitsky, publisher of`, `NIST, maker of`).
  const name = ctx.text.slice(start, end);
  if (MAKER_OF.test(afterText) && businessLike(name)) add(v, 'company', 3);
  if (((OWNER_OF.test(afterText) && FIRM_STYLE.test(name)) || LISTED.test(afterText)) && businessLike(name)) add(v, 'company', 2.5);
  // A lighter vote than other offices', and none for an ordinary word: a charity (`Mind`), a regulator or an event has a
  // chief executive too.
  if ((lastWord === 'of' || lastWord === 'the') && CHIEF_OF.test(ctx.text.slice(Math.max(s.start, start - 60), start)) && !wellKnownType(name) && !isPlace(name) &&
    !(!/\s/.test(name) && isDictionaryWord(name.toLowerCase()))) {
    add(v, 'company', 1.2);
  }
  // `Google previously bought Mandiant for $5.4 billion`, `sold Adallom to Microsoft for $320 million`.
  if (lastWord && (BUY_VERBS.has(lastWord) || (lastWord === 'to' && SOLD_TO.test(beforeText)) || (lastWord === 'for' && BID_FOR.test(beforeText))) && DEAL_MONEY.test(s.text)) add(v, 'company', 2.5);
  // Not goods (`bought Steam Deck units`, `bought H100s`) nor what a crowd buys (`Gamers bought`).
  else if (lastWord && BUY_VERBS.has(lastWord) && NAMED_BUYER.test(beforeText) && !/\d/.test(ctx.text.slice(start, end)) && !GOODS_AFTER.test(afterText) &&
    !BUYER_CROWD.test(beforeText)) add(v, 'company', 2.5);
  if (INVEST_WORD.test(s.text) && INVESTMENT.test(s.text)) {
    const investWin = ctx.text.slice(Math.max(s.start, start - 160), start);
    if (INVEST_WORD.test(investWin) && INVESTED_IN.test(investWin)) add(v, 'company', 2);
  }
  const win = ctx.text.slice(Math.max(s.start, start - 100), start);
  // `the big LMS vendors (Instructure, D2L, Anthology, and PowerSchool)`: a plural class noun, then its members in brackets.
  const such = SUCH_AS_HINT.test(win) ? SUCH_AS.exec(win) : win.includes('(') ? PAREN_MEMBERS.exec(win) : null;
  if (such) {
    const t = kindOf(such[1]);
    if (t) add(v, t, 2);
  }
  // Coordinated lists of customers, partners, investors: every member shares the class noun's type.
  const listWin = ctx.text.slice(Math.max(s.start, start - 160), start);
  const listAfter = ctx.text.slice(end, Math.min(s.end, end + 160));
  if (ROLE_LIST.test(listWin) || SIGNED_ON.test(listAfter) || ROLE_TAIL.test(listAfter)) add(v, 'company', 3);
  else if (AMONG_ROLES.test(listAfter) && businessLike(name)) add(v, 'company', 2);
  else if (BY_LIST.test(listWin)) add(v, 'company', 2);
  // Cheap tests first: the patterns repeat a name's shape and are tried at every mention.
  const among = listAfter.includes(' among ') ? AMONG_KIND.exec(listAfter) : null;
  // Kinds of firms only: `shows`, `models` and `standards` are said of too many kinds of things.
  if (among && kindOf(among[1]) === 'company') add(v, 'company', 2);
  if (PEOPLE_HINT.test(listWin) && PEOPLE_LIST.test(listWin) && !isAcronym(name)) add(v, 'person', 2);
  if (/^\s*,\s+(?:led|run|headed)\b/.test(afterText) && LED_BY_OFFICE.test(afterText) && businessLike(name) && (wellKnownType(name) ?? 'company') === 'company') add(v, 'company', 2.5);
  // `ICLR 2026 workshop`, `NVIDIA now maintains`: a year, a version or an adverb between the name and its cue.
  let next = after[0] && (/^\d/.test(after[0]) || SKIPPED_ADVERBS.has(after[0])) && after[1] ? after[1] : after[0];
  // `Universal Chiplet Interconnect Express (UCIe) spec`: the name's abbreviation in brackets before the cue.
  const abbreviated = /^\s*\(\s*([\p{L}\p{N}./+-]{2,12})\s*\)\s+([\p{L}-]+)/u.exec(afterText);
  if (abbreviated && !possessive && POST_CUES.get(abbreviated[2].toLowerCase()) === 'protocol') next = abbreviated[2].toLowerCase();
  if (/^-(backed|funded|owned|founded|led|made)\b/.test(afterText)) add(v, 'company', 2);
  // `the NeurIPS 2022 paper`, `the KubeCon 2024 talk`: a work of a year named after where it was given.
  const atEvent = !!after[1] && /^(?:19|20)\d\d$/.test(after[0]) && /^(?:paper|papers|talk|talks|keynote|workshop|edition|proceedings)$/.test(after[1]);
  if (atEvent && !possessive) add(v, 'event', 2);
  // `At Intel Vision in Las Vegas this month`, `Galaxy Unpacked in Brooklyn in July`: met in a city at a time (not `launched
  // Stripe Tax in Europe in 2021`, what was launched there).
  const metAt = !possessive && lastWord && LAUNCH_VERBS.has(lastWord) ? null : MET_IN.exec(afterText);
  if (metAt && isPlace(metAt[1])) add(v, 'event', 2);
  // `At MIPIM 2025 in March`, `at Autodesk University 2025 in Nashville`: an edition someone goes to, held then or there
  // (not `installed Revit 2025 in January`, `Pricing for Copilot 2025 in Europe`).
  const edition = !possessive && lastWord && ATTENDED.has(lastWord) ? EDITION_IN.exec(afterText) : null;
  if (edition && (MONTHS.has(edition[1].toLowerCase()) || isPlace(edition[1]))) add(v, 'event', 2.5);
  // `the SpaDeX mission`, `its first Gravitas mission` is one (not `Rocket Lab missions`, nor `the Mozilla mission`, a firm's aim).
  if (after[0] === 'mission' && !possessive && lastWord && MISSION_OPENERS.has(lastWord) && !wellKnownType(ctx.text.slice(start, end))) add(v, 'event', 2);
  if (next && !atEvent) {
    // `Chip Huyen's book`, `Rick Houlihan's talks`: what an author owns.
    if (possessive && AUTHORED.has(next)) add(v, 'person', 1.5);
    // `Apple's senior vice president`: a rank before the role.
    const owned = possessive && RANKS.has(next) && after[1] ? (RANKS.has(after[1]) && after[2] ? after[2] : after[1]) : next;
    if (possessive && OWNED_ROLES.has(owned)) add(v, 'company', 3);
    else if (!possessive) {
      // `Kustomize ships inside kubectl`, `Go ships with a formatter`: what is shipped in or with something is a product.
      let t = (next === 'ships' || next === 'shipped') && next === after[0] && SHIPPED_IN.has(after[1] ?? '') ? 'product' : POST_CUES.get(next);
      // `"Simple and Controllable Music Generation" ..., the MusicGen paper`: beside the paper's own quoted title, the
      // name before `paper` is what the paper made, not the paper.
      if (t === 'paper' && /["“][^"”]{6,}["”]/.test(ctx.text.slice(s.start, start))) t = undefined;
      // `Barr Moses of Monte Carlo argued`: the verb is the person's, not the affiliation's.
      const affiliation = t === 'person' && (lastWord === 'of' || lastWord === 'at' || lastWord === 'from');
      // `Aviva says it runs 80 models`, `BlackBerry QNX says its software`: `it` may be the speaker itself, a body; no
      // vote either way (`Musk said it would`), unless the name is shaped like a person's or the sentence speaks of a
      // man or a woman (`Hightower says it was his last keynote`).
      const itself = t === 'person' && SPEECH.has(next) && /^(?:it|its)$/.test(after[after.indexOf(next) + 1] ?? '') && businessLike(name) &&
        !FIRST_NAMES.has(name.toLowerCase()) && !/\b(?:he|she|his|her|him)\b/i.test(s.text);
      if (t && !itself && !affiliation && !/^\s*[,.;:)]/.test(afterText) && !RAISED_NO_MONEY.test(afterText)) add(v, t, 2);
    }
  }
  // `VA Secretary Doug Collins`, `NASA Administrator Bill Nelson`: a public office's title between its body and its holder
  // (not a remit alone, `Commerce Secretary Howard Lutnick`, which names no body by itself).
  if (OFFICE_HOLDER_AFTER.test(afterText) && !isDictionaryWord(ctx.text.slice(start, end).toLowerCase())) add(v, 'organization', 2);
  // `a built-in J1772 adapter`, `the NACS plug`, `USB-C ports`: a connector standard, named by capitals or digits (not
  // `an Anker adapter`, a maker's).
  if (!possessive && CONNECTOR_AFTER.test(afterText) && /\d|^\p{Lu}{2,}/u.test(ctx.text.slice(start, end))) add(v, 'protocol', 1.5);
  // `Google's Trillium TPU`: the owner of a named thing is its maker; a bare possessive says little. (A public body
  // everyone knows by its acronym owns frameworks and conferences, not products: `the ITU's IMT-2030`.)
  if (possessive) add(v, knownBody(ctx.text.slice(start, end).replace(/^the\s+/i, '')) ? 'organization' : 'company', /^\s*\p{Lu}/u.test(afterText) || MADE_GOODS.test(afterText) ? 1.5 : 0.4);
  // `Three companies build most of the world's cables: SubCom in the US, ASN, ...`: a counted kind before a colon
  // types the names listed after it.
  const opening = ctx.text.slice(s.start, start);
  const counted = COUNTED_LIST.exec(opening.charAt(0).toLowerCase() + opening.slice(1));
  // Two counted kinds before the colon (`Three tools from two firms dominate:`): which one is listed is not said.
  const countedKind = counted && (opening.slice(0, opening.indexOf(':')).match(COUNT_WORD) ?? []).length === 1 ? listKind(counted[1]) : undefined;
  if (countedKind) add(v, countedKind, 2);
  if (prev === 'at' && /^\p{Lu}/u.test(ctx.text.slice(start, end))) add(v, 'company', 0.5);
  // `said Stephen Toub of Microsoft`: a person's name, then `of` and where they work.
  if (lastWord === 'of') {
    const person = /(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+),?\s+of\s*$/u.exec(beforeText);
    if (person && (looksLikePerson(person[1]) || personShaped(person[1]))) add(v, 'company', 1.5);
  }
  // Appositive or copula: `X, a voice startup`, `X is an open protocol`.
  // `C.C. Wei, TSMC's chairman and CEO`: an owner's name may stand for the article.
  // `Helion, its closest rival`: an appositive may name the thing by its relation to another.
  // `ISTELive, run by ISTE+ASCD, is the big K-12 show`: a clause saying who runs or made it may come between.
  const ap = /^\s*(?:,\s*|\s+(?:is|was|has been|remains)\s+|,\s+(?:run|owned|organi[sz]ed|hosted|made|built|backed|founded|led|created|maintained|published|developed)\s+by\s+[^,.;:()]{1,40},\s+(?:is|was|has been|remains)\s+)(?:a|an|the|\p{Lu}[\p{L}\p{N}&.-]*['’]s|(?<=,\s*)(?:its|their|our))\s+([^,.;:()]{0,60})/u.exec(afterText);
  const head = ap ? phraseHead(ap[1]) : undefined;
  if (head) add(v, head, 3);
  // `The best-known model is Prithvi`, `the standard that matters is ISOBUS`: a class noun as the subject, the name after
  // `is` (not `the problem is Kafka`: no class noun).
  const named = lastWord === 'is' || lastWord === 'was' || lastWord === 'remains' ? NAMED_AFTER_COPULA.exec(beforeText) : null;
  const namedHead = named ? phraseHead(named[1]) : undefined;
  if (namedHead && namedHead !== 'person') add(v, namedHead, 2);
  // `led by X`, `from X` after funding words: investors are companies, and so are the others listed with
  // them (`participation from Index Ventures, Kinnevik and Balderton`).
  // The sentence test first: the list pattern, tried at the end of a long window, is the costly one.
  if (INVESTMENT.test(s.text) && (/\b(led by|from|backed by|alongside|joined by|invested|investors?)\s*$/i.test(ctx.text.slice(Math.max(s.start, start - 20), start)) ||
    INVESTOR_LIST.test(ctx.text.slice(Math.max(s.start, start - 160), start)))) add(v, 'company', 2.5);
  else if (PARTICIPATING.test(listAfter) && FUNDING.test(s.text) && businessLike(name)) add(v, 'company', 2);
  for (const t of sentenceCues(s.text)) add(v, t, 0.3);
  return v;
}
