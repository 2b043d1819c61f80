// YAML and JSON resumes in schemas other than RenderCV and JSON Resume: YAMLResume (`content:`), a
// Jekyll theme's data file (sections of `title:` + `info:` entries), FRESH JSON. All text invented.
import assert from 'node:assert/strict';
import { parseRenderCv } from '../../../src/core/formats/rendercv/parse';
import { parseJsonResume } from '../../../src/core/formats/jsonresume/parse';
import { detectFormat } from '../../../src/core/formats/detect';
import { listItemsIn } from '../../../src/core/formats/list-items';
import { lintDocument } from '../../../src/core/lint';
import type { ResumeDocument } from '../../../src/core/document/types';

function assertOffsetsOnSource(doc: ResumeDocument): void {
  for (const b of doc.bullets) {
    assert.equal(b.offsets.length, b.text.length + 1);
    for (let i = 0; i < b.text.length; i++) if (/[A-Za-z0-9]/.test(b.text[i])) assert.equal(doc.text[b.offsets[i]], b.text[i]);
  }
}

const YAMLRESUME = `# yaml-language-server: $schema=https://yamlresume.example/schema.json
content:
  basics:
    name: Ilse Varga
    email: ilse@varga.example
    summary: |
      Hydrologist with six years of river modelling.
  location:
    city: Gdansk
  profiles:
    - network: LinkedIn
      url: https://linkedin.example/in/ilsevarga
  work:
    - name: Vistula Flow Lab
      position: Hydrologist
      startDate: Mar 2021
      endDate: Present
      summary: |
        ### Flood project
        - Calibrated a HEC-RAS model of 140 km of river against 12 gauges.
        - Wrote the sediment module,
          now used by 3 regional offices.
    - name: Baltic Survey Co.
      position: Field Technician
      startDate: 2018-06
      endDate: Feb 2021
      summary:
        - Surveyed 60 cross-sections by boat.
  education:
    - institution: Pomeranian Technical University
      degree: Master
      area: Environmental Engineering
      startDate: 2016-10
      endDate: 2018-06
layouts:
  - engine: latex
`;

const THEME_DATA = `sidebar:
    name: Tomas Ekwueme
    email: tomas@ekwueme.example
    phone: +1 (555) 555-0101
career-profile:
    title: Career Profile
    summary: |
      I am a structural engineer who likes bridges.
experiences:
    title: Experiences
    info:
      - role: Bridge Engineer
        time: Jan 2022 - Present
        company: Niger Delta Crossings Ltd.
        details: |
          - Checked 14 steel girders for fatigue to BS 5400.
          - Led the load test of a 90 m span.
      - role: Graduate Engineer
        time: 2019 - 2021
        company: Kano Roads Board
        details: >
          - Drew culvert details.
          - Surveyed 12 km of road.
education:
    title: Education
    info:
      - degree: BEng Civil Engineering
        university: University of the Savannah
        time: 2014 - 2019
`;

const FRESH = `{
  "name": "Mirela Dobos",
  "meta": { "format": "FRESH@0.6.0", "version": "1.0.0" },
  "info": { "label": "Chemist", "brief": "Analytical chemist, eight years in pharma QC." },
  "contact": { "email": "mirela@dobos.example", "phone": "+40 555 0102" },
  "social": [ { "network": "LinkedIn", "user": "mireladobos", "url": "https://linkedin.example/in/mireladobos" } ],
  "employment": {
    "history": [
      {
        "employer": "Carpathia Pharma",
        "position": "QC Analyst",
        "start": "2019-04",
        "highlights": [ "Validated 9 HPLC methods for release testing.", "Responsible for the stability program." ]
      },
      { "employer": "Mures Labs", "position": "Lab Technician", "start": "2016-09", "end": "2019-03", "summary": "Ran dissolution tests on 30 batches a month." }
    ]
  },
  "education": {
    "level": "masters",
    "history": [ { "institution": "Transylvania University of Science", "title": "MSc", "area": "Analytical Chemistry", "start": "2014-10", "end": "2016-07" } ]
  },
  "skills": { "sets": [ { "name": "Lab", "skills": ["HPLC", "GC-MS"] } ] }
}
`;

describe('formats: YAML resumes in other schemas', () => {
  it('reads YAMLResume: content sections, list items in a summary block as bullets, the profile from basics', () => {
    const doc = parseRenderCv(YAMLRESUME);
    assert.equal(detectFormat(YAMLRESUME, 'cv.yaml'), 'rendercv');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'header').map((s) => s.kind), ['summary', 'other', 'experience', 'education']);
    const [lab, survey] = doc.sections.find((s) => s.kind === 'experience')!.entries;
    assert.deepEqual([lab.organisation, lab.role, lab.dates?.current], ['Vistula Flow Lab', 'Hydrologist', true]);
    assert.deepEqual(lab.bullets.map((b) => b.text), [
      'Calibrated a HEC-RAS model of 140 km of river against 12 gauges.',
      'Wrote the sediment module, now used by 3 regional offices.',
    ]);
    assert.deepEqual(survey.bullets.map((b) => b.text), ['Surveyed 60 cross-sections by boat.']);
    assert.equal(survey.dates?.end, 2021 * 12 + 1);
    assert.equal(doc.sections.find((s) => s.kind === 'education')!.entries[0].role, 'Master in Environmental Engineering');
    assert.deepEqual([doc.profile.name, doc.profile.email, doc.profile.location, doc.profile.linkedin], ['Ilse Varga', 'ilse@varga.example', 'Gdansk', 'https://linkedin.example/in/ilsevarga']);
    assertOffsetsOnSource(doc);
  });

  it('reads a theme data file: a title over info entries, one span field for the dates', () => {
    const doc = parseRenderCv(THEME_DATA);
    assert.equal(detectFormat(THEME_DATA, '_data/data.yml'), 'rendercv');
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'header').map((s) => [s.kind, s.title]), [['summary', 'Career Profile'], ['experience', 'Experiences'], ['education', 'Education']]);
    const [bridge, roads] = doc.sections[2].entries;
    assert.deepEqual([bridge.organisation, bridge.role, bridge.dates?.current], ['Niger Delta Crossings Ltd.', 'Bridge Engineer', true]);
    assert.deepEqual([roads.dates?.start, roads.dates?.end, roads.dates?.current], [2019 * 12, 2021 * 12, false]);
    assert.equal(bridge.bullets.length, 2);
    assert.equal(roads.bullets[1].text, 'Surveyed 12 km of road.');
    assert.deepEqual([doc.profile.name, doc.profile.phone], ['Tomas Ekwueme', '+1 (555) 555-0101']);
    assertOffsetsOnSource(doc);
    const ids = lintDocument(doc).findings.map((d) => `${doc.lines.positionAt(d.range.start).line + 1}:${d.ruleId}`);
    assert.ok(ids.includes('8:first-person'), 'the summary block is read as the summary');
    assert.ok(ids.includes('21:renders-wrongly'), 'a folded block over list lines is flagged');
    assert.ok(!ids.some((id) => id.endsWith(':layout-unrecognized')));
  });

  it('is no resume when a YAML file has no two resume sections (a CI file with stages and jobs)', () => {
    assert.equal(detectFormat('stages:\n  - build\njobs:\n  test:\n    script: npm test\n', 'ci.yml'), undefined);
    assert.equal(detectFormat('name: site\nnav:\n  - Home: index.md\n', 'mkdocs.yml'), undefined);
  });
});

describe('formats: FRESH JSON', () => {
  it('reads sections under history, start/end dates, employer, the brief as the summary, contact and social', () => {
    assert.equal(detectFormat(FRESH, 'resume.json'), 'jsonresume');
    const doc = parseJsonResume(FRESH);
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'header').map((s) => s.kind), ['summary', 'other', 'experience', 'education', 'skills']);
    const [qc, lab] = doc.sections.find((s) => s.kind === 'experience')!.entries;
    assert.deepEqual([qc.organisation, qc.role, qc.dates?.current, qc.bullets.length], ['Carpathia Pharma', 'QC Analyst', true, 2]);
    assert.deepEqual([lab.dates?.end, lab.bullets.map((b) => b.text)], [2019 * 12 + 2, ['Ran dissolution tests on 30 batches a month.']]);
    assert.equal(doc.sections.find((s) => s.kind === 'education')!.entries[0].role, 'MSc in Analytical Chemistry');
    assert.deepEqual([doc.profile.name, doc.profile.email, doc.profile.linkedin], ['Mirela Dobos', 'mirela@dobos.example', 'https://linkedin.example/in/mireladobos']);
    assertOffsetsOnSource(doc);
    assert.ok(lintDocument(doc).findings.some((d) => d.ruleId === 'weak-opening' && doc.text.slice(d.range.start, d.range.end).startsWith('Responsible')));
  });
});

const REACTIVE = `{
  "basics": { "name": "Oyelaran Adisa", "email": "oye@adisa.example", "phone": "+1 555 0103" },
  "sections": {
    "summary": { "name": "Profile", "visible": true, "id": "summary", "content": "<p>Process engineer in fertiliser plants.</p>" },
    "experience": {
      "name": "Work Experience", "visible": true, "id": "experience",
      "items": [
        { "id": "a", "visible": true, "company": "Ogun Ammonia Ltd", "position": "Process Engineer", "date": "Mar 2021 - Present",
          "summary": "<ul><li><p>Cut steam use by 4% on the reformer.</p></li><li><p>Ran 12 HAZOP sessions &amp; closed 80 actions.</p></li></ul>" },
        { "id": "b", "visible": true, "company": "Delta Urea Co", "position": "Graduate Engineer", "date": "2018 - 2021",
          "summary": "<p>- Logged granulator data.\\n- Responsible for the prill tower.</p>" },
        { "id": "c", "visible": false, "company": "Hidden Co", "position": "Intern", "date": "2017", "summary": "<p>Hidden.</p>" }
      ]
    },
    "profiles": { "name": "Profiles", "items": [ { "id": "p", "network": "LinkedIn", "icon": "linkedin" } ] }
  },
  "metadata": { "template": "azurill", "css": { "value": "", "visible": false } }
}
`;

const MODERN_THEME = `# Site settings
name: Saule Bekova
email: saule@bekova.example
about_content: |
  I am a soil scientist.
content:
  - title: Experience
    layout: list
    content:
      - layout: left
        title: Steppe Agronomy LLP
        sub_title: Soil Scientist
        caption: 2021.03 - present
        description: |
          - Sampled 300 fields for nitrate.
          - Helping the agronomist with different tasks.
  - title: Education
    layout: list
    content:
      - layout: left
        title: Kazakh Agrarian University
        sub_title: MSc Soil Science
        caption: 2017 - 2019
remote_theme: example/modern-resume-theme
`;

describe('formats: resume builders and theme configs', () => {
  it('reads a Reactive Resume export: sections by name, one-field spans, HTML items as bullets, hidden items skipped', () => {
    assert.equal(detectFormat(REACTIVE, 'resume.json'), 'jsonresume');
    const doc = parseJsonResume(REACTIVE);
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'header').map((s) => [s.kind, s.title]), [['summary', 'Profile'], ['experience', 'Work Experience']]);
    const [ogun, delta] = doc.sections[2].entries;
    assert.equal(doc.sections[2].entries.length, 2);
    assert.deepEqual([ogun.organisation, ogun.dates?.current, ogun.dates?.start], ['Ogun Ammonia Ltd', true, 2021 * 12 + 2]);
    assert.deepEqual(ogun.bullets.map((b) => b.text), ['Cut steam use by 4% on the reformer.', 'Ran 12 HAZOP sessions & closed 80 actions.']);
    assert.deepEqual([delta.dates?.start, delta.dates?.end, delta.dates?.current], [2018 * 12, 2021 * 12, false]);
    assert.deepEqual(delta.bullets.map((b) => b.text), ['Logged granulator data.', 'Responsible for the prill tower.']);
    assertOffsetsOnSource(doc);
    const findings = lintDocument(doc).findings;
    assert.ok(findings.some((f) => f.ruleId === 'weak-opening' && REACTIVE.slice(f.range.start, f.range.end).startsWith('Responsible')));
    assert.ok(!findings.some((f) => f.ruleId === 'layout-unrecognized'));
  });

  it('reads a modern-resume-theme _config.yml: content as a list of titled sections', () => {
    assert.equal(detectFormat(MODERN_THEME, '_config.yml'), 'rendercv');
    const doc = parseRenderCv(MODERN_THEME);
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'header').map((s) => s.kind), ['summary', 'other', 'experience', 'education']);
    const [job] = doc.sections.find((s) => s.kind === 'experience')!.entries;
    assert.deepEqual([job.organisation, job.role, job.dates?.current, job.bullets.length], ['Steppe Agronomy LLP', 'Soil Scientist', true, 2]);
    assert.equal(doc.sections.find((s) => s.kind === 'education')!.entries[0].role, 'MSc Soil Science');
    assert.deepEqual([doc.profile.name, doc.profile.email], ['Saule Bekova', 'saule@bekova.example']);
    assertOffsetsOnSource(doc);
  });
});

describe('formats: a Hugo data file', () => {
  it('reads the top-level tagline as the summary, company with title as its role, begin/end dates, and the private contacts', () => {
    const yaml = `title: Ines Moretti
tagline: |
  I am a baker with six years of sourdough and viennoiserie in Turin and Lyon bakeries.
private:
  email: ines@moretti.example
experience:
  - company: Forno Lingotto
    title: Head Baker
    begin: Mar 2021
    end: Present
    description: |
      - Baked 400 loaves a night on two deck ovens.
      - Responsible for the levain.
education:
  - school: Istituto Alberghiero di Torino
    degree: Diploma in Baking
    begin: 2014
    end: 2017
`;
    assert.equal(detectFormat(yaml, 'data/resume.yaml'), 'rendercv');
    const doc = parseRenderCv(yaml);
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'header').map((s) => s.kind), ['summary', 'other', 'experience', 'education']);
    const [job] = doc.sections.find((s) => s.kind === 'experience')!.entries;
    assert.deepEqual([job.organisation, job.role, job.dates?.start, job.dates?.current, job.bullets.length], ['Forno Lingotto', 'Head Baker', 2021 * 12 + 2, true, 2]);
    assert.equal(doc.profile.email, 'ines@moretti.example');
    assert.ok(lintDocument(doc).findings.some((f) => f.ruleId === 'first-person' && yaml.slice(f.range.start, f.range.end) === 'I'));
  });
});

describe('formats: list items inside a block string', () => {
  it('splits items, joins wrapped lines, skips captions and paragraphs', () => {
    const src = 'x\n  ### Caption\n  - one item\n    wrapped\n  Not an item.\n  1. two\n';
    const items = listItemsIn(src, 2, src.length);
    assert.deepEqual(items.map((i) => i.mapped.text), ['one item wrapped', 'two']);
    assert.equal(src.slice(items[0].markerRange.start, items[0].markerRange.end), '-');
    assert.equal(src.slice(items[1].range.start, items[1].range.end), 'two');
  });
});
