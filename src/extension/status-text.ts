// The status bar line for a resume, e.g. "12/18 bullets quantified · 3 vague". Pure, so it is unit-tested.
import type { ResumeSummary } from '../server/protocol';

export function statusText(s: ResumeSummary): string {
  const parts: string[] = [];
  if (s.bullets === 0) parts.push('no work bullets');
  else if (s.quantified !== null) parts.push(`${s.quantified}/${s.bullets} bullets quantified`);
  else parts.push(`${s.bullets} ${s.bullets === 1 ? 'bullet' : 'bullets'}`);
  if (s.bullets > 0) parts.push(`${s.vague} vague`);
  return parts.join(' · ');
}

export function statusTooltip(s: ResumeSummary): string {
  const problems = `${s.problems} ${s.problems === 1 ? 'problem' : 'problems'}`;
  return `Bulletproof: ${problems} in this resume. Click to open the Problems view.`;
}
