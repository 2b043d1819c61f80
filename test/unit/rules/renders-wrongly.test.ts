import { rendersWrongly } from '../../../src/core/rules/renders-wrongly';
import { testRule } from '../../helpers/rule-tester';

testRule(rendersWrongly, {
  valid: [
    // Session 21: bold written tight, a dash inside a line, a range on one line.
    { doc: true, code: '**WORK EXPERIENCE**\n\nBuilt 3 apps.\n' },
    { doc: true, code: '## Experience\n\n**Engineer, Acme**, Denver, July 2021 – Present\n\n- Built 3 apps.\n' },
    { doc: true, code: '## Experience\n\nEngineer, Acme, 2021\n\n- Present findings to 4 teams weekly.\n' },
    // A sentence that goes on under its bullet is a lazy continuation on purpose; an indented bold line sits in the item (session 20).
    { doc: true, code: '## Projects\n\n- Built a ledger app in Kotlin and\ncut month-end close from 3 days to 1.\n' },
    { doc: true, code: '## Projects\n\n- Built a ledger app in Kotlin\n  **Stack:** Kotlin, Room\n' },
    // Two rows of links in the header render side by side on purpose; a bold title without a date opens a wrapped sentence.
    { doc: true, code: '# Ana Silva\n\n[GitHub](https://github.com/ana) · [Blog](https://ana.example)\n[Talks](https://talks.example) · [Notes](https://notes.example)\n\n## Skills\n\n- Go\n' },
    { doc: true, code: '## Projects\n\n**Route planner** for a courier with 12 vans, in Python\nCut daily driving time by 9%.\n' },
    // Indented lines that continue a list, sit in a fence, or are code meant as code.
    { doc: true, code: '## Projects\n\n- Built a parser in Rust\n\n    Second paragraph of the same item.\n' },
    { doc: true, code: '## Projects\n\n```\n\n    - kept as written\n```\n' },
    { doc: true, code: '## Projects\n\nSetup:\n\n    npm install && npm run build;\n' },
    { doc: true, code: '# Ana Silva\n\nana@example.com · Toronto, ON\n\n## Experience\n\n- Built a billing service.\n' },
    // Hard line breaks (two spaces, backslash) keep lines apart.
    { doc: true, code: '# Ana Silva\n\nEmail: ana@example.com\\\nPhone: 555-0100\n' },
    { doc: true, code: '# Ana Silva\n\nEmail: ana@example.com  \nPhone: 555-0100\n' },
    // A wrapped sentence is one paragraph on purpose.
    { doc: true, code: '## Summary\n\nBackend developer who builds payment systems in Go and Kotlin and\nlikes making slow services fast.\n' },
    // A row of badges or links renders side by side on purpose.
    { doc: true, code: '[![CI](https://img.shields.io/badge/ci-passing-green)](https://ci.example)\n[![Docs](https://img.shields.io/badge/docs-ok-blue)](https://docs.example)\n' },
    // An intended setext heading.
    { doc: true, code: 'Experience\n----------\n\n- Built a billing service.\n' },
    // Template syntax in a site page (front matter) is filled in by the generator; code is code.
    { doc: true, code: '---\nlayout: page\n---\n\nContact: {{ site.email }}\n' },
    { doc: true, code: '## Projects\n\n- Wrote `{{ name }}` templates for 40 e-mails.\n' },
    // Emphasized label lines that are list items, end in hard breaks, or form a table keep their lines.
    { doc: true, code: '## Skills\n\n- **Bench:** titration, pH meters\n- **Code:** R, Julia\n' },
    { doc: true, code: '## Skills\n\n**Bench:** titration, pH meters  \n**Code:** R, Julia\n' },
    { doc: true, code: '## Skills\n\n**Bench:** titration, pH meters\\\n**Code:** R, Julia\n' },
    { doc: true, code: '## Skills\n\n**Area:** | **Tools:**\n--- | ---\nBench: titration | Code: R\n' },
    // A bold phrase that opens a wrapped sentence: its next line continues in lower case or ends in a period.
    { doc: true, code: '## Summary\n\n**Backend developer** who builds payment systems and\nlikes making slow services fast.\n' },
    { doc: true, code: '## Summary\n\n**Backend developer** with 6 years in Go\nBuilt payment systems for 3 banks.\n' },
    // Outside the header, a contact detail inside a wrapped paragraph is not a contact block.
    { doc: true, code: '# Ana Silva\n\n## Projects\n\nThe demo runs at\nana.dev/demo\n' },
    // A wrapped sentence whose lines happen to end in years continues in lower case.
    { doc: true, code: '## Summary\n\nKept the orchard co-op books from 2016\nto 2019 and audited them again in 2021\n' },
  ],
  invalid: [
    // Session 21: spaces inside both bold markers (a Word export's headings); a wrapped range end.
    { doc: true, code: '** WORK EXPERIENCE **\n\nBuilt 3 apps.\n', underlines: ['** WORK EXPERIENCE **'], output: '**WORK EXPERIENCE**\n\nBuilt 3 apps.\n' },
    {
      doc: true,
      code: '## Experience\n\nSite Engineer, Acme Build, Izmir, March 2019\n- Present\n\n- Built 3 bridges.\n',
      underlines: ['- Present'],
      output: '## Experience\n\nSite Engineer, Acme Build, Izmir, March 2019 – Present\n\n- Built 3 bridges.\n',
    },
    // A bold title right under a bullet prints inside that bullet (session 20).
    {
      doc: true,
      code: '## Projects\n\n**Ledger app** — Kotlin\n- Cut month-end close from 3 days to 1.\n**Trail map** — React Native\n- Mapped 40 km of trails for 300 hikers.\n',
      underlines: ['**Trail map** — React Native'],
      message: 'inside that bullet',
      output: '## Projects\n\n**Ledger app** — Kotlin\n- Cut month-end close from 3 days to 1.\n\n**Trail map** — React Native\n- Mapped 40 km of trails for 300 hikers.\n',
    },
    {
      // A contact line written as text, then a row of links: the phone number runs into the first link.
      doc: true,
      code: '# Ana Silva\n\nLeeds, UK · ana@mail.example · +44 113 496 0000\n[GitHub](https://github.com/ana) · [Blog](https://ana.example) · ana.dev\n\n## Skills\n\n- Go\n',
      underlines: ['Leeds, UK · ana@mail.example · +44 113 496 0000\n[GitHub](https://github.com/ana) · [Blog](https://ana.example) · ana.dev'],
      message: /These 2 lines render as one paragraph/,
    },
    {
      // Two entry headings that open in bold, each longer than a short line: the second is the next entry, not a wrapped sentence.
      doc: true,
      code: '## Education\n\n**Certificate in Supply Chain Analytics** (part-time, evenings, 1 year) — Northbridge Polytechnic, Halifax, 2022\n**Bachelor of Commerce** (Operations Management major, 4-year program) — Northbridge University, Halifax\n',
      underlines: ['**Certificate in Supply Chain Analytics** (part-time, evenings, 1 year) — Northbridge Polytechnic, Halifax, 2022\n**Bachelor of Commerce** (Operations Management major, 4-year program) — Northbridge University, Halifax'],
    },
    {
      // A bold title ending with its year, then a description: only the title line gets its break.
      doc: true,
      code: '## Projects\n\n**Route planner**, 2023\nBuilt in Python for a courier with 12 vans; cut\ndaily driving time by 9%.\n',
      underlines: ['**Route planner**, 2023\nBuilt in Python for a courier with 12 vans; cut'],
      message: /runs on after the date/,
      output: '## Projects\n\n**Route planner**, 2023\\\nBuilt in Python for a courier with 12 vans; cut\ndaily driving time by 9%.\n',
    },
    {
      // Tab-indented bullets after a project's title line and a blank line: a code block.
      doc: true,
      code: '## Projects\n\n**Home lab**\n\n\t- Built a lab with two firewalls\n\t- Wrote detection rules for 12 attacks\n',
      underlines: ['\t- Built a lab with two firewalls\n\t- Wrote detection rules for 12 attacks'],
      message: 'render as a code block',
      output: '## Projects\n\n**Home lab**\n\n- Built a lab with two firewalls\n- Wrote detection rules for 12 attacks\n',
    },
    {
      // A bold name line (ending in a line break) over its contact line and a status line: the last two join.
      doc: true,
      code: '**Ana Silva**  \nana@example.com | (555) 010-0100 | github.com/ana\nJ-1 researcher, available from May 2027\n\n**EXPERIENCE**\n',
      underlines: ['ana@example.com | (555) 010-0100 | github.com/ana\nJ-1 researcher, available from May 2027'],
      message: 'These 2 lines render as one paragraph',
    },
    {
      doc: true,
      code: '# Ana Silva\n\nEmail: ana@example.com\nPhone: 555-0100\nLinkedIn: linkedin.com/in/ana\n',
      underlines: ['Email: ana@example.com\nPhone: 555-0100\nLinkedIn: linkedin.com/in/ana'],
      message: 'These 3 lines render as one paragraph',
      output: '# Ana Silva\n\nEmail: ana@example.com\\\nPhone: 555-0100\\\nLinkedIn: linkedin.com/in/ana\n',
    },
    // "**Label:** value" lines with nothing between them run into one paragraph.
    {
      doc: true,
      code: '## Skills\n\n**Bench:** titration, pH meters\n**Code:** R, Julia\n__Spoken:__ Welsh\n',
      underlines: ['**Bench:** titration, pH meters\n**Code:** R, Julia\n__Spoken:__ Welsh'],
      message: 'These 3 lines render as one paragraph',
      output: '## Skills\n\n**Bench:** titration, pH meters\\\n**Code:** R, Julia\\\n__Spoken:__ Welsh\n',
    },
    { doc: true, code: '## Skills\n\n**Bench**: titration\n**Code**: R, Julia\n', underlines: ['**Bench**: titration\n**Code**: R, Julia'] },
    // Entry lines that end in their dates, one per line, run together too.
    {
      doc: true,
      code: '## Education\n\n**MSc Soil Science**, Aberdale University — 2021\nBSc Geography, Northfield College, 2019\n',
      underlines: ['**MSc Soil Science**, Aberdale University — 2021\nBSc Geography, Northfield College, 2019'],
    },
    // An entry's bold heading line and the lines under it (no dates), and a title line above the contact line.
    {
      doc: true,
      code: '## Education\n\n**Lakeview Community College**, Springfield, OR\nAssociate of Science, Biology (transfer track)\n',
      underlines: ['**Lakeview Community College**, Springfield, OR\nAssociate of Science, Biology (transfer track)'],
    },
    {
      doc: true,
      code: '## Education\n\n**Welding Certificate** — Harbor Trade School | 2022\n**B.A., History** — Eastfield University\n',
      underlines: ['**Welding Certificate** — Harbor Trade School | 2022\n**B.A., History** — Eastfield University'],
    },
    {
      doc: true,
      code: '## Education\n\nBSc Forestry — Northfield University, Bend OR — June 2021\nMagna Cum Laude, GPA 3.7/4.0\n',
      underlines: ['BSc Forestry — Northfield University, Bend OR — June 2021\nMagna Cum Laude, GPA 3.7/4.0'],
    },
    {
      doc: true,
      code: '# Ana Silva\n\nField Ecologist · Northfield Institute\nana@example.com | 555-0100\n\n## Experience\n\n- Built a billing service.\n',
      underlines: ['Field Ecologist · Northfield Institute\nana@example.com | 555-0100'],
    },
    { doc: true, code: '## Projects\n\n- Built the {{project_name}} dashboard.\n', underlines: ['{{project_name}}'], message: 'prints literally' },
    { doc: true, code: '## Projects\n\n- Dear {COMPANY} team.\n', underlines: ['{COMPANY}'] },
    { doc: true, code: '## Projects\n\n- See [[Billing Service]] for details.\n', underlines: ['[[Billing Service]]'], message: 'wiki link' },
    {
      doc: true,
      code: '# Ana Silva\nana@example.com · Toronto, ON\n---\n\n## Experience\n',
      underlines: ['Ana Silva\nana@example.com · Toronto, ON'.replace('Ana Silva\n', '')],
      message: 'into a heading',
      output: '# Ana Silva\nana@example.com · Toronto, ON\n\n---\n\n## Experience\n',
    },
  ],
});

describe('renders-wrongly outside Markdown', () => {
  it('reads nothing in LaTeX or RenderCV sources, where braces and line breaks mean something else', async () => {
    const { lint } = await import('../../../src/core/lint');
    const tex = '\\documentclass{moderncv}\n\\begin{document}\n\\section{Projects}\n\\cventry{2019}{NOTEPAD}{\\textit{A notes app}}{}{}{}\nBuilt on {BuildHost}\nsecond line\n\\end{document}\n';
    const yaml = 'cv:\n  name: Ana Silva\n  location: Lisbon\n  email: ana@example.com\n';
    for (const [text, path] of [[tex, 'cv.tex'], [yaml, 'cv.yaml']]) {
      const found = lint(text, { path }).filter((f) => f.ruleId === 'renders-wrongly');
      if (found.length) throw new Error(`${path}: ${found.map((f) => f.message).join('; ')}`);
    }
    // The same placeholder in Markdown is reported.
    const md = lint('# Ana Silva\n\n## Projects\n\n- Built on {BUILD_HOST} for 3 teams.\n').filter((f) => f.ruleId === 'renders-wrongly');
    if (md.length !== 1) throw new Error(`expected one Markdown finding, got ${md.length}`);
  });
});
