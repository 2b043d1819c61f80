// Keywords of round 19: person specifications marked Essential / Desirable line by line, labelled
// lists ("Queueing theory: arrival processes, …"), section titles boxed by rules. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { criterionMarks } from '../../src/core/job/criterion-marks';
import { readLabelledList } from '../../src/core/job/labelled-list';
import { findSections } from '../../src/core/job/sections';

const RULE = '-'.repeat(40);
const importanceOf = (text: string, name: string) =>
  parseJobPosting(text).keywords.find((k) => k.keyword.toLowerCase() === name.toLowerCase())?.importance;

describe('job keywords (round 19)', () => {
  describe('criterion marks', () => {
    it('reads E / D columns after dotted leaders as required / preferred', () => {
      const text = [
        'Research Fellow in Hydrology', '', 'Person specification', '',
        'Knowledge and experience',
        '  Experience of groundwater modelling with MODFLOW ........ E ... A/I',
        '  Programming in Fortran ........ D ... A',
        '  Use of ArcGIS for catchment mapping ........ D ... A',
      ].join('\n');
      assert.equal(importanceOf(text, 'MODFLOW'), 'required');
      assert.equal(importanceOf(text, 'Fortran'), 'preferred');
      assert.equal(importanceOf(text, 'ArcGIS'), 'preferred');
    });

    it('reads parenthesised marks at either end of a line', () => {
      const marks = criterionMarks('Skills\n- Knowledge of Kubernetes (E)\n- (D) Terraform modules\n- Team player\n');
      assert.deepEqual(marks.map((m) => m.importance), ['required', 'preferred']);
    });

    it('does not read a lone trailing letter as a mark', () => {
      assert.deepEqual(criterionMarks('Requirements\n- Vitamin  D\n- Python\n'), []);
      assert.deepEqual(criterionMarks('Grade  E\nBand  E\n'), []);
    });
  });

  describe('labelled lists', () => {
    it('reads each item of a labelled list, single lower-case words too, and the label', () => {
      const list = readLabelledList('- Queueing theory: arrival processes, throughput, Little’s law');
      assert.equal(list, undefined, 'an item with an apostrophe is not a plain noun phrase');
      const ok = readLabelledList('- Queueing theory: arrival processes, throughput, Erlang C');
      assert.ok(ok);
      assert.equal(ok.label?.keyword, 'queueing theory');
      assert.deepEqual(ok.items.map((i) => i.keyword), ['arrival processes', 'throughput', 'Erlang C']);
    });

    it('drops the word for "skills" after a label and keeps names as written', () => {
      const list = readLabelledList('• character lighting chops: rim lighting, HDRI, Arnold');
      assert.ok(list);
      assert.equal(list.label?.keyword, 'character lighting');
      assert.deepEqual(list.items.map((i) => [i.keyword, i.source]), [['rim lighting', 'phrase'], ['HDRI', 'example'], ['Arnold', 'example']]);
    });

    it('reads no list after a label of a fact, or with a clause among its items', () => {
      assert.equal(readLabelledList('Location: Leeds, hybrid'), undefined);
      assert.equal(readLabelledList('Application documents: resume, transcript'), undefined);
      assert.equal(readLabelledList('Written communication: writes clear, concise reports'), undefined);
      assert.equal(readLabelledList('Note: you will rotate between teams, sites'), undefined);
    });

    it('finds the items of a labelled requirement as keywords', () => {
      const text = ['Acoustics Engineer', '', 'Requirements:', '- Room acoustics: reverberation, diffusion, RT60 measurement', '- Python'].join('\n');
      const keywords = parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());
      for (const k of ['room acoustics', 'reverberation', 'diffusion', 'rt60 measurement', 'python']) assert.ok(keywords.includes(k), `${k} in ${keywords.join(', ')}`);
    });

    it('keeps a technique named by a mass noun under a label the taxonomy knows', () => {
    const text = ['DSP Engineer', '', 'Requirements:', '- Signal processing: deconvolution, filters, beamforming'].join('\n');
    const keywords = parseJobPosting(text).keywords.map((k) => k.keyword.toLowerCase());
    assert.ok(keywords.includes('deconvolution'), keywords.join(', '));
    assert.ok(!keywords.includes('filters'), keywords.join(', '));
  });

  it('reads single words under a label the taxonomy knows as its topics, not skills', () => {
      const text = ['Analyst', '', 'Requirements:', '- Basic statistics: distributions, sampling, hypothesis testing'].join('\n');
      const keywords = parseJobPosting(text).keywords.map((k) => k.keyword.toLowerCase());
      assert.ok(!keywords.includes('distributions'), keywords.join(', '));
      assert.ok(keywords.some((k) => k.includes('hypothesis testing')), keywords.join(', '));
    });
  });

  it('ends a section at a title boxed by rule lines', () => {
    const text = ['Required Skills:', '- SQL', '', RULE, 'APPLICATION INFORMATION', RULE, 'Documents: resume'].join('\n');
    const sections = findSections(text, 0);
    assert.deepEqual(sections.map((s) => s.kind), ['required', 'other']);
  });
});

describe('job keywords (round 19): acronym series', () => {
  it('reads each acronym of a series of three as a skill', () => {
    const text = ['Firmware Engineer', '', 'Requirements:', '- Commissioning of KNX, DALI and LON installations'].join('\n');
    const keywords = parseJobPosting(text).keywords.map((k) => k.keyword.toLowerCase());
    for (const k of ['knx', 'dali', 'lon']) assert.ok(keywords.includes(k), `${k} in ${keywords.join(', ')}`);
  });

  it('reads a capitalised VISA among acronyms as a skill, not as a visa statement', () => {
    const text = ['Test Engineer', '', 'Requirements:', '- Remote control of instruments over LXI, VISA and SCPI'].join('\n');
    const keywords = parseJobPosting(text).keywords.map((k) => k.keyword.toLowerCase());
    assert.ok(keywords.includes('visa'), keywords.join(', '));
    assert.ok(keywords.includes('scpi'), keywords.join(', '));
  });

  it('does not read two-letter credentials or places of a series as skills', () => {
    const text = ['Clinical Analyst', '', 'Requirements:', '- Clinical licensure (RN, LPN, MA) or a clinical background', '- Based in the US, UK or EU'].join('\n');
    const keywords = parseJobPosting(text).keywords.map((k) => k.keyword.toLowerCase());
    for (const k of ['rn', 'ma', 'us', 'uk', 'eu']) assert.ok(!keywords.includes(k), `${k} in ${keywords.join(', ')}`);
  });
});

describe('job keywords (round 19): identifiers, kinds and the taxonomy', () => {
  const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());

  it('does not read a posting identifier as a skill', () => {
    const text = ['QA Engineer', '', 'Requirements:', '- Selenium', '', 'Position Id: QX-31-0042', 'Requisition #: RQ-7781'].join('\n');
    const found = hard(text);
    assert.ok(!found.some((k) => /qx-31|rq-7781/.test(k)), found.join(', '));
  });

  it('reads the thing whose topologies are listed, not the topologies', () => {
    const found = hard(['Power Engineer', '', 'Requirements:', '- Good understanding of AC-DC rectifier topologies (Vienna, totem-pole)'].join('\n'));
    assert.ok(found.includes('ac-dc rectifier'), found.join(', '));
  });

  it('knows the audio middleware, workstations and craft of audio postings', () => {
    const found = hard(['Audio Designer', '', 'Requirements:', '- FMOD Studio in a shipped title', '- Editing in Pro Tools', '- Sound design for UI and ambience'].join('\n'));
    for (const k of ['fmod', 'pro tools', 'sound design']) assert.ok(found.includes(k), `${k} in ${found.join(', ')}`);
  });
});

describe('job keywords (round 19): translated headings, product kinds, fields in a choice', () => {
  const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard');

  it('reads "Your tasks" as the duties and "Your contact person" as no requirement', () => {
    const text = ['Data Analyst (m/f/d)', '', 'Your tasks', '• You build dashboards in Qlik', '', 'Your profile', '• Knowledge of SQL', '', 'Your contact person', 'Ms Example, HR'].join('\n');
    assert.deepEqual(findSections(text, 0).map((s) => s.kind).slice(1), ['responsibilities', 'required', 'about']);
    const qlik = hard(text).find((k) => /qlik/i.test(k.keyword));
    assert.notEqual(qlik?.importance, 'required');
  });

  it('reads an acronym before a word for a kind of product as the product', () => {
    const found = hard(['Lab Analyst', '', 'Requirements:', '- Knowledge of LIMS software'].join('\n')).map((k) => k.keyword);
    assert.ok(found.includes('LIMS'), found.join(', '));
  });

  it('reads a lone field of knowledge in a choice list after a cue, not a lone industry', () => {
    // ("Coursework in one or more of: …" is read by coursework.ts, where each item is a subject studied.)
    const found = hard(['Intern', '', 'Requirements:', '- Knowledge of one or more of: optics, photonics, signal processing, retail'].join('\n')).map((k) => k.keyword.toLowerCase());
    assert.ok(found.includes('photonics'), found.join(', '));
    assert.ok(!found.includes('retail'), found.join(', '));
  });
});

describe('job keywords (round 19): chat-style items and non-skill examples', () => {
  const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());

  it('reads a lower-case list item that is a bare noun phrase', () => {
    const found = hard(['Level Designer', '', '**must have**', '• procedural level generation', '• open-source contributions'].join('\n'));
    assert.ok(found.includes('procedural level generation'), found.join(', '));
    assert.ok(!found.some((k) => k.includes('contribution')), 'contributions are things done, not a skill');
  });

  it('reads an acronym item glossed in parentheses as the acronym', () => {
    const found = hard(['Grid Engineer', '', 'Nice to have:', '- ICCP (control-centre data exchange)'].join('\n'));
    assert.ok(found.includes('iccp'), found.join(', '));
  });

  it('reads no skill in the examples of a competition experience', () => {
    const found = hard(['Intern', '', 'Requirements:', '- Robotics competition experience (Eurobot, IOI, Zenith Cup)'].join('\n'));
    for (const k of ['eurobot', 'ioi', 'zenith cup']) assert.ok(!found.includes(k), found.join(', '));
  });

  it('knows value at risk', () => {
    assert.ok(hard(['Risk Analyst', '', 'Requirements:', '- Knowledge of VaR and expected shortfall'].join('\n')).includes('value at risk'));
  });
});
