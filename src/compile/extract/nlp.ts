// The one wink-nlp instance of the process (a second instance silently loses custom entities),
// and a single pass over a text that returns plain offsets the signals can use.
import { createRequire } from 'node:module';
import winkNLP, { type ItemEntity, type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
  if (!instance) instance = winkNLP(model);
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
  return lexicon.has(word.toLowerCase());
}

/**
 * Dots inside names and versions (`Daily.co`, `Qwen2.5`, `v1.2.3`) make wink-nlp end a sentence there.
 * They are swapped for `_` before the pass; the text keeps its length so offsets stay true.
 */
function protectDots(text: string): string {
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)+/gu, (m) => {
    if (/^\d+(\.\d+)?$/.test(m)) return m; // a decimal number
    if (/^(\p{L}\.)+\p{L}$/u.test(m)) return m; // an abbreviation like U.S or e.g
    return m.replace(/\./g, '_');
  });
}

/** One wink-nlp pass: tokens with offsets and POS, sentence spans, built-in entities. */
export function analyse(text: string): Analysis {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(protectDots(text));
  const tokens: Token[] = [];
  const tokenStart: number[] = [];
  let off = 0;
  doc.tokens().each((t: ItemToken) => {
    const spaces = t.out(its.precedingSpaces) as string;
    const value = t.out() as string;
    off += spaces.length;
    // wink keeps text losslessly; should a token ever not line up, find it rather than drift.
    if (text.substr(off, value.length) !== value && !/_/.test(value)) {
      const found = text.indexOf(value, off);
      if (found >= 0) off = found;
    }
    tokenStart.push(off);
    tokens.push({
      start: off,
      end: off + value.length,
      value: text.substr(off, value.length),
      pos: t.out(its.pos) as string,
      type: t.out(its.type) as string,
    });
    off += value.length;
  });
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
