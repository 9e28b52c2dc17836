// Extraction time against a plain wink-nlp pass over the same posts, in CPU time, best of 12 runs each
// (runs interleaved, so a busy machine slows both alike). Not a test: a measuring tool.
//   npx tsx test/compile/extract/speed-ratio.ts raw [more raw dirs ...]
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../../../src/compile/extract/index.js';
import { readRawDir } from '../../../src/ingest/raw-store.js';

async function main(dirs: string[]): Promise<void> {
  const docs = (await Promise.all(dirs.map((d) => readRawDir(d)))).flat();
  const nlp = winkNLP(model);
  const plain = (): void => {
    for (const d of docs) {
      const doc = nlp.readDoc(d.body);
      doc.tokens().length();
      doc.sentences().length();
    }
  };
  const extract = (): void => {
    for (const d of docs) extractDocument(d);
  };
  const cpu = (f: () => void): number => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  plain();
  extract();
  let p = Infinity;
  let e = Infinity;
  for (let i = 0; i < 12; i++) {
    p = Math.min(p, cpu(plain));
    e = Math.min(e, cpu(extract));
  }
  const chars = docs.reduce((n, d) => n + d.body.length, 0);
  console.log(`${docs.length} posts, ${chars} chars: wink-nlp ${p.toFixed(1)} ms, extraction ${e.toFixed(1)} ms, ratio ${(e / p).toFixed(2)}`);
}

main(process.argv.slice(2).length ? process.argv.slice(2) : ['raw']).catch((err) => {
  console.error(err);
  process.exit(1);
});
