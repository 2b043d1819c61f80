import { missingSection } from '../../../src/core/rules/missing-section';
import { testRule } from '../../helpers/rule-tester';

const FULL = `# Ana Silva

ana@example.com

## Work History

### Analyst, Acme — 2021 – 2023

- Built 12 Tableau dashboards for the sales team.

## Education

BSc Statistics, UBC — 2021

## Technical Skills

- SQL, Python, Tableau
`;

testRule(missingSection, {
  valid: [
    { doc: true, code: FULL },
    // Projects alone count as work; "Relevant Projects" is a synonym.
    { doc: true, code: FULL.replace('## Work History', '## Relevant Projects') },
    { doc: true, code: '' }, // an empty file has nothing to check yet
    // No section or only one found: the layout was not understood, and the layout finding says so.
    { doc: true, code: 'Ana Silva · ana@example.com\n\nBuilt a billing service.\n' },
    { doc: true, code: '# Ana Silva\n\n## Interests\n\nChess\n' },
    { doc: true, code: FULL.replace('## Technical Skills', '## Interests'), config: { rules: { 'missing-section': { sections: ['experience', 'education'] } } } },
    // Uncertain structure: the section is there under a title we cannot classify, or under a line the
    // parser did not read as a heading. Claiming it is missing would be false.
    { doc: true, code: FULL.replace('## Work History', '## What I Did') }, // a dated entry under an unknown title
    { doc: true, code: FULL.replace('## Education', '## Formação') }, // a degree and a school under an unknown title
    { doc: true, code: FULL.replace('## Technical Skills\n\n- SQL, Python, Tableau', '## Toolbox of Mine\n\n- SQL, Python, Tableau, Docker') },
    { doc: true, code: FULL.replace('## Education', '**EDUCATION**') }, // a bold line, not a heading
    { doc: true, code: FULL.replace('## Education', '<h2>Education</h2>') },
    // A list whose items are each named by a technology is a skills list, whatever its title says.
    {
      doc: true,
      code: FULL.replace('## Technical Skills\n\n- SQL, Python, Tableau', '## Technical Background\n\n- Python – data pipelines and notebooks\n- SQL – reporting queries\n- Docker – local environments'),
    },
    // Tools of any field listed under a heading titled for something else ("Licences & Software").
    { doc: true, code: FULL.replace('## Technical Skills\n\n- SQL, Python, Tableau', '## Licences & Software\n\n- Class 5 licence\n- Revit, Navisworks, Bluebeam Revu, Excel') },
  ],
  invalid: [
    // Names in a certifications list, or fewer than four, are not a tools list.
    {
      doc: true,
      code: FULL.replace('## Technical Skills\n\n- SQL, Python, Tableau', '## Certifications\n\n- First Aid, 2022\n- Forklift Operator, 2021'),
      message: 'No Skills section',
    },
    {
      doc: true,
      code: FULL.replace('## Technical Skills\n\n- SQL, Python, Tableau', '## Interests\n\n- rock climbing, sourdough baking, chess and birding'),
      message: 'No Skills section',
    },
    {
      doc: true,
      code: FULL.replace('## Education\n\nBSc Statistics, UBC — 2021\n\n', ''),
      underlines: ['Ana Silva'],
      message: 'No Education section',
    },
    {
      doc: true,
      // "What I Did" with a single undated line is not shaped like work, so the claim stands.
      code: FULL.replace('## Technical Skills', '## Interests').replace('## Work History\n\n### Analyst, Acme — 2021 – 2023\n\n- Built', '## What I Did\n\nBuilt'),
      count: 2,
      message: 'No Experience or Projects section',
    },
    {
      // Front matter is skipped: the finding sits on the first line of the body.
      doc: true,
      code: '---\nname: Ana\n---\n\nAna Silva · ana@example.com\n\n## Awards\n\nDean’s list\n\n## Publications\n\nA paper\n',
      underlines: ['Ana Silva · ana@example.com', 'Ana Silva · ana@example.com', 'Ana Silva · ana@example.com'],
    },
  ],
});
