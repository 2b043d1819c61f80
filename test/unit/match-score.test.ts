// The match score ranks invented resumes of different fit for one invented posting: the clearly
// best fit scores highest, a keyword-stuffed Skills list does not beat bullets with evidence, and a
// posting that names almost nothing gets no score.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { parseResume } from '../../src/core/document/parse';
import { matchResume } from '../../src/core/tailor/match';
import { renderReport } from '../../src/core/tailor/report';

const POSTING = `Backend Engineer Intern — Harbor Freight Labs

What you'll do
- Build services that track container shipments across ports.

Requirements
- Experience with Python or Go.
- Experience with PostgreSQL and REST APIs.
- Familiarity with Docker and Kubernetes.
- Knowledge of unit testing.

Nice to have
- Kafka or RabbitMQ.
- AWS.
`;

const resume = (body: string) => `# Alex Doe\n\nalex@example.com\n\n${body}`;

/** Shows most of the stack in work bullets. */
const STRONG = resume(`## Experience

### Backend Intern, Portline — Oakland, CA

*May 2025 – Aug 2025*

- Built a Go service with REST APIs over PostgreSQL that tracks 30k shipments a day.
- Packaged the service with Docker and deployed it on Kubernetes for 4 teams.
- Wrote 200 unit tests in Go, raising coverage from 40% to 85%.
- Streamed port events through Kafka into AWS S3 for 2 analytics teams.

## Skills

- Go, Python, PostgreSQL, Docker, Kubernetes, Kafka, AWS
`);

/** Some of the stack, shown in bullets. */
const PARTIAL = resume(`## Experience

### Software Intern, Mapleworks — Denver, CO

*May 2025 – Aug 2025*

- Wrote Python scripts that load 5k rows a day into PostgreSQL.
- Added unit tests for the import scripts.

## Skills

- Python, PostgreSQL
`);

/** Every keyword in a Skills list, nothing shown anywhere. */
const STUFFED = resume(`## Experience

### Store Associate, Corner Market — Austin, TX

*Jun 2024 – Aug 2024*

- Served 80 customers a day at the register.

## Skills

- Python, Go, PostgreSQL, REST APIs, Docker, Kubernetes, unit testing, Kafka, RabbitMQ, AWS
`);

/** Another field altogether. */
const UNRELATED = resume(`## Experience

### Marketing Intern, Bloomhouse — Chicago, IL

*Jun 2024 – Aug 2024*

- Planned 12 social media campaigns that reached 40k followers.

## Skills

- Canva, copywriting, Excel
`);

const job = parseJobPosting(POSTING);
const score = (md: string) => matchResume(parseResume(md), job).report;

describe('match score ranks resumes by evidence', () => {
  it('the posting yields the skills the score is built on', () => {
    const hard = job.keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other').map((k) => k.keyword);
    for (const k of ['Python', 'Go', 'PostgreSQL', 'REST APIs', 'Docker', 'Kubernetes', 'unit testing', 'Kafka', 'AWS']) assert.ok(hard.includes(k), `${k} in ${hard.join(', ')}`);
  });

  it('scores the clearly best fit highest and the unrelated resume lowest', () => {
    const s = { strong: score(STRONG).score, partial: score(PARTIAL).score, stuffed: score(STUFFED).score, unrelated: score(UNRELATED).score };
    assert.ok(s.strong > s.partial, JSON.stringify(s));
    assert.ok(s.strong > s.stuffed, JSON.stringify(s));
    assert.ok(s.partial > s.unrelated && s.stuffed > s.unrelated, JSON.stringify(s));
    assert.ok(s.strong >= 80, JSON.stringify(s));
  });

  it('a keyword-stuffed Skills list does not beat the same keywords shown in bullets', () => {
    const stuffed = score(STUFFED);
    const strong = score(STRONG);
    assert.ok(strong.score > stuffed.score);
    const docker = stuffed.keywords.find((k) => k.keyword === 'Docker')!;
    assert.equal(docker.evidence, 'listed');
    assert.ok(docker.points! < docker.weight);
    assert.equal(strong.keywords.find((k) => k.keyword === 'Docker')!.evidence, 'shown');
  });

  it('alternatives count once, met by either member', () => {
    const python = score(PARTIAL).keywords.find((k) => k.keyword === 'Python')!;
    const go = score(PARTIAL).keywords.find((k) => k.keyword === 'Go')!;
    assert.ok(python.found);
    assert.equal(go.alternativeMet, 'Python');
  });

  it('coursework counts less than a Skills list', () => {
    const course = score(
      resume(`## Education\n\n### B.S. Computer Science, Lakeside University\n\n- Coursework: Python, PostgreSQL, Docker, Kubernetes, AWS\n\n## Skills\n\n- Excel\n`),
    );
    const listed = score(resume(`## Skills\n\n- Python, PostgreSQL, Docker, Kubernetes, AWS\n`));
    assert.equal(course.keywords.find((k) => k.keyword === 'Docker')!.evidence, 'coursework');
    assert.ok(course.score < listed.score, `${course.score} < ${listed.score}`);
  });

  it('a category asked through its examples is shown by a member, with that member\'s evidence', () => {
    const posting = parseJobPosting('Requirements\n- Templating engines (Jinja, Handlebars).\n- Python, PostgreSQL and Docker.\n');
    const shown = matchResume(parseResume(STRONG.replace('Built a Go service', 'Built a Jinja-templated Python service')), posting).report;
    const listed = matchResume(parseResume(resume('## Skills\n\n- Handlebars, Python, PostgreSQL, Docker\n')), posting).report;
    const category = (r: typeof shown) => r.keywords.find((k) => k.keyword === 'templating engines')!;
    assert.equal(category(shown).evidence, 'shown');
    assert.deepEqual(category(shown).impliedBy, ['Jinja']);
    assert.equal(category(listed).evidence, 'listed');
    assert.ok(shown.score > listed.score, `${shown.score} > ${listed.score}`);
  });

  it('a narrower skill shown in a bullet outweighs the keyword named only in coursework', () => {
    const posting = parseJobPosting('Requirements\n- Supervised learning for fraud scoring.\n- Python, PostgreSQL and Docker.\n');
    const body = (bullet: string) =>
      resume(`## Experience\n\n### Analyst, Tideway Bank\n\n*Jan 2024 – Dec 2025*\n\n- ${bullet}\n\n## Education\n\n### M.S. Data Science, Lakeside University\n\n- Coursework: Supervised Learning, Databases\n`);
    const shown = matchResume(parseResume(body('Trained a CatBoost churn model on 2 million accounts, lifting recall from 0.61 to 0.74.')), posting).report;
    const course = matchResume(parseResume(body('Wrote weekly reports for 3 branch managers.')), posting).report;
    const supervised = (r: typeof shown) => r.keywords.find((k) => k.keyword === 'supervised learning')!;
    assert.equal(supervised(shown).evidence, 'shown');
    assert.deepEqual(supervised(shown).impliedBy, ['CatBoost']);
    assert.equal(supervised(shown).writtenToo, true);
    assert.match(renderReport({ job: posting, report: shown }), /supervised learning.*shown by CatBoost, and written/);
    assert.equal(supervised(course).evidence, 'coursework');
    assert.equal(supervised(course).impliedBy, undefined);
  });

  it('a summary written in the header counts as listed; the name and contact lines do not', () => {
    const headerSummary = `# Go Rivera\n\ngo@example.com | Kubernetes Street 4\n\nPlatform engineer with three years of Docker and PostgreSQL work for logistics teams.\n\n## Education\n\nBS Computer Science, 2024\n`;
    const report = score(headerSummary);
    const found = (name: string) => report.keywords.find((k) => k.keyword === name);
    assert.equal(found('Docker')?.evidence, 'listed');
    assert.equal(found('PostgreSQL')?.evidence, 'listed');
    assert.ok(!found('Go')?.found, 'a name is not a skill');
    assert.ok(!found('Kubernetes')?.found, 'a contact line is not a skill');
  });

  it('withholds the score for a near-empty posting and says why', () => {
    const thin = parseJobPosting('Intern\n\nWe are hiring an intern. Apply now!\n');
    const { report } = matchResume(parseResume(STRONG), thin);
    assert.ok(report.scoreWithheld, 'withheld');
    assert.equal(report.score, 0);
    assert.match(renderReport({ job: thin, report }), /Score: withheld/);
  });

  it('withholds the score for a resume that names no technical skill and says why', () => {
    const { report } = matchResume(parseResume(resume('## Experience\n\n### Volunteer, City Library\n\n*2024*\n\n- Shelved returns and greeted visitors every Saturday.\n')), job);
    assert.equal(report.score, 0);
    assert.match(report.scoreWithheld ?? '', /names no technical skills/);
  });

  it('the report explains each requirement’s points', () => {
    const md = renderReport({ job, report: score(STUFFED) });
    assert.match(md, /\| Docker \| hard \| required \| 1\.8 \/ 3 \(listed only\)/);
    assert.match(md, /full points when an experience or project bullet/);
  });
});
