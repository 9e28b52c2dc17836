// Firms, institutions, events and products a tech post names in passing, with no word around them to say what
// they are (`we moved from Datadog`, `Toyota and Siemens signed on`, `tested in Chrome`): the largest companies by
// revenue or market value, the best-known technology, chip, device, AI, cloud, data, security and developer-tool
// firms, consumer apps and fintechs known as firms, game studios and publishers, venture and private-equity firms,
// space and defence firms, universities known by a short name, major conferences and the days and games the whole
// world marks (`Black Friday`, `World Cup`), and software and devices everyone knows. A vote
// for the type, not a verdict: head words and the posts' own cues still count, and the config's `types` pins any
// name. Firms whose name as often means their product (`Slack`, `Zoom`, `Unity`, `Snap`) are not among the
// companies, and ordinary words (`Block`, `Target`, `Shell`, `Affirm`) and places are in no list.
const set = (text: string): ReadonlySet<string> => new Set(text.split('|').map((s) => s.trim().toLowerCase()).filter(Boolean));

export const WELL_KNOWN_COMPANIES: ReadonlySet<string> = set(`
Apple|Microsoft|Google|Alphabet|Amazon|Meta|Meta Platforms|Facebook|Netflix|Nvidia|Intel|AMD|Qualcomm|Broadcom|IBM|Oracle|
Salesforce|Adobe|SAP|Cisco|Dell|HP|HPE|Hewlett Packard Enterprise|Lenovo|Samsung|Sony|Panasonic|Huawei|Xiaomi|Tencent|
Alibaba|Baidu|ByteDance|JD.com|Meituan|Rakuten|SoftBank|Naver|Kakao|Infosys|Wipro|Tata Consultancy Services|Cognizant|
Accenture|Capgemini|Deloitte|PwC|KPMG|McKinsey|Boston Consulting Group|Bain|Gartner|Forrester|
Uber|Lyft|Airbnb|DoorDash|Instacart|Spotify|Shopify|Stripe|PayPal|Coinbase|Robinhood|Klarna|Revolut|Adyen|Visa|
Mastercard|American Express|Pinterest|Reddit|Yahoo|eBay|Etsy|Zillow|Expedia|Booking Holdings|Atlassian|ServiceNow|
Workday|Snowflake|Databricks|MongoDB|Confluent|HashiCorp|GitLab|Datadog|Splunk|Dynatrace|Cloudflare|Akamai|Fastly|Twilio|
Okta|CrowdStrike|Palo Alto Networks|Fortinet|Zscaler|SentinelOne|Wiz|Red Hat|Canonical|SUSE|VMware|Nutanix|
NetApp|Pure Storage|Western Digital|Seagate|Micron|SK Hynix|TSMC|GlobalFoundries|ASML|Applied Materials|Lam Research|
Tokyo Electron|Marvell|MediaTek|Texas Instruments|Analog Devices|NXP|Infineon|STMicroelectronics|Renesas|Cerebras|Groq|
SambaNova|Graphcore|Tenstorrent|CoreWeave|Supermicro|Foxconn|Dropbox|Canva|HubSpot|Zendesk|Freshworks|Klaviyo|Palantir|
Epic Games|Valve|Nintendo|Electronic Arts|Activision Blizzard|Ubisoft|Roblox|Tesla|SpaceX|Rivian|Waymo|Toyota|Volkswagen|
BMW|Mercedes-Benz|Ford|General Motors|Honda|Hyundai|Nissan|Stellantis|BYD|Siemens|Bosch|ABB|Schneider Electric|Honeywell|
General Electric|Boeing|Airbus|Lockheed Martin|Northrop Grumman|Caterpillar|John Deere|Walmart|Costco|Home Depot|
Best Buy|IKEA|Nike|Adidas|Unilever|Nestlé|Procter & Gamble|Coca-Cola|PepsiCo|McDonald's|Starbucks|Disney|Comcast|AT&T|
Verizon|T-Mobile|Vodafone|Deutsche Telekom|Telefónica|NTT|ExxonMobil|Chevron|TotalEnergies|JPMorgan|JPMorgan Chase|J.P. Morgan|
Goldman Sachs|Morgan Stanley|Citigroup|Wells Fargo|HSBC|Barclays|UBS|Deutsche Bank|BNP Paribas|BlackRock|Blackstone|
Berkshire Hathaway|Allianz|AXA|Pfizer|Moderna|Novartis|Roche|AstraZeneca|Eli Lilly|Novo Nordisk|UnitedHealth|FedEx|UPS|DHL|
Maersk|Lufthansa|Delta Air Lines|United Airlines|American Airlines|Ryanair|Marriott|Hilton|Hyatt|Walgreens|
OpenAI|Anthropic|DeepMind|Google DeepMind|Cohere|Mistral AI|Hugging Face|Stability AI|xAI|Inflection AI|Scale AI|ElevenLabs|
Anysphere|Adept|Together AI|Fireworks AI|Weights & Biases|Moonshot AI|Zhipu AI|Sequoia|Sequoia Capital|Andreessen Horowitz|
a16z|Accel|Greylock|Kleiner Perkins|Coatue|Felicis|Atomico|Balderton|Temasek|Mubadala|ICONIQ|Y Combinator|Tiger Global|
Asus|Acer|MSI|Gigabyte|ASRock|Razer|Logitech|Garmin|GoPro|Nikon|Fujifilm|LG|LG Electronics|Toshiba|Hitachi|
Fujitsu|NEC|Kyocera|Oppo|Vivo|OnePlus|Realme|Motorola|Nokia|Ericsson|ZTE|Synopsys|Ansys|Autodesk|Keysight|Teradyne|Xilinx|
Altera|Mobileye|SiFive|Rambus|Wolfspeed|onsemi|Intel Foundry|Samsung Foundry|Samsung Electronics|
Mandiant|Rapid7|Qualys|Snyk|Sophos|Kaspersky|ESET|Trend Micro|Check Point|Proofpoint|Darktrace|Arctic Wolf|
Recorded Future|Chainalysis|HackerOne|Bugcrowd|Intigriti|YesWeHack|Trail of Bits|NCC Group|Bishop Fox|SpecterOps|
Veracode|Checkmarx|Sonatype|JFrog|Lacework|Orca Security|CyberArk|SailPoint|Imperva|Netskope|Illumio|Armis|Claroty|
Dragos|Group-IB|Yubico|
DigitalOcean|Hetzner|OVHcloud|Backblaze|Cockroach Labs|Grafana Labs|New Relic|PagerDuty|Chronosphere|Sumo Logic|
JetBrains|Sourcegraph|Replit|MuleSoft|Informatica|Fivetran|dbt Labs|Airbyte|Dremio|Cloudera|Teradata|Couchbase|
SingleStore|Anyscale|Lightning AI|Character.AI|AI21 Labs|Aleph Alpha|Sakana AI|Safe Superintelligence|
Thinking Machines Lab|Synthesia|Nebius|Lambda Labs|
Twitter|Duolingo|Bumble|Match Group|Deliveroo|Gojek|Sea Limited|Mercado Libre|Nubank|Swiggy|Zomato|Flipkart|
Paytm|Didi|Pinduoduo|Shein|Zalando|Wayfair|Carvana|Opendoor|Redfin|Tripadvisor|Ticketmaster|Live Nation|
Warner Bros. Discovery|Roku|Sirius XM|Bloomberg|Reuters|CNBC|Brex|Monzo|N26|Marqeta|SoFi|Deel|Rippling|
Carta|Smartsheet|DocuSign|
Unity Technologies|Take-Two Interactive|Rockstar Games|CD Projekt|CD Projekt Red|Bungie|BioWare|id Software|
Respawn Entertainment|Naughty Dog|Insomniac Games|Remedy Entertainment|Square Enix|Capcom|Bandai Namco|Sega|Konami|Nexon|
NetEase|Krafton|Supercell|Riot Games|Blizzard Entertainment|Mojang|FromSoftware|Larian Studios|Paradox Interactive|
Devolver Digital|Embracer Group|Maxis|
General Catalyst|Lightspeed Venture Partners|Index Ventures|Insight Partners|Founders Fund|Khosla Ventures|GV|
Bessemer Venture Partners|Battery Ventures|Thrive Capital|Highland Europe|General Atlantic|Silver Lake|Thoma Bravo|
Vista Equity Partners|KKR|Lux Capital|DST Global|Ribbit Capital|Spark Capital|Union Square Ventures|
First Round Capital|Madrona|Amplify Partners|Radical Ventures|Greenoaks|
Globalstar|Viasat|OneWeb|AST SpaceMobile|Rocket Lab|Blue Origin|Relativity Space|Planet Labs|Anduril|Shield AI|
Skydio
`);

export const WELL_KNOWN_ORGANIZATIONS: ReadonlySet<string> = set(`
Stanford|Harvard|MIT|Berkeley|UC Berkeley|Caltech|Princeton|Yale|Cornell|CMU|Carnegie Mellon|ETH Zurich|EPFL|Tsinghua|KAIST|
Mila|Mozilla|Wikimedia|OpenJS Foundation|UC San Diego|UCLA|NYU|Georgia Tech|University of Toronto
`);

/** Conferences and trade shows tech posts name bare (`at GTC`, `since Computex`); not `Build` or `Ignite`, ordinary words. */
export const WELL_KNOWN_EVENTS: ReadonlySet<string> = set(`
CES|Computex|GTC|WWDC|Google I/O|re:Invent|re:Inforce|Dreamforce|NeurIPS|ICML|ICLR|CVPR|ECCV|ICCV|EMNLP|NAACL|AAAI|IJCAI|
SIGGRAPH|SIGMOD|VLDB|OSDI|SOSP|NSDI|ISSCC|IEDM|Hot Chips|MWC|IFA|Black Hat|DEF CON|RSAC|FOSDEM|Strange Loop|SXSW|TED|GDC|
E3|Gamescom|Slush|TechCrunch Disrupt|SEMICON West|Microsoft Build|Google Cloud Next|
Black Friday|Cyber Monday|Prime Day|Singles' Day|Singles Day|Boxing Day|Super Bowl|World Cup|Olympics
`);

/**
 * Software and devices everyone knows by name, named in passing (`tested in Chrome and Safari`, `moved chat to
 * Microsoft Teams`): operating systems, browsers, programming languages, developer tools, databases, frameworks,
 * apps and devices. Not names that are as often an ordinary word (`Go`, `Swift`, `Word`, `Edge`, `Spark`, `Helm`),
 * a person's (`Julia`) or a firm's (`Dropbox`, `Spotify`, `Snowflake`); not cloud platforms, which posts call
 * products and companies alike.
 */
export const WELL_KNOWN_PRODUCTS: ReadonlySet<string> = set(`
Windows|macOS|Linux|iOS|iPadOS|watchOS|visionOS|Android|ChromeOS|Ubuntu|Debian|Fedora|FreeBSD|Chrome|Chromium|Firefox|
Safari|Microsoft Edge|Python|Java|JavaScript|TypeScript|Rust|Kotlin|C++|C#|Ruby|PHP|Perl|Scala|Haskell|Elixir|Erlang|
Clojure|Zig|Lua|Dart|Git|GitHub|Docker|Kubernetes|Terraform|Ansible|Jenkins|Nginx|Node.js|Deno|npm|pnpm|Homebrew|VS Code|
Visual Studio Code|Visual Studio|Xcode|IntelliJ IDEA|Vim|Neovim|Emacs|Jupyter|Jira|Confluence|Figma|Postman|Grafana|
PostgreSQL|Postgres|MySQL|SQLite|Redis|Elasticsearch|DynamoDB|BigQuery|DuckDB|Apache Kafka|Apache Spark|React|Vue|Angular|
Django|Flask|Ruby on Rails|Next.js|Svelte|PyTorch|TensorFlow|NumPy|Slack|Microsoft Teams|Gmail|Outlook|WhatsApp|
Instagram|YouTube|TikTok|Telegram|Discord|Microsoft Office|Excel|PowerPoint|Photoshop|ChatGPT|GitHub Copilot|Siri|Alexa|
Google Maps|Google Search|Google Docs|iPhone|iPad|MacBook|MacBook Pro|MacBook Air|Apple Watch|AirPods|Vision Pro|
PlayStation|PlayStation 5|Xbox|Nintendo Switch|Steam Deck|Raspberry Pi|Kindle
`);

/**
 * Benchmarks everyone in machine learning, hardware and databases knows by name. Names that are as often an ordinary
 * word or another thing (`MATH`, `DROP`, `GLUE`, `HELM`, `GAIA`, `RULER`, `COCO`) are left out.
 */
export const WELL_KNOWN_BENCHMARKS: ReadonlySet<string> = set(`
MMLU|MMLU-Pro|MMMU|GPQA|GPQA Diamond|GSM8K|MATH-500|HumanEval|MBPP|SWE-bench|SWE-bench Verified|LiveCodeBench|HellaSwag|
TruthfulQA|WinoGrande|ARC-AGI|ARC-AGI-2|FrontierMath|Humanity's Last Exam|BIG-bench|BIG-Bench Hard|SuperGLUE|SQuAD|
ImageNet|MS MARCO|BEIR|MTEB|SimpleQA|BrowseComp|OSWorld|WebArena|MathVista|IFEval|BFCL|AIME|MLPerf|SPEC CPU|SPECint|
Geekbench|Cinebench|3DMark|TPC-C|TPC-H|TPC-DS|YCSB|Sysbench
`);

/** The type of a firm, university, conference, product or benchmark everyone knows by this name (a conference with its year too). */
export function wellKnownType(name: string): 'company' | 'organization' | 'event' | 'product' | 'benchmark' | undefined {
  const n = name.toLowerCase();
  if (WELL_KNOWN_COMPANIES.has(n)) return 'company';
  if (WELL_KNOWN_ORGANIZATIONS.has(n)) return 'organization';
  if (WELL_KNOWN_EVENTS.has(n) || WELL_KNOWN_EVENTS.has(n.replace(/\s+(?:19|20)\d\d$/, ''))) return 'event';
  if (WELL_KNOWN_PRODUCTS.has(n)) return 'product';
  if (WELL_KNOWN_BENCHMARKS.has(n)) return 'benchmark';
  return undefined;
}

/**
 * Families of machine-learning models a post names by release (`Llama 3.3 70B`, `Qwen2.5-Coder-32B`,
 * `GPT-4.1 mini`): a versioned or sized name in one of them is a model, not a product release. Words that
 * as often name a product or an ordinary thing (`Command`, `Granite`, `Flux`, `Falcon`, `Zephyr`) are left out.
 */
export const MODEL_FAMILIES: ReadonlySet<string> = set(`
GPT|Claude|Gemini|Gemma|PaLM|LaMDA|Llama|CodeLlama|Mistral|Mixtral|Codestral|Ministral|Pixtral|Magistral|Devstral|Qwen|QwQ|
DeepSeek|Phi|BLOOM|BERT|RoBERTa|T5|Flan|GPT-J|GPT-NeoX|Pythia|OPT|Grok|Jamba|Yi|Baichuan|GLM|ChatGLM|Kimi|Nemotron|
OLMo|Olmo|StarCoder|Whisper|DALL-E|Imagen|Veo|SDXL|Chinchilla|Vicuna|Alpaca|SmolLM|Aya|Reka|MPT|InternLM|Hunyuan|
ERNIE|EXAONE|DBRX|Molmo|Tulu|LLaVA|CLIP|SigLIP|Stable Diffusion|Wan|Seedream|MiniMax
`);

/** Other names everyone uses for the same thing (`Postgres` is `PostgreSQL`): joined when a post writes both. */
export const KNOWN_ALIASES: readonly (readonly [string, string])[] = [
  ['PostgreSQL', 'Postgres'],
  ['Kubernetes', 'K8s'],
  ['Visual Studio Code', 'VS Code'],
  ['Amazon Web Services', 'AWS'],
  ['Google Cloud Platform', 'GCP'],
  ['Andreessen Horowitz', 'a16z'],
];
