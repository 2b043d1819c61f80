// A degree named only as people the hire works with is no degree requirement; the same words in a
// requirement section are. Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { degreeLevelsIn } from '../../src/core/job/requirements';

const levelsOf = (text: string) => parseJobPosting(text).degrees.flatMap((d) => d.levels);

describe('job degrees: people named by their degree', () => {
  it('reads no degree from colleagues described in the role', () => {
    const text = [
      'About the role',
      '',
      'You will work alongside clinicians, lab managers and PhD students on three cohort studies.',
      'Our MSc trainees rotate through the team each term.',
      '',
      'Requirements',
      '',
      "- A bachelor's degree in biology or a related field",
      '',
    ].join('\n');
    assert.deepEqual(levelsOf(text), ['bachelor']);
  });

  it('still reads the degree when the same words are the ask', () => {
    const text = ['Eligibility', '', '- Open to PhD students in their third year or later', ''].join('\n');
    assert.deepEqual(levelsOf(text), ['phd']);
    const about = ['About the role', '', 'We are looking for PhD candidates in machine learning.', ''].join('\n');
    assert.deepEqual(levelsOf(about), ['phd']);
  });

  it('reads no degree from a programme\'s work the hire does (supervising, teaching)', () => {
    const text = [
      'Responsibilities',
      '',
      '- Co-supervise MSc dissertation projects and two PhD theses.',
      "- Teach one master's course module per year.",
      '',
      'Person specification',
      '',
      '- A PhD in chemical engineering or a related discipline (essential)',
      '',
    ].join('\n');
    assert.deepEqual(levelsOf(text), ['phd']);
  });

  it('keeps a degree that is asked for in the same sentence as colleagues', () => {
    const text = ['About the role', '', "You will join PhD researchers; a Master's degree is required.", ''].join('\n');
    assert.ok(levelsOf(text).includes('master'));
  });
});

describe('job degrees: labelled education lines and associate degrees', () => {
  it('reads an "Education:" field as a requirement, wherever the list above it was', () => {
    const text = [
      'Nice to have',
      '',
      '- Git',
      '- Six Sigma',
      '',
      'Education: BS in Mechanical Engineering or related field. Associate degree with 6 years of test experience will be considered.',
      '',
    ].join('\n');
    const degrees = parseJobPosting(text).degrees;
    assert.deepEqual(degrees.map((d) => [d.levels.join('/'), d.importance]), [['bachelor', 'required'], ['associate', 'required']]);
  });

  it('reads associate degrees by their dotted abbreviations and AAS, never a bare "as"', () => {
    assert.deepEqual(degreeLevelsIn('A.A.S. in Welding Technology, Lakeshore College'), ['associate']);
    assert.deepEqual(degreeLevelsIn('AAS, Respiratory Therapy'), ['associate']);
    assert.deepEqual(degreeLevelsIn('A.S. in Nursing'), ['associate']);
    assert.deepEqual(degreeLevelsIn('served as a lead on the AS/400 migration'), []);
  });
});
