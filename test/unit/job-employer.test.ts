// The employer chosen by evidence (src/core/job/employer.ts): every source adds a candidate, the text's
// cues and its recurrence score them, and labels, terms, roles, places and generic nouns are refused.
// All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { EMPLOYER_BY_EVIDENCE } from '../../src/core/job/employer';
import { classifyHeading } from '../../src/core/job/sections';

const company = (text: string) => parseJobPosting(text).company;

describe('employer by evidence: what is refused', () => {
  it('does not take a field label under the title when the text names the employer', () => {
    const text = [
      'Junior Data Engineer',
      'Department',
      'Platform › Data',
      '',
      '## About Quillfeather',
      'Quillfeather Systems is a small company that writes scheduling software for dental clinics across three provinces.',
      'Quillfeather Systems pays for one conference a year for every engineer on the team.',
    ].join('\n');
    assert.equal(company(text), 'Quillfeather Systems');
  });

  it('does not take a term, a cohort or a year after the title', () => {
    for (const suffix of ['Summer 2028', 'New Grad 2028', 'Fall Term', 'Winter/Spring 2029']) {
      const text = `Backend Developer – ${suffix}\n\nAt Pellucid Bay, we run the booking system for 400 marinas and our developers own releases end to end.\n`;
      assert.equal(company(text), 'Pellucid Bay', suffix);
    }
  });

  it('does not take an employment kind or a generic noun after the title', () => {
    for (const suffix of ['Contract to hire', 'Part-time', 'Insurance Client', 'Confidential', 'Our Client']) {
      const got = company(`Support Analyst - ${suffix}\n\nYou will answer tickets about billing and shipping for eight hours a day.\n`);
      assert.notEqual(got, suffix, suffix);
      assert.ok(!got || !/client|confidential/i.test(got), `${suffix} → ${got}`);
    }
  });

  it("an agency post whose client is unnamed gives the agency or nothing, never 'Client'", () => {
    const text = [
      'Talentbridge Staffing logo',
      'Talentbridge Staffing',
      'Payroll Analyst – Retail Client',
      'Our recruiters are partnering with a national retail chain to fill this role for twelve months.',
      'Talentbridge Staffing is an equal opportunity employer and welcomes every applicant to apply.',
    ].join('\n');
    const got = company(text);
    assert.ok(got === undefined || got === 'Talentbridge Staffing', String(got));
  });
});

describe('employer by evidence: agencies, partners and products', () => {
  it("takes the named client of a staffing agency's post, not the agency", () => {
    const text = [
      'Harrowgate Recruiting',
      'Mobile Developer – Insurance Client',
      '',
      'Harrowgate Recruiting is partnering with Ferncliff Mutual to hire a mobile developer for its claims app.',
      'Ferncliff Mutual insures farms and small businesses in four states and has done so for sixty years.',
      'Harrowgate Recruiting is an equal opportunity employer. Harrowgate Recruiting will contact shortlisted people.',
    ].join('\n');
    assert.equal(company(text), 'Ferncliff Mutual');
  });

  it('a partner or customer company named often is not the employer', () => {
    const text = [
      'Integrations Engineer',
      '',
      'At Loomwright, we build tools for Shopify merchants who sell handmade goods.',
      'Most of our customers run Shopify stores with fewer than five staff. Shopify changes its APIs often,',
      'so you will keep our Shopify connectors current and talk to Shopify support when something breaks.',
      'Loomwright has twelve people and no managers.',
    ].join('\n');
    assert.equal(company(text), 'Loomwright');
  });

  it('a product name recurring through the text is not the employer', () => {
    const text = [
      'QA Analyst',
      '',
      'Brassmoth Studio is a four-person company that makes Tidewatch, a tide-table app for sailors.',
      'You will test Tidewatch on phones and watches; Tidewatch releases go out every Thursday.',
      'Tidewatch crash reports land in your queue, and Tidewatch reviews are read by the whole team.',
    ].join('\n');
    assert.equal(company(text), 'Brassmoth Studio');
    // Without any sentence about the studio, the product is still not taken.
    assert.notEqual(company(text.replace(/^Brassmoth.*$/m, '')), 'Tidewatch');
  });

  it('a guess by position that the text never repeats loses to a stated employer', () => {
    const text = 'Network Technician\nGreyhollow Annex\n\nAbout Corvel Freight\nCorvel Freight is a trucking company with depots in six cities and 2,000 drivers.\n';
    assert.equal(company(text), 'Corvel Freight');
  });

  it('keeps a positional employer that the text corroborates (no change from the old reading)', () => {
    const text = 'Kitchen Supervisor - Saltmarsh Bistro\n\nSaltmarsh Bistro seats sixty people and changes its menu every season with local fish.\nApply by e-mail.\n';
    assert.equal(company(text), 'Saltmarsh Bistro');
  });
});

describe('employer by evidence: general cues', () => {
  it('reads a bilingual "Label / Étiquette:" organisation field', () => {
    const text = 'Policy Analyst Student / Étudiant(e) analyste des politiques\nOrganization / Organisation: Office of Rural Broadband\nLocation / Lieu: Remote\n\nYou will compare coverage maps.\n';
    assert.equal(company(text), 'Office of Rural Broadband');
  });

  it("reads an HTML page's <title> 'Org - Title' when the page's text names the org", () => {
    const html = '<!doctype html><html><head><title>Fenwick Orbital - Flight Software Intern</title></head><body><h2>Flight Software Intern</h2><p>Fenwick Orbital builds small satellites for weather agencies and universities.</p><p>You will write tests for our flight computer.</p></body></html>';
    assert.equal(company(html), 'Fenwick Orbital');
  });

  it("does not take a page's site name that the page's text never writes (the board hosting it)", () => {
    const html = '<!doctype html><html><head><meta property="og:site_name" content="JobHarbor"><title>Welder | JobHarbor</title></head><body><h1>Welder</h1><p>Stonegate Fabrication is hiring a welder for its trailer shop.</p><p>Stonegate Fabrication runs two shifts and pays overtime.</p></body></html>';
    assert.equal(company(html), 'Stonegate Fabrication');
  });

  it("reads an e-mail subject 'Title – Org – Term'", () => {
    const text = 'From: Career Office <jobs@campus.example.edu>\nSubject: Hardware Test Co-op – Lindqvist Instruments – Fall 2028\n\nDear students,\nLindqvist Instruments makes lab scales and has asked us to share this posting with you.\n';
    assert.equal(company(text), 'Lindqvist Instruments');
  });

  it('the switch off gives the old first-found choice', () => {
    const text = 'Junior Data Engineer\nDepartment\n\nQuillfeather Systems is a small company that writes scheduling software for dental clinics.\n';
    EMPLOYER_BY_EVIDENCE.on = false;
    try {
      assert.equal(company(text), 'Department');
    } finally {
      EMPLOYER_BY_EVIDENCE.on = true;
    }
    assert.equal(company(text), 'Quillfeather Systems');
  });
});

describe('title: never a mail header, never across lines', () => {
  const title = (text: string) => parseJobPosting(text).title;

  it('skips From/To/Sent/Date header lines and reads the subject, without a list tag', () => {
    const headers = [
      'From: Student Placement Office <placements@tech.example.edu>',
      'Sent: Tuesday, March 3, 2026 9:12 AM',
      'To: engineering-coop@lists.example.edu',
      'Date: Tue, Mar 3, 2026',
    ];
    for (const header of headers) {
      const text = `${header}\nSubject: [Placement Alert] Robotics Technician Co-op – Duskfield Automation – Spring 2027\n\nDuskfield Automation builds palletising cells for food plants and has eighty staff.\n`;
      const got = title(text) ?? '';
      assert.ok(!/^(?:from|sent|to|date)\s*:/i.test(got) && !got.includes('@'), `${header} → ${got}`);
      assert.ok(!got.startsWith('['), got);
      assert.equal(parseJobPosting(text).company, 'Duskfield Automation');
    }
  });

  it('a title read from prose never spans a line break', () => {
    for (const lead of ['Harbour Council', 'Northern Region', 'Spring Intake', 'Department Of Roads', 'Open Call']) {
      const got = title(`${lead}\nData Analyst co-op for the spring term, thirty-five hours a week.\n`) ?? '';
      assert.ok(!got.includes('\n'), JSON.stringify(got));
    }
  });

  it('cuts the employer from the title end only when it is the chosen employer', () => {
    const text = 'Subject: Fwd: Payroll Clerk – Amberly Farms – Winter 2028\n\nAmberly Farms grows apples on 300 acres and has a payroll of ninety people in season.\n';
    assert.equal(parseJobPosting(text).company, 'Amberly Farms');
    assert.equal(title(text), 'Payroll Clerk');
    const other = 'Subject: Payroll Clerk – Night Desk\n\nAt Amberly Farms, we grow apples on 300 acres and pay ninety people in season.\n';
    assert.ok(!/Amberly/.test(title(other) ?? ''), title(other));
  });
});

describe('a heading that sets a condition on the reader introduces the requirements', () => {
  it('reads "… if you" / "… if" headings to the reader as requirements', () => {
    for (const h of ['You might be a fit if you', "You'll thrive here if", 'You may be a good match if', "You'd do well here if you", 'This job suits you if', 'You could be our next hire if']) {
      assert.equal(classifyHeading(h), 'required', h);
    }
  });

  it('leaves other headings to the reader as they were', () => {
    assert.equal(classifyHeading("What you'll do"), 'responsibilities');
    assert.equal(classifyHeading("What you'll learn"), 'about');
    assert.equal(classifyHeading('Your first 90 days'), 'responsibilities');
    assert.equal(classifyHeading('Apply even if'), undefined);
    assert.equal(classifyHeading('What happens after you apply'), undefined);
    // Not to the reader: no condition on "you", so not a requirements heading.
    assert.notEqual(classifyHeading('Ask us what happens if'), 'required');
  });

  it('reads the list under such a heading as required skills', () => {
    const text = 'Backend Developer\n\nYou might be a fit if you\n- three years of Python\n- have run PostgreSQL in production\n\nWhat you\'ll learn\n- Kubernetes\n';
    const job = parseJobPosting(text);
    const required = job.keywords.filter((k) => k.importance === 'required').map((k) => k.keyword);
    assert.ok(required.includes('Python') && required.includes('PostgreSQL'), required.join(', '));
    assert.ok(!required.includes('Kubernetes'), required.join(', '));
  });
});
