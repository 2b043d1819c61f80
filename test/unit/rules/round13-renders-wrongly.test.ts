import assert from 'node:assert/strict';
import { rendersWrongly } from '../../../src/core/rules/renders-wrongly';
import { findingsOf } from '../../helpers/rule-tester';

// Round 13: an entry's title line and its dates line, one under the other without a break, print as one line.
describe('rule renders-wrongly (round 13): title line + dates line', () => {
  const found = (body: string) => findingsOf(rendersWrongly, `# Ana Silva\n\n## Experience\n\n${body}\n`).map((f) => f.message);

  it('reports a title line followed by a dates line with no break between them', () => {
    assert.equal(found('Software Engineer, Acme\nMay 2023 – Aug 2024\n- Built 3 services.').length, 1);
    assert.equal(found('**Teaching Assistant** — Dept. of Physics\n2019 – 2021\n- Ran 40 labs.').length, 1);
    assert.equal(found('**Quantum Labs** — Research Intern\nSept 2024 – Present · Toronto, ON').length, 1);
  });

  it('leaves broken lines, a wrapped sentence and a single line alone', () => {
    assert.deepEqual(found('Software Engineer, Acme  \nMay 2023 – Aug 2024\n- Built 3 services.'), []); // two trailing spaces
    assert.deepEqual(found('Software Engineer, Acme\\\nMay 2023 – Aug 2024'), []); // backslash break
    assert.deepEqual(found('Software Engineer, Acme\n\nMay 2023 – Aug 2024'), []); // blank line
    assert.deepEqual(found('I led the billing team at Acme, where we shipped\n4 releases from 2019 – 2021 on time.'), []); // a wrapped sentence
    assert.deepEqual(found('Software Engineer, Acme — May 2023 – Aug 2024'), []);
  });
});
