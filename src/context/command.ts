// `wikic context "QUESTION"`: prints the pages that answer a question within a token budget.
import { contextPack } from './context-pack.js';
import { renderJson, renderText } from './render.js';
import { writeStdout } from './stdout.js';
import { WikicError } from '../errors.js';

export async function contextCommand(question: string, opts: { wiki: string; budget: number; json: boolean }): Promise<number> {
  if (!/[\p{L}\p{N}]/u.test(question)) throw new WikicError(`context: the question "${question.replace(/\s+/g, ' ')}" has no words to look for (e.g. wikic context "What is MCP?")`);
  const pack = await contextPack(question, { wiki: opts.wiki, budget: opts.budget });
  await writeStdout(opts.json ? renderJson(pack) : renderText(pack));
  return 0;
}
