// Degree eligibility of session 19: Education that shows only a diploma meets no bachelor's ask, and
// an honours class below the posting's bar does not meet it. All examples invented.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { checkEligibility } from '../../src/core/job/check-eligibility';
import { earnedHonoursClass, requiredHonoursClass } from '../../src/core/job/honours';
import { parseResume } from '../../src/core/document/parse';

const posting = (degreeLine: string) => ['Graduate Surveyor', 'Fenwick Partners', '', 'Requirements', `- ${degreeLine}`, '- AutoCAD and Civil 3D', ''].join('\n');
const resume = (education: string) => `# Lee Wen\n\nlee@mail.example · 555-0100\n\n## Experience\n\n### Survey Technician — Acme Survey, Jan 2020 – Present\n\n- Ran 40 topographic surveys a year.\n\n## Education\n\n${education}\n`;
const degreeCheck = (degreeLine: string, education: string) =>
  checkEligibility(parseJobPosting(posting(degreeLine)).eligibility ?? [], parseResume(resume(education)), { today: new Date('2026-12-01T00:00:00Z') }).find((c) => c.kind === 'degree');

describe('degree eligibility (session 19)', () => {
  it('is not met when Education shows only a diploma', () => {
    const check = degreeCheck("Bachelor's degree in Geomatics", '**Diploma in Land Surveying** — Northfield Polytechnic, 2017');
    assert.equal(check?.status, 'not-met', check?.detail);
    assert.match(check?.detail ?? '', /diploma/);
  });

  it('stays unknown when the posting takes equivalent experience, and when no credential is named', () => {
    assert.equal(degreeCheck("Bachelor's degree in Geomatics or equivalent experience", '**Diploma in Land Surveying** — Northfield Polytechnic, 2017')?.status, 'unknown');
    assert.equal(degreeCheck("Bachelor's degree in Geomatics", '**Northfield Polytechnic**, 2017')?.status, 'unknown');
  });

  it('does not read a postgraduate diploma or a German Diplom as below a degree', () => {
    assert.notEqual(degreeCheck("Bachelor's degree in Geomatics", '**Postgraduate Diploma in GIS** — Harlow University, 2019')?.status, 'not-met');
    assert.notEqual(degreeCheck("Bachelor's degree in Geomatics", '**Dipl.-Ing. Vermessung** — TU Dresden, 2015')?.status, 'not-met');
  });

  it('is not met when the honours class earned is below the bar, and met at or above it', () => {
    const line = 'Bachelor of Science in Geomatics with at least a 2:1 (Upper Second Class Honours)';
    assert.equal(degreeCheck(line, '**BSc Geomatics, Lower Second Class Honours** — Harlow University, 2022')?.status, 'not-met');
    assert.equal(degreeCheck(line, '**BSc Geomatics, First Class Honours** — Harlow University, 2022')?.status, 'met');
    assert.equal(degreeCheck(line, '**BSc Geomatics** — Harlow University, 2022')?.status, 'met');
  });

  it('reads honours classes in their common spellings', () => {
    assert.equal(requiredHonoursClass('minimum Second Class (Lower) Honours or above')?.rank, 2);
    assert.equal(earnedHonoursClass('BEng (Hons), 2:1')?.rank, 3);
    assert.equal(earnedHonoursClass('Third Class Honours')?.rank, 1);
    assert.equal(earnedHonoursClass('GPA 3.6/4.0'), undefined);
  });
});
