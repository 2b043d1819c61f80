// A lower degree accepted only with years of experience ("Associate degree + 8 yrs relevant experience
// will be considered"): the degree alone does not meet it. Invented postings and resumes only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { checkEligibility } from '../../src/core/job/check-eligibility';
import { parseResume } from '../../src/core/document/parse';

const POSTING = [
  'Field Service Technician',
  'Brightwater Pumps',
  '',
  'Requirements',
  '- Education: BS in Mechanical Engineering or a related field. Associate degree + 6 yrs relevant experience will be considered.',
  '- Hydraulics troubleshooting',
  '',
].join('\n');

const resume = (jobs: string[]) =>
  ['# Sam Ortiz', 'sam@example.com', '', '## Experience', '', ...jobs.flatMap((j) => [j, '', '- Rebuilt 40 centrifugal pumps a year for municipal water plants', '']), '## Education', '', '**A.A.S. in Industrial Maintenance** — Lakeshore College, 2018', ''].join('\n');

const degreeCheck = (doc: string, today = new Date('2026-12-01T00:00:00Z')) =>
  checkEligibility(parseJobPosting(POSTING).eligibility ?? [], parseResume(doc), { today }).find((c) => c.kind === 'degree');

describe('job degrees: a lower level accepted with years of experience', () => {
  it('reads the associate level as conditional on the years', () => {
    const ask = parseJobPosting(POSTING).eligibility?.find((a) => a.kind === 'degree');
    assert.deepEqual(ask?.withYears, [{ level: 'associate', years: 6 }]);
  });

  it('is not met when the dated experience falls short of the years', () => {
    const check = degreeCheck(resume(['### Maintenance Technician — Acme Water, Jan 2022 – Present']));
    assert.equal(check?.status, 'not-met', check?.detail);
    assert.match(check!.detail, /about 5 years/);
  });

  it('stays unknown when the years are there, since only the person knows they are relevant', () => {
    const check = degreeCheck(resume(['### Maintenance Technician — Acme Water, Jan 2022 – Present', '### Pump Fitter — Delta Fluid, Mar 2018 – Dec 2021']));
    assert.equal(check?.status, 'unknown', check?.detail);
  });

  it('counts overlapping jobs once', () => {
    const check = degreeCheck(resume(['### Technician — Acme Water, Jan 2022 – Present', '### Weekend Fitter — Delta Fluid, Jun 2022 – Dec 2024']));
    assert.equal(check?.status, 'not-met', check?.detail);
  });

  it('is met by the degree asked outright, and a lone "MS with 2 years" is no condition', () => {
    const bs = resume(['### Technician — Acme Water, Jan 2024 – Present']).replace('A.A.S. in Industrial Maintenance', 'BS in Mechanical Engineering');
    assert.equal(degreeCheck(bs)?.status, 'met');
    const ms = parseJobPosting(['Analyst', '', 'Requirements', '- MS in Statistics with 2 years of experience', ''].join('\n'));
    assert.equal(ms.eligibility?.find((a) => a.kind === 'degree')?.withYears, undefined);
  });
});

describe('job degrees: years after every level', () => {
  it('reads "BS with 3+ years, or MS with 1+ year" as both levels accepted, not as conditions', () => {
    const job = parseJobPosting(['Research Associate', '', 'Requirements', '- BS with 3+ years, or MS with 1+ year, of industry experience in cell culture', ''].join('\n'));
    const ask = job.eligibility?.find((a) => a.kind === 'degree');
    assert.deepEqual(ask?.levels, ['bachelor', 'master']);
    assert.equal(ask?.withYears, undefined);
  });
});
