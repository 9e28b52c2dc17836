// `wikic context "QUESTION"`: prints the pages that answer a question within a token budget.
import { contextPack } from './context-pack.js';
import { renderJson, renderText } from './render.js';
import { writeStdout } from './stdout.js';

export async function contextCommand(question: string, opts: { wiki: string; budget: number; json: boolean }): Promise<number> {
  const pack = await contextPack(question, { wiki: opts.wiki, budget: opts.budget });
  await writeStdout(opts.json ? renderJson(pack) : renderText(pack));
  return 0;
}
