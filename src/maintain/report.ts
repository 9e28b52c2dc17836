// Renders findings: a text report grouped by check, or a JSON array.
import pc from 'picocolors';
import type { Finding, Severity } from '../types.js';
import type { Check, MaintainFinding } from './types.js';

const PAINT: Record<Severity, (s: string) => string> = { error: pc.red, warning: pc.yellow, info: pc.cyan };

/** A finding as plain JSON, keys in a fixed order, without the internal fix action. */
export function toJson(f: MaintainFinding): Finding {
  const out: Finding = { check: f.check, severity: f.severity, page: f.page, message: f.message };
  if (f.line !== undefined) out.line = f.line;
  if (f.evidence && f.evidence.length > 0) out.evidence = f.evidence;
  if (f.fix) out.fix = f.fix;
  const order = ['check', 'evidence', 'fix', 'line', 'message', 'page', 'severity'] as const;
  return Object.fromEntries(order.filter((k) => k in out).map((k) => [k, out[k]])) as unknown as Finding;
}

export function renderJson(findings: MaintainFinding[]): string {
  return `${JSON.stringify(findings.map(toJson), null, 2)}\n`;
}

export function countLine(findings: Finding[], pages: number, checks: number): string {
  const n = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const plural = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  const summary = `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${n('info')} info`;
  return `${findings.length === 0 ? pc.green(summary) : summary} (${plural(checks, 'check')}, ${plural(pages, 'page')})`;
}

/** `page:line  severity  message`, grouped under each check in registry order, then the count line. */
export function renderText(findings: MaintainFinding[], checks: readonly Check[], pages: number): string {
  const lines: string[] = [];
  for (const c of checks) {
    const mine = findings.filter((f) => f.check === c.meta.id);
    if (mine.length === 0) continue;
    lines.push(pc.bold(`${c.meta.id} (${mine.length})`));
    for (const f of mine) {
      const where = f.line !== undefined ? `${f.page}:${f.line}` : f.page;
      const fix = f.action && f.fix ? pc.dim(`  (--fix: ${f.fix})`) : '';
      lines.push(`  ${where}  ${PAINT[f.severity](f.severity)}  ${f.message}${fix}`);
      for (const e of f.evidence ?? []) lines.push(pc.dim(`      ${e}`));
    }
    lines.push('');
  }
  lines.push(countLine(findings, pages, checks.length));
  return `${lines.join('\n')}\n`;
}
