// The one wink-nlp instance of the process (a second instance silently loses custom entities),
// and a single pass over a text that returns plain offsets the signals can use.
import { createRequire } from 'node:module';
import winkNLP, { type ItemEntity, type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { NLP_PIPE } from './nlp-pipe.js';

export interface Token {
  start: number;
  end: number;
  value: string;
  pos: string;
  /** wink token type: word, number, punctuation, ... */
  type: string;
}

export interface NerSpan {
  start: number;
  end: number;
  type: string;
}

export interface Analysis {
  tokens: Token[];
  /** Sentence boundaries as [start, end) offsets. */
  sentences: { start: number; end: number }[];
  /** Built-in entities: DATE, MONEY, PERCENT, CARDINAL, ... */
  ner: NerSpan[];
}

let instance: ReturnType<typeof winkNLP> | null = null;
let lexicon: ReadonlySet<string> | null = null;

function nlp(): ReturnType<typeof winkNLP> {
  if (!instance) instance = winkNLP(model, NLP_PIPE);
  return instance;
}

/**
 * The model's own word list (lower case). A word missing from it is almost surely a name;
 * a word in it may still be one (`notion`, `sierra`), so that needs other evidence.
 */
export function isDictionaryWord(word: string): boolean {
  if (!lexicon) {
    const require = createRequire(import.meta.url);
    const json = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as {
      features: { lexeme: { list: string[] } };
    };
    lexicon = new Set(json.features.lexeme.list.filter((w) => w === w.toLowerCase()));
  }
  if (lexicon.has(word)) return true;
  const lower = word.toLowerCase();
  return lower !== word && lexicon.has(lower);
}

/**
 * Dots inside names and versions (`Daily.co`, `Qwen2.5`, `v1.2.3`) make wink-nlp end a sentence there.
 * They are swapped for `_` before the pass; the text keeps its length so offsets stay true.
 */
const DOTTED = /[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)+/gu;

function protectMatch(m: string): string {
  if (/^\d+(\.\d+)?$/.test(m)) return m; // a decimal number
  if (/^(\p{L}\.)+\p{L}$/u.test(m)) return m; // an abbreviation like U.S or e.g
  return m.replace(/\./g, '_');
}

function protectDots(text: string): string {
  // A match never spans white space, so only the white-space-delimited chunks holding a dot are searched.
  let out = '';
  let done = 0;
  let dot = text.indexOf('.');
  while (dot >= 0) {
    let a = dot;
    while (a > done && !/\s/.test(text[a - 1])) a--;
    let b = dot + 1;
    while (b < text.length && !/\s/.test(text[b])) b++;
    let chunk = text.slice(a, b).replace(DOTTED, protectMatch);
    // `.NET`, `.gitignore`: a dot that opens a word is part of it, not the end of a sentence.
    if (/^\.\p{L}/u.test(chunk)) chunk = `_${chunk.slice(1)}`;
    out += text.slice(done, a) + chunk;
    done = b;
    dot = text.indexOf('.', b);
  }
  // `by Edward Hu et al. at Microsoft`: `et al.` before a lower-case word or a bracket ends no sentence.
  // `Warner Bros. Discovery`, `Warner Bros. Games`: the abbreviation before a division's name ends no sentence
  // (before another word it may: `... targets Warner Bros. Apple was not named.`).
  return (out + text.slice(done)).replace(/\bet al\.(?=,|\s+[\p{Ll}(\[])/gu, 'et al_')
    .replace(/\bBros\.(?= (?:Discovery|Games|Pictures|Entertainment|Interactive|Records|Studios|Animation|Television|Inc)\b)/gu, 'Bros_');
}

/** One wink-nlp pass: tokens with offsets and POS, sentence spans, built-in entities. */
export function analyse(text: string): Analysis {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(protectDots(text));
  // Whole columns at once: one item object per token costs more than the tokenizer itself.
  const col = doc.tokens();
  const values = col.out(its.value) as string[];
  const spaces = col.out(its.precedingSpaces) as string[];
  const poses = col.out(its.pos) as string[];
  const types = col.out(its.type) as string[];
  const tokens: Token[] = new Array(values.length);
  let off = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    off += spaces[i].length;
    // wink keeps text losslessly; should a token ever not line up, find it rather than drift.
    if (!text.startsWith(value, off) && !value.includes('_')) {
      const found = text.indexOf(value, off);
      if (found >= 0) off = found;
    }
    tokens[i] = { start: off, end: off + value.length, value: text.substr(off, value.length), pos: poses[i], type: types[i] };
    off += value.length;
  }
  const sentences: { start: number; end: number }[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    if (tokens[a] && tokens[b]) sentences.push({ start: tokens[a].start, end: tokens[b].end });
  });
  const ner: NerSpan[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    if (tokens[a] && tokens[b]) ner.push({ start: tokens[a].start, end: tokens[b].end, type: e.out(its.type) as string });
  });
  return { tokens, sentences, ner };
}
