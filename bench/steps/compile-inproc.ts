// Runs one compile inside this process, timing separately what is process start-up (module loading),
// what is model loading and what is the compile itself, so "one new post in under a second beyond
// start-up and model load" can be read off directly. Prints one JSON line.
import path from 'node:path';

export async function main(args: string[]): Promise<number> {
  const [raw, wiki] = args.map((a) => path.resolve(a));
  const tBoot = performance.now();
  // What `wikic compile` runs: the build when it is current (its worker threads then load JavaScript,
  // not TypeScript through tsx), else the sources.
  const { builtCli } = (await import(new URL('../../bin/built.js', import.meta.url).href)) as { builtCli(): string | undefined };
  const from = builtCli() ? '../../dist' : '../../src';
  const { defaultConfig } = (await import(new URL(`${from}/config.js`, import.meta.url).href)) as typeof import('../../src/config.js');
  const { compileCommand } = (await import(new URL(`${from}/compile/command.js`, import.meta.url).href)) as typeof import('../../src/compile/command.js');
  const tModules = performance.now();
  // The model's modules only: creating a wink-nlp instance here would take the one instance that
  // serves custom entities away from compile.
  await import('wink-nlp');
  await import('wink-eng-lite-web-model');
  const tModel = performance.now();
  const out = process.stdout.write.bind(process.stdout);
  // Compile's own messages go to stderr so the last stdout line stays this step's JSON.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    (process.stderr.write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
  const exitCode = await compileCommand({ raw, wiki, force: false, config: defaultConfig(process.cwd()), timings: true });
  const tEnd = performance.now();
  process.stdout.write = out;
  out(`${JSON.stringify({ bootMs: tBoot, modulesMs: tModules - tBoot, modelImportMs: tModel - tModules, compileMs: tEnd - tModel, exitCode })}\n`);
  return exitCode;
}
