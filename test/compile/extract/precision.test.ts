// Non-entities: descriptive link anchors, repository files, code identifiers, inflected words, dates in
// phrases, grammar before `of`, plural generic tails, seasons and clause-initial words.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/compile/extract/document.js';
import { linkSignal } from '../../../src/compile/extract/signals/links.js';
import { acronymSignal } from '../../../src/compile/extract/signals/acronyms.js';
import { propnRunSignal } from '../../../src/compile/extract/signals/propn-runs.js';
import { isDistinctive, isInflectedWord, isNonEntity } from '../../../src/compile/extract/names.js';
import { entitiesOf, find, names } from './helpers.js';

const OWN = 'https://blog.example.com/post/';
const ctx = (md: string) => buildDocument(md, OWN);

describe('words glued to a link', () => {
  it('takes no name across the end of a link the next word is glued to', () => {
    const es = entitiesOf([
      'We moved the build to [Google Cloud](https://cloud.google.com/)and it got faster. The [Patch Rewards](https://example.org/rewards/)program pays for fixes.',
      'Last year [Google Cloud](https://cloud.google.com/) ran our tests, and the [Patch Rewards](https://example.org/rewards/) program paid out twice.',
    ]);
    expect(names(es).filter((n) => /Cloudand|Rewardsprogram/.test(n))).toEqual([]);
    expect(find(es, 'Google Cloud')).toBeDefined();
    expect(find(es, 'Patch Rewards')).toBeDefined();
  });
});

describe('role and testing acronyms', () => {
  it('makes no page of a job or a testing term written as an acronym', () => {
    const es = entitiesOf([
      'Our DBA, Lena Park, ran the upgrade while two SWEs and an SDET watched the E2E suite against the SUT. The DBA signed off.',
      'Every SWE on the team reads the DBA runbook before touching PostgreSQL. PostgreSQL is the SUT here.',
    ]);
    expect(names(es).filter((n) => /^(?:DBA|SWEs?|SDET|E2E|SUT)$/.test(n))).toEqual([]);
    expect(find(es, 'PostgreSQL')).toBeDefined();
  });
});

describe('repository paths as anchors', () => {
  it('names a project linked as owner/repo by the repository, and joins it to the name the post writes', () => {
    const es = entitiesOf([
      'Secret scanners we tried.\n\n1. **Gitleaks** — [gitleaks/gitleaks](https://github.com/gitleaks/gitleaks), MIT-licensed, a single Go binary.\n2. **TruffleHog** — [trufflesecurity/trufflehog](https://github.com/trufflesecurity/trufflehog). Its killer feature is verification.\n',
    ]);
    expect(names(es).filter((n) => /[/-]/.test(n) && /gitleaks|trufflehog/i.test(n))).toEqual([]);
    expect(find(es, 'Gitleaks')?.url).toBe('https://github.com/gitleaks/gitleaks');
    expect(find(es, 'TruffleHog')?.url).toBe('https://github.com/trufflesecurity/trufflehog');
  });
});

describe('link anchors that are no names', () => {
  it('drops written-out URLs and code identifiers, and weakens repository files and lower-case tails', () => {
    const c = linkSignal(ctx('See [glazman.org/weblog/dotclea…](http://glazman.org/weblog/x) and [optOutLink](https://developers.example.com/ref/List) and the [diskusage](https://github.com/rubys/wunderbar/blob/master/demo/diskusage.rb) and the [FreeType fuzzer](http://git.example.org/ftfuzzer.cc).'));
    expect(c.map((x) => [x.surface, x.strength])).toEqual([['diskusage', 'weak'], ['FreeType fuzzer', 'weak']]);
  });
  it('keeps versions, spelled anchors and organisation heads strong', () => {
    const c = linkSignal(ctx('The [BullshitBench v2](https://medium.com/@x/post) and the [XML Error Recovery Community Group](http://www.w3.org/community/xml-er/).'));
    expect(c.map((x) => [x.surface, x.strength])).toEqual([['BullshitBench v2', 'strong'], ['XML Error Recovery Community Group', 'strong']]);
  });
  it('keeps paper titles linked to paper hosts', () => {
    const c = linkSignal(ctx('- [Policy Circuits in Alignment](https://arxiv.org/abs/2604.04385)'));
    expect(c.map((x) => [x.surface, x.strength, x.typeHint])).toEqual([['Policy Circuits in Alignment', 'strong', 'paper']]);
  });
  it('makes a descriptive anchor of ordinary words no entity even where a run finds it too', () => {
    const es = entitiesOf(['If you need help, check out the [Help Center Article](https://support.example.com/answer/1) on updating ads.']);
    expect(find(es, 'Help Center Article')).toBeUndefined();
  });
});

describe('blog furniture and fields', () => {
  it('drops names that only occur in a sentence most posts repeat (bylines, edition blurbs)', () => {
    const posts = ['first', 'second', 'third', 'fourth'].map((n, i) =>
      `This is the ${n} edition of my weekly deep dive into Frontier Widgets.\n\nToday Acme${i} shipped a thing, and Acme${i} said so.\n\nA Widget Newsletter by Raj`);
    const es = entitiesOf(posts);
    expect(find(es, 'Raj')).toBeUndefined();
    expect(find(es, 'Frontier Widgets')).toBeUndefined();
    expect(find(es, 'Acme0')).toBeDefined();
  });
  it('makes no page of an acronym written only in the plural', () => {
    const es = entitiesOf(['Magma clicks buttons in GUIs. The value moved to ORMs, and ORMs won.', 'The LPU is fast; Groq sells LPUs, and the LPU wins.']);
    expect(find(es, 'GUIs')).toBeUndefined();
    expect(find(es, 'ORMs')).toBeUndefined();
    expect(find(es, 'LPUs')?.name).toBe('LPU');
    const chips = entitiesOf(['Numbers on 96 H100s are out. One H100 costs more, and the H100 sells. Nobody rents B200s.']);
    expect(find(chips, 'H100s')?.name).toBe('H100');
    expect(find(chips, 'B200s')).toBeUndefined();
  });
  it('opens a name with initials before a surname, not before an ordinary word', () => {
    const c = propnRunSignal(ctx('Later J.R.R. Tolkien wrote. TSMC chairman and CEO C.C. Wei spoke. The U.S. Commerce Department said so.'));
    expect(c.map((x) => x.surface)).toEqual(['J.R.R. Tolkien', 'C.C. Wei', 'Commerce Department']);
    expect(find(entitiesOf(["Intel is still looking for a chief executive after Pat Gelsinger's departure."]), 'Pat Gelsinger')?.type).toBe('person');
  });
  it('keeps a body named `X of Y and Z` whole, and leaves the kind of chip off a chip\'s name', () => {
    const c = propnRunSignal(ctx('Rules come from the Bureau of Industry and Security (BIS). The Department of Justice and Apple settled. We ran the Blackwell Ultra GPU.'));
    expect(c.map((x) => x.surface)).toEqual(['Rules', 'Bureau of Industry and Security', 'Department of Justice', 'Apple', 'Blackwell Ultra']);
    const es = entitiesOf(['Nvidia put the GB10 in a desktop box, and the GB10 sold out. Phones with Bluetooth LE Audio pair faster; Bluetooth LE Audio is new.']);
    expect(find(es, 'GB10')?.type).not.toBe('event');
    expect(find(es, 'Bluetooth LE Audio')?.type).toBe('protocol');
  });
  it('keeps a version with a lower-case letter inside a name', () => {
    expect(propnRunSignal(ctx('Microsoft released BitNet b1.58 2B4T, and Moonshot shipped Kimi k1.5 in January.')).map((c) => c.surface)).toEqual(['Microsoft', 'BitNet b1.58 2B4T', 'Moonshot', 'Kimi k1.5']);
  });
  it('keeps a body named `X for Y` whole, not before a firm everyone knows', () => {
    const c = propnRunSignal(ctx('A benchmark from the Center for AI Safety and Scale AI. The Center for Security and Emerging Technology wrote it. We built a Foundation for Apple developers.'));
    expect(c.map((x) => x.surface)).toEqual(['Center for AI Safety', 'Scale AI', 'Center for Security and Emerging Technology', 'Foundation', 'Apple']);
  });
  it('keeps a well-known name whose first word reads as a verb opening the sentence', () => {
    expect(propnRunSignal(ctx('Hugging Face Transformers now ships a new tokenizer.')).map((c) => c.surface)).toEqual(['Hugging Face Transformers']);
  });
  it('leaves the day of a date out of the name after it', () => {
    expect(propnRunSignal(ctx('On January 27 Nvidia lost close to $600 billion in value.')).map((c) => c.surface)).toEqual(['Nvidia']);
  });
  it('makes no entity of a field named with an adjective and AI', () => {
    expect(isNonEntity('Generative AI')).toBe(true);
    expect(isNonEntity('Machine Learning')).toBe(true);
    for (const n of ['500M Series B', '$90M Series C', '100M ARR', '4.3 Spam', '5.1.1 Data']) expect(isNonEntity(n), n).toBe(true);
    for (const n of ['8GB DDR2', '8GB of RAM', '32 GB', '1.5TiB', '671B-parameter', '7B-param']) expect(isNonEntity(n), n).toBe(true);
    for (const n of ['Americans', 'North American', 'South Koreans', 'Republic of China', 'Kingdom of Saudi Arabia']) expect(isNonEntity(n), n).toBe(true);
    for (const n of ['American Express', 'Republic of Gamers', 'North Face']) expect(isNonEntity(n), n).toBe(false);
    for (const n of ['AWS', 'GPT-4o', 'DDR5', 'NVMe', 'HBM3E']) expect(isNonEntity(n), n).toBe(false);
    expect(isNonEntity('26B MoE')).toBe(false);
    expect(isNonEntity('Hume AI')).toBe(false);
    expect(isNonEntity('Mistral AI')).toBe(false);
  });
});

describe('shapes that are no names', () => {
  it('reads inflected dictionary words as ordinary words', () => {
    for (const w of ['Quarantining', 'Dependencies', 'Uninhibit', 'Rubies', 'Fuzzing', 'Looped', 'Transactional', 'Customization']) {
      expect(isInflectedWord(w), w).toBe(true);
    }
    // Plurals in -s are names too often (`Pandas`, `Windows`); resolution weighs them by use instead.
    for (const w of ['Resend', 'Docker', 'Express', 'Overleaf', 'Boeing', 'Unity', 'Mistral', 'Genesis', 'Pandas', 'Windows', 'Workflows']) {
      expect(isInflectedWord(w), w).toBe(false);
    }
    expect(isDistinctive('Quarantining')).toBe(false);
  });
  it('drops file names and CSS properties or flags written as links', () => {
    expect(isNonEntity('Gemfile')).toBe(true);
    expect(isNonEntity('setup.py')).toBe(true);
    expect(isNonEntity('Node.js')).toBe(false);
    const c = linkSignal(ctx('Use [-moz-border-radius](https://developer.example.org/en/CSS/-moz-border-radius) sparingly.'));
    expect(c).toEqual([]);
  });
  it('drops phrases holding a date and seasons', () => {
    expect(isNonEntity('Starting June 30, 2016')).toBe(true);
    expect(isNonEntity('Fall')).toBe(true);
  });
  it('skips lowerCamel identifiers in prose', () => {
    expect(acronymSignal(ctx('Each list must have an optOutLink field, unlike iPhone apps.')).map((c) => c.surface)).toEqual(['iPhone']);
  });
  it('cuts an ordinary noun opening a sentence before of, and a plural generic tail', () => {
    const runs = propnRunSignal(ctx('Usage of Java 6 is declining. We bought Nvidia H100 GPUs yesterday.')).map((c) => c.surface);
    expect(runs).toContain('Java 6');
    expect(runs).toContain('Nvidia H100');
    expect(runs).not.toContain('Usage of Java 6');
  });
  it('drops a generic term with its usual abbreviation, the words of a job title and release stages', () => {
    const runs = propnRunSignal(ctx('Our Continuous Integration (CI) system flags it. Thanks to Meredith Whittaker (Open Research Lead). It is in Beta now.')).map((c) => c.surface);
    expect(runs).not.toContain('Continuous Integration');
    expect(runs).not.toContain('Open Research');
    expect(runs).not.toContain('Beta');
    expect(runs).toContain('Meredith Whittaker');
  });
  it('reads a word after a dash or colon as clause-initial', () => {
    const runs = propnRunSignal(ctx('May 15, 2017 - Registration opens for speakers. July 1, 2017 - Registration closes.'));
    expect(runs.filter((c) => c.surface === 'Registration').every((c) => !c.midSentence)).toBe(true);
  });
});

describe('quantities, fragments, identifiers and labels', () => {
  it('drops quantities, measurements and verb-led fragments', () => {
    for (const n of ['500K+', 'Sub-100ms', 'Adds 2-3x', 'Connects Acme Studio', 'Tokenizes', 'FOO_BAR_BAZ', 'Race 3', 'Agent B. Tracing', 'Zentro Legal Research Assistant 34'])
      expect(isNonEntity(n), n).toBe(true);
  });
  it('keeps versioned names, middle initials and plain names', () => {
    for (const n of ['Zentro Max 20x', 'Viral B. Shah', 'Office 365', 'Zentro 4.6', 'Connectix', 'GPT-4o', 'Zentro Studio'])
      expect(isNonEntity(n), n).toBe(false);
  });
});

describe('list labels', () => {
  it('reads a lone ordinary word before a colon as a label, and keeps a coined name', () => {
    const es = entitiesOf(['Options for you:\n\n- Free: many hosted models on Zentrovia.\n- Zentrovia: the hosted catalogue.\n']);
    expect(find(es, 'Free')).toBeUndefined();
    expect(find(es, 'Zentrovia')).toBeDefined();
  });
});

describe('hyphen compounds at the start of a clause', () => {
  it('reads a capitalised ordinary word before a lower-case suffix at a clause start as no name', () => {
    const c = propnRunSignal(ctx('Zentrovia launched: Crypto-native agent payments. Quorvax-style files spread.'));
    expect(c.map((x) => x.surface)).not.toContain('Crypto');
    expect(c.map((x) => x.surface)).toContain('Quorvax');
  });
});

describe('tips, licences and conference sites', () => {
  it('makes no page of a bold tip, but of the tool a tip names', () => {
    const es = entitiesOf(['Tips for big tables.\n\n- **Use pg_repack.** It rebuilds tables without long locks.\n- **Tune autovacuum.** Lower the scale factor on hot tables.\n']);
    expect(names(es)).toContain('pg_repack');
    expect(names(es).some((n) => /^(?:Use|Tune)\b/.test(n))).toBe(false);
  });
  it('makes no page of the licences in a licence column', () => {
    const es = entitiesOf(['| Tool | License |\n|---|---|\n| DuckDB | MIT |\n| ClickHouse | Apache 2.0 |\n| TimescaleDB | TSL |\n']);
    expect(names(es)).toEqual(expect.arrayContaining(['DuckDB', 'ClickHouse', 'TimescaleDB']));
    for (const n of ['MIT', 'Apache 2.0', 'TSL']) expect(find(es, n), n).toBeUndefined();
  });
  it('reads a name written with a leading dot (.NET 8) as the product it names, one page for its releases', () => {
    const es = entitiesOf(['Our API runs on .NET 8 and it is fast.', 'We moved from .NET Framework to .NET 8, and most of our C#/.NET services followed.']);
    const net = find(es, 'NET 8');
    expect(net?.type, names(es).join(', ')).toBe('product');
  });
  it('ends no sentence at a dot with a letter right after it (C#/.NET), and takes a firm named with an everyday word and AI', () => {
    const ctx = buildDocument('Most C#/.NET shops we spoke with plan to skip the preview. Node.js is fine.\n', undefined);
    expect(ctx.sentences.map((s) => s.text)).toEqual(['Most C#/.NET shops we spoke with plan to skip the preview.', 'Node.js is fine.']);
    const es = entitiesOf(['**Together AI.** Together AI cut prices by 30% in May. Together AI also raised $305 million.', 'Can AI reason? How AI changes search is unclear.']);
    expect(find(es, 'Together AI')?.type).toBe('company');
    expect(names(es).some((n) => /^(?:Can|How) AI$/.test(n))).toBe(false);
  });
  it('reads a conference named by its site as an event', () => {
    expect(find(entitiesOf(['We met at PGConf.dev in Vancouver, and PGConf.dev had 400 attendees.']), 'PGConf.dev')?.type).toBe('event');
  });
});

describe('a quality named by a word made from another', () => {
  it('does not make a page of a capitalised -ability or -ness word that opens a sentence', () => {
    const es = entitiesOf(['**Cost.** Observability costs fell 40% after we dropped Datadog. Statelessness helps. Maintainability matters.']);
    for (const n of ['Observability', 'Statelessness', 'Maintainability']) expect(find(es, n), n).toBeUndefined();
  });
});
