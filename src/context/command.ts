// `wikic context "QUESTION"`: prints the pages that answer a question within a token budget.
import { promises as fs } from 'node:fs';
import { WikicError } from '../errors.js';
import { contextPack } from './context-pack.js';
import { renderJson, renderText } from './render.js';
import { writeStdout } from './stdout.js';

export async function contextCommand(question: string, opts: { wiki: string; budget: number; json: boolean }): Promise<number> {
  // A missing vault is usually one not compiled yet, or one elsewhere: say which command or option helps.
  const found = await fs.stat(opts.wiki).then(
    () => true,
    () => false,
  );
  if (!found) throw new WikicError(`${opts.wiki}: wiki directory not found (run "wikic compile" first, or pass --wiki DIR)`);
  const pack = await contextPack(question, { wiki: opts.wiki, budget: opts.budget });
  await writeStdout(opts.json ? renderJson(pack) : renderText(pack));
  return 0;
}
