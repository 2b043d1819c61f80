// Stop 53, from judge39's wrong findings on blind set 39: a grade in brackets "(I)" is no pronoun; a
// brand's capitals after its maker's name ("Pearson VUE") are no misspelt framework; a heading whose
// first conjunct is a modifier ("Computer and Language Skills") is named by its head noun. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';
import { sectionKindOf } from '../../src/core/document/section-kinds';

const findings = (md: string, rule: string) =>
  lintDocument(parseResumeAs(md, { path: 'resume.md' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === rule);

const resume = (bullets: string[], extra = '') =>
  ['# Ana Lima', 'ana@example.com · linkedin.com/in/ana-lima', '', '## Experience', '', '### Nurse, Harbour Clinic (2021 – 2024)', '', ...bullets.map((b) => `- ${b}`), '', extra].join('\n');

describe('rules: stop 53 misfires', () => {
  it('reads "(I)" after a subject as a grade, and still flags the pronoun', () => {
    const md = resume(['Triaged 30 walk-in patients a shift'], '## Education\n\n### Yallahs High School (2009 – 2014)\n\n- CSEC: English A (I), Mathematics (II), Biology (I)\n');
    assert.equal(findings(md, 'first-person').length, 0);
    assert.equal(findings(resume(['I triaged 30 walk-in patients a shift']), 'first-person').length, 1);
  });

  it('leaves "Pearson VUE" alone and still corrects "VUE" written for the framework', () => {
    assert.equal(findings(resume(['Passed the NCLEX-RN at Pearson VUE in Toronto in 2026']), 'tech-spelling').length, 0);
    const loud = findings(resume(['Built 12 patient-portal pages in React and VUE for 3 clinics']), 'tech-spelling');
    assert.equal(loud.length, 1);
    assert.match(loud[0].message, /"Vue"/);
  });

  it('names "Computer and Language Skills" a skills heading', () => {
    assert.equal(sectionKindOf('Computer and Language Skills'), 'skills');
    assert.equal(sectionKindOf('Experience and Projects'), 'experience');
  });

  it('reads the first word of a bullet as a sentence start, not as title case: "Use Sap daily" is SAP', () => {
    const sap = findings(resume(['Use Sap (MM/WM) and CargoWise daily for 45 containers a week']), 'tech-spelling');
    assert.equal(sap.length, 1);
    assert.match(sap[0].message, /"SAP"/);
    assert.equal(findings(resume(['Built a Topology-Optimized Drone Arm Design for 3 student teams']), 'tech-spelling').length, 0);
  });

  it('breaks a tie between a dotted and a slashed month date away from the dots, and says so when most entries give years only', () => {
    const md = [
      '# Ana Lima', 'ana@example.com · linkedin.com/in/ana-lima', '', '## Experience', '',
      '### Planner, Northgate Freight (2020 – 2023)', '- Planned 40 containers a week', '',
      '### Clerk, Harbor Logistics (2013.10)', '- Filed 300 customs entries a month', '',
      '### Intern, Dakar Port (09/2012 – 12/2012)', '- Checked 50 bills of lading a day', '',
      '### Assistant, Cap-Vert Shipping (2010 – 2012)', '- Answered 80 calls a day', '',
      '## Education', '', '### BSc Logistics, Université de Dakar (2006 – 2010)', '',
    ].join('\n');
    const found = findings(md, 'date-format');
    assert.deepEqual(found.map((f) => md.slice(f.range.start, f.range.end)), ['2013.10']);
    assert.match(found[0].message, /the other dates with a month use \(MM\/YYYY/);
  });
});
