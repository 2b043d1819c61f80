import assert from 'node:assert/strict';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { genericObject } from '../../../src/core/rules/generic-object';
import { fillerWord } from '../../../src/core/rules/filler-word';
import { techSpelling } from '../../../src/core/rules/tech-spelling';
import { personalDetails } from '../../../src/core/rules/personal-details';
import { analyzeBullet } from '../../../src/core/nlp/clauses';
import { findingsOf } from '../../helpers/rule-tester';

// Round 16: outcomes stated without a figure (a failure ruled out, a course completed, a paper's
// review status) are not asked for a number; an emoji between conjuncts does not hide the second
// object; a grader's coursework is the routine object of grading, not a generic one.
const doc = (bullet: string) => `## Experience\n\n### Engineer, Acme — Jan 2024 – Present\n\n- ${bullet}\n`;
const metric = (bullet: string) => findingsOf(missingMetric, doc(bullet)).map((f) => f.message);
const generic = (bullet: string) => findingsOf(genericObject, doc(bullet)).map((f) => f.message);

describe('rule missing-metric (rules16): stated outcomes', () => {
  it('a "so (that) … never / no longer" result clause states its outcome', () => {
    assert.deepEqual(metric('Added a write-ahead log to the ledger service so that a crash can never lose a posted entry'), []);
    assert.deepEqual(metric('Moved image decoding to a worker thread so the editor no longer freezes on large files'), []);
    // a plain purpose clause is still asked
    assert.equal(metric('Added a write-ahead log to the ledger service so that posted entries are kept').length, 1);
    assert.equal(metric('Moved image decoding to a worker thread').length, 1);
  });

  it('a course or training completed is a credential, not work to count', () => {
    assert.deepEqual(metric('Completed forklift operator and confined-space entry training'), []);
    assert.deepEqual(metric('Finished the Red Cross first-aid course.'), []);
    // completing a piece of work is still asked
    assert.equal(metric('Completed the migration of the billing tables to the new cluster').length, 1);
  });

  it('a paper stated with its review status is not asked whom it reached', () => {
    assert.deepEqual(metric('Co-wrote a conference paper on sparse attention, currently under review'), []);
    assert.deepEqual(metric('Wrote a short paper accepted at the regional robotics workshop'), []);
    assert.match(metric('Co-wrote a conference paper on sparse attention')[0], /whom it reached/);
  });

  it('an emoji between two objects does not hide the second: mixed kinds get the neutral question', () => {
    const a = analyzeBullet('Drew posters 🖌️ and storyboards for the spring campaign');
    assert.equal(a.clauses[0].objects.length, 2);
    assert.deepEqual(metric('Made mugs 🎨 and illustrations for the spring campaign'), metric('Made mugs and illustrations for the spring campaign'));
  });
});

describe('rule missing-metric (rules16): the platform a thing is deployed or hosted on', () => {
  it('"Deployed on X with Y" states the platform whether or not the lexicon knows X', () => {
    assert.deepEqual(metric('Deployed on Koyeb with GitHub Actions'), []);
    assert.deepEqual(metric('Hosted on Railway'), []);
    // a named object, or a change of platform, is still asked
    assert.equal(metric('Deployed the booking API on Koyeb').length, 1);
    assert.equal(metric('Moved on Koyeb with GitHub Actions').length, 1);
  });
});

describe('rule generic-object (rules16): a grader\'s coursework', () => {
  it('"Graded assignments" names the routine object of grading; a generic object is still reported', () => {
    assert.deepEqual(generic('Graded assignments and midterms'), []);
    assert.deepEqual(generic('Grade assignments and problem sets and run weekly tutorials'), []);
    // "assignments" after another verb is still the generic word for tasks
    assert.equal(generic('Completed assignments for the thermodynamics course').length, 1);
  });

  it('"ad hoc" written apart is a generic modifier like "ad-hoc"; "ad" alone still names adverts', () => {
    assert.match(generic('Handled various ad hoc questions from finance')[0], /"various ad hoc questions" is generic/);
    assert.deepEqual(generic('Ran ad campaigns for three local bakeries'), []);
    assert.equal(generic('Handled various tasks for the thermodynamics course').length, 1);
  });
});

describe('rule filler-word (rules16): speech hedges', () => {
  const fillers = (bullet: string) => findingsOf(fillerWord, doc(bullet)).map((f) => f.message);
  it('"Basically", "actually" and "literally" pad a line', () => {
    assert.deepEqual(fillers('Basically ran the front desk for the night shift'), ['"Basically" is a filler word: delete it and let the result speak.']);
    assert.equal(fillers('Mentor two interns. Actually I also run the weekly demo').length, 1);
    assert.equal(fillers('Rewrote the parser, which literally halved build times').length, 1);
    // "actual" is not the adverb
    assert.deepEqual(fillers('Compared actual and forecast demand for 40 stores'), []);
    // inside a clause "actually" stresses a contrast: that is the claim
    assert.deepEqual(fillers('Built reports that managers actually read'), []);
  });
});

describe('rule tech-spelling (rules16): a short name and the last part overlapping at the seam', () => {
  const spelling = (bullet: string) => findingsOf(techSpelling, doc(bullet)).map((f) => f.message);
  it('"Postgres SQL" is the full name spelled with its short form', () => {
    assert.deepEqual(spelling('Moved the audit log to Postgres SQL with nightly backups'), ['"Postgres SQL" is spelled "PostgreSQL".']);
    // the short form alone is an accepted name, and two plain words never join
    assert.deepEqual(spelling('Moved the audit log to Postgres with nightly backups'), []);
    assert.deepEqual(spelling('Wrote the post SQL checks for the audit log'), []);
  });
});

describe('rule personal-details (rules16): a count of children in a Skills or Education list line', () => {
  it('"…, 3 kids, …" at the end of the resume is a family detail; a work bullet counting children is not', () => {
    const skills = '## Skills\n\n- Python, SQL, Tableau\n\n*Away from work:* trail running, 3 kids, sourdough\n';
    assert.equal(findingsOf(personalDetails, skills).length, 1);
    const education = '## Education\n\n**BSc Biology**, Lakeside University, 2015\n\nMarried, two children\n';
    assert.match(findingsOf(personalDetails, education)[0].message, /"two children"/);
    assert.deepEqual(findingsOf(personalDetails, '## Experience\n\n### Camp Counselor, Pine Lake — 2019\n\n- Supervised 8 kids, 2 canoes and a cabin\n'), []);
  });
});

describe('rule missing-metric (rules16): a nested item that describes its parent\'s made thing', () => {
  const nested = (child: string) => {
    const text = `## Projects\n\n**Clinic wait-time board** | 2024\n\n- Made a Power BI report for the front desk\n  - ${child}\n`;
    return findingsOf(missingMetric, text).map((f) => text.slice(f.range.start, f.range.end).split(' ')[0]);
  };
  it('"Filters by …", "Supports …" under a made thing are its features, not work to count', () => {
    assert.deepEqual(nested('Filters by clinic, weekday and doctor'), ['Made']);
    assert.deepEqual(nested('Supports export to Excel'), ['Made']);
    // a nested piece of work is still asked; so is a top-level line of the same shape
    assert.deepEqual(nested('Wrote the refresh schedule in Power Automate'), ['Made', 'Wrote']);
    assert.equal(findingsOf(missingMetric, '## Projects\n\n**Board** | 2024\n\n- Supports export to Excel\n').length, 1);
  });
});

describe('rule filler-word (rules16): the summary paragraph', () => {
  const summary = (para: string) => `# Ana Silva\n\n## Summary\n\n${para}\n\n## Experience\n\n### Engineer, Acme — 2021 – 2023\n\n- Built a billing API used by 3,000 clinics\n`;
  it('flags fillers in Summary prose, offering the deletion only where the sentence still reads', () => {
    const text = summary('Payments engineer with a really broad record. Actually I now lead a team of 4. Basically we ship weekly.');
    const found = findingsOf(fillerWord, text);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['really', 'Actually', 'Basically']);
    assert.equal(found[1].fixes?.length, 1, '"I now lead" still opens the sentence in capitals');
    assert.deepEqual(found[2].fixes, [], '"we ship" would open the sentence in lower case');
    assert.ok(found.every((f) => !f.fixes?.some((x) => x.safe)), 'never applied by Fix All in prose');
  });
});
