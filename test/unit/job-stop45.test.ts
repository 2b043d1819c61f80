// Stop 45, from the misses of blind sets 30/31: the subjects a posting asks to have studied
// (coursework.ts), read by the list's frame whatever English words name them; requirements tables whose
// columns say how much each cell matters (table-columns.ts); a search page's chrome. Invented text.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { courseworkSubjects } from '../../src/core/job/coursework';
import { blankJunkLines, htmlToText } from '../../src/core/job/clean';
import { findSkills, lookupSkill } from '../../src/core/skills';

const subjects = (text: string) => courseworkSubjects(text).map((s) => s.subject);
const hard = (...lines: string[]) =>
  parseJobPosting(['Design Engineering Co-op', '', 'Tarnwell Aerostructures builds wing ribs.', '', 'Requirements', ...lines.map((l) => `- ${l}`), ''].join('\n'))
    .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
    .map((k) => k.keyword.toLowerCase());

describe('coursework subjects', () => {
  it('reads the subjects after "coursework in" and before "coursework", with offsets on the text', () => {
    const text = 'Completed coursework in kinematics, heat transfer and vibration';
    assert.deepEqual(subjects(text), ['kinematics', 'heat transfer', 'vibration']);
    for (const s of courseworkSubjects(text)) assert.equal(text.slice(s.start, s.end), s.subject);
    assert.deepEqual(subjects('- Statics, mechanics of materials and tolerance analysis coursework'), ['Statics', 'mechanics of materials', 'tolerance analysis']);
    assert.deepEqual(subjects('Relevant coursework: compilers, databases'), ['compilers', 'databases']);
  });

  it('keeps a subject named with "and" whole when its second half is a generic word ("signals and systems")', () => {
    assert.deepEqual(subjects('Coursework in signals and systems, optics or acoustics'), ['signals and systems', 'optics', 'acoustics']);
  });

  it('reads no subjects where coursework is where a skill was learnt, or how many courses', () => {
    assert.deepEqual(subjects('Experience with MATLAB from coursework or projects'), []);
    assert.deepEqual(subjects('Completed at least one course in surveying'), ['surveying']);
    assert.deepEqual(subjects('Some design experience and or project course work using CAD'), []);
    assert.deepEqual(subjects('A valid Class G licence and a clean driving record'), []);
  });

  it('asks for each subject as a skill, and never for "coursework" itself', () => {
    const found = hard('Statics, dynamics and fatigue coursework', 'Relevant coursework: aerodynamics, composites');
    for (const s of ['statics', 'dynamics', 'fatigue', 'aerodynamics', 'composites']) assert.ok(found.includes(s), `${s} in ${found}`);
    assert.ok(!found.some((k) => /coursework/.test(k)), found.join(', '));
  });
});

describe('requirements tables', () => {
  it('renders an HTML table as Markdown rows, and a label cell with its value as one field', () => {
    const text = htmlToText(
      '<table><tr><td>Reference:</td><td>KV-2207</td></tr></table>' +
        '<table><tr><th>Essential</th><th>Desirable</th></tr><tr><td><p>Stata</p><p>SQL</p></td><td>QGIS</td></tr></table>',
    );
    assert.match(text, /^Reference: KV-2207$/m);
    // A definition list's term and description are one field too.
    assert.match(htmlToText('<dl><div><dt>job requisition id</dt><dd>JR-0042</dd></div></dl>'), /^job requisition id: JR-0042$/m);
    assert.match(text, /^\| Essential \| Desirable \|\n\| --- \| --- \|\n\| Stata; SQL \| QGIS \|$/m);
  });

  it("gives each cell its column's importance, whatever section the table stands in", () => {
    const job = parseJobPosting(
      ['Data Analyst', '', 'Harrowgate Transit plans bus routes.', '', '## The role', '', '| Area | Must have | Nice to have |', '| --- | --- | --- |', '| Data | SQL; Tableau | PostGIS |', '| Web | React; REST APIs | Svelte |', ''].join('\n'),
    );
    const importance = (name: string) => job.keywords.find((k) => k.keyword.toLowerCase() === name)?.importance;
    assert.equal(importance('sql'), 'required');
    assert.equal(importance('react'), 'required');
    assert.equal(importance('postgis'), 'preferred');
    assert.equal(importance('svelte'), 'preferred');
  });

  it('reads a capitalised ambiguous name as a list item beside a skill across a semicolon, not an English word', () => {
    assert.deepEqual(findSkills('- React; REST APIs').map((m) => m.canonical), ['React', 'REST APIs']);
    assert.deepEqual(findSkills('Go; be kind to reviewers.').map((m) => m.canonical), []);
  });
});

describe('search page chrome', () => {
  it('blanks a one-line search form and a count of results, not a line of the posting', () => {
    const page = ['Search: data analyst        Location: Halifax, NS        Search', '128 data analyst jobs in Halifax, NS', 'Data Analyst, Fleet Planning', '- SQL and Python for route data'].join('\n');
    const kept = blankJunkLines(page).split('\n').map((l) => l.trim());
    assert.deepEqual(kept, ['', '', 'Data Analyst, Fleet Planning', '- SQL and Python for route data']);
  });
});

describe('chemical formulas among device names', () => {
  it('reads "GaN" and "SiC" as the semiconductors, and GAN in capitals as the network', () => {
    assert.deepEqual(findSkills('wide-bandgap devices (SiC MOSFETs or GaN HEMTs)').map((m) => m.canonical), ['silicon carbide', 'gallium nitride']);
    assert.deepEqual(findSkills('trained a GAN for image augmentation').map((m) => m.canonical), ['generative adversarial networks']);
    assert.equal(lookupSkill('GaN')?.name, 'gallium nitride');
    assert.equal(lookupSkill('GANs')?.name, 'generative adversarial networks');
  });
});
