import { firstPerson } from '../../../src/core/rules/first-person';
import { testRule, findingsOf, inExperience } from '../../helpers/rule-tester';
import assert from 'node:assert/strict';

testRule(firstPerson, {
  valid: [
    'Built an internal deployment dashboard in React used by 30 engineers.',
    'Expanded the product to the US and UK markets, adding $1.2M ARR.', // "US" is a country
    'Led the IT help-desk migration to Jira Service Management for 400 staff.',
    'Cut I/O wait on the ingestion hosts by 60% with batched writes.',
    'Reduced load on the I-95 traffic feed by caching 12 endpoints.',
    'Tutored 30 students in Calculus I and Organic Chemistry I with weekly problem sets.', // course numbers
    // "our" and "us" that claim no work: the employer's clients, a split of tasks, a team's ranking.
    'Cut our AWS bill by 32% by right-sizing 40 EC2 instances.',
    'Led 4 engineers and divided the sprint work between us by component.',
    'Our team placed 2nd of 60 at the city hackathon; wrote the scoring service.',
    // A question is a title (a talk, a paper), not a claim.
    'Talk: Why should we stop tuning thresholds by hand?',
    {
      doc: true,
      code: '## Summary\n\nBackend engineer with 4 years of Go and Kafka; shipped payment systems handling $2B a year.\n',
    },
    // Under the name: a title line and contacts are not prose, and a short tagline is not a summary.
    { doc: true, code: '# Ana Silva\n\nMy portfolio: ana.dev\n\nData analyst · Toronto · ana@example.com\n\n## Experience\n' },
  ],
  invalid: [
    {
      code: 'I built a real-time chat app in Socket.IO used by 1,200 students.',
      underlines: ['I'],
      output: 'Built a real-time chat app in Socket.IO used by 1,200 students.',
    },
    {
      code: 'Our team rebuilt the billing pipeline in 3 months.',
      underlines: ['Our'],
      message: 'your part',
      output: 'The team rebuilt the billing pipeline in 3 months.',
    },
    {
      code: 'We migrated my team’s CI from Jenkins to GitHub Actions in 3 weeks.',
      underlines: ['We', 'my'],
    },
    {
      code: 'Built my own static-site generator in Rust, used for 3 club websites.',
      underlines: ['my'],
      message: 'First-person "my"',
      count: 1,
    },
    {
      code: 'I was responsible for the mobile release train.',
      underlines: ['I'],
      // "I was responsible" → "Was responsible" would not help; no fix is offered.
    },
    {
      doc: true,
      code: '# Ana\n\n## Summary\n\nI am a data analyst who loves turning my SQL skills into decisions.\n\n## Experience\n\n### Analyst, Acme — 2021 – 2023\n\n- Built 12 Tableau dashboards for the sales team.\n',
      underlines: ['I', 'my'],
    },
    {
      // Prose under the name, before the first section, is an untitled summary.
      doc: true,
      code: '# Ana Silva\n\nana@example.com\n\nSince moving to Halifax I have built booking tools for three clinics, and my focus is now on data quality.\n\n## Experience\n\n### Analyst, Acme — 2021 – 2023\n\n- Built 12 Tableau dashboards for the sales team.\n',
      underlines: ['I', 'my'],
    },
  ],
});

describe('rule first-person fixes', () => {
  const fixesFor = (bullet: string) => findingsOf(firstPerson, inExperience(bullet)).map((f) => f.fixes.map((x) => x.title));
  it('offers no fix where dropping or replacing the pronoun would break the sentence', () => {
    assert.deepEqual(fixesFor('I was responsible for the mobile release train.'), [[]]);
    assert.deepEqual(fixesFor('Built my own static-site generator in Rust for 3 clubs.'), [[]]);
    assert.deepEqual(fixesFor('We shipped the app to 40,000 users.'), [[]]);
  });
  it('offers "Drop I" as the preferred fix and "the" for my/our', () => {
    const [drop] = findingsOf(firstPerson, inExperience('I built a chat app for 1,200 students.'));
    assert.equal(drop.fixes[0].isPreferred, true);
    assert.deepEqual(fixesFor('Led my team of 5 through 3 releases.'), [['Replace "my" with "the"']]);
    assert.deepEqual(fixesFor('Our team rebuilt the billing pipeline in 3 months.'), [['Replace "Our" with "The"']]);
  });
});

describe('rule first-person: quoted titles and link text are someone\'s title', () => {
  const flagged = (doc: string) => findingsOf(firstPerson, doc).map((f) => doc.slice(f.range.start, f.range.end));

  it('does not flag a pronoun inside a link text or a quoted title', () => {
    const doc = '## Publications\n\n- [How we shard our job queue](https://blog.example.org/shard), Example Eng Blog, 2024\n- “What I got wrong about caching”, talk at a city meetup, 2023\n- "Lessons from my first on-call year", Example Weekly, 2022\n';
    assert.deepEqual(flagged(doc), []);
  });

  it('still flags the writer\'s own pronouns in the same bullets and in the summary', () => {
    const doc = '## Summary\n\nPlatform engineer who wrote [How we cut deploy times](https://x.example/d) and I enjoy fixing slow builds for my teams.\n\n## Experience\n\n### Engineer, Example Co — 2021 – 2023\n\n- I wrote the post “Why we chose SQLite” for the company blog\n- We migrated my team\'s services to [Our new cluster](https://x.example/c)\n';
    assert.deepEqual(flagged(doc), ['I', 'my', 'I', 'We', 'my']);
  });
});

// Rules 27: a capital "My" inside a sentence that starts a product's name written apart ("My SQL").
describe('rule first-person: a product name written apart is no pronoun', () => {
  it('leaves "My SQL" in a skills list alone, not "my" as a pronoun', () => {
    assert.equal(findingsOf(firstPerson, '## Skills\n\n- Databases: Postgres (9 years), My SQL, SQLite\n').length, 0);
    assert.equal(findingsOf(firstPerson, inExperience('Moved my team onto Postgres and SQLite.')).length, 1);
    assert.equal(findingsOf(firstPerson, inExperience('My SQL reports cut the close by 2 days.')).length, 1);
  });
});
