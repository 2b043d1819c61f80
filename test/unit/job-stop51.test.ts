// Stop 51: what unseen-postings-42 showed — a person specification whose Essential/Desirable marks
// sit in tab-separated columns, tabs of a careers page pasted under a typed divider, a civil-service
// "Knowledge of:" lead-in over lines that lost their bullets, an exam's name, a lab kind of testing
// opening a list item. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { askedSkills, requirementsPosting } from '../helpers/posting';

const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard');

describe('postings: stop 51 shapes', () => {
  it('reads a criterion up to its tab-separated mark column, and no mark letters as words', () => {
    const posting = [
      '# Research Associate',
      '',
      'PERSON SPECIFICATION',
      'Criteria\tEssential (E) / Desirable (D)\tAssessed by',
      '1. Water sampling methods, e.g. grab sampling and composite sampling\tE\tA/I',
      '2. Proficiency in Microsoft Excel and Word\tE\tA',
      '3. Drone photogrammetry, including ground control surveys\tD\tA',
      '',
    ].join('\n');
    const keywords = hard(posting);
    const names = keywords.map((k) => k.keyword.toLowerCase());
    assert.ok(names.includes('composite sampling'), names.join('; '));
    assert.ok(names.includes('ground control surveys'), names.join('; '));
    assert.ok(!names.some((n) => /\b(?:e a|word e)\b/.test(n)), names.join('; '));
    assert.equal(keywords.find((k) => k.keyword.toLowerCase() === 'ground control surveys')?.importance, 'preferred');
  });

  it('ends the qualifications at a typed divider over pasted tabs, and at a work-authorization heading', () => {
    const posting = [
      'Analyst I - Traffic',
      '',
      'Preferred Qualifications',
      'Experience with Python and SQL.',
      'Work Authorization',
      'Applicants must be authorized to work in the United States.',
      '---- Questions tab (pasted separately) ----',
      'Which of these have you used? Check all that apply.',
      'Tableau',
      'Power BI',
      '',
    ].join('\n');
    const parsed = parseJobPosting(posting);
    assert.deepEqual(parsed.sections.map((s) => s.kind), ['other', 'preferred', 'about', 'other']);
    const names = parsed.keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other').map((k) => k.keyword);
    assert.ok(names.includes('Python'), names.join('; '));
    assert.ok(!names.includes('Tableau') && !names.includes('Power BI'), names.join('; '));
  });

  it('is no heading when a line is an attachment\'s file name, and never reads the posting\'s own reference as a skill', () => {
    const posting = ['# Lab Technician', '', 'Job Ref: QX-20417', '', 'QX-20417 Job Description and Person Specification.docx', '', '## Requirements', '- Experience with HPLC.', ''].join('\n');
    const parsed = parseJobPosting(posting);
    assert.equal(parsed.jobId, 'QX-20417');
    assert.ok(!parsed.sections.some((s) => /\.docx/.test(s.title)));
    assert.ok(!parsed.keywords.some((k) => k.keyword === 'QX-20417'));
  });

  it('reads lines under a "Knowledge of:" lead-in as the items of its list', () => {
    const posting = ['Engineer I', '', 'Minimum Qualifications', 'Knowledge of:', 'Geotechnics and slope stability.', 'Skill in:', 'AutoCAD.', ''].join('\n');
    const names = hard(posting).map((k) => k.keyword.toLowerCase());
    assert.ok(names.includes('geotechnics'), names.join('; '));
    assert.ok(names.includes('slope stability'), names.join('; '));
  });

  it('asks no skill by an exam\'s name, and reads a lab kind of testing that opens an item', () => {
    const names = askedSkills(requirementsPosting('Field Engineer', 'Passage of the Principles and Practice of Engineering (PE) exam.', 'Shelf-life testing and sensory panels.'));
    assert.ok(!names.some((n) => /principles and practice/i.test(n)), names.join('; '));
    assert.ok(names.some((n) => /^shelf-life testing$/i.test(n)), names.join('; '));
    assert.ok(!names.includes('software testing'), names.join('; '));
  });
});
