// Stop 57: skills named beside other skills in shapes the phrase reader missed. All text is invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { classifyHeading } from '../../src/core/job/sections';

const hard = (text: string) =>
  parseJobPosting(text, { name: 'posting.txt' })
    .keywords.filter((k) => k.kind === 'hard')
    .map((k) => k.keyword);

describe('postings: stop 57 coordinated names', () => {
  it('reads an acronym before "experience" as a technique when it is coordinated with one', () => {
    const keywords = hard(['Nice to have', '- Gel electrophoresis or ELISA experience', '- Spectroscopy and HPLC knowledge'].join('\n'));
    assert.ok(keywords.includes('ELISA'), keywords.join(', '));
    assert.ok(keywords.includes('HPLC'), keywords.join(', '));
  });

  it('leaves an acronym before "experience" alone when nothing beside it is a skill', () => {
    const keywords = hard(['Requirements', '- Hospital or NHS experience', '- Python scripting'].join('\n'));
    assert.ok(!keywords.includes('NHS'), keywords.join(', '));
  });
});

describe('postings: stop 57 headings and unknown sections', () => {
  it('reads a heading of a label and a gloss after a dash by either part', () => {
    assert.equal(classifyHeading('The essentials — we really need these'), 'required');
    assert.equal(classifyHeading('Toolbox — bonus points'), 'preferred');
    assert.equal(classifyHeading('We really need'), 'required');
    // A heading that is known whole keeps its reading.
    assert.equal(classifyHeading('Requirements - Desirable'), classifyHeading('Requirements Desirable'));
  });

  it('reads a list of skills under an unknown heading right before the wish list as the requirements', () => {
    const job = parseJobPosting(
      [
        '# Junior Data Engineer',
        '',
        '## Ground floor',
        '',
        '- Python and SQL every day',
        '- Airflow or Dagster for scheduling',
        '- You explain your trade-offs plainly',
        '',
        '## Bonus points',
        '',
        '- Terraform',
        '- Kafka',
      ].join('\n'),
      { name: 'posting.md' },
    );
    const importance = (k: string) => job.keywords.find((x) => x.keyword === k)?.importance;
    assert.equal(importance('Python'), 'required');
    assert.equal(importance('Dagster'), 'required');
    assert.equal(importance('Terraform'), 'preferred');
  });
});

describe('postings: stop 57 tag lists', () => {
  it('reads a board skill list written as a loose list beside the written qualifications as tags', () => {
    const job = parseJobPosting(
      [
        '# Graduate Structural Engineer',
        '',
        '## Requirements',
        '',
        '- Working knowledge of ETABS or SAP2000',
        '- Confident drafting in AutoCAD',
        '',
        '## Skills',
        '',
        '- Structural Design',
        '',
        '- Site Supervision',
        '',
        '- Steel Detailing',
        '',
        '- Quantity Surveying',
      ].join('\n'),
      { name: 'posting.md' },
    );
    const asked = job.keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other').map((k) => k.keyword);
    assert.ok(asked.includes('ETABS'), asked.join(', '));
    assert.ok(!asked.some((k) => /steel detailing/i.test(k)), asked.join(', '));
  });
});

describe('postings: stop 57 lists between dashes', () => {
  it('reads the techniques listed between spaced dashes after their head', () => {
    const keywords = hard(['Requirements', 'You should know the surveying basics – differential levelling, traverse adjustment and setting out – before you start.'].join('\n'));
    for (const k of ['differential levelling', 'traverse adjustment', 'setting out']) assert.ok(keywords.includes(k), `${k}: ${keywords.join(', ')}`);
  });

  it('reads no techniques from an aside about people between dashes', () => {
    const keywords = hard(['Requirements', 'Our crew – surveyors, drafters and planners – works in Civil 3D.'].join('\n'));
    assert.ok(!keywords.includes('surveyors') && !keywords.includes('drafters'), keywords.join(', '));
  });
});

describe('postings: stop 57 choices announced as "these"', () => {
  it('reads a list after "any of these …:" as skills asked for, with no other cue', () => {
    const keywords = hard(['Nice to have', 'A plus if you have come across any of these in a lab course: petrology, soil mechanics or slope stability analysis.'].join('\n'));
    for (const k of ['petrology', 'soil mechanics', 'slope stability analysis']) assert.ok(keywords.includes(k), `${k}: ${keywords.join(', ')}`);
  });
});

describe('postings: stop 57 requirement words after a skill', () => {
  it('leaves "is compulsory" / "is mandatory" out of the skill named before it', () => {
    const keywords = hard(['Requirements', '- Advanced Microsoft Excel is compulsory', '- Working knowledge of AutoCAD is mandatory'].join('\n'));
    assert.ok(!keywords.some((k) => /compulsory|mandatory/i.test(k)), keywords.join(', '));
    assert.ok(keywords.includes('AutoCAD'), keywords.join(', '));
  });

  it('keeps "multiple" in the name of a method before a singular noun, not before a plural', () => {
    const keywords = hard(['Requirements', '- Familiarity with mixed models, multiple imputation or bootstrapping', '- Experience with multiple stakeholders'].join('\n'));
    assert.ok(keywords.includes('multiple imputation'), keywords.join(', '));
    assert.ok(!keywords.includes('imputation'), keywords.join(', '));
  });
});
