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
    // … or under any heading when most of the names are known technologies.
    { doc: true, code: FULL.replace('## Technical Skills\n\n- SQL, Python, Tableau', '## Toolkit\n\nAutoCAD, GitLab, Kubernetes, Terraform, Zemax') },
    // A prose section about work under a heading that also says "summary" or "overview" is still the
    // work section (beside a real summary): it is not reported missing.
    {
      doc: true,
      code: FULL.replace(
        '## Work History\n\n### Analyst, Acme — 2021 – 2023\n\n- Built 12 Tableau dashboards for the sales team.',
        '## Summary\n\nAnalyst who turns messy sales data into weekly decisions for regional teams.\n\n## Professional Experience Overview\n\nFrom 2021 to 2023 I was an analyst at Acme, where I built twelve dashboards for the sales team and trained its managers to read them.\n\nBefore that I spent a year at a small logistics firm cleaning shipment records and writing the monthly freight report.',
      ),
    },
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
    // Lines of capitalised names that are not tools: languages, interests, awards, referees, cities, clients.
    ...[
      '## Languages\n\nEnglish, French, Spanish, Portuguese',
      '## Interests\n\nChess, Hiking, Jazz, Photography, Sailing',
      "## Awards\n\nDean's List, Rhodes Scholar, Fulbright Fellow, Phi Beta Kappa",
      '## References\n\nDr. Ana Lee, Prof. Tom Hart, Sam Ortiz, Kim Wu',
      '## Relocation\n\nToronto · Berlin · Lagos · Lima · Remote',
      '## Selected Clients\n\nNike, Adidas, Puma, Reebok, Under Armour',
    ].map((section) => ({ doc: true, code: FULL.replace('## Technical Skills\n\n- SQL, Python, Tableau', section), message: 'No Skills section' })),
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
