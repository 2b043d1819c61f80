// Referral drafts a student can send as-is: facts from Education when front matter is silent,
// clean quotes, skills the posting really names, the title without the company, the referral-form
// blurb and the nudge, the deadline from the posting's text and eligibility warnings.
import assert from 'node:assert/strict';
import { parseResume } from '../../src/core/document/parse';
import { parseJobPosting } from '../../src/core/job';
import type { EligibilityCheck } from '../../src/core/job/eligibility-types';
import { lintDocument } from '../../src/core/lint';
import { matchResume } from '../../src/core/tailor';
import { completeProfile, deadlineInText, draftReferralFromDocuments, referralJson, titleWithoutCompany, type ReferralDrafts } from '../../src/core/referral';

// Invented résumé: name and contacts in the header, school and dates only in Education.
const RESUME_NO_FM = `# Tomás Okafor

tomas.okafor@example.org · (555) 010-7788

## Education

### UBC — BSc Computer Science

*Sep 2023 – May 2027*

## Experience

### Software Developer Intern, Larkspur Analytics

*May 2025 – Aug 2025*

- Worked on various features for the team.
- Cut nightly report generation from 40 minutes to 6 by rewriting the Python ETL job with pandas vectorization.
- Added 120 unit tests in pytest that raised branch coverage from 55% to 82%.

## Projects

### Tidepool — Rust

- Built a Rust command-line tool that deduplicates 2 TB photo archives by perceptual hash.
`;

const RESUME_ALL_FLAGGED = `---
name: Ana Silva
school: University of Lisbon
graduation: June 2024
---

## Experience

### Intern, Acme

- Responsible for various Python tasks.
- Helped the team with different projects in Python.
`;

// Invented posting: company repeated in the title, a URL whose path names a skill, a deadline in the text.
const POSTING = `---
company: Larkspur Analytics
title: Larkspur Analytics Data Engineering Intern
jobId: LA-2291
url: https://jobs.example.com/larkspur/rust-http-intern
---

# Data Engineering Intern

## What you'll do

- Build Python pipelines that move data from our warehouse to dashboards.

## Requirements

- Experience with Python and SQL.
- Familiarity with pandas.

Applications close November 20, 2026. Apply by submitting your resume.
`;

function drafts(resumeText: string, jobText: string, today = '2026-11-01', eligibility?: EligibilityCheck[]): ReferralDrafts {
  const resume = parseResume(resumeText);
  const job = parseJobPosting(jobText);
  const { report } = matchResume(resume, job);
  return draftReferralFromDocuments(resume, job, {
    today,
    referrer: { name: 'Jordan Lee' },
    report: eligibility ? { ...report, eligibility } : report,
    findings: lintDocument(resume).findings,
  });
}

const every = (d: ReferralDrafts) => [d.connectionNote, d.message, d.email.subject, d.email.body, d.thankYou, d.followUp, d.referralForm, d.nudge].map((x) => x.text);

describe('referral: facts from Education when front matter is silent', () => {
  it('takes school and graduation from the Education entry, as written', () => {
    const profile = completeProfile(parseResume(RESUME_NO_FM));
    assert.equal(profile.school, 'UBC', 'the abbreviation stays as the user wrote it');
    assert.match(profile.graduation ?? '', /May 2027/);
  });

  it('says "graduating" for a future date and "graduated" for a past one, never "graduating Present"', () => {
    const future = drafts(RESUME_NO_FM, POSTING, '2026-11-01');
    assert.match(future.message.text, /student at UBC, graduating May 2027/);
    const past = drafts(RESUME_NO_FM, POSTING, '2027-09-01');
    assert.match(past.message.text, /graduate of UBC, graduated May 2027/);
    const ongoing = RESUME_NO_FM.replace('*Sep 2023 – May 2027*', '*Sep 2023 – Present*');
    for (const text of every(drafts(ongoing, POSTING))) assert.doesNotMatch(text, /graduating Present|\[Your school\]/);
  });
});

describe('referral: highlights and skills', () => {
  it('never quotes a flagged bullet while a clean one exists', () => {
    const d = drafts(RESUME_NO_FM, POSTING);
    assert.doesNotMatch(d.message.text, /Worked on various features/);
    assert.match(d.message.text, /Cut nightly report generation/);
    assert.ok(!d.warnings.some((w) => w.code === 'highlight-flagged'));
  });

  it('warns when every bullet it could quote is flagged', () => {
    const d = drafts(RESUME_ALL_FLAGGED, POSTING);
    assert.ok(d.warnings.some((w) => w.code === 'highlight-flagged'), JSON.stringify(d.warnings));
  });

  it('claims no skill found only in the posting URL', () => {
    const d = drafts(RESUME_NO_FM, POSTING);
    for (const text of every(d)) assert.doesNotMatch(text, /worked with[^.]*\b(Rust|HTTP)\b|shows[^.;]*\b(Rust|HTTP)\b/i, text);
    assert.match(d.referralForm.text, /Python/);
  });
});

describe('referral: the role and the new drafts', () => {
  it('names the title without the company repeated', () => {
    assert.equal(titleWithoutCompany('AWS Elemental Software Development Engineer', 'AWS Elemental'), 'Software Development Engineer');
    assert.equal(titleWithoutCompany('Salesforce Developer', 'Salesforce'), 'Salesforce Developer', 'one word left is no title');
    const d = drafts(RESUME_NO_FM, POSTING);
    assert.match(d.message.text, /the Data Engineering Intern role at Larkspur Analytics/);
    for (const text of every(d)) assert.doesNotMatch(text, /Larkspur Analytics Data Engineering Intern role/);
  });

  it('writes a referral-form blurb of two or three sentences: who, which role and job ID, why a fit', () => {
    const blurb = drafts(RESUME_NO_FM, POSTING).referralForm.text;
    const sentences = blurb.split(/(?<=[.!?]["”]?)\s+(?=[A-Z])/).filter(Boolean);
    assert.ok(sentences.length >= 2 && sentences.length <= 3, blurb);
    assert.match(blurb, /^Tomás Okafor is a .*student at UBC/);
    assert.match(blurb, /Data Engineering Intern role at Larkspur Analytics \(Job ID: LA-2291\)/);
    assert.match(blurb, /Python/);
  });

  it('writes a polite nudge that names the role and the deadline read from the posting text', () => {
    const d = drafts(RESUME_NO_FM, POSTING, '2026-11-01');
    assert.match(d.nudge.text, /^Hi Jordan,/);
    assert.match(d.nudge.text, /follow up on my message from last week/);
    assert.match(d.nudge.text, /November 20, 2026/);
    assert.equal(deadlineInText('Deadline: 2026-03-01. Apply soon.'), '2026-03-01');
    assert.equal(deadlineInText('We move fast; apply by reading the FAQ.'), undefined);
  });

  it('turns a passed deadline in the posting text into a warning', () => {
    const d = drafts(RESUME_NO_FM, POSTING, '2026-12-01');
    assert.ok(d.warnings.some((w) => w.code === 'deadline-passed'));
    assert.doesNotMatch(d.nudge.text, /November 20/);
  });

  it('turns not-met and unknown eligibility checks into Before sending warnings, also in --json', () => {
    const checks: EligibilityCheck[] = [
      { kind: 'graduation', text: 'Graduating between Dec 2026 and Jun 2027', range: { start: 0, end: 1 }, status: 'met', detail: 'May 2027 in Education' },
      { kind: 'authorization', text: 'Must be authorized to work in Canada', range: { start: 0, end: 1 }, status: 'unknown', detail: 'no work authorization in the profile' },
      { kind: 'degree', text: 'Enrolled in a PhD program', range: { start: 0, end: 1 }, status: 'not-met', detail: 'the resume shows a BSc' },
    ];
    const d = drafts(RESUME_NO_FM, POSTING, '2026-11-01', checks);
    const lines = d.warnings.filter((w) => w.code === 'eligibility').map((w) => w.message);
    assert.equal(lines.length, 2);
    assert.match(lines[0], /authorization\) unknown.*authorized to work in Canada/);
    assert.match(lines[1], /degree\) not met.*PhD/);
    assert.deepEqual(referralJson(d).warnings.filter((w) => w.code === 'eligibility').map((w) => w.message), lines);
  });

  it('tells a resume without bullets so', () => {
    const d = drafts('---\nname: Kim Park\n---\n\n## Education\n\nSome College\n', POSTING);
    assert.ok(d.warnings.some((w) => w.code === 'no-bullets'));
  });
});
