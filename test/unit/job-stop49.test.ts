// Stop 49: what the first run of the blind set unseen-postings-36 showed — a careers page whose posting
// is only in its schema.org JobPosting data, a share link with a campaign's parameters, public notices'
// fields ("Advt. No.", "Name of the Post", a position and a vacancy number), a lettered list item read as
// a copyright, a forum's comment buttons, and an employer whose name is not in ASCII. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const LD = {
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Supply Chain Analyst Intern',
  description: '<p><strong>About us</strong></p><p>Tallowmere Foods makes frozen meals in three plants.</p><ul><li>Build weekly demand forecasts in Python and SQL.</li><li>Report stock levels to the planning team in Power BI.</li></ul>',
  qualifications: 'Currently enrolled in a bachelor\'s degree in industrial engineering or a related field.\nComfortable with Excel pivot tables.',
  skills: 'Leadership, Tableau',
  identifier: { '@type': 'PropertyValue', name: 'Tallowmere Foods Ltd.', value: 'TF-SCA-0931' },
  validThrough: '2027-02-01T23:59:00-05:00',
  hiringOrganization: { '@type': 'Organization', name: 'Tallowmere Foods Ltd.' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Guelph', addressRegion: 'ON', addressCountry: 'CA' } },
};

const page = (ld: object, body: string) =>
  `<!DOCTYPE html><html><head><title>Careers</title>
<meta property="og:url" content="https://jobs.tallowmere.example/p/tf-sca-0931?utm_source=share&utm_medium=link">
<link rel="canonical" href="https://jobs.tallowmere.example/p/tf-sca-0931">
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${body}</body></html>`;

describe('postings: stop 49', () => {
  it('reads a page whose posting is only in its JSON-LD: text, employer, ID, deadline and place', () => {
    const job = parseJobPosting(page(LD, '<noscript>Please turn on JavaScript.</noscript><div id="root"></div>'));
    assert.equal(job.company, 'Tallowmere Foods');
    assert.equal(job.title, 'Supply Chain Analyst Intern');
    assert.equal(job.jobId, 'TF-SCA-0931');
    assert.equal(job.deadline, '2027-02-01T23:59:00-05:00');
    const hard = job.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());
    for (const k of ['python', 'sql', 'power bi', 'excel']) assert.ok(hard.includes(k), `${k} in ${hard.join(', ')}`);
    // The "skills" field is a list of tags, not the posting's words.
    assert.ok(!hard.includes('tableau'), hard.join(', '));
    assert.ok(job.text.includes('Currently enrolled'), job.text);
  });

  it('does not add the JSON-LD description when the page already shows it', () => {
    const shown = '<h1>Supply Chain Analyst Intern</h1><p>Tallowmere Foods makes frozen meals in three plants.</p><ul><li>Build weekly demand forecasts in Python and SQL.</li><li>Report stock levels to the planning team in Power BI.</li></ul><h2>Qualifications</h2><ul><li>Currently enrolled in a bachelor\'s degree in industrial engineering or a related field.</li><li>Comfortable with Excel pivot tables.</li></ul>';
    const job = parseJobPosting(page(LD, shown));
    assert.equal(job.text.split('Build weekly demand forecasts').length, 2, job.text);
  });

  it('keeps reading a page whose JSON-LD block is broken', () => {
    const html = page(LD, '<h1>Supply Chain Analyst Intern</h1><p>Build weekly demand forecasts in Python.</p>').replace('"@type":"JobPosting"', '"@type":"JobPosting",,');
    const job = parseJobPosting(html);
    assert.ok(job.text.includes('Build weekly demand forecasts'), job.text);
  });

  it("takes the canonical address over the share link, without the campaign's parameters", () => {
    const job = parseJobPosting(page({ '@type': 'WebPage' }, '<h1>Data Analyst</h1><p>Tallowmere Foods is hiring a data analyst to work in SQL.</p>'));
    assert.equal(job.url, 'https://jobs.tallowmere.example/p/tf-sca-0931');
  });

  it('reads a public notice: its advertisement number, "Name of the Post" and the institution in its letterhead', () => {
    const text = [
      '              KESTREL INSTITUTE OF MARINE BIOLOGY',
      '          Harbour Road, Kochi – 682 001, Kerala',
      '',
      'Advt. No. KIMB/RP/2026/07                           Date: 02.12.2026',
      '',
      'Name of the Post      : Project Associate (PA-I)',
      'Fellowship            : Rs. 31,000/- per month',
      '',
      'Essential Qualifications:',
      '(a) M.Sc. in Marine Biology or Zoology.',
      '(b) Experience in plankton sampling.',
      '(c) Working knowledge of computers (MS Office).',
      '',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.jobId, 'KIMB/RP/2026/07');
    assert.equal(job.title, 'Project Associate (PA-I)');
    assert.equal(job.company, 'Kestrel Institute of Marine Biology');
  });

  it('quotes the vacancy number over the establishment position number, and reads a bare "ID:" field', () => {
    const both = parseJobPosting('Position Title: Bridge Inspector          Position Number: 400117\nVacancy Number: RDA-26-0091\n\nDuties:\n- Inspect timber and concrete bridges.\n');
    assert.equal(both.jobId, 'RDA-26-0091');
    const alone = parseJobPosting('Position Title: Bridge Inspector\nPosition Number: 400117\n\nDuties:\n- Inspect timber and concrete bridges.\n');
    assert.equal(alone.jobId, '400117');
    const bare = parseJobPosting('# Firmware Co-op\n\nID: 2027-1182\nCategory: Engineering\n\nYou will write embedded C for motor drives.\n');
    assert.equal(bare.jobId, '2027-1182');
  });

  it("names the employer a forum post's author works at, not the comment buttons", () => {
    const post = [
      'r/CityDevs • [HIRING] Junior Data Engineer – Lyon',
      '',
      "Hi! I'm Odile, data lead at Brume Logistique (40 people). We're hiring one junior data engineer.",
      '',
      '- SQL and Python, some dbt.',
      '',
      'Comments',
      'user_one • 1d',
      'Is it remote?',
      '  Reply   Share   •••',
      'user_two • 1d',
      'Salary?',
      '  Reply   Share   •••',
      'user_three • 1d',
      'Visa?',
      '  Reply   Share   •••',
    ].join('\n');
    assert.equal(parseJobPosting(post).company, 'Brume Logistique');
  });

  it('reads an employer whose name is written with letters beyond ASCII', () => {
    const text = '# Hardware Test Engineer\n\nStrømvik turns old ferries into electric ones. About Strømvik: 60 people in Bergen, office at Laksevåg.\n\n## Requirements\n- LabVIEW or Python test automation.\n\nWork at Strømvik? Apply below.\n';
    assert.equal(parseJobPosting(text).company, 'Strømvik');
    // And one that starts with a letter beyond ASCII.
    assert.equal(parseJobPosting(text.replace(/Strømvik/g, 'Åkervik')).company, 'Åkervik');
  });

  it("reads a Japanese page's bracketed bilingual fields and its deadline under a translated heading", () => {
    const text = [
      'ｷﾀﾊﾏ精機株式会社  KITAHAMA PRECISION CO., LTD.',
      '',
      '【Job No. / 求人番号】 KP-2027-031',
      '【Position / 職種】 Controls Engineer – Press Lines',
      '',
      '■ Company Overview (会社概要)',
      'Founded in 1961 in Sakai as a maker of dies, Kitahama Precision now builds servo presses for car makers.',
      '',
      '■ Requirements (応募資格)',
      '・PLC programming (Mitsubishi or Omron)',
      '',
      '■ Application Deadline (応募締切)',
      '2027年2月5日（金）/ February 5, 2027 (Fri).',
      '',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.jobId, 'KP-2027-031');
    assert.equal(job.title, 'Controls Engineer – Press Lines');
    assert.equal(job.company, 'Kitahama Precision');
    assert.equal(job.deadline, 'February 5, 2027');
  });

  it('reads a two-figure-year closing date and leaves a menu spaced without bars out of the title', () => {
    const text = [
      'https://jobs.province.example/job/Halifax-Data-Co-op/1177/',
      '',
      'Province Careers',
      'Search Jobs   Student Jobs   Job Alerts   Sign In   Français',
      '',
      'Data Co-op Student – Summer 2027',
      '',
      'Competition # : 51230',
      'Closing Date: 12-Feb-27 (11:59 PM Atlantic Time)',
      '',
      'You will build reports in SQL and Power BI.',
      '',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.deadline, '12-Feb-27');
    assert.equal(job.title, 'Data Co-op Student');
  });

  it('takes a deadline after a long list of documents to send', () => {
    const text = 'Bridge Engineer\n\nPlease send your application with the usual documents (cover letter, CV, certificates and, if applicable, the statement of comparability of your degree) by 10.02.2027, stating the reference number 12/2027.\n';
    assert.equal(parseJobPosting(text).deadline, '10.02.2027');
  });

  it('reads lower-case techniques in brackets after a word that says they are techniques, not ways of learning', () => {
    const text = 'Bridge Inspector\n\nRequirements\n- Knowledge of non-destructive testing methods (e.g. rebound hammer, cover meter surveys, half-cell potential mapping)\n- Algorithms and complexity analysis (e.g., through coursework, projects or competitive programming)\n';
    const hard = parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());
    for (const k of ['rebound hammer', 'cover meter surveys', 'half-cell potential mapping']) assert.ok(hard.includes(k), `${k} in ${hard.join(', ')}`);
    assert.ok(!hard.some((k) => k.includes('coursework') || k.includes('competitive')), hard.join(', '));
  });

  it("reads no skill from a season, a board's inferred-skills summary or a requisition number", () => {
    const text = [
      'Mechanical Intern',
      '',
      'Skills: Financial Analysis, SAP ERP, Financial Modeling, +8 more',
      '',
      'Requirements',
      '- SolidWorks and GD&T',
      '- We meet candidates at the Spring 2027 Engineering Career Fair and start in the spring term.',
      '- When you apply, please mention requisition QMD-27-0412.',
      '',
    ].join('\n');
    const hard = parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);
    for (const k of ['Spring', 'SAP ERP', 'QMD-27-0412']) assert.ok(!hard.includes(k), `${k} in ${hard.join(', ')}`);
    assert.ok(hard.includes('SolidWorks'), hard.join(', '));
    // The framework is still the framework.
    assert.ok(parseJobPosting('Backend Intern\n\nRequirements\n- Experience with Spring or Django\n').keywords.some((k) => k.keyword === 'Spring'));
  });
});

