// Stop 53: a thesis due by a date is no application deadline; a labelled employer loses its legal
// form as names read elsewhere do, and that legal form is no skill. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

describe('postings: stop 53 deadline and employer fields', () => {
  it('takes the labelled application deadline over a thesis due by a date', () => {
    const text = [
      '# Fish Health Trainee',
      '',
      '## Qualifications',
      "- A master's degree; students who submit their thesis by 15 June 2027 are welcome to apply",
      '',
      'Application deadline: 15.01.2027',
    ].join('\n');
    assert.equal(parseJobPosting(text).deadline, '15.01.2027');
    // An ask to send the application by a day is still one.
    assert.equal(parseJobPosting('# Analyst\n\nPlease submit your application by 20 January 2027.\n').deadline, '20 January 2027');
  });

  it('reads "Company: X AS" as X, and reads no skill in "Sdn. Bhd."', () => {
    assert.equal(parseJobPosting('# Biologist\n\nCompany: Nordhav Akvakultur AS\n\n## Qualifications\n- R\n').company, 'Nordhav Akvakultur');
    const posting = parseJobPosting('# Process Engineer\n\nCompany: Kerian Microsystems Sdn. Bhd.\n\n## Requirements\n- Dry etch and SPC\n');
    assert.equal(posting.company, 'Kerian Microsystems');
    assert.ok(!posting.keywords.some((k) => /^sdn$/i.test(k.keyword)), JSON.stringify(posting.keywords.map((k) => k.keyword)));
  });
});
