// spelling: misspelled ordinary English words. Invented examples.
import { strict as assert } from 'node:assert';
import { spelling } from '../../../src/core/rules/spelling';
import { parseResumeAs } from '../../../src/core/formats';
import { DEFAULT_LEXICON } from '../../../src/core/lexicon';
import { isCommonWord, isEnglishWord, nearWords, wordBand } from '../../../src/core/lexicon/english';
import { findingsOf, inExperience, testRule } from '../../helpers/rule-tester';

testRule(spelling, {
  valid: [
    'Cut p95 latency of the checkout API by 40% with a Redis cache.',
    // derived and compound forms of known words
    'Built scalable services, containerized 12 of them and templated the observability reports.',
    'Reskilled 6 analysts; wrote the bundler, the chunker and the embedder for the search index.',
    'Moved the codebase and the dataset tooling to a monorepo.',
    // British and Canadian spellings are regional-english's business
    'Optimised the colour pipeline and analysed 40 labelling jobs for the centre.',
    // names: capitalised inside a sentence, or after a title ("Dr.") or a quotation mark
    'Worked with Priya Raghunathan on the Zephyrine launch.',
    'Co-authored a study on tides with Dr. Quillane and Prof. Abernethe.',
    'Spoke on "Kubectlish tricks" at a local meetup.',
    // not prose: code, URLs, handles, HTML entities, capitals, camelCase, digits, short words
    'Maintained `fetchal_rows` and wrote up the design at https://example.com/desgin-notes.',
    'Posted fixes as @devlopr and #hacktoberfst on the forum.',
    'Shipped the QWERTYX FLOWZ module and refactored getUsrData and the v2beta3 client.',
    'Fixed teh build for the ops team.',
    // italics hold titles and foreign words; a word beside a Spanish or Latin function word is foreign
    'Translated *La memoria del agua* and ran the (Taller de escritura) sessions, paid per diem.',
    // technology names the taxonomy knows
    'Deployed Kafka consumers on kubernetes with terraform and ansible.',
    // a word cut by markup ("**S**ervice")
    'Founded the **S**tudent **O**pen **S**ervice group.',
    // a name the document also uses in a link is the writer's own
    { doc: true, code: '# Ana\n\n[github.com/ana/quorvex](https://github.com/ana/quorvex)\n\n## Experience\n\n### Dev, Acme — 2023\n\n- Wrote quorvex, a small queue.\n' },
    // the user's own words
    { code: 'Built the flowbot scheduler for 3 teams.', config: { rules: { spelling: { words: ['flowbot'] } } } },
    // a document in another language is not read word by word
    {
      doc: true,
      code: '## Experiencia\n\n### Desarrollador, Acme — 2023\n\n- Desarrollado con Python y Django, implementando soporte multilingüe para clientes.\n- Trabajo en equipo bajo presión para aplicar protocolos de respuesta rápida.\n- Diseñé la arquitectura de datos para reportes mensuales y tableros internos.\n',
    },
  ],
  invalid: [
    { code: 'Acheived a 30% cut in cloud spend.', underlines: ['Acheived'], message: '"Acheived" is not in the dictionary: did you mean "Achieved"?', output: 'Achieved a 30% cut in cloud spend.' },
    { code: 'Wrote a seperate test suite for the billing service.', underlines: ['seperate'], output: 'Wrote a separate test suite for the billing service.' },
    { code: 'Migrated 40 jobs succesfully. Perfomance rose by 20%.', underlines: ['succesfully', 'Perfomance'] },
    // each part of a hyphenated word
    { code: 'Led a cross-functinal team of 9 engineers.', underlines: ['functinal'], message: 'did you mean "functional"' },
    // summary paragraphs and skills lines
    { doc: true, code: '# Ana\n\n## Summary\n\nAnalyst with a strong buisness sense and 6 years in goverment finance.\n', underlines: ['buisness', 'goverment'] },
    { doc: true, code: '# Ana\n\n## Skills\n\nStrengths: comunication, teamwork\nTools: Excel, Tableau\n', underlines: ['comunication'] },
    // the commoner of equally near words comes first
    { code: 'Planned the next step of my carreer with a mentor.', message: /did you mean "career"/ },
  ],
});

describe('rule spelling: fixes, formats and limits', () => {
  it('offers suggestions only, never a safe fix', () => {
    const [f] = findingsOf(spelling, inExperience('Wrote a seperate test suite.'));
    assert.ok(f.fixes.length >= 1);
    assert.ok(f.fixes.every((x) => !x.safe && !x.isPreferred));
    assert.equal(f.fixes[0].edits[0].newText, 'separate');
  });

  it('reads LaTeX bullets but not macro names or italic arguments', () => {
    const tex = '\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\textbf{Engineer} \\hfill 2023\n\\begin{itemize}\n  \\item Built the \\emph{Flowzer} tool and a seperate \\textbf{exporter} for 4 teams.\n\\end{itemize}\n\\end{document}\n';
    const doc = parseResumeAs(tex, { path: 'cv.tex' });
    const found = spelling.check(doc, { lexicon: DEFAULT_LEXICON, options: {} });
    assert.deepEqual(found.map((f) => tex.slice(f.range.start, f.range.end)), ['seperate']);
  });

  it('knows American, British and proper-noun forms; suggests only common American words', () => {
    assert.ok(isEnglishWord('organize') && isEnglishWord('organise') && isEnglishWord('london'));
    assert.ok(isCommonWord('organise') && !isCommonWord('london'));
    assert.equal(nearWords('acheive')[0], 'achieve');
    assert.deepEqual(nearWords('londn'), []); // a name is never suggested
    assert.ok(wordBand('the') === 3 && wordBand('zymurgy') === 0);
  });

  it('a short word with only a far neighbour is not a slip ("vexel" is no "vowel")', () => {
    assert.deepEqual(nearWords('vexel'), []);
  });

  it('stays fast on a large document full of unknown words and on a 1 MB line', () => {
    // Each bullet has a slip and a word no dictionary knows, different in every bullet (the unknown-word cap).
    const letters = (i: number) => i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]);
    const bullets = Array.from({ length: 3000 }, (_, i) => `- Acheived ${i} quarterly wins for the platform group through better review habits, clearer planning and the zint${letters(i)} release process.`);
    const big = `## Experience\n\n### Dev, Acme — 2023\n\n${bullets.join('\n')}\n`;
    let t = performance.now();
    const found = spelling.check(parseResumeAs(big, { path: 'r.md' }), { lexicon: DEFAULT_LEXICON, options: {} });
    const bigMs = performance.now() - t;
    assert.ok(found.length > 0);
    assert.ok(bigMs < 3000, `3,000 bullets took ${bigMs.toFixed(0)} ms`);
    const line = `- ${'Acheived a clearer planning process for the seperate review group. '.repeat(15_000)}\n`;
    t = performance.now();
    spelling.check(parseResumeAs(`## Experience\n\n${line}`, { path: 'r.md' }), { lexicon: DEFAULT_LEXICON, options: {} });
    const lineMs = performance.now() - t;
    assert.ok(lineMs < 1000, `a 1 MB line took ${lineMs.toFixed(0)} ms`);
  });
});

// Rules 27: a wrong letter far from the right key counts as a slip only when it is a vowel for a vowel
// or a consonant that sounds alike; otherwise the unknown word is another word (a term the dictionary lacks).
describe('rule spelling: far wrong letters', () => {
  const flagged = (w: string) => findingsOf(spelling, inExperience(`Assisted with ${w} in the ward for 20 patients.`)).map((f) => f.message);
  it('does not turn a term into its far neighbour by one unrelated consonant', () => {
    assert.deepEqual(flagged('tracheotomy and extubation'), []);
    assert.deepEqual(flagged('intubation'), []);
  });
  it('still reads a vowel for a vowel, and a key beside the right one', () => {
    assert.equal(flagged('seperate rotas').length, 1);
    assert.equal(flagged('documantation').length, 1);
  });
});
