import { strict as assert } from 'node:assert';
import { classifyHeading, jobSlug, parseJobPosting } from '../../src/core/job';
import type { JobPosting } from '../../src/core/job';

const importanceOf = (job: JobPosting, keyword: string) => job.keywords.find((k) => k.keyword === keyword)?.importance;

// An invented posting in the shape people paste from careers sites: no Markdown, bare headings.
const PASTED = `Backend Engineer, Platform
Job ID: R-20417 | Lumenware Inc.

About Lumenware
Lumenware builds scheduling software for clinics. At Lumenware, we value craft.

What you'll do
Design REST APIs and maintain our Kafka pipelines.

Minimum qualifications:
BS in Computer Science, Statistics, or a related field.
3+ years of experience with Java or Kotlin.
Experience with PostgreSQL and Docker.
Experience with Terraform is a plus.

Preferred qualifications:
Experience with Kubernetes and AWS.
Strong written communication.

Benefits
Free lunch and a Go-kart track.
`;

describe('job posting: front matter and metadata', () => {
  it('reads front matter fields and tags', () => {
    const job = parseJobPosting(`---
company: Acme Robotics
title: Software Engineer Intern
jobId: "12345"
url: https://example.com/jobs/12345
location: Toronto, ON
referralDeadline: 2026-03-01
contact: Dana Lee
tags: [backend, ml]
---
## Requirements
- Python
`);
    assert.equal(job.company, 'Acme Robotics');
    assert.equal(job.title, 'Software Engineer Intern');
    assert.equal(job.jobId, '12345');
    assert.equal(job.url, 'https://example.com/jobs/12345');
    assert.equal(job.location, 'Toronto, ON');
    assert.equal(job.referralDeadline, '2026-03-01');
    assert.equal(job.contact, 'Dana Lee');
    assert.deepEqual(job.tags, ['backend', 'ml']);
    assert.equal(importanceOf(job, 'Python'), 'required');
    assert.ok(job.keywords[0].occurrences[0].start > job.bodyStart);
  });

  it('fills company, title and job ID from pasted text', () => {
    const job = parseJobPosting(PASTED);
    assert.equal(job.title, 'Backend Engineer, Platform');
    assert.equal(job.company, 'Lumenware');
    assert.equal(job.jobId, 'R-20417');
    assert.deepEqual(job.tags, []);
  });

  it('takes the job ID from a posting URL and expands an acronym company', () => {
    const job = parseJobPosting(
      'Site Reliability Engineer, NWS\nhttps://boards.greenhouse.io/northwind/jobs/4417001\n\nNorthwind Web Services (NWS) runs clouds. Why NWS? At NWS, we ship.\n',
    );
    assert.equal(job.jobId, '4417001');
    assert.equal(job.title, 'Site Reliability Engineer');
    assert.equal(job.company, 'Northwind Web Services');
  });

  it('splits "Title — Company" but keeps specialisations in the title', () => {
    const cases: [string, string, string | undefined][] = [
      ['Data Analyst Intern — Contoso Retail (Remote)\n', 'Data Analyst Intern', 'Contoso Retail'],
      ['Machine Learning Engineer at Northwind\n', 'Machine Learning Engineer', 'Northwind'],
      ['Software Engineer - Backend\n', 'Software Engineer - Backend', undefined],
      ['Software Engineer | New Grad\n', 'Software Engineer | New Grad', undefined],
      ['Contoso builds tools for clinics.\n\nPlatform Engineer, New Grad\n', 'Platform Engineer, New Grad', undefined],
    ];
    for (const [text, title, company] of cases) {
      const job = parseJobPosting(text);
      assert.equal(job.title, title, text);
      if (company) assert.equal(job.company, company, text);
    }
  });

  it('makes a file-system slug of company and title', () => {
    assert.equal(jobSlug({ company: 'Acme, Inc.', title: 'SDE Intern (C++/C#)' }), 'acme-inc-sde-intern-cpp-csharp');
    assert.equal(jobSlug({}), 'job');
  });
});

describe('job posting: sections', () => {
  it('recognises headings in pasted text, Markdown and bold lines', () => {
    const cases: [string, string | undefined][] = [
      ['Basic Qualifications', 'required'],
      ['Minimum qualifications:', 'required'],
      ['## BASIC QUALIFICATIONS', 'required'],
      ['Qualifications', 'required'],
      ['What you need', 'required'],
      ['Preferred Qualifications', 'preferred'],
      ['Nice to have', 'preferred'],
      ['Plus If...', 'preferred'],
      ['Bonus points', 'preferred'],
      ['Responsibilities', 'responsibilities'],
      ["What you'll do", 'responsibilities'],
      ['Key job responsibilities', 'responsibilities'],
      ['About the team', 'about'],
      ['Benefits', 'about'],
      ['Experience with Kafka and Spark pipelines', undefined],
    ];
    for (const [heading, kind] of cases) assert.equal(classifyHeading(heading), kind, heading);
  });

  it('splits a pasted posting into sections in order', () => {
    const job = parseJobPosting(PASTED);
    assert.deepEqual(
      job.sections.map((s) => s.kind),
      ['other', 'about', 'responsibilities', 'required', 'preferred', 'about'],
    );
  });

  it('does not take a list item such as "Master\'s degree preferred" for a heading', () => {
    const job = parseJobPosting('Requirements\nPython experience\nMaster\'s degree preferred\nSQL experience\n');
    assert.deepEqual(job.sections.map((s) => s.kind), ['required']);
    assert.equal(importanceOf(job, 'SQL'), 'required');
  });

  it('reads "Requirements: …" with its first item on the heading line', () => {
    const job = parseJobPosting('Requirements: 2+ years of Python\nNice to have: Rust programming\n');
    assert.equal(importanceOf(job, 'Python'), 'required');
    assert.equal(importanceOf(job, 'Rust'), 'preferred');
  });
});

describe('job posting: keywords', () => {
  const job = parseJobPosting(PASTED);

  it('weighs keywords by section: required, preferred, other', () => {
    assert.equal(importanceOf(job, 'Java'), 'required');
    assert.equal(importanceOf(job, 'PostgreSQL'), 'required');
    assert.equal(importanceOf(job, 'Kubernetes'), 'preferred');
    assert.equal(importanceOf(job, 'AWS'), 'preferred');
    assert.equal(importanceOf(job, 'REST APIs'), 'other');
    assert.equal(importanceOf(job, 'Kafka'), 'other');
  });

  it('demotes "is a plus" inside the required list to preferred', () => {
    assert.equal(importanceOf(job, 'Terraform'), 'preferred');
  });

  it('separates hard and soft skills', () => {
    assert.equal(job.keywords.find((k) => k.keyword === 'communication')?.kind, 'soft');
    assert.equal(job.keywords.find((k) => k.keyword === 'Docker')?.kind, 'hard');
  });

  it('does not count fields of study in a degree line as skills asked for', () => {
    assert.equal(importanceOf(job, 'statistics'), undefined);
    const other = parseJobPosting('Qualifications\nExperience applying statistics to product data.\n');
    assert.equal(importanceOf(other, 'statistics'), 'required');
  });

  it('reads degree and years of experience', () => {
    assert.equal(job.degrees.length, 1);
    assert.equal(job.degrees[0].level, 'bachelor');
    assert.deepEqual(job.degrees[0].fields, ['Computer Science', 'Statistics']);
    assert.equal(job.experience.length, 1);
    assert.equal(job.experience[0].minYears, 3);
    assert.deepEqual(job.experience[0].skills, ['Java', 'Kotlin']);
    const age = parseJobPosting('Basic Qualifications\nAre 18 years of age or older\n');
    assert.deepEqual(age.experience, []);
    assert.deepEqual(age.degrees, []);
    const latency = parseJobPosting('Qualifications\nKeep p99 latency under 200 ms.\n');
    assert.deepEqual(latency.degrees, []);
  });

  it('records skills offered as alternatives', () => {
    assert.deepEqual(job.alternatives.map((a) => a.keywords), [['Java', 'Kotlin']]);
    const choice = parseJobPosting('Basic Qualifications\n- Experience with one language such as Go, Rust, or C++\n- Experience with Linux and Docker\n');
    assert.deepEqual(choice.alternatives.map((a) => a.keywords), [['Go', 'Rust', 'C++']]);
  });

  it('uses requirement phrasing when a posting has no qualification headings', () => {
    const plain = parseJobPosting('We are hiring. You have experience with React and TypeScript. GraphQL is a plus. Our office has a gym.\n');
    assert.equal(importanceOf(plain, 'React'), 'required');
    assert.equal(importanceOf(plain, 'GraphQL'), 'preferred');
  });

  it('ignores the "Go" of "Go-kart" and keeps offsets exact', () => {
    assert.equal(importanceOf(job, 'Go'), undefined);
    for (const k of job.keywords) {
      for (const o of k.occurrences) assert.ok(PASTED.slice(o.start, o.end).length > 0);
    }
    const java = job.keywords.find((k) => k.keyword === 'Java')!;
    assert.equal(PASTED.slice(java.occurrences[0].start, java.occurrences[0].end), 'Java');
  });
});

describe('company from pasted text', () => {
  it('does not take a technology after "Experience with" for the company', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseJobPosting } = await import('../../src/core/job');
    const job = parseJobPosting(readFileSync('test/fixtures/referral/pasted-no-id.txt', 'utf8'));
    assert.equal(job.company, 'Riverbend Health');
  });
});
