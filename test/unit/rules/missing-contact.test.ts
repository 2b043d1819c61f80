import { missingContact } from '../../../src/core/rules/missing-contact';
import { testRule, findingsOf } from '../../helpers/rule-tester';
import assert from 'node:assert/strict';

const SKILLS_SW = '## Skills\n\n- **Languages:** Python, TypeScript, SQL\n';
const SKILLS_OTHER = '## Skills\n\n- Financial modelling, Excel, Bloomberg Terminal\n';
const header = (line: string) => `# Wei Zhang\n\n${line}\n\n`;

testRule(missingContact, {
  valid: [
    {
      doc: true,
      code: header('wei@example.com · [LinkedIn](https://www.linkedin.com/in/wei-zhang) · [GitHub](https://github.com/weizhang)') + SKILLS_SW,
    },
    // Not a software resume: no GitHub needed.
    { doc: true, code: header('wei@example.com · linkedin.com/in/wei-zhang') + SKILLS_OTHER },
    // Contact details in front matter count.
    {
      doc: true,
      code: '---\nemail: wei@example.com\nlinkedin: https://linkedin.com/in/wei\ngithub: https://github.com/wei\n---\n\n# Wei Zhang\n\n' + SKILLS_SW,
    },
    // A GitLab profile does the job of GitHub.
    { doc: true, code: header('wei@example.com · linkedin.com/in/wei · gitlab.com/wei') + SKILLS_SW },
    // Contacts outside the header: a contact block at the end, a badge image linking to the profile,
    // links to the person's repositories.
    {
      doc: true,
      code: '# Wei Zhang\n\n' + SKILLS_SW + '\n## Projects\n\n- Chess engine: [source](https://github.com/wei/chess)\n\n## Contacts\n\n- E-mail: wei@example.com\n- [![in](https://img.example/badge.svg)](https://www.linkedin.com/in/wei-zhang)\n',
    },
    // A page of a static site: the layout prints the name and contacts, not this file.
    { doc: true, code: '---\nlayout: archive\npermalink: /cv/\ntitle: CV\n---\n\n## Education\n\nBSc Physics, McGill — 2020\n\n' + SKILLS_SW },
    // Configured field overrides detection.
    { doc: true, code: header('wei@example.com · linkedin.com/in/wei') + SKILLS_SW, config: { rules: { 'missing-contact': { field: 'finance' } } } },
  ],
  invalid: [
    {
      // Front matter of a site page with the person's name in the file: the file is the resume, so its gaps count.
      doc: true,
      code: '---\nlayout: page\n---\n\n# Wei Zhang\n\nToronto, ON · linkedin.com/in/wei\n\n' + SKILLS_OTHER,
      message: 'No e-mail address',
    },
    {
      doc: true,
      code: header('Toronto, ON · (416) 555-0199 · linkedin.com/in/wei') + SKILLS_OTHER,
      underlines: ['Wei Zhang'],
      message: 'No e-mail address',
    },
    {
      doc: true,
      code: header('wei@example.com · github.com/wei') + SKILLS_SW,
      underlines: ['Wei Zhang'],
      message: 'LinkedIn',
    },
    {
      doc: true,
      code: header('wei@example.com · linkedin.com/in/wei') + SKILLS_SW,
      count: 1,
      message: 'No GitHub link',
    },
    {
      doc: true,
      code: header('wei@example.com · linkedin.com/in/wei') + SKILLS_OTHER,
      config: { rules: { 'missing-contact': { field: 'software' } } },
      message: 'No GitHub link',
    },
  ],
});

describe('rule missing-contact severities', () => {
  it('reports a missing e-mail as a warning and missing profiles as info', () => {
    const found = findingsOf(missingContact, header('Toronto, ON') + SKILLS_SW);
    assert.deepEqual(
      found.map((f) => [f.severity, f.message.split(':')[0]]),
      [
        ['warning', 'No e-mail address'],
        ['info', 'No LinkedIn profile link'],
        ['info', 'No GitHub link'],
      ],
    );
  });
});

// Round 10: GitHub only when the work is software, not because Python or SQL is named (invented resumes).
describe('rule missing-contact: GitHub only on software resumes', () => {
  const resume = (title: string, bullets: string[], skills = '') =>
    `# Ana Ruiz\n\nana@example.com · linkedin.com/in/ana\n\n## Experience\n\n### ${title}, Some Company — 2021–2024\n\n${bullets.map((b) => `- ${b}\n`).join('')}${skills}`;
  const askedGitHub = (text: string) => findingsOf(missingContact, text).some((f) => f.message.startsWith('No GitHub'));

  it('does not ask a financial analyst, a lab technician or a logistics planner who names Python and SQL', () => {
    assert.equal(askedGitHub(resume('Financial Analyst', ['Built the quarterly forecast model in Excel', 'Pulled ledger extracts with SQL', 'Presented variance reviews to the CFO'], '\n## Skills\n\n- Python, SQL, Excel\n')), false);
    assert.equal(askedGitHub(resume('Laboratory Technician', ['Ran ELISA plates for the immunology group', 'Cleaned plate-reader output with Python and SQL', 'Kept the cold room inventory', 'Trained two summer students on pipetting', 'Logged reagent lots for the audit'])), false);
    assert.equal(askedGitHub(resume('Transportation Planner', ['Planned carrier routes for the northeast region', 'Wrote SQL reports on dwell time', 'Automated a rate sheet in Python', 'Negotiated detention fees with three carriers', 'Ran the Monday capacity call'])), false);
  });

  it('asks a developer, and a career changer whose latest title is software', () => {
    assert.equal(askedGitHub(resume('Backend Developer', ['Built the invoicing API in Go and PostgreSQL', 'Wrote the Python ingestion jobs'])), true);
    const changer = `# Ana Ruiz\n\nana@example.com · linkedin.com/in/ana\n\n## Experience\n\n### Junior Software Engineer, Web Shop — 2024\n\n- Built React forms for the booking flow\n\n### Registered Nurse, City Hospital — 2016–2023\n\n- Cared for post-surgical patients\n- Charted vitals in Epic\n- Trained new nurses on the unit workflow\n\n## Skills\n\n- JavaScript, React, Python\n`;
    assert.equal(askedGitHub(changer), true);
  });

  it('asks when the work names many languages and frameworks even without a software title', () => {
    assert.equal(askedGitHub(resume('Research Assistant', ['Ported the simulation from Java to Rust', 'Wrote the TypeScript viewer with React', 'Scripted runs in Python on Linux'])), true);
  });

  it('a software job title decides before any count of languages (round 10 review)', () => {
    assert.equal(askedGitHub(resume('Android Engineer', ['Shipped the offline mode for the field app', 'Cut cold start time on low-end phones'])), true);
    assert.equal(askedGitHub(resume('Machine Learning Engineer', ['Trained the ranking model for search', 'Ran weekly offline evaluations'])), true);
  });

  it('a skills list alone does not make a resume with work software (negative)', () => {
    const list = (names: string) => `\n## Skills\n\n- ${names}\n`;
    assert.equal(askedGitHub(resume('Postdoctoral Fellow', ['Ran field surveys of pollinators', 'Published two papers on bee decline', 'Taught the ecology lab section'], list('Python, R, SQL, Git, Linux'))), false);
    assert.equal(askedGitHub(resume('Product Designer', ['Designed the onboarding flow for the travel app', 'Ran usability tests with twelve customers', 'Built the design system in Figma'], list('Figma, HTML, CSS, JavaScript'))), false);
    assert.equal(askedGitHub(resume('Growth Analyst', ['Measured the spring campaign lift', 'Built weekly dashboards in Tableau', 'Ran pricing tests on the checkout page'], list('SQL, Python, R, Tableau'))), false);
  });

  it('bullets that use a language are not software work; bullets that make software are (negative first)', () => {
    assert.equal(askedGitHub(resume('Senior Accountant', ['Closed the books each month', 'Reconciled bank accounts with SQL queries', 'Checked accruals with a Python notebook', 'Prepared audit schedules', 'Reviewed expense reports'])), false);
    assert.equal(askedGitHub(resume('Bridge Engineer', ['Checked girder loads with Python and SQL', 'Inspected deck joints on two overpasses', 'Wrote inspection reports for the county', 'Drew repair details'])), false);
    // A student without job titles whose projects build with Flutter, Firebase and Rust.
    const student = `# Ana Ruiz\n\nana@example.com · linkedin.com/in/ana\n\n## Education\n\nBSc Computing, Lakeside College — 2025\n\n## Projects\n\n### Study Buddy — 2024\n\n- Built a Flutter app with Firebase sign-in for study groups\n- Wrote a Rust command-line tool for splitting bills\n`;
    assert.equal(askedGitHub(student), true);
    // An AI engineer's title is a software role.
    assert.equal(askedGitHub(resume('AI Engineer', ['Tuned the retrieval prompts for the help bot', 'Ran the weekly evaluation set'])), true);
  });
});
