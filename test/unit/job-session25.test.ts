// Stop 41: deadlines as staffing e-mails, German postings and board listings write them, and the
// gender note of a German-speaking employer's title. All posting text is invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { deadlinesIn } from '../../src/core/job/eligibility';
import { parseDayWithoutYear } from '../../src/core/job/dates';

const names = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);
const firstDeadline = (text: string) => deadlinesIn(text).find((d) => d.of === 'application')?.written;

describe('deadlines as they are really written (stop 41)', () => {
  it('reads a staffing firm\'s "submittals close" cut-off with a month/day in figures', () => {
    assert.equal(firstDeadline('Submittals close Thursday 3/11 at noon ET, and the manager interviews the week after.'), '3/11');
    assert.equal(firstDeadline('Submissions are due 11/20 for this contract.'), '11/20');
  });

  it('reads "will remain open until" a day as the posting\'s end', () => {
    assert.equal(firstDeadline('This vacancy will remain open until 02/15/2027 or until filled.'), '02/15/2027');
    assert.equal(firstDeadline('The listing remains open through March 3, 2027.'), 'March 3, 2027');
    // No day after it: nothing to read.
    assert.equal(firstDeadline('The position will remain open until filled.'), undefined);
  });

  it('reads "by <day> at the latest" after a long ask to apply', () => {
    const text = 'Please send your full application (letter, CV, transcripts), naming the job code, your notice period and the salary you expect, by 28.02.2027 at the latest through our portal.';
    assert.equal(firstDeadline(text), '28.02.2027');
    // "At the latest" about a start date is no deadline to apply.
    assert.equal(firstDeadline('You can start by 01.03.2027 at the latest.'), undefined);
  });

  it('does not read a month/day in figures without a deadline cue', () => {
    assert.equal(firstDeadline('Support runs 24/7 and the team meets 3/4 of Fridays.'), undefined);
  });

  it('gives a month/day in figures its year from the posting\'s date, US order first', () => {
    assert.equal(parseDayWithoutYear('12/18', '2026-11-30'), '2026-12-18');
    assert.equal(parseDayWithoutYear('1/9', '2026-11-30'), '2027-01-09');
    assert.equal(parseDayWithoutYear('18/12', '2026-11-30'), '2026-12-18');
    assert.equal(parseDayWithoutYear('13/14', '2026-11-30'), undefined);
  });

  it('drops "(m/w/d)" and "(all genders)" from a title', () => {
    const job = parseJobPosting(['Process Chemist (m/w/d)', 'Rheinfeld Polymere', '', 'Your profile', '- Degree in chemistry', '- Experience with HPLC', ''].join('\n'));
    assert.equal(job.title, 'Process Chemist');
    const other = parseJobPosting(['Field Service Technician (all genders)', 'Acme Anlagenbau', '', 'Your profile', '- Experience with PLCs', ''].join('\n'));
    assert.equal(other.title, 'Field Service Technician');
  });

  it('reads the methods and codes of civil engineering, analytical chemistry and finance', () => {
    const text = ['Bridge Engineer', '', 'Essential qualifications', '- Experience in structural analysis of reinforced concrete decks',
      '- Finite element analysis (FEA) with any package', '- Knowledge of the CSA S6 bridge code', '', 'Asset qualifications',
      '- LC-MS/MS or GC-MS method development following ICH guidelines', '- FP&A experience: budgeting and variance analysis', ''].join('\n');
    const found = names(text);
    for (const want of ['structural analysis', 'reinforced concrete', 'finite element analysis', 'CSA S6', 'LC-MS/MS', 'GC-MS', 'ICH guidelines', 'FP&A', 'budgeting', 'variance analysis'])
      assert.ok(found.includes(want), `${want} not in ${found.join(', ')}`);
  });

  it('does not read a budget or a selling point as a skill', () => {
    const text = ['Marketing Coordinator', '', 'Requirements:', '- You deliver campaigns on time and within budget', '- You can explain our USP to a new client in one sentence', ''].join('\n');
    const found = names(text);
    assert.ok(!found.includes('budgeting') && !found.includes('United States Pharmacopeia'), found.join(', '));
  });

  it('reads the employer and the whole title from a forum post header that ends in a link', () => {
    const job = parseJobPosting(['Tallowby | Data Engineer, Billing Pipelines | REMOTE (EU) | Full-time | https://tallowby.example/jobs/data-engineer', '', 'We bill ships for harbour fees. You will own the pipelines.', ''].join('\n'));
    assert.equal(job.company, 'Tallowby');
    assert.equal(job.title, 'Data Engineer, Billing Pipelines');
  });

  it('asks for no degree when the posting says none is required, whatever degrees it names after', () => {
    const degreeOf = (line: string) => parseJobPosting(['Backend Engineer', '', 'About you', `- ${line}`, '- Go or Rust in production', ''].join('\n')).degrees.map((d) => d.level);
    assert.deepEqual(degreeOf("No degree required: our team came from PhD programs and from bootcamps."), []);
    assert.deepEqual(degreeOf("A degree isn't required, though several of us hold a master's."), []);
    assert.deepEqual(degreeOf("You don't need a college degree."), []);
    // A waived level is not a waived degree: the bachelor's is still asked for.
    assert.ok(degreeOf("Bachelor's degree in CS, though a master's degree is not required.").includes('bachelor'));
  });

  it('reads a standard before "-regulated" or "-compliant" ("GMP-regulated", "HIPAA-compliant")', () => {
    const found = names(['QA Engineer', '', 'Requirements:', '- Three years in a GMP-regulated plant', '- Built HIPAA-compliant services', '- Knows 21 CFR Part 11 and EU GMP Annex 11', ''].join('\n'));
    for (const want of ['GMP', 'HIPAA', 'EU GMP Annex 11']) assert.ok(found.includes(want), `${want} not in ${found.join(', ')}`);
    // "data-driven" still reads as no "data" skill: the suffix list holds only rules and standards.
    assert.ok(!names(['Analyst', '', 'Requirements:', '- A data-driven mindset', ''].join('\n')).includes('data'));
  });
});

