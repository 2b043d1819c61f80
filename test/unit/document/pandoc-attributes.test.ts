// Pandoc's inline attributes, as its Word-to-Markdown conversion writes them: a bracketed span with a
// class reads as its words (an underlined one as emphasis: a title line), an attribute block after an
// image reads as nothing, and a file holding them is built by Pandoc ("--" is its en dash). Invented resume.
import assert from 'node:assert/strict';
import { parseResume } from '../../../src/core/document/parse';
import { lint } from '../../../src/core/lint';

const resume = [
  '![](media/image1.png){width="1in" height="1.2in"}',
  '',
  '**DANA OKAFOR**\\',
  'dana.okafor@mail.example',
  '',
  '**WORK EXPERIENCE**',
  '',
  '[Line Cook]{.underline}\\',
  'Harbour Grill, Halifax, NS\\',
  'March 2019 -- June 2022',
  '',
  '-   Prepared 300 covers a night on the grill station.',
  '-   Trained 4 new cooks on the opening checklist.',
  '',
].join('\n');

describe('document: Pandoc inline attributes', () => {
  it('reads an underlined span as a title, not a bullet', () => {
    const doc = parseResume(resume);
    assert.deepEqual(doc.bullets.map((b) => b.text), ['Prepared 300 covers a night on the grill station.', 'Trained 4 new cooks on the opening checklist.']);
    const entry = doc.bullets[0].entry!;
    assert.match(entry.heading.text, /^Line Cook\b/);
    assert.doesNotMatch(entry.heading.text, /[[\]{}]/);
  });

  it('takes "--" between dates in such a file as the en dash Pandoc prints', () => {
    assert.deepEqual(lint(resume).filter((f) => f.ruleId === 'date-format').map((f) => f.message), []);
    // The same dates in plain Markdown still get the finding.
    const plain = resume.replace('[Line Cook]{.underline}', '**Line Cook**').replace(/\{width="1in" height="1.2in"\}/, '');
    assert.equal(lint(plain).filter((f) => f.ruleId === 'date-format' && /"--"/.test(f.message)).length, 1);
  });
});
