// Every example here is invented; none comes from the labeled corpus (scripts/check-corpus-copies.ts).
import assert from 'node:assert/strict';
import { namesATrait, selfDescription } from '../../../src/core/rules/self-description';
import { testRule } from '../../helpers/rule-tester';

const summary = (prose: string) => `# Ada Lovelace\n\n## Summary\n\n${prose}\n`;

testRule(selfDescription, {
  valid: [
    // Character adjectives that describe a thing, not the writer.
    'Built a dynamic and flexible pricing engine for 3 stores.',
    // Substrings of buzzwords inside other words or compounds are not buzzwords.
    'Built data-driven forecasting models for inventory.',
    'Coached the varsity cheerleader squad and organized a bake sale.',
    // Concrete work that mentions environments, teams or skills.
    'Built a staging environment in Terraform for the payments team.',
    'Built a skills matrix in Airtable for 40 engineers.',
    // In a summary, years of experience building something is a fact recruiters look for.
    { code: summary('Backend engineer with 7 years of experience building payment systems in Go.'), doc: true },
    // A course title in a list of courses is a name, and an interests section is about likes.
    { code: '# Ada Lovelace\n\n## Education\n\n- Courses: Linear Algebra, Effective Communication Skills, Compilers, Ethics\n', doc: true },
    { code: '# Ada Lovelace\n\n## Interests\n\n- Hiking, chess and improving my public speaking skills\n', doc: true },
    // A thing made for the writer's family is work, not a trait.
    'Rebuilt my family\'s bakery website with online ordering.',
    // A skills line of tools, or of a few soft skills among many hard ones, is not a soft-skill list.
    { code: '# Ada Lovelace\n\n## Skills\n\nTools: Excel, Tableau, SQL, Power BI\nOther: SQL, Tableau, communication, R, Python\n', doc: true },
  ],
  invalid: [
    { doc: true, code: summary('Proactive, dynamic and responsible engineer with 9 years in payments.'), underlines: ['Proactive, dynamic and responsible'] },
    { code: 'Team player with a passion for clean code.', underlines: ['Team player', 'passion for'] },
    { code: 'Strong expertise in compiler internals and fuzzing.', underlines: ['Strong expertise'], message: 'trait' },
    { code: 'Demonstrated strong leadership and communication skills.', underlines: ['Demonstrated strong leadership and communication skills'], message: 'trait' },
    // Summary prose outside bullets is checked by the phrase lists.
    { code: summary('Highly motivated software engineer and team player.'), doc: true, underlines: ['Highly motivated', 'team player'] },
    { code: '# Ada Lovelace\n\n## Summary\n\n- Results-driven, detail-oriented analyst.\n', doc: true, underlines: ['Results-driven', 'detail-oriented'], message: 'evidence' },
    // A stock phrase on a bullet the judge calls vague for another reason still is one.
    { code: 'Handled guest requests in a fast-paced environment.', underlines: ['fast-paced environment'] },
    // A skills line of soft skills, bulleted or not.
    {
      code: '# Ada Lovelace\n\n## Skills\n\nLanguages: Python, SQL\nSoft skills: leadership, empathy, teamwork, public speaking\n',
      doc: true,
      underlines: ['leadership, empathy, teamwork, public speaking'],
      message: 'soft skills',
    },
    { code: '# Ada Lovelace\n\n## Skills\n\n- **Personal:** Adaptability, Critical Thinking, Problem Solving\n', doc: true, underlines: ['Adaptability, Critical Thinking, Problem Solving'] },
  ],
});

// Round 10: the judge's words are quoted only when they name the writer's own faculty or quality.
describe('self-description: quoting the judge words', () => {
  it('a faculty or quality of the writer is a trait; a thing they made or own is not', () => {
    assert.equal(namesATrait('my critical thinking'), true);
    assert.equal(namesATrait('my attention'), true);
    for (const t of ['my personal website', 'my portfolio site', 'our delivery van', 'my thesis', 'attention', 'the critical path']) assert.equal(namesATrait(t), false, t);
  });
});
