// Human output, grouped by file, in the style of ESLint's "stylish".
import type { PublicFinding } from '../../core/lint';

export interface FileReport {
  file: string;
  findings: PublicFinding[];
}

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as const;

export function formatStylish(reports: FileReport[], color: boolean): string {
  const c = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevColor = { error: 31, warning: 33, info: 36, hint: 90 } as const;
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) {
    if (!r.findings.length) continue;
    lines.push(c(4, r.file));
    const posWidth = Math.max(...r.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of r.findings) {
      counts[f.severity]++;
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const sev = c(sevColor[f.severity], SEVERITY_LABEL[f.severity].padEnd(7));
      lines.push(`  ${c(90, pos)}  ${sev}  ${f.message}  ${c(90, f.ruleId)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (!total) return c(32, '✔ No problems found.') + '\n';
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((k) => counts[k])
    .map((k) => `${counts[k]} ${k === 'info' || k === 'hint' ? k : k + (counts[k] === 1 ? '' : 's')}`);
  lines.push(c(counts.error ? 31 : 33, `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`));
  return lines.join('\n') + '\n';
}
