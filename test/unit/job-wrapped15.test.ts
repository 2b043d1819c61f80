// Hard-wrapped lines of a PDF or e-mail paste (round 15): a sentence goes on past a line break that only
// wraps it, so a name the wrap split is read whole and a list of fields of study stays one list.
// All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { splitSentences, unwrapLines } from '../../src/core/job/requirements';

const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other').map((k) => k.keyword.toLowerCase());

describe('hard-wrapped lines', () => {
  it('joins a long line that does not end its sentence with a lower-case continuation', () => {
    const text = 'Requirements\n• Advanced spreadsheet skills, including pivot tables and building financial\n   models for the monthly close\n• Python\n';
    const s = splitSentences(text, 0, text.length, { joinWrapped: true }).map((x) => x.text);
    assert.ok(s.some((x) => x.includes('financial\n   models for the monthly close')), s.join(' | '));
    assert.equal(unwrapLines(text).length, text.length);
    assert.ok(hard(`Analyst Intern\n\n${text}`).includes('financial modeling'));
  });

  it('joins a continuation indented under the item\'s text, and the line that closes an open bracket', () => {
    const text = [
      'Requirements',
      '•  Currently enrolled in a Bachelor of Commerce, Business Administration,',
      '   Logistics Management or Industrial Engineering program in good standing',
      'Experience with large-scale batch jobs and streaming data pipelines (Apache Flink or',
      'Kafka Streams).',
      '',
    ].join('\n');
    const s = splitSentences(text, 0, text.length, { joinWrapped: true }).map((x) => x.text);
    assert.equal(s.length, 3, s.join(' | '));
  });

  it('never joins a new item, a short line, a finished sentence or a blank line', () => {
    const text = 'Skills\n- Python\n- sql and shell\nWe ship weekly.\nand we test.\n\nlower case after a blank line\n';
    const joined = splitSentences(text, 0, text.length, { joinWrapped: true }).map((x) => x.text);
    const plain = splitSentences(text).map((x) => x.text);
    assert.deepEqual(joined, plain);
  });

  it('is off unless asked for (eligibility reads lines as before)', () => {
    const text = 'This line is long enough to wrap onto the next one without\nany punctuation at its end\n';
    assert.equal(splitSentences(text).length, 2);
    assert.equal(splitSentences(text, 0, text.length, { joinWrapped: true }).length, 1);
  });
});
