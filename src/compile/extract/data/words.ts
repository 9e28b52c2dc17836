// General English word lists used to tell names from ordinary capitalised words.
// Nothing here is a name taken from any particular blog.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));

/** Function words: never a name on their own, and never the first or last word of one. */
export const STOP_WORDS = set(`
a about above across after again against all almost along already also although always am among an and another any anybody
anyone anything anyway anywhere are around as at back be because been before behind being below beneath beside besides between
beyond both but by can cannot could did do does doing done down during each either else enough even ever every everybody
everyone everything everywhere few for from further had has have having he her here hers herself him himself his how however
i if in inside instead into is it its itself just least less let lets like many may maybe me meanwhile might mine more most
much must my myself neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only
onto or other others otherwise our ours ourselves out over own per perhaps quite rather same several shall she should since
so some somebody someone something sometimes somewhere still such than that the their theirs them themselves then there
therefore these they this those though through throughout thus to today together tomorrow too toward towards under unless
until up upon us very via was we well were what whatever when whenever where whereas wherever whether which while who whoever
whom whose why will with within without would yes yet you your yours yourself yourselves
`);

export const MONTHS = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
today yesterday tomorrow tonight weekend`);

/** Words that name parts of a document rather than things in the world. */
export const SECTION_WORDS = set(`
abstract acknowledgements acknowledgments addendum afterword agenda appendix archive archives background bibliography
caveats changelog chapter conclusion conclusions contents context credits disclaimer discussion edit editorial epilogue
errata example examples faq faqs figure findings footnote footnotes foreword glossary highlights intro introduction
issues lessons links methodology methods motivation notes outline overview part preface prerequisites problem prologue
questions radar reading recap references related resources results review roadmap section sources summary takeaway
takeaways tldr toc update updates verdict
`);

/**
 * Capitalised words and short acronyms that are generic terms in tech writing, not names of things.
 * Matched case-insensitively against a whole candidate.
 */
export const GENERIC_TERMS = set(`
i ai agi asi ml dl llm llms slm slms api apis sdk sdks ui ux gui cli ide ides os saas paas iaas b2b b2c ceo ceos cto ctos cfo
coo cmo cpo vp svp evp gm pm pms hr it phd phds mba gpu gpus cpu cpus tpu tpus npu ram vram ssd http https json xml yaml html
css url urls uri rest sql nosql arr mrr qa q&a ipo ipos roi kpi kpis faq ok tv pc pcs iot ar vr xr rag rl rlhf dpo sft nlp cv
us usa uk eu uae gdp eta pdf pdfs csv rss dns vpn ip tcp udp ssh ssl tls jwt id ids cto eng dev devs ops devops mlops
sre sres dba dbas swe swes sde sdes sdet sdets sut suts e2e seo cms crm erp hcm sku skus sla slas tos api-first ai-first ai-native genai gen-ai nda ndas llc inc corp ltd co
etc vs ie eg aka tl;dr tldr usd eur gbp inr jpy cny sek nok dkk chf cad aud nzd krw brl mxn sgd hkd am pm est pst utc gmt
ceo/founder
mr mrs ms dr prof sir st no op ps edt est pdt pst cet cest bst ist jst hz khz mhz ghz kb mb gb tb pb ms ns fps rpm ip
ok okay hi hello yes no thanks arxiv kv lsm wal pgo jit gc orm mvcc oltp olap etl cdc ttl lru simd tl dr wip eol lts tbd tba tbc
rc ga poc mvp sota todo rfc rfcs readme changelog wiki dsl im uris wsdl wsdls ci cd ci/cd
cve cves mfa 2fa sso siem soar edr xdr mdr soc socs ciso cisos iam pki xss csrf rce ssrf sqli lpe dos ddos ioc iocs ttp ttps
apt apts waf ics scada dom spa ssr csr pwa cdn cdns
kib mib gib tib pib iops qps rps tps p50 p75 p90 p95 p99 p999 slo slos sli slis rto rpo mttr mttd
ac dc vm vms vps bi
w kw mw gw tw wh kwh mwh gwh twh kv mah ev evs pv hvac
dsp daw daws eq bpm io i/o qr lms sis k-12 k12 edtech ed-tech
rtos repl ecu ecus soa adas suv suvs phev phevs bevs hd l1 l2 eld
mlp ssm ssms gan gans rnn rnns gnn gnns vlm vlms mllm mllms npc npcs
ict kyc aml bin mgas fnol
`);

/** Fields and generic phrases written in Title Case (whole names, compared in lower case). */
export const GENERIC_PHRASES = new Set([
  'generative ai', 'artificial intelligence', 'machine learning', 'deep learning', 'agentic ai', 'open source',
  'large language model', 'large language models', 'natural language processing', 'computer vision', 'reinforcement learning',
]);

/** Capitalised words that start sentences, headings and bold lead-ins in ordinary prose. */
export const COMMON_CAPITALISED = set(`
fall autumn winter summer alpha beta preview nightly canary
above across actually additionally after afterwards again against ago agents ahead all almost alone along already also
although always among and another answer any anyone anything anyway apart apparently approach around as at available
back basically be because before behind below beyond big both bottom brief briefly but by case certainly clearly close
closing collectively compare compared consequently consider considering conversely core crucially currently day
despite details different directly down during each early earlier either else elsewhere emerging end enter equally
especially essentially even eventually ever every everyone everything everywhere evidently example except extra
fact finally first following for formerly fortunately four from full further furthermore generally given going
good great half hence here hopefully how however ideally if imagine importantly in including indeed initially inside
instead interestingly it key kind last late lately later latest least less let like likewise look lots main many
meanwhile more moreover most mostly much my naturally nearly neither never nevertheless new next nine no none nor
normally not note nothing notably now obviously of off often ok okay old on once one only or other others otherwise
our out over overall own part particularly per perhaps personally plus possibly potentially practically presumably
previously primarily probably put quick quickly quite rather real really recently regardless related remember right
second secondly see seven short similarly simply since six so some someone something sometimes soon specifically start
step still subsequently such suddenly suppose surely take ten that the their then there thereafter therefore these they
thing things think third this those though three thus to today together too top traditionally true truly twice two
typically ultimately under understanding unfortunately unlike unlikely until up upon usually very via wait was we
well what whatever when where whereas whether which while who whole why will with within without worse worst yes yet
you your zero
`);

/** Words that label a numbered or lettered step of something, not a named thing (`Layer 1`, `Agent A`). */
export const ORDINAL_HEADS = set(`
act agent appendix area article book category chapter class day edition episode example exercise experiment fig figure fortune
grade group layer lesson level lot model option page paper part phase player point problem question round rule season section
series session stage step table task team test tier type unit user version vol volume week wave year zone
race game match scenario case trial batch run sprint milestone track lap heat release update patch revision
versions releases builds patches updates revisions
`);

/** Third-person verbs that open a sentence fragment (`Adds ...`, `Connects ...`): never the first word of a name. */
export const LEADING_VERBS = set(`
adds allows automates brings builds combines connects converts creates enables extends generates gives handles helps
improves includes integrates introduces launches lets makes offers powers provides reduces replaces requires runs ships
supports takes turns uses wraps exposes fetches returns stores tracks tokenizes cuts saves drops beats
`);

/** Imperatives that open an instruction (`Add Thinking Machines Lab ...`, `Meet Alice`): not the first word of a name there. */
export const IMPERATIVE_VERBS = set(`
add try use see meet replace install imagine consider compare join follow visit download subscribe press click tap ask tell
take give let pick skip ignore remember note thank thanks welcome congratulations
pause resume repoint restart stop drain promote rebuild deploy upgrade migrate enable disable verify update configure rotate
revoke expect moved added fixed removed updated migrated dropped switched bumped renamed deprecated
released launched announced introduced unveiled shipped open-sourced acquired bought sold hired
`);

/** Honorifics and job titles that precede or follow a person's name. */
export const PERSON_TITLES = set(`
mr mrs ms miss dr prof professor sir dame lord lady rev president vice chairman chairwoman chair ceo cto cfo coo cso cmo cpo ciso cio cdo cro
founder cofounder co-founder chief director head lead researcher scientist engineer author senator governor minister
secretary judge justice general captain analyst investor partner editor reporter journalist host
mayor leader speaker spokesperson spokesman spokeswoman commissioner ambassador chancellor congressman congresswoman
representative sheriff lawmaker administrator deputy attorney
`);
