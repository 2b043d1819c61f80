import assert from 'node:assert/strict';
import { personalDetails } from '../../../src/core/rules/personal-details';
import { findingsOf } from '../../helpers/rule-tester';

// Round 13: children stated as a count are a family detail, like "Children:" or "Spouse:".
describe('rule personal-details (round 13): children as a count', () => {
  const found = (section: string, body: string) => {
    const text = `# Ana Silva\n\n## ${section}\n\n${body}\n`;
    return findingsOf(personalDetails, text).map((f) => [text.slice(f.range.start, f.range.end), f.message.includes('family details')]);
  };

  it('reports a count of children that opens a statement or follows "mother/father of"', () => {
    assert.deepEqual(found('Personal', 'Married, two kids. I hike most weekends.'), [['Married', false], ['two kids', true]]);
    assert.deepEqual(found('Personal', 'I have 3 children and a dog.'), [['3 children', true]]);
    assert.deepEqual(found('Interests', 'Mother of two; trail runner.'), [['Mother of two', true]]);
    assert.deepEqual(found('Interests', 'Proud dad to 2 boys, amateur baker.'), [['dad to 2 boys', true]]);
    assert.deepEqual(found('Personal', '- Three young children, one cat'), [['Three young children', true]]);
  });

  it('leaves children who are the work, and compounds, alone', () => {
    assert.deepEqual(found('Volunteer', '- Tutored 3 kids in math every week'), []);
    assert.deepEqual(found('Volunteer', '- Ran a summer camp for 40 kids'), []);
    assert.deepEqual(found('Interests', 'Reading at the library; 2 kids clubs a month'), []);
    assert.deepEqual(found('Experience', '- Taught two children piano for a year'), []);
  });
});
