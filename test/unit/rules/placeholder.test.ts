import { placeholder } from '../../../src/core/rules/placeholder';
import { testRule } from '../../helpers/rule-tester';

const doc = (body: string) => ({ doc: true, code: body });

testRule(placeholder, {
  valid: [
    'Cut checkout latency by 35% for 2M monthly users.',
    // Links, reference links, images, footnotes, citations and task-list boxes.
    'Built the [Company Name Generator](https://example.com/gen) used by 400 founders.',
    'Wrote the [project description][desc] for 3 grant applications.',
    'Shipped the ![Your Name badge](badge.svg) widget to 12 teams.',
    'Published a benchmark of 6 parsers [12] and a survey [3, 4].',
    'Reduced the error rate by half[^1].',
    doc('## Projects\n\n- [ ] Port the renderer to Rust\n- [x] Ship the CLI to 300 users\n'),
    doc('## Links\n\nSee the [Project Link] for a demo.\n\n[project link]: https://example.com/demo\n'),
    // X as a word, a name, a roman numeral or a multiplier.
    'Ran paid campaigns on X (formerly Twitter) and Instagram for 4 clients.',
    'Built Xbox and SpaceX telemetry dashboards read by 50 engineers.',
    'Sequenced XX and XY samples for a 200-patient cohort.',
    'Organized the Super Bowl XX watch party for 150 alumni.',
    'Made the build 10x faster for 80 developers, shipping 3x more often.',
    'Sold XXL and XL stock worth $40k in one weekend.',
    'Flagged N/A values in 1.2M survey rows.',
    // One digit and X's is a class of codes.
    'Cut 5xx errors by 40% and 4XX responses by half for 2M requests.',
    'Completed six 3XX-level statistics courses.',
    // The tail of a model name is a product family.
    'Ported drivers to AURIX TC3xx and S32K1xx MCUs for 2 programs.',
    'Benchmarked inference on RTX 40xx cards across 12 rigs.',
    // Code spans, front matter and HTML.
    'Wrote the `user=XXXX` redaction filter for 3 log pipelines.',
    doc('---\nphone: 555-XXXX\n---\n\n# Ana Silva\n\n## Experience\n\n- Built a billing service in Go for 40 clinics.\n'),
    doc('<div align="center">\n\n# Ana Silva\n\n</div>\n\n<address>Toronto</address>\n'),
    // A label that introduces its list or paragraph, or stands alone.
    doc('## Skills\n\nLanguages: Python, Go\nFrameworks:\n- React\n- Django\n'),
    doc('## Skills\n\n- Languages: Python\n- Past:\n  - Robot kit: soldered 3 boards\n'),
    doc('## Summary\n\nHighlights:\n\nBuilt payment systems for 10 years.\n'),
  ],
  invalid: [
    { code: 'Advised by Prof. [Advisor Name] on 3 papers.', underlines: ['[Advisor Name]'], message: 'template text' },
    { code: 'Grew weekly users by 40XX in one quarter.', underlines: ['40XX'] },
    { code: 'Worked at [Company Name] in [City, State] for 2 years.', underlines: ['[Company Name]', '[City, State]'] },
    { code: '[Insert a result with a number]', underlines: ['[Insert a result with a number]'] },
    { code: 'Led the launch of <Product Name> for 40 stores.', underlines: ['<Product Name>'] },
    doc('<Your Name>\n\n## Experience\n\n- Built a billing service in Go for 40 clinics.\n'),
    { code: 'Raised retention by XX% over two quarters.', underlines: ['XX%'], message: "left as X's" },
    { code: 'Saved $XXk a year in hosting costs.', underlines: ['$XXk'] },
    { code: 'Grew revenue by X% in 2024.', underlines: ['X%'] },
    { doc: true, code: '# Ana Silva\n\nToronto · (416) 555-XXXX · ana@example.com\n', underlines: ['555-XXXX'] },
    { doc: true, code: '# Ana Silva\n\nPhone: XXX-XXX-XXXX\n', underlines: ['XXX-XXX-XXXX'] },
    { doc: true, code: '# Ana Silva\n\nORCID: orcid.org/0000-0002-XXXX-XXXX · Profile: example.org/people?id=XXXXXX\n', count: 2 },
    { doc: true, code: '# Ana Silva\n\nGraduated 20XX with honours.\n', underlines: ['20XX'] },
    { code: 'Cut churn by "XX%" (the "20XX" survey).', underlines: ['XX%', '20XX'] },
    { code: 'Lorem ipsum dolor sit amet, 4 services.', underlines: ['Lorem ipsum'], message: 'filler text' },
    { doc: true, code: '## Declaration\n\nPlace: Lisbon  \nDate: \n', underlines: ['Date:'], message: 'left empty' },
    { doc: true, code: '# Ana Silva\n\n**Email:** ana@example.com  \n**Phone:**\n\n## Experience\n\n- Built a billing service in Go for 40 clinics.\n', underlines: ['**Phone:**'] },
  ],
});
