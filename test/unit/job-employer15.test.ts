// Employer mechanisms of round 15: a careers header "<Name> Careers" whose name the prose writes, a site
// name with the page's word after it, an accessibility "Skip to …" link above the title, and the legal
// name a board account spells whole beside a shortened name in the text. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

describe('employer (round 15)', () => {
  it('takes a two-word "<Name> Careers" header whose name the prose writes, over a title suffix', () => {
    const text = [
      'Skip to main content',
      'Corvane Water Careers',
      'Search for Jobs',
      '',
      'Field Data Intern – Asset Planning (Summer 2028)',
      'Apply',
      '',
      'Who We Are',
      '',
      'Corvane Water delivers drinking water to about 300,000 homes in four valleys and treats it in two plants.',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.company, 'Corvane Water');
    // The part after the dash is then the title's own (a team), not the employer.
    assert.match(job.title ?? '', /^Field Data Intern – Asset Planning/);
  });

  it('does not take a kind of job before "Careers" that the prose never writes as a name', () => {
    const text = 'Cloud Engineering Careers\n\nSite Reliability Intern\n\nAt Tallowmere, we keep 40 clinics online and our interns carry a pager from week three.\n';
    assert.equal(parseJobPosting(text).company, 'Tallowmere');
  });

  it('reads the organisation on the line under the title past a "Skip to" link and bilingual chrome', () => {
    const text = [
      'Skip to "About the province"',
      'Language selection',
      'Français',
      'Province of Elsewhere / Province d’Ailleurs',
      'Search',
      'Menu',
      'Public service jobs (PS Jobs) for the whole province',
      '',
      'Junior Records Analyst',
      '',
      'Records Elsewhere - Archives Division',
      'Lakeside',
      '',
      'For more about the organization, please visit Records Elsewhere',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Junior Records Analyst');
    assert.equal(job.company, 'Records Elsewhere');
  });

  it('strips the page word from a site name ("Acme Gauges Careers" → "Acme Gauges")', () => {
    const html = [
      '<html><head><title>Acme Gauges Careers - Test Technician Co-op</title>',
      '<meta property="og:site_name" content="Acme Gauges Careers"></head><body>',
      '<h1>Test Technician Co-op</h1>',
      '<p><strong>About Acme Gauges</strong></p>',
      '<p>Acme Gauges designs and builds pressure gauges for breweries and dairies in a plant of ninety people.</p>',
      '</body></html>',
    ].join('\n');
    assert.equal(parseJobPosting(html).company, 'Acme Gauges');
  });

  it('names the employer as its board account spells it when the text shortens the name', () => {
    const text = [
      'Platform Engineer Intern',
      '← Back to jobs <https://job-boards.greenhouse.io/brindlecoffee>',
      '',
      'About Brindle',
      'Brindle roasts coffee for 900 cafés and ships it the same day; our coffee subscriptions reach 40,000 homes.',
      'Brindle is an equal opportunity employer.',
    ].join('\n');
    assert.equal(parseJobPosting(text).company, 'Brindle Coffee');
  });

  it('keeps the short name when the account adds a word the text never uses', () => {
    const text = [
      'Platform Engineer Intern',
      'Apply: https://job-boards.greenhouse.io/brindlehq/jobs/123456',
      '',
      'Brindle roasts beans for 900 cafés and ships them the same day to every city in the country.',
      'Brindle is an equal opportunity employer.',
    ].join('\n');
    assert.equal(parseJobPosting(text).company, 'Brindle');
  });
});

describe('employer (round 15): legal names and letterheads', () => {
  it('names the employer as the text introduces it beside its legal name in brackets', () => {
    const text = [
      'Network Engineer, New Grad',
      '',
      'Every night our fibre network carries a million streams. At Harrowfield Telecom (Harrowfield Telecommunications Ltd.) the platform team runs that network.',
      'Harrowfield is an equal opportunity employer.',
      'Harrowfield pays for one conference a year.',
    ].join('\n');
    assert.equal(parseJobPosting(text).company, 'Harrowfield Telecom');
  });

  it('reads an institution named on a letterhead first line beside its acronym', () => {
    const text = [
      'OWLS — Ostrava Institute for Lake Studies',
      'Summer Research Program 2028',
      '',
      'Position: Research Intern, Sediment Modelling',
      'Job ID: 2028-RI-003',
      '',
      'About the position',
      'Our group models how sediment moves through glacial lakes, and the intern will help test a new model.',
      '- Previous Ostrava interns are not eligible to apply again',
    ].join('\n');
    assert.equal(parseJobPosting(text).company, 'Ostrava Institute for Lake Studies');
  });
});
