// The parts of report.md about the tailored outputs (after the match report): which bullets carry
// each required skill and which were left out and why, what one-page mode gave up, what an ATS
// reads from the PDF, and the "Before sending" list that `--json` also returns as `warnings`.

import type { EligibilityCheck } from '../job/eligibility-types';
import type { ResumeDocument } from '../document/types';
import type { AtsCheck } from './ats-check';
import type { Cut } from './one-page';
import type { BulletPlan, DropReason, Plan } from './select';
import type { MatchReport } from './types';

export interface OutputsReportInput {
  resume: ResumeDocument;
  report: MatchReport;
  plan: Plan;
  flagged: ReadonlySet<number>;
  /** One-page mode: the cuts applied, and the pages printed. */
  onePage?: { cuts: readonly Cut[]; pages?: number; fits?: boolean; note?: string; /** The form step used, when tighter than the default layout. */ layout?: string };
  ats?: AtsCheck;
  /** Every "Before sending" line (beforeSending() plus the edge's PDF lines). */
  warnings?: string[];
}

const REASON: Record<DropReason, string> = {
  tag: 'tagged for another variant',
  'max-bullets': 'over the bullets-per-entry limit, least relevant',
  'word-budget': 'over the word budget, least relevant',
  'one-page': 'cut to fit one page',
};

const clip = (s: string, max = 80) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`<>[\]])/g, '\\$1');

/** "Before sending" lines known without printing: eligibility and required skills the tailored version lost. */
export function beforeSending(input: Pick<OutputsReportInput, 'report' | 'plan'>): string[] {
  const out: string[] = [];
  for (const e of input.report.eligibility ?? []) {
    const line = eligibilityLine(e);
    if (line) out.push(line);
  }
  const plans = bulletPlans(input.plan);
  for (const k of input.report.keywords) {
    if (k.importance !== 'required' || !k.found || k.weight === 0) continue;
    const carriers = k.locations.filter((l) => l.bulletIndex !== undefined).map((l) => plans.get(l.bulletIndex!));
    const inBullets = carriers.filter((p): p is BulletPlan => !!p);
    if (inBullets.length && inBullets.every((p) => p.dropped) && !k.locations.some((l) => l.bulletIndex === undefined)) {
      out.push(`Required skill ${k.keyword} is only in bullets the tailored version left out (${REASON[inBullets[0].dropped!]}).`);
    }
  }
  return out;
}

/** A not-met or unknown eligibility check as a sentence; undefined when met. */
export function eligibilityLine(e: EligibilityCheck): string | undefined {
  if (e.status === 'met') return undefined;
  const said = `“${clip(e.text, 100)}”`;
  return e.status === 'not-met'
    ? `Eligibility (${e.kind}) not met: the posting says ${said}; ${e.detail}.`.replace(/\.\.$/, '.')
    : `Eligibility (${e.kind}) unknown: the posting says ${said}; ${e.detail}. Check it before applying.`.replace(/\.\./g, '.');
}

function bulletPlans(plan: Plan): Map<number, BulletPlan> {
  const out = new Map<number, BulletPlan>();
  for (const g of plan.groups) for (const p of g.bullets) out.set(p.bullet.index, p);
  return out;
}

export function renderOutputsReport(input: OutputsReportInput): string {
  const out: string[] = [''];
  out.push(...skillCarriers(input));
  if (input.onePage) out.push(...onePageSection(input.onePage));
  if (input.ats) out.push(...atsSection(input.ats));
  const warnings = input.warnings ?? [];
  out.push('## Before sending', '');
  if (!warnings.length) out.push('Nothing to check: no eligibility question, no lost skill, and the PDF checks (if printed) passed.', '');
  for (const w of warnings) out.push(`- ${esc(w)}`);
  out.push('');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function skillCarriers({ report, plan, flagged }: OutputsReportInput): string[] {
  const required = report.keywords.filter((k) => k.importance === 'required' && k.weight > 0);
  if (!required.length) return [];
  const plans = bulletPlans(plan);
  const out = ['## Required skills: which bullets carry them', ''];
  for (const k of required) {
    if (!k.found) {
      out.push(`- **${esc(k.keyword)}**: not in the resume${k.alternativeMet ? ` (an alternative, ${esc(k.alternativeMet)}, is)` : ''}.`);
      continue;
    }
    const kept: string[] = [];
    const left: string[] = [];
    const elsewhere = new Set<string>();
    const seen = new Set<number>();
    for (const loc of k.locations) {
      if (loc.bulletIndex === undefined || !plans.has(loc.bulletIndex)) {
        elsewhere.add(loc.section);
        continue;
      }
      if (seen.has(loc.bulletIndex)) continue;
      seen.add(loc.bulletIndex);
      const p = plans.get(loc.bulletIndex)!;
      const where = `${loc.entry ? `${esc(clip(loc.entry, 40))}: ` : ''}“${esc(clip(p.bullet.text))}”${flagged.has(p.bullet.index) ? ' (the linter flags it)' : ''}`;
      if (p.dropped) left.push(`${where}, left out: ${REASON[p.dropped]}`);
      else kept.push(where);
    }
    const implied = k.impliedBy ? ` (shown by ${k.impliedBy.map(esc).join(', ')})` : '';
    out.push(`- **${esc(k.keyword)}**${implied}: ${kept.length ? `kept in ${kept.length} bullet${kept.length === 1 ? '' : 's'}` : 'in no kept bullet'}${elsewhere.size ? `; also in ${[...elsewhere].map(esc).join(', ')}` : ''}.`);
    for (const b of kept) out.push(`  - ${b}`);
    for (const b of left) out.push(`  - ${b}`);
  }
  out.push('');
  return out;
}

function onePageSection(o: NonNullable<OutputsReportInput['onePage']>): string[] {
  const out = ['## One page', ''];
  if (o.note) out.push(esc(o.note), '');
  if (o.pages !== undefined) out.push(`The printed PDF has ${o.pages} page${o.pages === 1 ? '' : 's'}${o.fits === false ? ': still over one page after every allowed cut' : ''}.`, '');
  if (o.layout) out.push(`Printed with ${esc(o.layout)}: form only, every word kept.`, '');
  if (!o.cuts.length) out.push('Nothing was cut.', '');
  else {
    out.push(`Left out to fit (${o.cuts.length}), in the order they were given up:`, '');
    for (const c of o.cuts) out.push(`- ${c.bullet ? `“${esc(clip(c.label))}”` : esc(c.label)}: ${esc(c.why)}.`);
    out.push('');
  }
  return out;
}

function atsSection(a: AtsCheck): string[] {
  const out = ['## What an applicant tracking system reads', ''];
  out.push(`Read back from resume.pdf (${a.pages} page${a.pages === 1 ? '' : 's'}) with PDF.js, in the order its text comes out:`, '');
  const fence = '`'.repeat(Math.max(3, ...[...a.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  out.push(`${fence}text`, a.text.trim(), fence, '');
  if (!a.warnings.length) out.push('Every bullet, section heading and contact detail is in the text, in order.', '');
  return out;
}
