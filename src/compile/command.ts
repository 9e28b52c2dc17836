// `wikic compile`: runs the compile and prints one summary line (and a progress bar on a terminal).
import cliProgress from 'cli-progress';
import pc from 'picocolors';
import { configName, type WikicConfig } from '../config.js';
import { ENTITY_TYPES } from '../types.js';
import { TYPE_FOLDERS } from '../types.js';
import { compileVault, type CompileStats } from './compile.js';

export function summaryLine(s: CompileStats): string {
  const types = ENTITY_TYPES.filter((t) => s.entities[t] > 0).map((t) => `${s.entities[t]} ${s.entities[t] === 1 ? t : TYPE_FOLDERS[t]}`);
  const kept = s.kept.length > 0 ? `, ${s.kept.length} kept for their notes` : '';
  const carried = s.carried.length > 0 ? `, notes of ${s.carried.length} moved to the ${s.carried.length === 1 ? 'page' : 'pages'} that took their place` : '';
  return (
    `compiled ${s.sources} ${s.sources === 1 ? 'source' : 'sources'} (${s.extracted.length} extracted, ${s.cached} cached): ` +
    `${types.length > 0 ? types.join(', ') : 'no entities'}; ` +
    `pages ${s.written.length} written, ${s.unchanged} unchanged, ${s.removed.length} removed${kept}${carried}; ${s.seconds.toFixed(2)} s`
  );
}

/** `phases: read 768 ms, resolve 2061 ms, ...`: where the compile's time went, phase by phase. */
export function phasesLine(s: CompileStats): string {
  return `phases: ${Object.entries(s.phases).map(([p, ms]) => `${p} ${ms} ms`).join(', ')}`;
}

export async function compileCommand(opts: { raw: string; wiki: string; force: boolean; config: WikicConfig; jobs?: number; timings?: boolean }): Promise<number> {
  const tty = !!process.stdout.isTTY;
  const bar = tty
    ? new cliProgress.SingleBar({ format: 'compile {phase} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : undefined;
  let phase = '';
  try {
    const stats = await compileVault({
      ...opts,
      onProgress: bar
        ? (p, done, total) => {
            if (p !== phase) {
              if (phase) bar.stop();
              phase = p;
              bar.start(total, 0, { phase: p });
            }
            bar.update(done, { phase: p });
          }
        : undefined,
    });
    bar?.stop();
    process.stdout.write(`${tty ? pc.green('✓') + ' ' : ''}${summaryLine(stats)}\n`);
    if (opts.timings) process.stderr.write(`${phasesLine(stats)}\n`);
    // Which pages: the author should know where their notes are now.
    for (const c of stats.carried) process.stderr.write(`wikic: note: your notes in ${c.from} are now in ${c.to}, the page that took its place\n`);
    for (const k of stats.kept) process.stderr.write(`wikic: note: ${k} is kept for your notes: no post makes it any more\n`);
    if (stats.notEnglish.length > 0) {
      const n = stats.notEnglish.length;
      const shown = stats.notEnglish.slice(0, 3).join(', ') + (n > 3 ? `, and ${n - 3} more` : '');
      process.stderr.write(`wikic: note: ${n} post${n === 1 ? ' does' : 's do'} not read as English, so no names were taken from ${n === 1 ? 'it' : 'them'} (${shown}); names pinned in the config still are\n`);
    }
    for (const p of stats.overwroteAbove) process.stderr.write(`wikic: note: text typed above the notes in ${p} was written over: the page changed with its posts (keep notes below the notes marker)\n`);
    for (const p of stats.replacedAbove) process.stderr.write(`wikic: note: text typed above the notes in ${p} is now at the end of its notes (compile writes everything above the notes marker anew)\n`);
    for (const r of stats.returned) process.stderr.write(`wikic: note: ${r.from} is back at ${r.to}, where compile keeps that page (your notes with it)\n`);
    // Not an error: the author may pin a name before a post uses it. But a typo should not pass unseen.
    if (stats.unmatched.length > 0) {
      const list = stats.unmatched.map((n) => `"${n}"`).join(', ');
      process.stderr.write(`wikic: note: ${configName(opts.config)} names ${list}, which no post mentions (no page has that name or alias)\n`);
    }
    return 0;
  } catch (err) {
    bar?.stop();
    throw err;
  }
}
