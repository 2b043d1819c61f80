// Postings that come inside another document: a kanban card or a board's API answer saved as JSON,
// and a shared sheet of openings saved as CSV. All documents are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { postingFromJson } from '../../src/core/job/json-container';
import { parseCsv, postingFromSheet } from '../../src/core/job/sheet-container';

const cardDescription = [
  '**Tallinn Loom** is a twelve-person textile studio.',
  '',
  '## Junior Textile Engineer',
  '',
  '### What we are looking for',
  '- Weave simulation in ArahWeave',
  '- Colour management with a spectrophotometer',
  '',
  '### Extra points',
  '- Jacquard programming',
  '',
  'Apply by 20 February 2027.',
].join('\n');

describe('postings: a posting inside a JSON document', () => {
  const card = {
    id: '65a1f0c39d2e4b61a8c05e27',
    name: '[TL-ENG-07] Junior Textile Engineer',
    desc: cardDescription,
    url: 'https://boards.example/c/Ab12Cd34/7-junior-textile-engineer',
    actions: [{ data: { text: 'Moved to Open roles' } }],
    labels: [{ name: 'Engineering' }],
  };

  it('reads the longest text under its own title and address, without the ids and comments around it', () => {
    const text = postingFromJson(JSON.stringify(card))!;
    assert.match(text, /^# \[TL-ENG-07\] Junior Textile Engineer\n\nhttps:\/\/boards\.example\/c\/Ab12Cd34/);
    assert.ok(text.includes('Weave simulation in ArahWeave'));
    assert.ok(!text.includes('65a1f0c39d2e4b61a8c05e27') && !text.includes('Moved to Open roles'));
  });

  it('parses the card as a posting: employer, bracketed number, sections', () => {
    const posting = parseJobPosting(JSON.stringify(card, null, 2));
    assert.equal(posting.jobId, 'TL-ENG-07');
    assert.equal(posting.url, card.url);
    assert.equal(posting.title, 'Junior Textile Engineer');
    const jacquard = posting.keywords.find((k) => /jacquard/i.test(k.keyword));
    assert.equal(jacquard?.importance, 'preferred', JSON.stringify(posting.keywords.map((k) => [k.keyword, k.importance])));
  });

  it('unescapes a board API answer whose content is escaped HTML', () => {
    const answer = {
      title: 'Field Hydrologist',
      absolute_url: 'https://jobs.example/riverline/4410021',
      content: '&lt;p&gt;Riverline Surveys measures rivers.&lt;/p&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;HEC-RAS modelling&lt;/li&gt;&lt;li&gt;Acoustic Doppler current profilers&lt;/li&gt;&lt;/ul&gt;' + '&lt;p&gt;We work across three catchments.&lt;/p&gt;'.repeat(3),
    };
    const text = postingFromJson(JSON.stringify(answer))!;
    assert.match(text, /^<h1>Field Hydrologist<\/h1>/);
    assert.ok(text.includes('<li>HEC-RAS modelling</li>'));
    const posting = parseJobPosting(JSON.stringify(answer));
    assert.ok(!posting.text.includes('&lt;') && !posting.text.includes('<li>'), posting.text);
    assert.ok(posting.keywords.some((k) => k.keyword === 'HEC-RAS'));
  });

  it('leaves other text alone: no JSON, broken JSON, or JSON without a long text', () => {
    assert.equal(postingFromJson('# Data Analyst\n\n- SQL'), undefined);
    assert.equal(postingFromJson('{"title": "Data Analyst", "desc": "SQL and'), undefined);
    assert.equal(postingFromJson('{"title": "Data Analyst", "desc": "SQL"}'), undefined);
    assert.equal(postingFromJson('[1, 2, 3]'), undefined);
  });
});

describe('postings: a sheet of openings saved as CSV', () => {
  const sheet = [
    '"SUMMER INTERNSHIPS 2027, shared by the Finance Club",,,,,,',
    ',,,,,,',
    'No.,Company,Role,Location,Must have,Good to have,Status',
    '1,Orchid Capital,Equity Research Intern,Mumbai,"- Financial modelling',
    '- Excel","- CFA Level I",Closed',
    '2,Kestrel Lending,Credit Risk Intern,Pune,"- SQL (joins)',
    '- Logistic regression","- Tableau or Power BI",Open',
  ].join('\r\n');

  it('reads RFC 4180 quoting: commas and line breaks inside quotes, doubled quotes', () => {
    const rows = parseCsv('a,"b, c","d\n""e"""\n1,2,3\n')!;
    assert.deepEqual(rows[0], ['a', 'b, c', 'd\n"e"']);
    assert.deepEqual(rows[1], ['1', '2', '3']);
    assert.equal(parseCsv('a,"b,c\n1,2,3'), undefined);
  });

  it('reads the row the file name points at, with its multi-line cells as headed lists', () => {
    const text = postingFromSheet(sheet, 'internships-credit-risk-intern-pune.csv')!;
    assert.match(text, /^# Credit Risk Intern\n/);
    assert.ok(text.includes('Company: Kestrel Lending'));
    assert.ok(text.includes('## Must have\n\n- SQL (joins)\n- Logistic regression'));
    assert.ok(!text.includes('Orchid') && !text.includes('Status'));
    const posting = parseJobPosting(sheet, { name: 'internships-credit-risk-intern-pune.csv' });
    assert.equal(posting.company, 'Kestrel Lending');
    const tableau = posting.keywords.find((k) => k.keyword === 'Tableau');
    assert.equal(tableau?.importance, 'preferred');
    assert.equal(posting.keywords.find((k) => k.keyword === 'SQL')?.importance, 'required');
  });

  it('reads the first opening when the name points at none, and leaves prose with commas alone', () => {
    assert.match(postingFromSheet(sheet, 'sheet.csv')!, /^# Equity Research Intern/);
    assert.equal(postingFromSheet('We use Python, SQL, dbt and Airflow.\nYou know Git, CI, and Docker.\n'), undefined);
  });
});

describe('postings: an opening inside a news feed (RSS or Atom)', () => {
  const item = (id: number, title: string, body: string) => [
    '<item>',
    `<title>${title}</title>`,
    `<link>https://careers.fjordlaks.example/jobs/${id}/?utm_source=rss&#038;utm_medium=rss</link>`,
    '<pubDate>Thu, 03 Dec 2026 07:12:41 +0000</pubDate>',
    `<description><![CDATA[${body.slice(0, 40)} [&#8230;]]]></description>`,
    `<content:encoded><![CDATA[${body}]]></content:encoded>`,
    '<job_listing:company><![CDATA[Fjordlaks AS]]></job_listing:company>',
    '<job_listing:location><![CDATA[Bodø]]></job_listing:location>',
    '</item>',
  ].join('\n');
  const feed = [
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:job_listing="https://plugin.example/rss/">',
    '<channel><title>Open positions &#8211; Fjordlaks</title><link>https://careers.fjordlaks.example/</link>',
    '<generator>https://wordpress.example/?v=6.9</generator>',
    item(501, 'Site Manager &#8211; Sea Farm', '<p>Lead a crew of six.</p><h3>Qualifications</h3><ul><li>Five years on a sea farm</li></ul>'),
    item(502, 'Lab Technician Trainee', '<p>Join our lab in Bodø.</p><h3>Qualifications</h3><ul><li>PCR and qPCR</li><li>Histology</li></ul><p>Application deadline: 15.01.2027</p>'),
    '</channel></rss>',
  ].join('\n');

  it('reads the item the file name points at: its title, link, job fields and full content', () => {
    const posting = parseJobPosting(feed, { name: 'fjordlaks-lab-technician-trainee.xml' });
    assert.equal(posting.title, 'Lab Technician Trainee');
    assert.equal(posting.company, 'Fjordlaks');
    assert.equal(posting.deadline, '15.01.2027');
    assert.ok(posting.keywords.some((k) => k.keyword === 'qPCR' || k.keyword === 'PCR'), JSON.stringify(posting.keywords.map((k) => k.keyword)));
    assert.ok(!posting.text.includes('Five years on a sea farm'), 'the other item stays out');
    assert.ok(!posting.text.includes('wordpress.example'), 'the channel stays out');
  });

  it('reads the first item when the name points at none, and an Atom entry with its link attribute', () => {
    assert.equal(parseJobPosting(feed, { name: 'feed.xml' }).title, 'Site Manager – Sea Farm');
    const atom = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Jobs at Kelpworks</title>',
      '<entry><title>Junior Process Engineer</title><link rel="alternate" href="https://kelpworks.example/jobs/77"/>',
      '<content type="html">&lt;p&gt;Kelpworks dries seaweed.&lt;/p&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Aspen Plus&lt;/li&gt;&lt;/ul&gt;</content></entry>',
      '</feed>',
    ].join('\n');
    const posting = parseJobPosting(atom);
    assert.equal(posting.title, 'Junior Process Engineer');
    assert.equal(posting.url, 'https://kelpworks.example/jobs/77');
    assert.ok(posting.keywords.some((k) => /^aspen plus$/i.test(k.keyword)));
  });
});
