// Head words and context words that suggest an entity's type. General vocabulary only.
import type { EntityType } from '../../../types.js';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));

/** Last word of a name -> type (`Acme Inc`, `Linux Foundation`, `Model Context Protocol`). */
export const HEAD_WORDS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`inc inc. corp corp. corporation ltd ltd. llc plc gmbh co co. company companies technologies technology labs
    systems ventures capital partners holdings networks software studios robotics semiconductor semiconductors bank
    invest investments media communications telecom motors airlines pharmaceuticals therapeutics biosciences solutions
    group industries enterprises brands dynamics analytics ai games entertainment interactive electronics instruments
    microsystems aerospace airways bancorp logistics insurance resorts hotels casinos productions manufacturing
    innovation innovations mobility automotive energy chemicals power solution healthcare publishers
    publications bio biomedicines medicines payments global shipping freight limited realty financial`)].map((w) => [w, 'company'] as [string, EntityType]),
  ...[...set(`foundation university institute institution college school academy association society council committee
    commission agency department ministry government consortium alliance federation union organization organisation
    board centre center laboratory lab observatory hospital court parliament congress senate office bureau fund
    nations initiative coalition collective guild trust authority commons nonprofit non-profit administration
    cooperative directorate clinic circuit regulator forum project`)].map((w) => [w, 'organization'] as [string, EntityType]),
  ...[...set(`protocol protocols standard standards specification spec rfc format act directive regulation guidelines`)].map((w) => [w, 'protocol'] as [string, EntityType]),
  ...[...set(`benchmark benchmarks bench leaderboard arena eval evals`)].map((w) => [w, 'benchmark'] as [string, EntityType]),
  ...[...set(`summit conference conf workshop symposium expo hackathon keynote meetup festival convention fair olympiad
    awards week con fest days jam mission meeting annual show cup championship championships`)].map((w) => [w, 'event'] as [string, EntityType]),
  ...[...set(`api sdk app apps studio platform assistant assistants framework library toolkit kit engine editor browser
    store wallet console cli plugin extension agents agent mail chat search cloud os ide hub suite database db runtime
    compiler server service extension marketplace language distribution distro`)].map((w) => [w, 'product'] as [string, EntityType]),
  ...[...set(`model models llm`)].map((w) => [w, 'model'] as [string, EntityType]),
  ...[...set(`paper survey study thesis report whitepaper preprint`)].map((w) => [w, 'paper'] as [string, EntityType]),
]);

/** Type of one head word, lower-cased, or of its plural (`benchmarks`, `centers`, `laboratories`). */
export function headWordType(word: string): EntityType | undefined {
  return HEAD_WORDS.get(word) ?? (word.length > 4 && word.endsWith('s') ? HEAD_WORDS.get(word.slice(0, -1)) ?? (word.endsWith('ies') ? HEAD_WORDS.get(`${word.slice(0, -3)}y`) : undefined) : undefined);
}

/** Words right before a name that give its type (`the startup X`, `CEO X`). */
export const PRE_CUES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`startup company firm vendor rival competitor acquirer lender bank insurer retailer carrier maker provider
    unicorn incumbent`)].map((w) => [w, 'company'] as [string, EntityType]),
  ...[...set(`ceo cto cfo coo founder cofounder co-founder researcher professor prof. dr. dr scientist engineer investor
    author analyst president chairman director mr. ms. mrs. journalist economist maintainer contributor
    developer judge justice senator governor minister secretary mayor ambassador chancellor congressman
    congresswoman sheriff lawmaker commissioner attorney gen col lt adm sgt capt maj sen gov`)].map((w) => [w, 'person'] as [string, EntityType]),
  ...[...set(`joined acquired acquires acquire partnered sued sues suing fined fines`)].map((w) => [w, 'company'] as [string, EntityType]),
  ...[...set(`released releases launched launches introducing introduced install installed installing use using uses upgraded
    upgrade deployed deploy running`)].map((w) => [w, 'product'] as [string, EntityType]),
  ...[...set(`protocol standard spec`)].map((w) => [w, 'protocol'] as [string, EntityType]),
  ...[...set(`benchmark leaderboard`)].map((w) => [w, 'benchmark'] as [string, EntityType]),
  ...[...set(`model`)].map((w) => [w, 'model'] as [string, EntityType]),
  ...[...set(`paper`)].map((w) => [w, 'paper'] as [string, EntityType]),
]);

/** Words right after a name that give its type (`X raised`, `X said`, `X benchmark`). */
export const POST_CUES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`raised raises raising acquired acquires acquisition valuation valued ipo customers employees investors
    startup company headquartered hq backed funding announced announces hired hires shipped ships sells
    partnered partners reported reports posted revenue earnings stock shares inc inc. corp ltd ceo cto cfo coo founder
    maintains develops owns sponsors plant plants factory factories subsidiary subsidiaries supplies supplied
    cofounder co-founder chief spokesperson analyst analysts`)].map(
    (w) => [w, 'company'] as [string, EntityType],
  ),
  ...[...set(`said says told wrote writes argued argues argue tweeted explained believes thinks noted recalled joined joins
    et warned warns cautioned insisted conceded admitted acknowledged joked quipped`)].map((w) => [w, 'person'] as [string, EntityType]),
  // `the GGUF format`, `Parquet encoding`: formats are specs.
  ...[...set(`protocol protocols spec specification standard format formats encoding`)].map((w) => [w, 'protocol'] as [string, EntityType]),
  ...[...set(`benchmark benchmarks leaderboard`)].map((w) => [w, 'benchmark'] as [string, EntityType]),
  ...[...set(`model models weights checkpoint checkpoints parameters`)].map((w) => [w, 'model'] as [string, EntityType]),
  ...[...set(`paper papers preprint`)].map((w) => [w, 'paper'] as [string, EntityType]),
  ...[...set(`conference summit workshop talk talks keynote attendees speakers cfp edition meetup conf hackathon expo
    symposium panel panels proceedings`)].map((w) => [w, 'event'] as [string, EntityType]),
  ...[...set(`workload workloads suite`)].map((w) => [w, 'benchmark'] as [string, EntityType]),
  ...[...set(`app api sdk platform framework library plugin plugins extension extensions integration integrations users tool
    chat engine dependency dependencies package packages module modules crate crates binary binaries code codebase programs
    program version versions release releases repo repository server client runtime compiler driver drivers
    distribution distributions distro distros toolchain ecosystem bindings interpreter developers desktop docs documentation
    linter formatter installer scripts script files ads interface ui console cli`)].map(
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

/** Two-word heads that override the last word (`XML Error Recovery Community Group` is no company). */
export const HEAD_PAIRS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`community-group working-group interest-group task-force steering-committee user-group standards-body stock-exchange
    system-operator power-pool`)].map(
    (w) => [w.replace('-', ' '), 'organization'] as [string, EntityType],
  ),
  // `Mobile World Congress`, `International Congress of Mathematicians`: a congress of the world is a gathering, not a legislature.
  ...[...set(`world-congress international-congress`)].map((w) => [w.replace('-', ' '), 'event'] as [string, EntityType]),
  // `High Efficiency Video Coding`, `Advanced Audio Coding`: codecs are specs (not `Agentic Coding`, a practice).
  ...[...set(`video-coding audio-coding`)].map((w) => [w.replace('-', ' '), 'protocol'] as [string, EntityType]),
  // `Apollo Global Management`, `Goldman Sachs Asset Management`: investment firms (not `Bot Management`, a product).
  ...[...set(`asset-management capital-management investment-management global-management wealth-management data-centers`)].map(
    (w) => [w.replace('-', ' '), 'company'] as [string, EntityType],
  ),
]);

/**
 * Standards series named by a prefix and a number (`RFC 9110`, `PEP 517`, `PSR-4`, `ISO 8601`), or by a standards
 * body and its letter-and-number code (`SAE J3016`, `UL 9540A`, `ASTM D7566`, `ISO/IEC 27001`, `ISO/SAE 21434`).
 */
export const STANDARD_SERIES = {
  test: (name: string): boolean => NUMBERED_SERIES.test(name) || BODY_CODES.test(name) || ITU_RECOMMENDATION.test(name) || STATUTE_SECTION.test(name),
};
/** A section of a statute, cited by its three- or four-digit number (`Section 301`, `Section 1201`), each its own. */
export const STATUTE_SECTION = /^Section \d{3,4}$/;
// (`WCAG 2.1 AA`, `WCAG 2.2 Level AA`: a guideline's version with the conformance level it is met at.)
const NUMBERED_SERIES = /^(RFC|PEP|PSR|ISO|IEC|IEEE|ECMA|JSR|BIP|EIP|ERC|NIST|FIPS|ITU-T|WCAG|CWE|SEP)[-\s]?\d[\d.:-]*[a-z]?(?:\s+(?:Level\s+)?A{1,3})?$/i;
// Case kept and a separator required: `UL2` is a model, `UL 9540A` a standard.
const BODY_CODES = /^(?:SAE|UL|ANSI|ASTM|ETSI|NFPA|CCSDS|ISO\/(?:IEC|SAE)|IEC\/IEEE|SMPTE(?:\s(?:ST|RP|EG))?)[-\s]\p{Lu}{0,2}\d[\d.:-]*\p{Lu}?$/u;
// ITU-T's recommendations by series letter and number (`H.264`, `G.711`, `X.509`, `V.92`).
const ITU_RECOMMENDATION = /^(?:ITU-T\s)?[GHTVXY]\.\d{2,3}(?:\.\d+)?$/;

/**
 * Internet and file-format standards usually written as acronyms or one word. Generic technical
 * vocabulary, like month names: the stem before a version (`HTML5`, `HTTP/2`, `IPv6`) is compared.
 */
export const STANDARD_NAMES: ReadonlySet<string> = set(`http https http/2 http/3 smtp imap pop3 ftp sftp ssh tls ssl dns dnssec tcp udp
  ipv4 ipv6 quic sip xmpp mqtt amqp ldap saml oauth openid oidc json xml html css svg rest soap wsdl websocket websockets
  webrtc webgpu webassembly wasm webauthn unicode utf-8 ascii rss atom jwt bgp dhcp ntp snmp rdp smb nfs iscsi nvme pcie usb hdmi
  bluetooth wi-fi wifi ethernet lte posix ecmascript json-ld openapi caldav carddav webdav activitypub irc yaml toml csv
  protobuf s/mime pgp openpgp x.509 cors csp hsts spdy webmention pubsubhubbub xhtml mathml microformats opml
  sparql rdf cbor jsonpath
  cxl nvlink ualink thunderbolt displayport sata nfc uwb zigbee z-wave lorawan 5g risc-v x86 x86-64 mipi jtag
  jpeg png gif webp avif heic tiff pdf epub odf docx
  midi mp3 aac flac wav aiff ogg vorbis ptp avb aes67 vst aax
  scorm lti xapi oneroster qti scim fido2 kerberos
  h.264 h.265 h.266 avc hevc vvc av1 av2 vp8 vp9 mpeg-2 mpeg-4 mpeg-dash cmaf rtmp rtsp webvtt`);

/** Memory standards, with their generation and variant: `DDR5`, `LPDDR5X`, `GDDR7`, `HBM3E`, `HBM4`. */
export const MEMORY_STANDARD = /^(?:LP)?G?DDR\d[A-Z]?$|^HBM\d?[A-Z]?$/;

/**
 * Acronyms of public bodies, regulators and standards organisations that tech writing names without a cue
 * (`CISA warned`, `the FTC sued`): organisations, not products.
 */
export const ORGANIZATION_ACRONYMS: ReadonlySet<string> = set(`fbi cia nsa cisa ftc sec fcc fda doj dod dhs nist nasa noaa nih cdc
  epa irs faa darpa nsf uspto gao omb ostp cfpb finra fdic
  ecb eba esma edpb enisa eiopa europol
  cma fca ncsc gchq
  un imf oecd wto nato itu etsi icann iana ietf w3c whatwg ieee cncf fsf eff owasp ecma cern
  anssi bafin cnil jpcert cert-in mitre iarpa
  hhs onc cms nhtsa ntsb fmcsa ferc doe dol usda fema opm ssa sba osha nrc ofac occ cftc nhs mhra who unesco unicef
  unfccc iea irena ansi jedec oasis 3gpp ihe esa jaxa isro cnes sebi rbi gsma ntia berec
  bbc fifa uefa ioc nba nfl mlb nhl ncaa dmv puc`);

/** An acronym of a public body everyone knows (`ITU`, `3GPP`): written in capitals, as such bodies are. */
export function knownBody(name: string): boolean {
  return ORGANIZATION_ACRONYMS.has(name.toLowerCase()) && /^[\p{Lu}\d][\p{Lu}\d-]*\p{Lu}[\p{Lu}\d-]*$/u.test(name);
}

