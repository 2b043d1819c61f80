// What to check before sending: deadlines, the resume's readiness, and the gaps left as placeholders.

import { daysBetween, parseDay } from './dates';
import type { StatedDeadline } from './deadline';
import type { ReferralInput, ReferralWarning } from './types';

export const DEFAULT_MIN_MATCH_SCORE = 50;
export const DEFAULT_MAX_LINT_FINDINGS = 3;
/** A deadline this many days away or fewer is "soon". */
export const DEADLINE_SOON_DAYS = 3;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function deadlineWarning(stated: StatedDeadline | undefined, todayText: string): ReferralWarning | undefined {
  if (!stated?.date.trim()) return undefined;
  const { date: deadline, kind } = stated;
  const today = parseDay(todayText);
  const day = parseDay(deadline);
  if (!today || !day) {
    return {
      code: 'deadline-unreadable',
      message: `Could not read the ${kind} deadline "${deadline}" as a date (write it as YYYY-MM-DD); check it yourself before sending.`,
    };
  }
  const days = daysBetween(today, day);
  if (days < 0) {
    return {
      code: 'deadline-passed',
      message: `The ${kind} deadline (${deadline}) passed ${plural(-days, 'day')} ago: check that the posting still accepts ${kind === 'referral' ? 'referrals' : 'applications'} before asking.`,
    };
  }
  if (days <= DEADLINE_SOON_DAYS) {
    const when = days === 0 ? 'is today' : `is in ${plural(days, 'day')}`;
    return {
      code: 'deadline-soon',
      message: `The ${kind} deadline (${deadline}) ${when}: send the request now and mention the date.`,
    };
  }
  return undefined;
}

/** Resume readiness: a low match score, too many lint findings, or a quoted bullet that lint flags. */
export function readinessWarnings(input: ReferralInput): ReferralWarning[] {
  const out: ReferralWarning[] = [];
  const minScore = input.options?.minMatchScore ?? DEFAULT_MIN_MATCH_SCORE;
  if (input.matchScore !== undefined && input.matchScore < minScore) {
    out.push({
      code: 'low-match-score',
      message: `The match score is ${Math.round(input.matchScore)}/100, below ${minScore}: tailor the resume to this job (bulletproof tailor) before asking for a referral.`,
    });
  }
  const maxFindings = input.options?.maxLintFindings ?? DEFAULT_MAX_LINT_FINDINGS;
  if (input.lint && input.lint.vague + input.lint.metric >= maxFindings) {
    out.push({
      code: 'fix-resume-first',
      message: `The resume has ${plural(input.lint.vague, 'vague-bullet finding')} and ${plural(input.lint.metric, 'missing-metric finding')}: fix them (bulletproof lint) before a referrer forwards it.`,
    });
  }
  if (input.noBullets) {
    out.push({
      code: 'no-bullets',
      message: 'The resume has no bullets: the drafts cannot quote your experience. Write each achievement as a list item ("- Built …") under its entry.',
    });
  }
  input.highlights.slice(0, 2).forEach((h, i) => {
    if (h.flagged) {
      out.push({
        code: 'highlight-flagged',
        message: `Quoted highlight ${i + 1} ("${h.text.slice(0, 60)}${h.text.length > 60 ? '…' : ''}") has a vague or missing-metric finding, and no clean bullet could replace it: sharpen it before sending.`,
      });
    }
  });
  if (!input.highlights.length && !input.noBullets) {
    out.push({
      code: 'no-highlights',
      message: 'No experience or project bullet mentions a skill from the posting: replace the highlight placeholder with your closest bullet, or reconsider the fit.',
    });
  }
  return out;
}

/** Facts the drafts could not fill in. */
export function missingInfoWarnings(input: ReferralInput): ReferralWarning[] {
  const out: ReferralWarning[] = [];
  if (!input.profile.resumeUrl?.trim()) {
    out.push({
      code: 'missing-resume-link',
      message: 'No resume link: add "resumeUrl:" to the resume\'s front matter (a shareable PDF link) or replace [Resume link] by hand.',
    });
  }
  if (!input.job.jobId?.trim()) {
    out.push({
      code: 'missing-job-id',
      message: 'The posting has no job ID: referral forms ask for it. Add "jobId:" to the job file or replace [Job ID] by hand.',
    });
  }
  if (!input.job.url?.trim()) {
    out.push({ code: 'missing-job-link', message: 'The posting has no link: add "url:" to the job file or replace [Job posting link].' });
  }
  if (!input.referrer?.name?.trim()) {
    out.push({ code: 'missing-referrer-name', message: 'No referrer name given (--referrer): replace [Referrer name] in every draft.' });
  }
  return out;
}

/** The posting's eligibility checks that are not met, or that the resume cannot settle. */
export function eligibilityWarnings(input: ReferralInput): ReferralWarning[] {
  const out: ReferralWarning[] = [];
  for (const e of input.eligibility ?? []) {
    if (e.status === 'met') continue;
    const said = `"${e.text.replace(/\s+/g, ' ').trim().slice(0, 100)}"`;
    const detail = e.detail.replace(/[.\s]+$/, '');
    out.push({
      code: 'eligibility',
      message:
        e.status === 'not-met'
          ? `Eligibility (${e.kind}) not met: the posting says ${said}; ${detail}. A referrer vouches for your application: ask only if you qualify.`
          : `Eligibility (${e.kind}) unknown: the posting says ${said}; ${detail}. Check it before asking for a referral.`,
    });
  }
  return out;
}
