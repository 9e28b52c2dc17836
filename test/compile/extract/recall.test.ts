// Names mentioned once: type cues and possessives vouch for them; acronyms beside years and glued
// digits are still found; ellipses, model numbers and plural acronyms join their entity.
import { describe, expect, it } from 'vitest';
import { acronymSignal } from '../../../src/compile/extract/signals/acronyms.js';
import { isNonEntity } from '../../../src/compile/extract/names.js';
import { lowercaseNameSignal } from '../../../src/compile/extract/signals/lowercase-names.js';
import { buildDocument } from '../../../src/compile/extract/document.js';
import { entitiesOf, find, votes } from './helpers.js';

const OWN = 'https://blog.example.com/post/';


describe('acronyms beside numbers', () => {
  it('finds an acronym or CamelCase word before a year and after a word glued to a number', () => {
    const c = acronymSignal(buildDocument('Our talk from FOSDEM 2024 is online. We found [33](https://bugs.example.com/1)in FFmpeg and 7 in gRPC.', OWN));
    expect(c.map((x) => x.surface)).toEqual(['FOSDEM', 'FFmpeg', 'gRPC']);
  });
});

describe('names mentioned once', () => {
  it('accepts a single mid-sentence name with a type cue or owning something', () => {
    const es = entitiesOf([
      "We also borrowed ideas from Google's Spanner paper on clocks. This is the next step in Astral's mission to build tools.",
      'Google builds many things, and Google ships them.',
    ]);
    expect(find(es, 'Spanner')?.type).toBe('paper');
    expect(find(es, 'Astral')).toBeDefined();
  });
  it('accepts a firm everyone knows from one mid-sentence mention, and a .cpp project as a name', () => {
    const es = entitiesOf(['The fab ships chips to Cisco these days.', '- **llama.cpp** added vision support this week.\n- **Ollama** followed.']);
    expect(find(es, 'Cisco')?.type).toBe('company');
    expect(find(es, 'llama.cpp')).toBeDefined();
  });
  it('accepts a name coordinated with a known name', () => {
    const es = entitiesOf(['It is faster than FasterTransformer and Orca at the same latency.']);
    expect(find(es, 'Orca')).toBeDefined();
  });
  it('does not take a list-mate for a cue word', () => {
    expect(votes('The round was led by Benchmark, Sequoia and Greenoaks.', 'Sequoia').benchmark).toBeUndefined();
  });
  it('reads percentages and scores on a name as a benchmark', () => {
    expect(Object.entries(votes('The model scores 89.2% on AIME 2026 and more.', 'AIME')).sort((a, b) => b[1] - a[1])[0][0]).toBe('benchmark');
  });
  it('takes the head of an appositive noun phrase, not its first known word', () => {
    expect(Object.entries(votes('The paper is Magma, a foundation model for agents.', 'Magma')).sort((a, b) => b[1] - a[1])[0][0]).toBe('model');
  });
  it('types benchmark-named single words', () => {
    const es = entitiesOf(['The model leads LiveCodeBench today, and LiveCodeBench agrees.']);
    expect(find(es, 'LiveCodeBench')?.type).toBe('benchmark');
  });
  it('makes no entity of a language or demonym', () => {
    expect(isNonEntity('Hindi')).toBe(true);
    expect(isNonEntity('European')).toBe(true);
  });
  it('makes no entity of a place named by its geographic head, and keeps an organization named with a city', () => {
    for (const n of ['Permian Basin', 'Las Vegas Strip', 'San Francisco Bay Area', 'Peachtree Corners', 'Orange County', 'South Asia', 'Northern California', 'East Coast', 'Colorado Springs', 'Iberian Peninsula']) expect(isNonEntity(n), n).toBe(true);
    for (const n of ['UC San Diego', 'Silicon Valley Bank', 'Basin', 'Stardew Valley', 'Monkey Island', 'Wuthering Heights', 'Daniel Heights']) expect(isNonEntity(n), n).toBe(false);
  });
  it('makes no entity of an amount of power or energy, or of its unit alone', () => {
    for (const n of ['300 MW', '1.2 GWh', '48-amp', 'GW', 'kWh']) expect(isNonEntity(n), n).toBe(true);
    expect(isNonEntity('RTX 5090')).toBe(false);
  });
  it('takes an official\'s title off the name', () => {
    const es = entitiesOf(['EPA Administrator Lee Zeldin said the rule would go, and Deputy Attorney General Todd Blanche agreed.']);
    expect(find(es, 'Lee Zeldin')?.type).toBe('person');
    expect(find(es, 'Administrator Lee Zeldin')).toBeUndefined();
  });
  it('keeps a firm named with a small word or a verb and closed by its trade, but not a question about AI', () => {
    for (const n of ['May Mobility', 'Build Robotics']) expect(isNonEntity(n), n).toBe(false);
    for (const n of ['Can AI', 'Will AI', 'May Be']) expect(isNonEntity(n), n).toBe(true);
  });
});

describe('lower-case names', () => {
  it('finds lib- and -utils shapes and possessive non-words, not dictionary words, compounds or code', () => {
    const c = lowercaseNameSignal(buildDocument("Versions of xz-utils shipped a backdoor that hooked into liblzma and, through systemd's support, sshd. The chatbot's answer and the `libfoo` call and build-tools workflows.", OWN));
    expect(c.map((x) => x.surface)).toEqual(['xz-utils', 'liblzma', 'systemd']);
  });
});

describe('family names and sentence-initial names', () => {
  it('keeps a family name that is also a stop word', () => {
    expect(isNonEntity('Yuxiong He')).toBe(false);
    expect(isNonEntity('Then He')).toBe(true);
  });
  it('accepts a sentence-initial name with a strong cue and another mention', () => {
    const es = entitiesOf(['Arm CEO Rene Haas wrote to shareholders. SoftBank owns most of Arm today.']);
    expect(find(es, 'Arm')?.type).toBe('company');
  });
});

describe('joins', () => {
  it('joins an ordinary word standing for a longer name in the same post', () => {
    const es = entitiesOf(['Google builds maps, and Google ships them. Locations show on Google Maps. Verified places appear in Google Ads and Maps, and Google Maps lists them.']);
    expect(find(es, 'Maps')).toBe(find(es, 'Google Maps'));
  });
  it('joins a shortened name used only beside the full one, X.js with X, and a paper with its short name', () => {
    const es = entitiesOf([
      'We moved to Apache Iceberg last year. We like Iceberg a lot, and Iceberg scales.',
      'Node.js 22 shipped. Node is everywhere, and Node keeps growing, and Node.js too.',
      'We reread "Dremel: Interactive Analysis of Web-Scale Datasets" ([paper](https://research.example.com/pubs/dremel)) this week. Dremel inspired Dremel-like engines, and Dremel still matters.',
    ]);
    expect(find(es, 'Iceberg')).toBe(find(es, 'Apache Iceberg'));
    expect(find(es, 'Node')).toBe(find(es, 'Node.js'));
    // After a comparative, the longer name is a project of its own.
    const project = entitiesOf(['The Faster CPython project made CPython 3.11 faster. CPython now has a JIT, and CPython users noticed.']);
    expect(find(project, 'CPython')).toBeDefined();
    expect(find(project, 'CPython')).not.toBe(find(project, 'Faster CPython'));
  });
  it("joins a work's title before its colon, of several words, to the whole title when the posts use both together", () => {
    const es = entitiesOf([
      'The book *Probabilistic Machine Learning: An Introduction* by Kevin Murphy is free. Probabilistic Machine Learning covers the basics, and Probabilistic Machine Learning has exercises.',
      'The paper "Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction" won. Visual Autoregressive Modeling predicts scales, and Visual Autoregressive Modeling is fast.',
      'We read the paper "Deep Residual Networks: A Field Guide to Depth" today.',
      'Deep Residual Networks changed vision. Deep Residual Networks are everywhere.',
    ]);
    expect(find(es, 'Probabilistic Machine Learning')).toBe(find(es, 'Probabilistic Machine Learning: An Introduction') ?? find(es, 'Probabilistic Machine Learning - An Introduction'));
    expect(find(es, 'Probabilistic Machine Learning')?.type).toBe('paper');
    expect(find(es, 'Visual Autoregressive Modeling')?.type).toBe('paper');
    expect(es.filter((e) => e.name.startsWith('Visual Autoregressive Modeling'))).toHaveLength(1);
    // Used in a post without the whole title: another thing, or the blog's own name for it, kept apart.
    expect(es.filter((e) => e.name.startsWith('Deep Residual Networks')).length).toBe(2);
  });
  it('does not join a name used before the longer one, nor a given name from another post', () => {
    const es = entitiesOf([
      'The code ran on some Linux distributions. Our images use Alpine Linux, and Alpine Linux is small.',
      'Julia Evans gave a talk on DNS, and Julia Evans draws comics. Later Julia answered questions.',
      'The paper explains why Julia matches C, and Julia stays convenient.',
    ]);
    expect(find(es, 'Linux')).not.toBe(find(es, 'Alpine Linux'));
    expect(find(es, 'Julia')).not.toBe(find(es, 'Julia Evans'));
  });
  it('does not join a size or a list into a shortened name', () => {
    const es = entitiesOf(['The 26B MoE runs locally. MoE layers help, and MoE routing matters.', 'We cite ROME and MEMIT often. MEMIT edits facts, and MEMIT scales.']);
    expect(find(es, 'MEMIT')?.name).toBe('MEMIT');
  });
  it('makes no entity of chapter timestamps', () => {
    expect(isNonEntity('00:00 Intro')).toBe(true);
    expect(isNonEntity('40-45 Funding Oven')).toBe(true);
  });
  it('joins a model number to the one maker-hyphened name written in every post that uses it', () => {
    const es = entitiesOf([
      'DeepSeek released R1 on Monday. DeepSeek-R1 is a reasoning model, and R1 is cheap. Hugging Face started Open-R1.',
      'A month on, R1 still leads DeepSeek-R1-Distill, and we read the "DeepSeek-V3 Technical Report" again. V3 was the base.',
      'Elsewhere R1 means a router (DeepSeek-R1 aside).',
      'DeepSeek-V3 is large, and DeepSeek-V3 is open.',
    ]);
    expect(find(es, 'R1')).toBe(find(es, 'DeepSeek-R1'));
    expect(find(es, 'V3')).toBe(find(es, 'DeepSeek-V3'));
    expect(find(es, 'Open-R1')).not.toBe(find(es, 'DeepSeek-R1'));
  });
  it('joins a university everyone knows by its short name to its full name, and no project to its foundation', () => {
    const es = entitiesOf(['Researchers at Stanford University built it. Stanford said so, and Stanford agreed.', 'The Linux Foundation hosts Linux. Linux is big.']);
    expect(find(es, 'Stanford')).toBe(find(es, 'Stanford University'));
    expect(find(es, 'Linux')).not.toBe(find(es, 'Linux Foundation'));
  });
  it('joins a mixed-case short form defined before its long form', () => {
    const es = entitiesOf(['**LoRA (Low-Rank Adaptation)** trains small adapters. We used LoRA again, and LoRA worked. GitHub (the code host) is big.']);
    expect(find(es, 'LoRA')).toBe(find(es, 'Low-Rank Adaptation'));
    expect(find(es, 'the code host')).toBeUndefined();
  });
  it('finds a long quoted paper title whole', () => {
    const es = entitiesOf(['GPTQ comes from the paper “GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers” by Elias Frantar.']);
    expect(find(es, 'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers')?.type).toBe('paper');
    expect(find(es, 'Accurate Post-Training Quantization')).toBeUndefined();
  });
  it('keeps a quoted title whole where the post writes it again without quotes', () => {
    const es = entitiesOf(['The paper "Humanity\'s Last Exam" has 3,000 questions. Humanity\'s Last Exam is hard for every model.']);
    expect(find(es, "Humanity's Last Exam")?.mentions).toHaveLength(2);
    expect(find(es, 'Humanity')).toBeUndefined();
    expect(find(es, 'Last Exam')).toBeUndefined();
  });
  it('joins a model number with the name it follows, and a plural acronym with its singular', () => {
    const es = entitiesOf(["Nvidia's Blackwell B200 slipped. The B200 ships later, and the B200 is fast.", 'The LPU is fast; Groq sells LPUs, and the LPU wins.']);
    expect(find(es, 'Blackwell B200')).toBe(find(es, 'B200'));
    expect(find(es, 'LPUs')).toBe(find(es, 'LPU'));
  });
});

describe('works in a list that a paragraph introduces', () => {
  it('reads italic titles with their authors as works when the paragraph opening the list speaks of books', () => {
    const es = entitiesOf([
      '## What we changed\n\nThe books that did the most work, in the order we took them up:\n\n- *The Manager\'s Path* by Camille Fournier, for managers.\n- *Accelerate* by Nicole Forsgren, Jez Humble and Gene Kim, for delivery.\n',
    ]);
    for (const n of ["The Manager's Path", 'Accelerate']) expect(find(es, n)?.type, n).toBe('paper');
  });
  it('leaves italics in a list no such paragraph opens alone', () => {
    const es = entitiesOf(['## What we changed\n\nThe steps, in order:\n\n- *Accelerate* by Friday, for the launch.\n']);
    expect(find(es, 'Accelerate')?.type).not.toBe('paper');
  });
});

describe('a lettered label at the end of a sentence', () => {
  it('ends the sentence after plan B, Series B or vitamin D, but keeps initials in names', () => {
    const es = entitiesOf([
      'Our fallback was plan B. Kubernetes ran it all. The vitamin we need is vitamin D. Datadog bills too much.',
      'Acme raised a $40 million Series B. OpenTelemetry has 1,200 contributors. Donald J. Trump and George R. R. Martin spoke, as described in C. Mohan\'s paper.',
    ]);
    for (const n of ['B. Kubernetes', 'D. Datadog', 'Series B. OpenTelemetry']) expect(find(es, n), n).toBeUndefined();
    for (const n of ['Kubernetes', 'Datadog', 'OpenTelemetry', 'Donald J. Trump', 'George R. R. Martin', 'C. Mohan']) expect(find(es, n), n).toBeDefined();
  });
});
