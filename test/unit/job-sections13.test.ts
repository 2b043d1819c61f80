// Section headings of public-sector and PDF postings: numbered headings in capitals ("4. TECHNICAL
// REQUIREMENTS (MANDATORY)") and the selection-criteria vocabulary ("Selection criteria", "Essential",
// "Desirable"). Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { classifyHeading } from '../../src/core/job/sections';

const importanceOf = (text: string, skill: string) =>
  parseJobPosting(text).keywords.find((k) => k.keyword.toLowerCase() === skill.toLowerCase())?.importance;

describe('job sections: numbered capital headings and selection criteria', () => {
  const pdf = [
    'HARBOUR BRIDGE ENGINEERS',
    'Graduate Engineer – Geotechnical',
    '',
    '1. ABOUT US',
    'We design foundations for ports and bridges and use Plaxis on most jobs.',
    '',
    '2. KEY RESPONSIBILITIES',
    ' Prepare borehole logs and run slope stability checks',
    '',
    '3. TECHNICAL REQUIREMENTS (MANDATORY)',
    ' Working knowledge of AutoCAD for drafting sections',
    ' Good command of MS Excel for calculations',
    '',
    '4. DESIRABLE SKILLS',
    ' Python scripting for repetitive calculations',
    '',
    '5. PERSONAL ATTRIBUTES',
    ' Willing to travel to sites and to learn SQL on the job',
    '',
  ].join('\n');

  it('reads a numbered line in capitals as a heading and classifies it', () => {
    const kinds = parseJobPosting(pdf).sections.filter((s) => s.headingRange).map((s) => `${s.kind}:${s.title}`);
    assert.deepEqual(kinds, [
      'about:ABOUT US',
      'responsibilities:KEY RESPONSIBILITIES',
      'required:TECHNICAL REQUIREMENTS (MANDATORY)',
      'preferred:DESIRABLE SKILLS',
      'other:PERSONAL ATTRIBUTES',
    ]);
    assert.equal(importanceOf(pdf, 'AutoCAD'), 'required');
    assert.equal(importanceOf(pdf, 'Python'), 'preferred');
  });

  it('ends the section above at a numbered capital heading no rule knows', () => {
    // "learn SQL on the job" sits under PERSONAL ATTRIBUTES, not under DESIRABLE SKILLS.
    assert.notEqual(importanceOf(pdf, 'SQL'), 'preferred');
  });

  it('keeps numbered items in sentence case, and short numbered lists of names, as items', () => {
    const text = ['Requirements', '', '1. Experience with Python and SQL.', '2. SQL, AWS', '3. AWS', ''].join('\n');
    const headings = parseJobPosting(text).sections.filter((s) => s.headingRange).map((s) => s.title);
    assert.deepEqual(headings, ['Requirements']);
  });

  it('reads the selection-criteria vocabulary', () => {
    assert.equal(classifyHeading('Selection criteria'), 'required');
    assert.equal(classifyHeading('Key selection criteria'), 'required');
    assert.equal(classifyHeading('Essential'), 'required');
    assert.equal(classifyHeading('Essential criteria'), 'required');
    assert.equal(classifyHeading('Desirable criteria'), 'preferred');
    assert.equal(classifyHeading('Desirable'), 'preferred');
    // "Essential" inside a longer line names no section.
    assert.equal(classifyHeading('Essential travel for site visits'), undefined);
  });

  it('puts numbered criteria under Essential and Desirable at their importance', () => {
    const text = [
      'Research Officer (Data)',
      '',
      'Selection criteria',
      '',
      'Applicants must address each criterion below.',
      '',
      'Essential',
      '',
      '1. Demonstrated skills in data analysis using R or Stata.',
      '2. Working knowledge of SQL.',
      '',
      'Desirable',
      '',
      '1. Experience with Git.',
      '',
    ].join('\n');
    assert.equal(importanceOf(text, 'SQL'), 'required');
    assert.equal(importanceOf(text, 'Stata'), 'required');
    assert.equal(importanceOf(text, 'Git'), 'preferred');
  });
});
