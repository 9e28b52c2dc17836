// `maintain --help` names the checks `--only` takes, straight from the registry.
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/maintain/registry.js';
import { runCli } from '../ingest/helpers.js';

describe('maintain --help', () => {
  it.each([[['maintain', '--help']], [['help', 'maintain']]])('%j lists every check id --only takes, with its severity', (args) => {
    const r = runCli(args);
    expect(r.code).toBe(0);
    const list = r.stdout.slice(r.stdout.indexOf('Checks (ids for --only):'));
    expect(list.length).toBeGreaterThan(0);
    for (const c of CHECKS) expect(list, c.meta.id).toMatch(new RegExp(`^  ${c.meta.id} +${c.meta.severity} +\\S`, 'm'));
    expect(list.trim().split('\n')).toHaveLength(CHECKS.length + 1);
  });

  it('other commands do not list the checks', () => {
    expect(runCli(['context', '--help']).stdout).not.toContain('Checks (ids for --only)');
  });
});

describe('wikic --version', () => {
  it('prints the version of package.json and exits 0', async () => {
    const { readFileSync } = await import('node:fs');
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) {
      const r = runCli([flag]);
      expect(r.code, flag).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });
});
