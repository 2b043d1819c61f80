// report.md: the score and how it is computed, every keyword with where the resume shows it, the
// missing ones by importance with the bullets where each might honestly fit, and what tailoring did.

import type { Importance, JobPosting } from '../job/types';
import type { Plan } from './select';
import type { KeywordMatch, MatchReport, ResumeLocation } from './types';

export interface ReportInput {
  job: JobPosting;
  report: MatchReport;
  plan?: Plan;
  reordered?: string[];
  /** Names of the files written, shown at the top. */
  files?: { resume?: string; job?: string };
}

const IMPORTANCE_TITLE: Record<Importance, string> = {
  required: 'Required (basic / minimum qualifications)',
  preferred: 'Preferred qualifications',
  other: 'Elsewhere in the posting (responsibilities, description)',
};

export function renderReport({ job, report, plan, reordered = [], files }: ReportInput): string {
  const out: string[] = [];
  const role = [job.title, job.company].filter(Boolean).join(' — ') || 'the job posting';
  out.push(`# Match report: ${esc(role)}`, '');
  const facts: string[] = [];
  if (job.company) facts.push(`- Company: ${esc(job.company)}`);
  if (job.title) facts.push(`- Title: ${esc(job.title)}`);
  if (job.jobId) facts.push(`- Job ID: ${esc(job.jobId)}`);
  if (job.url) facts.push(`- Posting: <${job.url}>`);
  if (job.location) facts.push(`- Location: ${esc(job.location)}`);
  if (job.referralDeadline) facts.push(`- Referral deadline: ${esc(job.referralDeadline)}`);
  if (job.contact) facts.push(`- Contact: ${esc(job.contact)}`);
  if (files?.resume) facts.push(`- Resume: \`${files.resume}\``);
  if (files?.job) facts.push(`- Job file: \`${files.job}\``);
  if (job.deadline) facts.push(`- Application deadline: ${esc(job.deadline)}`);
  if (job.employmentType || job.term) facts.push(`- Type: ${esc([job.employmentType, job.term].filter(Boolean).join(', '))}`);
  if (facts.length) out.push(...facts, '');
  if (job.postingsInText) {
    const heading = job.postingHeading ? ` ("${esc(job.postingHeading)}")` : '';
    const which =
      job.postingRead === 'longest'
        ? `a thread of posts); this report reads the longest post only${heading}`
        : job.postingRead === 'named'
          ? `a page of positions or posts); this report reads the one the file's name names${heading}`
          : job.postingHeading
            ? `a page of positions); this report reads the first one${heading}`
            : 'a digest); this report reads the first one only';
    out.push(`> The posting file holds ${job.postingsInText} postings (${which}. To tailor for another, save it in a file of its own.`, '');
  }

  out.push(...eligibilityLines(report));

  if (report.scoreWithheld) out.push(`**Score: withheld** — ${esc(report.scoreWithheld)}`, '');
  else out.push(`**Score: ${report.score} / 100**`, '');
  out.push('## How the score is computed', '');
  for (const line of report.breakdown.explanation) out.push(`- ${line}`);
  out.push('');
  if (report.breakdown.groups.length) {
    out.push('| Group | Matched | Weight | Points |', '| --- | ---: | ---: | ---: |');
    for (const g of report.breakdown.groups) {
      out.push(`| ${g.importance} ${g.kind} skills | ${g.matched} / ${g.total} | ${num(g.weight)} | ${num(g.points)} / ${num(g.maxPoints)} |`);
    }
    const focus = report.breakdown.focus;
    if (focus) out.push(`| stack focus | ${focus.onStack} / ${focus.entries} entries | | ${num(focus.points)} / ${num(focus.maxPoints)} |`);
    out.push(`| **Total** | | | **${num(report.breakdown.points)} / ${num(report.breakdown.maxPoints)}** |`, '');
  }

  out.push('## Keywords', '');
  if (!report.keywords.length) out.push('The posting names no skills from the taxonomy.', '');
  else {
    out.push('| Keyword | Kind | Importance | Points | In your resume |', '| --- | --- | --- | ---: | --- |');
    for (const k of report.keywords) {
      const name = `${esc(k.keyword)}${k.extracted ? ' (read from the posting’s wording)' : ''}`;
      const importance = `${k.importance}${k.weight === 0 ? ' (description only, not scored)' : ''}`;
      out.push(`| ${name} | ${k.kind} | ${importance} | ${pointsOf(k)} | ${where(k)} |`);
    }
    out.push('');
  }

  out.push('## Missing', '');
  const anyMissing = (['required', 'preferred', 'other'] as Importance[]).some((i) => report.missing[i].length);
  if (!anyMissing) out.push('Nothing the posting asks for is missing.', '');
  for (const importance of ['required', 'preferred', 'other'] as Importance[]) {
    const list = report.missing[importance];
    if (!list.length) continue;
    out.push(`### ${IMPORTANCE_TITLE[importance]}`, '');
    for (const k of list) {
      if (k.alternativeMet) {
        out.push(`- **${esc(k.keyword)}** (${k.kind}) — one of several alternatives; met by ${esc(k.alternativeMet)}.`);
        continue;
      }
      out.push(`- **${esc(k.keyword)}** (${k.kind})`);
      for (const h of k.hints) {
        const place = [h.section, h.entry].filter((x): x is string => !!x).map(esc).join(' › ');
        out.push(`  - Might fit, if true: ${place}, line ${h.line}: “${esc(clip(h.bullet))}” — ${esc(h.reason)}.`);
      }
    }
    out.push('');
  }
  out.push('Add a keyword only where it is true. Tailoring never writes it for you.', '');

  if (report.degrees.length || report.experience.length) {
    out.push('## Degree and experience', '');
    for (const d of report.degrees) {
      const status = d.met === undefined ? 'no degree found in the resume' : d.met ? `met by “${esc(d.resume!)}”` : `the resume shows “${esc(d.resume!)}”`;
      out.push(`- Degree (${d.importance}): ${esc(d.asked)} — ${status}.`);
    }
    for (const e of report.experience) out.push(`- Experience (${e.importance}): ${esc(e.asked)}.`);
    out.push('');
  }

  if (plan) out.push(...changes(plan, reordered));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

const STATUS: Record<string, string> = { met: '✅ met', 'not-met': '❌ not met', unknown: '❔ unknown' };
const EVIDENCE_WORDS: Record<string, string> = { shown: 'shown in a bullet', listed: 'listed only', coursework: 'coursework only' };

/** Eligibility first: a perfect keyword match does not make an application possible. */
function eligibilityLines(report: MatchReport): string[] {
  const checks = report.eligibility ?? [];
  if (!checks.length) return [];
  const out = ['## Eligibility', ''];
  const notMet = checks.filter((c) => c.status === 'not-met').length;
  if (notMet) out.push(`**${notMet} requirement${notMet > 1 ? 's' : ''} the posting states ${notMet > 1 ? 'are' : 'is'} not met.** Check before applying or asking for a referral.`, '');
  out.push('| Requirement | Status | Why | The posting says |', '| --- | --- | --- | --- |');
  for (const c of checks) out.push(`| ${c.kind} | ${STATUS[c.status]} | ${esc(c.detail)} | “${esc(clip(c.text, 120))}” |`);
  out.push('', 'Unknown means the resume and your profile (`profile` in .bulletproof.json) do not say; nothing is guessed.', '');
  return out;
}

function pointsOf(k: KeywordMatch): string {
  if (k.weight === 0) return '—';
  const earned = num(k.points ?? 0);
  const how = k.found && k.evidence ? ` (${EVIDENCE_WORDS[k.evidence]})` : k.alternativeMet ? ' (alternative)' : '';
  return `${earned} / ${num(k.weight)}${how}`;
}

function changes(plan: Plan, reordered: string[]): string[] {
  const out = ['## What the tailored version changed', ''];
  out.push('Every bullet in the tailored resume is a bullet of your resume, word for word; only order and selection change.', '');
  if (reordered.length) out.push(`- Reordered bullets by relevance in: ${reordered.map(esc).join('; ')}.`);
  for (const { entry, reason } of plan.droppedEntries) out.push(`- Left out “${esc(entry.heading.text.split('\n')[0])}” (${reasonText(reason)}).`);
  for (const g of plan.groups) {
    for (const p of g.bullets) {
      if (p.dropped) out.push(`- Left out “${esc(clip(p.bullet.text))}” (${reasonText(p.dropped)}).`);
    }
  }
  for (const b of plan.droppedNested) out.push(`- Left out “${esc(clip(b.text))}” (${reasonText('tag')}).`);
  const w = plan.words;
  out.push(`- Words: ${w.before} in the source, ${w.after} in the tailored version${w.budget !== undefined ? ` (budget ${w.budget}${w.after > w.budget ? ', still over: every entry is down to one bullet' : ''})` : ''}.`);
  if (out.length === 4 && !reordered.length) out.splice(2, 0, 'Nothing needed to move.', '');
  out.push('');
  return out;
}

function reasonText(reason: string): string {
  switch (reason) {
    case 'tag':
      return 'tagged for another variant';
    case 'max-bullets':
      return 'over the bullets-per-entry limit, least relevant';
    default:
      return 'over the word budget, least relevant';
  }
}

function where(k: KeywordMatch): string {
  if (!k.found) return k.alternativeMet ? `— (alternative met by ${esc(k.alternativeMet)})` : '—';
  const seen = new Set<string>();
  const places: string[] = [];
  for (const loc of k.locations) {
    const label = placeOf(loc);
    if (seen.has(label)) continue;
    seen.add(label);
    places.push(label);
  }
  const shown = places.slice(0, 3).join('; ');
  const list = places.length > 3 ? `${shown}; +${places.length - 3} more` : shown;
  if (!k.impliedBy) return list;
  const by = k.impliedBy.map(esc).join(', ');
  return k.writtenToo ? `shown by ${by}, and written: ${list}` : `not written as such; shown by ${by}: ${list}`;
}

function placeOf(loc: ResumeLocation): string {
  const parts = [loc.section, loc.entry].filter(Boolean).map((p) => esc(clip(p!, 40)));
  const bullet = loc.bullet !== undefined ? `: “${esc(clip(loc.bullet, 50))}”` : '';
  return `${parts.join(' › ')} (line ${loc.line})${bullet}`;
}

function clip(s: string, max = 90): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}

/** Keeps table cells and inline Markdown intact: pipes and asterisks from user text are escaped. */
function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`<>[\]])/g, '\\$1');
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '');
}
