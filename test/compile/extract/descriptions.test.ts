// Rules that read what a post says a name is: an office in an appositive, a lead-in's description, a product's
// edition for its buyers, a reading list's titles, a firm's own site, and people's names with joined prefixes.
import { describe, expect, it } from 'vitest';
import { looksLikePerson, personShaped } from '../../../src/compile/extract/person.js';
import { extractDocument, resolveEntities } from '../../../src/compile/extract/index.js';
import { defaultConfig } from '../../../src/config.js';
import { entitiesOf, find, rawDoc } from './helpers.js';

describe('what a post says a name is', () => {
  it('types someone named with an office at an organisation as a person, and not a product named with its owner', () => {
    const es = entitiesOf([
      'Stefania Giannini, UNESCO’s assistant director-general for education, has been blunt about it. Greg Hart, the company’s CEO, agreed.',
      'Slack, Salesforce’s messaging app, is where the bots live. Slack grew again.',
    ]);
    expect(find(es, 'Stefania Giannini')?.type).toBe('person');
    expect(find(es, 'Greg Hart')?.type).toBe('person');
    expect(find(es, 'Slack')?.type).not.toBe('person');
  });

  it('reads people whose surname joins a family prefix, or follows van der', () => {
    expect(looksLikePerson('Kristen DiCerbo')).toBe(true);
    expect(looksLikePerson('Kurt VanLehn')).toBe(true);
    expect(looksLikePerson('Sam DevOps')).toBe(false);
    expect(personShaped('Robbert van der Helm')).toBe(true);
    // An ordinary word after `van der` with an ordinary word before it is no one's name.
    expect(personShaped('Table van der Helm')).toBe(false);
  });

  it('keeps an edition named for its buyers whole, but not at a sentence start, in a heading or after a person', () => {
    const es = entitiesOf([
      'Teachers meet it in Gemini for Education and in Google Classroom. Universities license Coursera for Campus, and Gemini ships everywhere.',
      '## Tools for Teachers\n\nTools for Teachers is our list. We thank Maria Lopez for Teachers week.',
    ]);
    expect(find(es, 'Gemini for Education')?.type).toBe('product');
    expect(find(es, 'Coursera for Campus')).toBeDefined();
    expect(find(es, 'Education')).toBeUndefined();
    expect(find(es, 'Tools for Teachers')).toBeUndefined();
    expect(find(es, 'Maria Lopez for Teachers')).toBeUndefined();
  });

  it('gives no person type from a host column to names with a version', () => {
    const es = entitiesOf(['Which hosts load what.\n\n| Host | Maker | VST3 |\n| --- | --- | --- |\n| Logic Pro 11 | Apple | No |\n| REAPER 7 | Cockos | Yes |\n| Ableton Live 12 | Ableton | Yes |\n']);
    for (const n of ['Logic Pro 11', 'REAPER 7', 'Ableton Live 12']) expect(find(es, n)?.type, n).not.toBe('person');
    // A host column of people still names people.
    const pod = entitiesOf(['Our shows.\n\n| Show | Host |\n| --- | --- |\n| Hard Fork | Kevin Roose |\n| Decoder | Nilay Patel |\n']);
    expect(find(pod, 'Nilay Patel')?.type).toBe('person');
  });

  it("types a lead-in by its description's own noun phrase, not a name or a clause after it", () => {
    const es = entitiesOf([
      "- **AAX.** Avid's format exists for one host, Pro Tools.\n- **Bett.** A trade show in London, every January.\n- **Trailers:** OBS Studio for capture and Resolve for editing.\n- **llama.cpp** for anything quantized. Its GGUF format is the way to ship weights.\n",
      '- **ODMSP**, the US Government Orbital Debris Mitigation Standard Practices, last updated in 2019.\n- **Cursor.** Still my main editor, for now.\n',
    ]);
    expect(find(es, 'AAX')?.type).toBe('protocol');
    expect(find(es, 'Bett')?.type).toBe('event');
    expect(find(es, 'Trailers')?.type).not.toBe('company');
    expect(find(es, 'llama.cpp')?.type).not.toBe('protocol');
    expect(find(es, 'ODMSP')?.type).toBe('protocol');
    expect(find(es, 'Cursor')?.type).toBe('product');
  });

  it('reads the kind of thing after a clause saying who runs it', () => {
    const es = entitiesOf(['ISTELive, run by ISTE+ASCD, is the big K-12 show, and this year it was in San Antonio.']);
    expect(find(es, 'ISTELive')?.type).toBe('event');
  });

  it('takes quoted titles in a list of papers, authors first, and drops the wording inside them', () => {
    const es = entitiesOf([
      '## Papers\n\nClassic papers are shorter than books. These are the ones I reread.\n\n' +
        '- James Cooley and John Tukey, "An Algorithm for the Machine Calculation of Complex Fourier Series" (1965). Five pages.\n' +
        '- Kevin Karplus and Alex Strong, "Digital Synthesis of Plucked-String and Drum Timbres" (1983, *Computer Music Journal*). A guitar.\n' +
        '- fred harris, "On the Use of Windows for Harmonic Analysis with the Discrete Fourier Transform" (1978). Why analysers lie.\n',
    ]);
    expect(find(es, 'An Algorithm for the Machine Calculation of Complex Fourier Series')?.type).toBe('paper');
    expect(find(es, 'Digital Synthesis of Plucked-String and Drum Timbres')?.type).toBe('paper');
    expect(find(es, 'On the Use of Windows for Harmonic Analysis with the Discrete Fourier Transform')?.type).toBe('paper');
    for (const n of ['Machine Calculation of Complex Fourier Series', 'Discrete Fourier Transform']) expect(find(es, n), n).toBeUndefined();
    // Outside a list of works, a quoted remark with a year after it is no title.
    const quip = entitiesOf(['Our CTO said "Ship It Before Lunch Every Single Day" (2019) at the offsite, and everyone laughed.']);
    expect(find(quip, 'Ship It Before Lunch Every Single Day')?.type).not.toBe('paper');
  });

  it("joins a firm's bare name to the name its own site spells, but not a product of a firm everyone knows", () => {
    const es = entitiesOf([
      '**Bland AI.** Pitches infinite phone calls. Series B from Scale.\n\n**Retell AI.** YC-backed, built for developers.\n\n' +
        'Developer platforms (Vapi, Bland, Retell, ElevenLabs) lead.\n\n- [Bland AI](https://bland.ai/)\n- [Retell AI](https://retellai.com/)\n' +
        '- [Meta AI](https://meta.ai/) is the assistant Meta ships, and Meta trains Llama.\n',
    ]);
    expect(find(es, 'Bland')?.name).toBe('Bland AI');
    expect(find(es, 'Retell')?.name).toBe('Retell AI');
    expect(find(es, 'Meta')?.name).toBe('Meta');
    expect(find(es, 'Meta AI')?.name).toBe('Meta AI');
  });

  it('names a lower-case tool the post runs in a code block, and not a word the block merely contains', () => {
    const body = 'You will need openssl, ngrok and some patience.\n\n```\nopenssl genrsa -out private.pem 2048\nnode index.js & ngrok http 3000\n# note: patience helps\n```\n';
    const es = entitiesOf([body]);
    expect(find(es, 'openssl')?.type).toBe('product');
    expect(find(es, 'ngrok')?.type).toBe('product');
    expect(find(es, 'patience')).toBeUndefined();
    // The same sentence with no code block names neither.
    expect(find(entitiesOf(['You will need openssl, ngrok and some patience.']), 'ngrok')).toBeUndefined();
  });

  it('takes a system, not a paper, from `the X paper` beside the paper quoted by title', () => {
    const es = entitiesOf(['"Simple and Controllable Music Generation" by Jade Copet and colleagues (arXiv:2306.05284), the MusicGen paper. MusicGen runs locally.']);
    expect(find(es, 'MusicGen')?.type).not.toBe('paper');
    expect(find(entitiesOf(['I reread the Dremel paper last week. The Dremel paper holds up.']), 'Dremel')?.type).toBe('paper');
  });

  it('reads acronyms spelled across `and` and a possessive, and a body named with an ampersand', () => {
    const es = entitiesOf([
      'Scores flow through Assignment and Grade Services (AGS). The Children’s Online Privacy Protection Act (COPPA) covers kids. ' +
        'The Bill & Melinda Gates Foundation funds pilots. Thanks to Sarah & James for the help.',
    ]);
    expect(find(es, 'AGS')?.name).toBe('Assignment and Grade Services');
    expect(find(es, 'COPPA')?.name).toBe("Children's Online Privacy Protection Act");
    expect(find(es, 'Bill & Melinda Gates Foundation')?.type).toBe('organization');
    expect(find(es, 'Melinda Gates Foundation')).toBeUndefined();
    expect(find(es, 'Sarah & James')).toBeUndefined();
  });

  it('knows common media and learning standards, shows as events, licensees as businesses, and field acronyms as no names', () => {
    const es = entitiesOf([
      'MIDI and SCORM are old, and MP3 files still ship. The NAMM Show opened. Stanford licensed the patent to Yamaha in 1975. Our DSP and DAW setup is simple.',
    ]);
    expect(find(es, 'MIDI')?.type).toBe('protocol');
    expect(find(es, 'SCORM')?.type).toBe('protocol');
    expect(find(es, 'MP3')?.type).toBe('protocol');
    expect(find(es, 'NAMM Show')?.type).toBe('event');
    expect(find(es, 'Yamaha')?.type).toBe('company');
    expect(find(es, 'DSP')).toBeUndefined();
    expect(find(es, 'DAW')).toBeUndefined();
  });

  it("takes a link's lead-in label off the name it links", () => {
    const es = entitiesOf(['[Read more: PipeWire](https://pipewire.org/) is the audio server. [See also - Kafka](https://kafka.apache.org/) helps.']);
    expect(find(es, 'PipeWire')).toBeDefined();
    expect(es.map((e) => e.name).filter((n) => /read more|see also/i.test(n))).toEqual([]);
  });

  it('reads no names from a post in another language, and names from an English one beside it', () => {
    const german = 'Die Deutsche Telekom hat am Standort München ein neues Rechenzentrum eröffnet. Das Unternehmen investiert dort mehr als eine Milliarde Euro in KI-Infrastruktur, und Nvidia liefert die Chips. Laut Vorstand soll der Betrieb noch in diesem Jahr beginnen, zunächst für Geschäftskunden in ganz Europa.';
    const greek = 'Η Google ανακοίνωσε σήμερα ένα νέο μοντέλο τεχνητής νοημοσύνης για τις επιχειρήσεις στην Ευρώπη. Το μοντέλο είναι διαθέσιμο μέσω του cloud της εταιρείας και υποστηρίζει πολλές γλώσσες, ανάμεσα τους και τα Ελληνικά. Οι πρώτοι πελάτες είναι τράπεζες και εταιρείες.';
    const english = 'Deutsche Telekom opened a new data center in Munich this week. The company is spending more than a billion euros on AI infrastructure, and Nvidia supplies the chips. Deutsche Telekom says the site will serve business customers across Europe first, and it expects demand to grow.';
    const docs = [rawDoc('2026-01-10-de', german), rawDoc('2026-01-11-el', greek), rawDoc('2026-01-12-en', english)];
    const xs = docs.map((d) => extractDocument(d));
    expect(xs.map((x) => !!x.notEnglish)).toEqual([true, true, false]);
    expect(xs[0].mentions).toEqual([]);
    const es = resolveEntities(docs, xs, defaultConfig('/tmp'));
    expect(find(es, 'Deutsche Telekom')?.mentions.every((m) => m.docId === '2026-01-12-en')).toBe(true);
    for (const n of ['Standort', 'Η Google', 'Ελληνικά', 'Die Deutsche Telekom']) expect(find(es, n), n).toBeUndefined();
    // A short post, or one mostly of names, is too little to tell: read as English.
    expect(extractDocument(rawDoc('2026-01-13-short', 'Nvidia, AMD und Intel.')).notEnglish).toBeUndefined();
  });

  it('keeps the rules of this file from over-reaching on ordinary tech prose', () => {
    const es = entitiesOf([
      'Microsoft sells Zorbly for Developers too, and OpenAI sells ChatGPT for Teams. Funding came from Google & Stanford University labs. ' +
        "We run Google's Kubernetes Engine (GKE) in production. BEM, a CSS naming convention, is used. Kafka, a fair choice for logs, works. " +
        'We picked Opus over GPT-5, and Opus was cheaper. Our team likes Opus.',
      '- **Flowise**: a visual studio for building agents.\n- [more-itertools](https://github.com/more-itertools/more-itertools) helps.\n',
      'Zorbly for Developers shipped a new agent mode, and ChatGPT for Teams did too.',
      'Load the model and the tokenizer.\n\n```\ntokenizer = AutoTokenizer.from_pretrained(name)\nmodel.generate(tokenizer)\n```\n\nThen ship it.\n\n```python\nsetup tokenizer\n```\n',
    ]);
    expect(find(es, 'Zorbly')).toBeDefined();
    expect(find(es, 'ChatGPT')).toBeDefined();
    expect(find(es, 'Google')).toBeDefined();
    expect(find(es, 'Google & Stanford University')).toBeUndefined();
    expect(es.map((e) => e.name).filter((n) => /Google's/.test(n))).toEqual([]);
    expect(find(es, 'BEM')?.type).not.toBe('event');
    expect(find(es, 'Kafka')?.type).not.toBe('event');
    expect(find(es, 'Flowise')?.type).toBe('product');
    expect(find(es, 'more-itertools')).toBeDefined();
    expect(find(es, 'Opus')?.type).not.toBe('protocol');
    expect(find(es, 'tokenizer')).toBeUndefined();
  });
});

