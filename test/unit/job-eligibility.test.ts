// Eligibility statements of invented postings, checked against invented resumes and profiles.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { checkEligibility } from '../../src/core/job/check-eligibility';
import { parseResume } from '../../src/core/document/parse';
import { parseConfigText } from '../../src/core/config';
import type { EligibilityProfile } from '../../src/core/job/eligibility-types';
import { matchResume } from '../../src/core/tailor/match';
import { renderReport } from '../../src/core/tailor/report';

const TODAY = new Date('2026-02-01T00:00:00Z');

function student(degree: string, dates: string): string {
  return `# Riley Chen

riley@example.com

## Education

### ${degree}, Lakeside University — Portland, OR

*${dates}*

## Experience

### Software Engineer Intern, Brightpath — Portland, OR

*May 2025 – Aug 2025*

- Built a Python service on PostgreSQL that imports 40k shipping records a day.
`;
}

const BACHELOR_STUDENT = student('B.S. in Computer Science', 'Sep 2023 – May 2027');
const MASTER_STUDENT = student('M.S. in Computer Science', 'Sep 2025 – Dec 2026');
const GRADUATE = student('B.S. in Computer Science', 'Sep 2019 – May 2023');

function checks(posting: string, resume: string, profile?: EligibilityProfile) {
  const job = parseJobPosting(posting);
  return checkEligibility(job.eligibility ?? [], parseResume(resume), { today: TODAY, profile });
}

const byKind = (list: ReturnType<typeof checks>, kind: string) => list.filter((c) => c.kind === kind);

describe('job eligibility', () => {
  const MS_ONLY = `Machine Learning Research Intern

Minimum qualifications:
- Currently pursuing a Master's degree in Computer Science or Electrical Engineering.
- Experience with Python and PyTorch.

Preferred qualifications:
- Publications at ML venues.
`;

  it("flags a master's-only posting for a bachelor's student, and passes a master's student", () => {
    const bs = byKind(checks(MS_ONLY, BACHELOR_STUDENT), 'degree');
    assert.equal(bs.length, 1);
    assert.equal(bs[0].status, 'not-met');
    assert.match(bs[0].detail, /master/i);
    assert.match(bs[0].text, /Master's degree/);
    const ms = byKind(checks(MS_ONLY, MASTER_STUDENT), 'degree');
    assert.equal(ms[0].status, 'met');
  });

  it('reads no degree requirement from a heading or a "degree-seeking program" without a level', () => {
    const job = parseJobPosting(`Platform Intern

Education Requirements (Degree Major, GPA, Courses):
Master degree in Computer Science or Physics

Minimum qualifications:
- Currently enrolled in a full-time, degree-seeking program, returning to the degree program after the internship.
- Experience with Go.
`);
    assert.deepEqual(job.degrees.map((d) => d.level), ['master']);
    const plain = parseJobPosting('Requirements\n- A degree in Physics or related field.\n- Experience with Go.\n');
    assert.deepEqual(plain.degrees.map((d) => d.level), ['bachelor']);
  });

  it('reads a degree under an eligibility heading after a bonus list as a requirement', () => {
    const posting = `Analytics Intern\n\n**Nice to have:**\n\n  * Looker.\n\n**Who can apply:**\n\n  * Working towards a Master’s degree in statistics or economics.\n`;
    const [degree] = byKind(checks(posting, BACHELOR_STUDENT), 'degree');
    assert.equal(degree?.status, 'not-met');
  });

  it('reads "currently pursuing" as enrollment and checks it against the graduation date', () => {
    assert.equal(byKind(checks(MS_ONLY, MASTER_STUDENT), 'enrollment')[0].status, 'met');
    assert.equal(byKind(checks(MS_ONLY, GRADUATE), 'enrollment')[0].status, 'not-met');
  });

  it('reads a degree "received / conferred / completed" between or by a date as the graduation window', () => {
    for (const line of [
      "- Bachelor's degree in Mathematics or a related field, received between January 2027 and May 2027.",
      '- Degree conferred by May 2027.',
      '- Your diploma must be awarded no later than May 2027.',
    ]) {
      const posting = `Analyst Intern\n\nRequirements\n${line}\n- Excel.\n`;
      const [window] = byKind(checks(posting, BACHELOR_STUDENT, { graduation: 'May 2028' }), 'graduation');
      assert.ok(window, line);
      assert.equal(window.status, 'not-met', line);
    }
    // Applications, not a degree, received between two dates: no graduation window.
    for (const line of [
      '- Applications received between December 2026 and January 2027 are reviewed first.',
      "- A bachelor's degree, or equivalent experience. Offers are made between March 2027 and April 2027.",
      "- Degree in progress or completed.",
    ]) {
      const posting = `Analyst Intern\n\nRequirements\n${line}\n- Excel.\n`;
      assert.equal(byKind(checks(posting, BACHELOR_STUDENT), 'graduation').length, 0, line);
    }
  });

  it('checks a graduation window against Education, and the profile wins over the resume', () => {
    const posting = `Software Engineer Intern\n\nRequirements\n- Graduating between December 2026 and August 2027.\n- Java or Go.\n`;
    const [inside] = byKind(checks(posting, BACHELOR_STUDENT), 'graduation');
    assert.equal(inside.status, 'met');
    assert.equal(byKind(checks(posting, GRADUATE), 'graduation')[0].status, 'not-met');
    assert.equal(byKind(checks(posting, BACHELOR_STUDENT, { graduation: 'May 2028' }), 'graduation')[0].status, 'not-met');
    assert.equal(byKind(checks(posting, '# Someone\n\n## Experience\n\n- Built things.\n'), 'graduation')[0].status, 'unknown');
  });

  it('never guesses authorization or sponsorship: unknown without a profile', () => {
    const posting = `Data Analyst\n\nRequirements\n- Must be legally authorized to work in Canada.\n- We are unable to offer immigration sponsorship for this role.\n- SQL and Tableau.\n`;
    const none = checks(posting, BACHELOR_STUDENT);
    assert.equal(byKind(none, 'authorization')[0].status, 'unknown');
    assert.equal(byKind(none, 'sponsorship')[0].status, 'unknown');
    const needs = checks(posting, BACHELOR_STUDENT, { workAuthorization: ['US'], needsSponsorship: true });
    assert.equal(byKind(needs, 'authorization')[0].status, 'not-met');
    assert.equal(byKind(needs, 'sponsorship')[0].status, 'not-met');
    const ok = checks(posting, BACHELOR_STUDENT, { workAuthorization: ['Canada'], needsSponsorship: false });
    assert.equal(byKind(ok, 'authorization')[0].status, 'met');
    assert.equal(byKind(ok, 'sponsorship')[0].status, 'met');
  });

  it('does not read an offer of sponsorship or a preferred degree as a requirement', () => {
    const posting = `Backend Engineer\n\nRequirements\n- Go and Kubernetes.\n- Visa sponsorship is available for this role.\n\nNice to have\n- A PhD in distributed systems.\n`;
    const list = checks(posting, BACHELOR_STUDENT);
    assert.deepEqual(byKind(list, 'sponsorship'), []);
    assert.deepEqual(byKind(list, 'degree'), []);
  });

  it('reads a deadline, stores it on the posting and says when it has passed', () => {
    const posting = `Product Designer\n\nApplications close on March 3, 2026.\n\nRequirements\n- Figma.\n`;
    const job = parseJobPosting(posting);
    assert.equal(job.deadline, 'March 3, 2026');
    assert.equal(byKind(checks(posting, BACHELOR_STUDENT), 'deadline')[0].status, 'met');
    const late = checkEligibility(job.eligibility ?? [], parseResume(BACHELOR_STUDENT), { today: new Date('2026-04-01T00:00:00Z') });
    assert.equal(byKind(late, 'deadline')[0].status, 'not-met');
  });

  it('judges a clearly required location against profile.locations, and keeps a vague one unknown', () => {
    const posting = `Support Engineer\n\nRequirements\n- You must be located in Ireland or the Netherlands.\n- Python and Linux.\n`;
    const location = (profile?: EligibilityProfile) => byKind(checks(posting, BACHELOR_STUDENT, profile), 'location')[0];
    assert.equal(location().status, 'unknown', 'no profile: unknown');
    assert.equal(location({ locations: ['Dublin, Ireland'] }).status, 'met');
    assert.equal(location({ locations: ['Netherlands'] }).status, 'met');
    const away = location({ locations: ['Austin, TX', 'Remote'] });
    assert.equal(away.status, 'not-met');
    assert.match(away.detail, /Ireland or the Netherlands/);
    // Relocation and distance are not residence: the person may move or be near without the profile saying so.
    const relocate = `Field Engineer\n\nRequirements\n- Must be willing and able to relocate to Denver.\n- C++.\n`;
    assert.equal(byKind(checks(relocate, BACHELOR_STUDENT, { locations: ['Austin'] }), 'location')[0]?.status ?? 'unknown', 'unknown');
    const near = `Field Engineer\n\nRequirements\n- Must live within commuting distance of our office.\n- C++.\n`;
    assert.equal(byKind(checks(near, BACHELOR_STUDENT, { locations: ['Austin'] }), 'location')[0]?.status ?? 'unknown', 'unknown');
  });

  it('reads no clock: without today, deadlines and enrollment stay unknown', () => {
    const posting = `Research Intern\n\nApplications close on March 3, 2026.\n\nRequirements\n- Currently pursuing a degree in Physics.\n- MATLAB.\n`;
    const job = parseJobPosting(posting);
    const list = checkEligibility(job.eligibility ?? [], parseResume(BACHELOR_STUDENT), {});
    assert.equal(byKind(list, 'deadline')[0].status, 'unknown');
    assert.equal(byKind(list, 'enrollment')[0].status, 'unknown');
    assert.match(byKind(list, 'deadline')[0].detail, /no date/);
  });

  it('keeps source ranges that point at the posting text', () => {
    const job = parseJobPosting(MS_ONLY);
    for (const e of job.eligibility ?? []) assert.ok(MS_ONLY.slice(e.range.start, e.range.end).includes(e.text.split(' / ')[0].slice(0, 20)));
  });

  it('puts eligibility in the match report, at the top of report.md', () => {
    const job = parseJobPosting(MS_ONLY);
    const { report } = matchResume(parseResume(BACHELOR_STUDENT), job, { today: TODAY });
    assert.ok(report.eligibility?.some((c) => c.kind === 'degree' && c.status === 'not-met'));
    const md = renderReport({ job, report });
    const at = md.indexOf('## Eligibility');
    assert.ok(at > 0 && at < md.indexOf('Score'), 'eligibility comes before the score');
    assert.match(md, /not met/);
  });
});

describe('config: profile', () => {
  it('accepts a valid profile', () => {
    const { config, errors } = parseConfigText(
      JSON.stringify({ profile: { workAuthorization: ['US'], needsSponsorship: false, graduation: 'May 2027', degree: 'BS Computer Science', locations: ['Seattle'] } }),
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config.profile, { workAuthorization: ['US'], needsSponsorship: false, graduation: 'May 2027', degree: 'BS Computer Science', locations: ['Seattle'] });
  });

  it('reports bad profile fields without throwing and keeps the good ones', () => {
    const { config, errors } = parseConfigText('{ "profile": { "needsSponsorship": "yes", "workAuthorization": ["US"], "visa": 1 } }');
    assert.equal(errors.length, 2);
    assert.ok(errors.some((e) => /needsSponsorship/.test(e.message)));
    assert.ok(errors.some((e) => /Unknown profile field/.test(e.message)));
    assert.deepEqual(config.profile, { workAuthorization: ['US'] });
    assert.equal(parseConfigText('{ "profile": 3 }').errors.length, 1);
  });
});
