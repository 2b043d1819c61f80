// Stop 55: a careers board's facts set out as a table without colons, job-number labels in other
// European languages, and product names with "or"/"and" inside a hyphenated word. All text is invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { colonAlignedFields } from '../../src/core/job/clean';

const hardSkills = (job: ReturnType<typeof parseJobPosting>) => job.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);

describe('postings: stop 55 fields and names', () => {
  it('reads a table of title-case labels whose values share a column as labelled fields', () => {
    const table = ['Placement type      Summer internship', 'Start date          01/06/2027', 'Reference           TQ-INT-2027-11', 'Skills              Python   SQL'].join('\n');
    const read = colonAlignedFields(table);
    assert.match(read, /^Placement type: Summer internship$/m);
    assert.match(read, /^Reference: TQ-INT-2027-11$/m);
    // The board's tags are left as they are.
    assert.match(read, /^Skills {14}Python {3}SQL$/m);
    const job = parseJobPosting(`Data Intern\nTarnquay Analytics\n\n${table}\n\nWhat you bring\n- Python and SQL\n`, { name: 'intern.txt' });
    assert.equal(job.jobId, 'TQ-INT-2027-11');
  });

  it('leaves lines whose values do not line up, and fewer than three fields, as they are', () => {
    const ragged = ['Location   Lisbon', 'Start date      June', 'Reference  AB-12'].join('\n');
    assert.equal(colonAlignedFields(ragged), ragged);
    const two = ['Location      Lisbon', 'Reference     AB-1234'].join('\n');
    assert.equal(colonAlignedFields(two), two);
  });

  it('reads a job number labelled in Dutch, German, French or Spanish', () => {
    const cases: [string, string][] = [
      ['Vacaturenummer: VK-3310', 'VK-3310'],
      ['Kennziffer: 2027/114', '2027/114'],
      ["Référence de l'offre : RF-2027-08", 'RF-2027-08'],
      ['Número de vacante: 44718', '44718'],
    ];
    for (const [line, id] of cases) {
      const job = parseJobPosting(`Junior Lab Technician\nBrinkhaven Labs\n${line}\n\nRequirements\n- HPLC experience\n`, { name: 'lab.txt' });
      assert.equal(job.jobId, id, line);
    }
    // A date or a year behind such a label is no job number.
    const dated = parseJobPosting('Junior Lab Technician\nBrinkhaven Labs\nKennziffer: 2027\n\nRequirements\n- HPLC experience\n', { name: 'lab.txt' });
    assert.equal(dated.jobId, undefined);
  });

  it('keeps "OR" and "AND" inside a hyphenated product name whole in an example list', () => {
    const job = parseJobPosting('Requirements\n- A solver such as Gurobi, CPLEX or Google OR-Tools\n- Rock-and-Roll Studio or Ableton Live for audio\n', { name: 'x.txt' });
    const skills = hardSkills(job);
    assert.ok(skills.includes('Google OR-Tools'), skills.join(', '));
    assert.ok(!skills.includes('Google'), skills.join(', '));
  });
});
