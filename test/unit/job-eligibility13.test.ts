// Sentences about who may apply (sponsorship, visas, export control) name statuses and regulations, not
// skills: "F-1 OPT", "ITAR" in them are no keywords. Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { checkEligibility } from '../../src/core/job/check-eligibility';
import { parseResume } from '../../src/core/document/parse';

const keywordsOf = (...lines: string[]) =>
  parseJobPosting(['Firmware Intern', '', 'Requirements', '', ...lines, ''].join('\n')).keywords.map((k) => k.keyword.toLowerCase());

describe('job keywords: eligibility sentences name no skills', () => {
  it('reads no keyword from a sponsorship or export-control sentence', () => {
    const kws = keywordsOf(
      '- Experience with C and FreeRTOS',
      '- We will not sponsor work visas for this role, including F-1 OPT (STEM OPT) extensions.',
      '- The role involves technology under export control regulations (ITAR and EAR).',
    );
    assert.ok(kws.includes('freertos'));
    for (const k of ['f-1 opt', 'stem opt', 'itar', 'ear']) assert.ok(!kws.includes(k), `${k} in ${kws.join(', ')}`);
  });
});

describe('eligibility: citizenship', () => {
  const asks = (text: string) => parseJobPosting(text).eligibility ?? [];
  it('reads a citizenship requirement once, with its country', () => {
    const job = ['Data Analyst', '', 'Who May Apply: This announcement is open to all U.S. citizens.', '', 'Requirements', '- U.S. Citizenship is required.', ''].join('\n');
    const found = asks(job).filter((a) => a.kind === 'citizenship');
    assert.equal(found.length, 1);
    assert.equal(found[0].country, 'United States');
  });

  it('does not read a preference or an equal-opportunity list as a citizenship requirement', () => {
    for (const line of [
      'Preference will be given to Canadian citizens and permanent residents.',
      'We hire without regard to race, age, citizenship, marital status or disability.',
    ]) assert.ok(!asks(`Analyst\n\n${line}\n`).some((a) => a.kind === 'citizenship'), line);
  });

  it('reads "citizens or permanent residents" as citizenship or residence, unknown for another citizen', () => {
    const job = parseJobPosting('Analyst\n\nRequirements\n- Must be a U.S. citizen or permanent resident.\n');
    const ask = (job.eligibility ?? []).find((a) => a.kind === 'citizenship')!;
    assert.equal(ask.country, 'United States');
    assert.equal(ask.residentToo, true);
    const resume = parseResume('# Ana Li\n\n## Education\n\n### State University — BS Statistics\n\nMay 2027\n');
    const check = (profile: object) => checkEligibility(job.eligibility ?? [], resume, { profile, today: new Date('2026-12-02T12:00:00Z') }).find((c) => c.kind === 'citizenship')!;
    assert.equal(check({ citizenship: ['India'] }).status, 'unknown');
    assert.match(check({ citizenship: ['India'] }).detail, /permanent residence/);
    assert.equal(check({ citizenship: ['US'] }).status, 'met');
    assert.ok(!('residentToo' in check({})), 'internal fields stay out of the check');
  });

  it('checks it against profile.citizenship, not work authorization', () => {
    const job = parseJobPosting('Analyst\n\nRequirements\n- Must be a U.S. citizen.\n');
    const resume = parseResume('# Ana Li\n\n## Education\n\n### State University — BS Statistics\n\nMay 2027\n');
    const check = (profile: object) => checkEligibility(job.eligibility ?? [], resume, { profile, today: new Date('2026-12-02T12:00:00Z') }).find((c) => c.kind === 'citizenship')!;
    assert.equal(check({ workAuthorization: ['US'] }).status, 'unknown');
    assert.equal(check({ citizenship: ['India'] }).status, 'not-met');
    assert.equal(check({ citizenship: ['USA'] }).status, 'met');
  });
});
