// Deadlines in the shapes of university and PDF postings: a closing time written before the day, and
// "Last date for receipt of applications". Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';

const deadlineOf = (...lines: string[]) => parseJobPosting(['Research Assistant', '', ...lines, ''].join('\n')).deadline;

describe('job deadlines: time first, and last-date labels', () => {
  it('reads the day after a closing time and its zone', () => {
    assert.equal(deadlineOf('Closing date: 11:55pm AEST, Sunday 17 January 2027'), '17 January 2027');
    assert.equal(deadlineOf('Applications close 5 p.m. (EST) on March 3, 2027.'), 'March 3, 2027');
  });

  it('reads "Last date for receipt of applications" and its variants', () => {
    assert.equal(deadlineOf('Last date for receipt of applications: 15/01/2027'), '15/01/2027');
    assert.equal(deadlineOf('Last date to apply: 28 February 2027'), '28 February 2027');
  });

  it('does not read a last date that is not about applying', () => {
    assert.equal(deadlineOf('Last date of the internship: 30 August 2027'), undefined);
  });
});
