import { existsSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { WikicError, describeError } from './errors.js';
import { configDirs, loadConfig } from './config.js';
import { TOKEN_RULE } from './context/tokens.js';
import { separateDirs, vaultPathUsable } from './wiki/dirs.js';
import { ignoreClosedPipes } from './io/closed-pipe.js';
import { packageVersion } from './code-version.js';

const JOBS_HELP = 'threads for extracting new posts (default: the cores there are, at most 4); 1 also keeps rendering, the graph and writing on one thread';

// Each command's module is imported only when that command runs, so `wikic --help` and
// `wikic ingest` never pay for loading the NLP model.

export async function main(argv: string[]): Promise<number> {
  ignoreClosedPipes();
  let debug = argv.includes('--debug');
  let exitCode = 0;
  // `maintain --help` lists the check ids `--only` takes, from the registry, which is loaded only
  // when maintain is named (running it loads the registry anyway).
  const checksHelp = argv.includes('maintain') ? await checkList() : '';
  const program = new Command();
  program
    .name('wikic')
    .description('Compile a blog feed into an interlinked markdown wiki (an Obsidian vault).')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--debug', 'print stack traces on errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });

  program
    .command('ingest')
    .description('read feeds (files or http(s) URLs) into raw/ markdown, one file per post')
    .argument('[source...]', 'feed files or URLs (default: "feeds" in wikic.config.json)')
    .option('--raw <dir>', 'directory of raw posts (default: "raw" in config, else ./raw)')
    .option('--config <file>', 'config file (default: ./wikic.config.json if present)')
    .addOption(new Option('--timeout <ms>', 'HTTP timeout in milliseconds').default(15000).argParser(positiveInt('--timeout')))
    .action(async (sources: string[], opts) => {
      const cfg = await loadConfig(opts.config);
      const dirs = configDirs(cfg);
      const { ingestCommand } = await import('./ingest/command.js');
      exitCode = await ingestCommand(sources, { raw: opts.raw ?? dirs.raw, config: cfg, timeoutMs: opts.timeout });
    });

  program
    .command('compile')
    .description('compile raw/ into the wiki/ vault')
    .option('--raw <dir>', 'directory of raw posts')
    .option('--wiki <dir>', 'directory of the vault')
    .option('--force', 'ignore the cache and rewrite every page')
    .option('--config <file>', 'config file')
    .addOption(new Option('--jobs <n>', JOBS_HELP).argParser(positiveInt('--jobs')))
    .option('--timings', 'also print the time each phase took (to stderr)')
    .action(async (opts) => {
      const cfg = await loadConfig(opts.config);
      const dirs = configDirs(cfg);
      const { compileCommand } = await import('./compile/command.js');
      exitCode = await compileCommand({ raw: opts.raw ?? dirs.raw, wiki: opts.wiki ?? dirs.wiki, force: !!opts.force, config: cfg, jobs: opts.jobs, timings: !!opts.timings });
    });

  program
    .command('maintain')
    .description('check the wiki: broken links, orphans, duplicates, contradictions, stale pages, schema')
    .option('--wiki <dir>', 'directory of the vault')
    .option('--raw <dir>', 'directory of raw posts')
    .option('--json', 'print findings as a JSON array')
    .option('--fix', 'apply the safe fixes and print each')
    .option('--only <checks>', 'comma-separated check ids to run')
    .option('--config <file>', 'config file')
    .addHelpText('after', () => checksHelp)
    .action(async (opts) => {
      const cfg = await loadConfig(opts.config);
      const dirs = configDirs(cfg);
      const wiki = opts.wiki ?? dirs.wiki;
      // Unless told, the posts the vault was compiled from; a config names them for the whole project.
      const { compiledFrom } = await import('./maintain/state.js');
      const raw = opts.raw ?? (cfg.file ? undefined : await compiledFrom(wiki)) ?? dirs.raw;
      separateDirs(raw, wiki);
      const { maintainCommand } = await import('./maintain/command.js');
      exitCode = await maintainCommand({
        wiki,
        raw,
        json: !!opts.json,
        fix: !!opts.fix,
        only: opts.only ? String(opts.only).split(',').map((s: string) => s.trim()).filter(Boolean) : undefined,
        config: cfg,
      });
    });

  program
    .command('build')
    .description('ingest + compile + maintain')
    .argument('[source...]', 'feed files or URLs (default: "feeds" in wikic.config.json)')
    .option('--raw <dir>', 'directory of raw posts')
    .option('--wiki <dir>', 'directory of the vault')
    .option('--force', 'rebuild every page')
    .option('--config <file>', 'config file')
    .addOption(new Option('--jobs <n>', JOBS_HELP).argParser(positiveInt('--jobs')))
    .addOption(new Option('--timeout <ms>', 'HTTP timeout in milliseconds').default(15000).argParser(positiveInt('--timeout')))
    .action(async (sources: string[], opts) => {
      const cfg = await loadConfig(opts.config);
      const dirs = configDirs(cfg);
      const raw = opts.raw ?? dirs.raw;
      const wiki = opts.wiki ?? dirs.wiki;
      separateDirs(raw, wiki);
      // A vault path that is a file fails the compile: say so before ingest writes anything.
      vaultPathUsable(wiki);
      // No feed named anywhere: the posts already in raw/ are built (ingest alone needs a source).
      if (sources.length > 0 || cfg.feeds.length > 0 || !existsSync(raw)) {
        const { ingestCommand } = await import('./ingest/command.js');
        exitCode = await ingestCommand(sources, { raw, config: cfg, timeoutMs: opts.timeout });
        if (exitCode !== 0) return;
      } else process.stderr.write(`wikic: note: no feed given or listed in the config: building the posts already in ${raw}\n`);
      const { compileCommand } = await import('./compile/command.js');
      exitCode = await compileCommand({ raw, wiki, force: !!opts.force, config: cfg, jobs: opts.jobs });
      if (exitCode !== 0) return;
      const { maintainCommand } = await import('./maintain/command.js');
      exitCode = await maintainCommand({ wiki, raw, json: false, fix: false, config: cfg });
    });

  program
    .command('context')
    .description('print the wiki pages that answer a question, within a token budget')
    .argument('<question>', 'the question')
    .option('--wiki <dir>', 'directory of the vault')
    .addOption(new Option('--budget <tokens>', 'token budget of the pack').default(4000).argParser(positiveInt('--budget')))
    .option('--json', 'print the pack as JSON')
    .addHelpText('after', `\nThe budget bounds the text output (--json gives the same pages as data, with that count).\nTokens are counted conservatively: ${TOKEN_RULE}.`)
    .option('--config <file>', 'config file')
    .action(async (question: string, opts) => {
      const cfg = await loadConfig(opts.config);
      const dirs = configDirs(cfg);
      const { contextCommand } = await import('./context/command.js');
      exitCode = await contextCommand(question, { wiki: opts.wiki ?? dirs.wiki, budget: opts.budget, json: !!opts.json });
    });

  program
    .command('graph')
    .description('export the wiki graph for Gephi, graph databases and scripts')
    .option('--wiki <dir>', 'directory of the vault')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'gexf', 'graphml']).default('json'))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--config <file>', 'config file')
    .action(async (opts) => {
      const cfg = await loadConfig(opts.config);
      const dirs = configDirs(cfg);
      const { graphCommand } = await import('./context/graph-command.js');
      exitCode = await graphCommand({ wiki: opts.wiki ?? dirs.wiki, format: opts.format, out: opts.out });
    });

  try {
    await program.parseAsync(argv);
    debug = debug || !!program.opts().debug;
    return exitCode;
  } catch (err) {
    debug = debug || !!program.opts().debug;
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof WikicError) {
      process.stderr.write(`wikic: ${err.message}\n`);
      if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    process.stderr.write(`wikic: unexpected error: ${describeError(err).split('\n')[0]} (run with --debug for details)\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

/** A parser for an option that takes a positive whole number; its error names the option. */
function positiveInt(option: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new WikicError(`${option}: expected a positive whole number, got "${value}"`);
    return n;
  };
}

/** The maintain checks as help text: id, severity, what it finds. */
async function checkList(): Promise<string> {
  const { CHECKS } = await import('./maintain/registry.js');
  const width = Math.max(...CHECKS.map((c) => c.meta.id.length));
  const rows = CHECKS.map((c) => `  ${c.meta.id.padEnd(width)}  ${c.meta.severity.padEnd(7)}  ${c.meta.description}`);
  return `\nChecks (ids for --only):\n${rows.join('\n')}`;
}
