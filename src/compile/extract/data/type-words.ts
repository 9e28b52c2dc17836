// Head words and context words that suggest an entity's type. General vocabulary only.
import type { EntityType } from '../../../types.js';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));

/** Last word of a name -> type (`Acme Inc`, `Linux Foundation`, `Model Context Protocol`). */
export const HEAD_WORDS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`inc inc. corp corp. corporation ltd ltd. llc plc gmbh co co. company companies technologies technology labs
    systems ventures capital partners holdings networks software studios robotics semiconductor semiconductors bank
    invest investments media communications telecom motors airlines pharmaceuticals therapeutics biosciences solutions
    group industries enterprises brands dynamics analytics`)].map((w) => [w, 'company'] as [string, EntityType]),
  ...[...set(`foundation university institute institution college school academy association society council committee
    commission agency department ministry government consortium alliance federation union organization organisation
    board centre center laboratory lab observatory hospital court parliament congress senate office bureau fund
    nations initiative coalition collective guild trust authority commons`)].map((w) => [w, 'organization'] as [string, EntityType]),
  ...[...set(`protocol protocols standard standards specification spec rfc`)].map((w) => [w, 'protocol'] as [string, EntityType]),
  ...[...set(`benchmark benchmarks bench leaderboard arena eval evals`)].map((w) => [w, 'benchmark'] as [string, EntityType]),
  ...[...set(`summit conference conf workshop symposium expo hackathon keynote meetup festival convention fair olympiad
    awards week`)].map((w) => [w, 'event'] as [string, EntityType]),
  ...[...set(`api sdk app apps studio platform assistant assistants framework library toolkit kit engine editor browser
    store wallet console cli plugin extension agents agent mail chat search cloud os ide hub suite database db runtime
    compiler server service extension marketplace`)].map((w) => [w, 'product'] as [string, EntityType]),
  ...[...set(`model models llm`)].map((w) => [w, 'model'] as [string, EntityType]),
  ...[...set(`paper survey study thesis report whitepaper preprint`)].map((w) => [w, 'paper'] as [string, EntityType]),
]);

/** Words right before a name that give its type (`the startup X`, `CEO X`). */
export const PRE_CUES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`startup company firm vendor rival competitor acquirer lender bank insurer retailer carrier maker provider
    unicorn incumbent`)].map((w) => [w, 'company'] as [string, EntityType]),
  ...[...set(`ceo cto cfo coo founder cofounder co-founder researcher professor prof. dr. dr scientist engineer investor
    author analyst president chairman director mr. ms. mrs. journalist economist maintainer contributor
    developer`)].map((w) => [w, 'person'] as [string, EntityType]),
  ...[...set(`joined acquired acquires acquire partnered`)].map((w) => [w, 'company'] as [string, EntityType]),
  ...[...set(`protocol standard spec`)].map((w) => [w, 'protocol'] as [string, EntityType]),
  ...[...set(`benchmark leaderboard`)].map((w) => [w, 'benchmark'] as [string, EntityType]),
  ...[...set(`model`)].map((w) => [w, 'model'] as [string, EntityType]),
  ...[...set(`paper`)].map((w) => [w, 'paper'] as [string, EntityType]),
]);

/** Words right after a name that give its type (`X raised`, `X said`, `X benchmark`). */
export const POST_CUES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`raised raises raising acquired acquires acquisition valuation valued ipo customers employees investors
    startup company headquartered hq backed funding announced announces launched launches hired hires shipped ships sells
    partnered partners reported reports posted revenue earnings stock shares inc inc. corp ltd`)].map(
    (w) => [w, 'company'] as [string, EntityType],
  ),
  ...[...set(`said says told wrote writes argued argues argue tweeted explained believes thinks noted recalled joined
    et`)].map((w) => [w, 'person'] as [string, EntityType]),
  ...[...set(`protocol protocols spec specification standard`)].map((w) => [w, 'protocol'] as [string, EntityType]),
  ...[...set(`benchmark benchmarks leaderboard`)].map((w) => [w, 'benchmark'] as [string, EntityType]),
  ...[...set(`model models weights checkpoint checkpoints parameters`)].map((w) => [w, 'model'] as [string, EntityType]),
  ...[...set(`paper papers preprint`)].map((w) => [w, 'paper'] as [string, EntityType]),
  ...[...set(`conference summit workshop talk talks keynote attendees speakers cfp edition`)].map((w) => [w, 'event'] as [string, EntityType]),
  ...[...set(`app api sdk platform framework library plugin extension integration integrations users tool`)].map(
    (w) => [w, 'product'] as [string, EntityType],
  ),
]);

/** Words anywhere in the sentence that lean a name towards a type; weaker than the cues above. */
export const SENTENCE_CUES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`raised raises funding valuation series seed acquired acquisition acquires investors ipo arr revenue
    startup startups unicorn backed`)].map((w) => [w, 'company'] as [string, EntityType]),
  ...[...set(`ceo cto founder co-founder cofounder researcher professor`)].map(
    (w) => [w, 'person'] as [string, EntityType],
  ),
  ...[...set(`arxiv preprint et al.`)].map((w) => [w, 'paper'] as [string, EntityType]),
  ...[...set(`leaderboard`)].map((w) => [w, 'benchmark'] as [string, EntityType]),
  ...[...set(`parameters parameter open-weights open-weight weights fine-tuned fine-tune distilled checkpoint model models
    llm llms trained training tokens inference multimodal reasoning`)].map(
    (w) => [w, 'model'] as [string, EntityType],
  ),
]);
