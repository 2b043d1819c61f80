// Names coordinated in a requirement, labelled lists with a dash, forum posts that speak to the
// reader, and the employer and title of board pages and forum headers. All postings here are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { askedSkills, requirementsPosting } from '../helpers/posting';
import { readNameSeries } from '../../src/core/job/name-series';

const posting = (...lines: string[]) => requirementsPosting('Controls Engineer', ...lines);
const asked = askedSkills;

describe('name series', () => {
  it('reads runs of names joined by list separators, glosses in parentheses set aside', () => {
    const [run] = readNameSeries('Bench tools such as Quillscope (Harrow Labs), Tarnview or Brisket');
    assert.deepEqual(run.items.map((i) => i.text), ['Quillscope', 'Tarnview', 'Brisket']);
    assert.equal(run.choice, false);
    const [choice] = readNameSeries('Hands-on with at least one of Quillscope, Tarnview or Brisket');
    assert.equal(choice.choice, true);
    assert.deepEqual(readNameSeries('Strong communication and teamwork'), []);
  });

  it('takes the other names of a series that holds a known skill', () => {
    const got = asked(posting('Version control with Git or Fernhollow, and builds in CMake'));
    assert.ok(got.includes('Git') && got.includes('Fernhollow'), got.join(', '));
  });

  it('takes every name of a series offered as a choice', () => {
    const got = asked(posting('Hands-on experience running at least one of Quillscope, Tarnview or Brisket in a production lab'));
    for (const name of ['Quillscope', 'Tarnview', 'Brisket']) assert.ok(got.includes(name), `${name} in ${got.join(', ')}`);
  });

  it('does not read fields of study as skills', () => {
    const got = asked(posting('A degree in Physics, Applied Mathematics, Computer Science or a closely related field'));
    assert.ok(!got.some((k) => /Applied Mathematics|Physics/.test(k)), got.join(', '));
  });

  it('leaves an opening verb out of the first name', () => {
    const got = asked(posting('Used Quillscope, Tarnview, or Python packages for signal work'));
    assert.ok(got.includes('Quillscope') && !got.some((k) => /^Used/.test(k)), got.join(', '));
  });

  it('leaves a last name that modifies the noun after it to the phrase reader', () => {
    const got = asked(posting('Familiarity with SQL, Tarnview and Brisket carbon accounting'));
    assert.ok(got.includes('Tarnview') && !got.includes('Brisket'), got.join(', '));
  });

  it('does not take the version of a longer name as an acronym of its own', () => {
    const got = asked(posting('CAD work in one or more of SolidWorks, Fusion V7 or Creo'));
    assert.ok(!got.includes('V7'), got.join(', '));
  });
});

describe('labelled lists', () => {
  it('reads a label set off by a spaced dash and an open alternative at the end', () => {
    const got = asked(posting('Data quality tooling – Quillscope, Tarnview, or something you wrote yourself'));
    assert.ok(got.includes('Quillscope') && got.includes('Tarnview'), got.join(', '));
    assert.ok(!got.some((k) => /something/i.test(k)), got.join(', '));
  });

  it('keeps an edition written after a colon with its name', () => {
    const got = asked(posting('Coding standards: MISRA C:2012, Brisket or Quillscope'));
    assert.ok(!got.includes('2012'), got.join(', '));
    assert.ok(got.includes('Brisket'), got.join(', '));
  });
});

describe('a forum thread of job posts', () => {
  const thread = [
    'Ask HN: Who is hiring? (March 2027)',
    '  41 points by whoishiring 2 days ago | hide | past | favorite | 90 comments',
    '',
    '▲ pat_kelpworks 2 days ago | next [–]',
    '',
    'Kelpworks | Backend Engineer (Go), Data Engineer | Halifax, NS or REMOTE (Canada) | Full-time | https://kelpworks.example/jobs',
    '',
    'Kelpworks plans harvest routes for seaweed farms. Stack: Go, Postgres, React.',
    '',
    "Backend Engineer (Go): you've run Go services in production, and you're comfortable reading PostgreSQL query plans. Elixir is a plus.",
    '',
    'Data Engineer: Python, dbt and Airflow. Nomad experience would be lovely.',
    '',
    'reply',
    '',
    '    ▲ someone_else 2 days ago | next [–]',
    '',
    '    Is this open to people in Maine?',
    '',
    '    reply',
    '',
    '        ▲ pat_kelpworks 1 day ago | parent | next [–]',
    '',
    '        Sorry, no -- we hire through our Canadian entity and an',
    '        employer-of-record in Quebec only.',
    '',
    '        reply',
    '',
    '▲ other_poster 2 days ago | prev | next [–]',
    '',
    'Ferrous Maps | Android Engineer | Oslo | ONSITE',
    '',
    'Kotlin, Jetpack Compose. 5+ years of Android.',
    '',
    'reply',
  ].join('\n');

  it('reads the post with the vote arrow kept, and its conversational asks by importance', () => {
    const job = parseJobPosting(thread);
    const importance = new Map(job.keywords.filter((k) => k.kind === 'hard').map((k) => [k.keyword, k.importance]));
    assert.equal(importance.get('PostgreSQL'), 'required');
    assert.equal(importance.get('Elixir'), 'preferred');
    assert.equal(importance.get('dbt'), 'required');
    assert.equal(importance.get('HashiCorp Nomad'), 'preferred');
    assert.ok(!importance.has('Kotlin'), 'another company’s post is not read');
  });

  it('takes the employer from the header, not from "employer-of-record" in a reply, and titles it by its first role', () => {
    const job = parseJobPosting(thread);
    assert.equal(job.company, 'Kelpworks');
    assert.equal(job.title, 'Backend Engineer (Go)');
  });
});

describe('a job board page under a student’s note', () => {
  it('reads the company from the board header: name, section link, back link', () => {
    const text = [
      'Brackwater -- the data role Sam mentioned',
      'https://jobs.board.example/brackwater/1234',
      '',
      'Brackwater',
      'Jobs',
      '← Back to all 9 open roles',
      '',
      'Data Platform Engineer',
      'Location',
      'Rotterdam',
      '',
      'Our team builds tide forecasts for ports.',
      '',
      'What we look for',
      '- Python and SQL',
    ].join('\n');
    assert.equal(parseJobPosting(text).company, 'Brackwater');
  });
});
