// The floor: wink-nlp's own pass over every post, one readDoc per post with the model and pipeline compile uses,
// over the text compile hands to wink-nlp. Run as a child process; prints one JSON line.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from '../../src/wiki/frontmatter.js';
import { loadTextPreparer } from './nlp-text.js';
import { NLP_PIPE } from '../../src/compile/extract/nlp-pipe.js';

export async function main(args: string[]): Promise<number> {
  const [rawDir] = args;
  const t0 = performance.now();
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const tImport = performance.now();
  const nlp = winkNLP(model, NLP_PIPE);
  const tModel = performance.now();
  const preparer = await loadTextPreparer();
  const result = { textSource: preparer.source, posts: 0, chars: 0, tokens: 0, sentences: 0, importMs: tImport - t0, instantiateMs: tModel - tImport, modelLoadMs: tModel - t0, readMs: 0, prepareMs: 0, nlpMs: 0 };
  if (rawDir) {
    const tRead = performance.now();
    const names = (await fs.readdir(rawDir)).filter((n) => n.endsWith('.md')).sort();
    const bodies: string[] = [];
    for (const n of names) bodies.push(splitFrontmatter(await fs.readFile(path.join(rawDir, n), 'utf8')).body);
    const tPrep = performance.now();
    const texts = bodies.map(preparer.prepare);
    const tNlp = performance.now();
    for (const text of texts) {
      const doc = nlp.readDoc(text);
      result.tokens += doc.tokens().length();
      result.sentences += doc.sentences().length();
      result.chars += text.length;
    }
    const tEnd = performance.now();
    result.posts = names.length;
    result.readMs = tPrep - tRead;
    result.prepareMs = tNlp - tPrep;
    result.nlpMs = tEnd - tNlp;
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}
