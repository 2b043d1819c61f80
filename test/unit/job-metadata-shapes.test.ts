// Round 10 (second jobs pass): employer letterheads, logo text, copyright footers, "<noun> number"
// labels, rolling-review deadlines and links that are not the posting's. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

describe('employer in capitals above the title', () => {
  it('reads the capitals line as the employer and keeps the " - part" in the title', () => {
    const cases: [string, string, string][] = [
      // (A shift after the dash is the schedule and is dropped: "- Second Shift"; see job-session27.)
      ['BRIARWOOD TRACTOR WORKS\nPaint Line Technician - Frame Shop\n\nYou will prep frames.', 'Briarwood Tractor Works', 'Paint Line Technician - Frame Shop'],
      ['OSTRANDER COLD STORAGE\nMaintenance Planner - Building 3\nLocation: Reno, NV', 'Ostrander Cold Storage', 'Maintenance Planner - Building 3'],
      ['KESTREL AI LABS\nData Analyst - Growth\n', 'Kestrel AI Labs', 'Data Analyst - Growth'],
      ['THE MILLBROOK GROUP\nQuality Inspector | Receiving\n', 'The Millbrook Group', 'Quality Inspector | Receiving'],
      ['PINE HOLLOW FOODS\nProcess Engineer\nYou will tune ovens.', 'Pine Hollow Foods', 'Process Engineer'],
    ];
    for (const [text, company, title] of cases) {
      const job = parseJobPosting(text);
      assert.equal(job.company, company, text);
      assert.equal(job.title, title, text);
    }
  });

  it('does not take a capitals heading, a hiring banner or a role in capitals for the employer', () => {
    for (const top of ['REQUIREMENTS', 'NOW HIRING', 'JOB DESCRIPTION', 'SENIOR WELDER', 'ABOUT THE ROLE', 'URGENT OPENING', 'SUMMER 2027', 'FULL-TIME', 'TORONTO, ON', 'REMOTE']) {
      const job = parseJobPosting(`${top}\nWarehouse Associate - Night Shift\n\nYou will load trucks.`);
      assert.notEqual(job.company?.toLowerCase(), top.toLowerCase(), top);
    }
    // Without a capitals line, "Title - Company" still names the company after the dash.
    assert.equal(parseJobPosting('Warehouse Associate - Lakeshore Freight\n\nYou will load trucks.').company, 'Lakeshore Freight');
    // A mixed-case line above is not a letterhead.
    assert.notEqual(parseJobPosting('Welcome to our team\nWarehouse Associate - Night Shift\n').company, 'Welcome to our team');
  });
});

describe('employer from a logo line and not from a city', () => {
  it('reads "<Name> logo" near the title', () => {
    assert.equal(parseJobPosting('Jobs\nMarlow Bicycle Co logo\nMarlow Bicycle Co\nMechanic Apprentice\nPortland, OR · 3 days ago\n').company, 'Marlow Bicycle Co');
    assert.equal(parseJobPosting('Fenwick Labs logo\nLab Technician\nBoston, MA · 2 weeks ago\n').company, 'Fenwick Labs');
  });

  it('does not take "City, ST" under the title for the employer, nor a logo line naming a role', () => {
    assert.equal(parseJobPosting('Kitchen Supervisor\nAustin, TX · 2 days ago\n\nYou will prep.').company, undefined);
    assert.equal(parseJobPosting('Kitchen Supervisor\nLyon, France · Reposted\n\nYou will prep.').company, undefined);
    assert.notEqual(parseJobPosting('Designer logo\nGraphic Designer\nDenver, CO\n').company, 'Designer');
    // A name with a comma that is not a place stays readable from other cues.
    assert.equal(parseJobPosting('Kitchen Supervisor\nOrchard Bistro · 2 days ago\n').company, 'Orchard Bistro');
  });
});

describe('employer from a copyright footer', () => {
  it('takes "© <year> <Org>" when no other employer is stated and the text names it again', () => {
    assert.equal(parseJobPosting('Assay Chemist\n\nYou will run titrations for Coldwater Minerals clients.\n\n© 2026 Coldwater Minerals').company, 'Coldwater Minerals');
    assert.equal(parseJobPosting('Assay Chemist\n\nColdwater Minerals runs two labs.\n\nCopyright 2025 Coldwater Minerals Inc. All rights reserved.').company, 'Coldwater Minerals');
  });

  it('does not take a footer naming only the site (a job board) or override a stated employer', () => {
    assert.equal(parseJobPosting('Assay Chemist\n\nYou will run titrations.\n\n© 2026 Jobstream Media').company, undefined);
    assert.equal(parseJobPosting('Assay Chemist\nCompany: Redfern Labs\nPowered by Jobstream\n© 2026 Jobstream').company, 'Redfern Labs');
    assert.equal(parseJobPosting('Assay Chemist\n\nWe test ore.\n\n(c) all rights reserved').company, undefined);
  });
});

describe('"<noun> number" job IDs', () => {
  it('reads role, requisition and posting numbers', () => {
    assert.equal(parseJobPosting('Survey Technician\nRole number: 48820317\n').jobId, '48820317');
    assert.equal(parseJobPosting('Survey Technician\nRole No. RT-5521\n').jobId, 'RT-5521');
    assert.equal(parseJobPosting('Survey Technician\nPosting number: 2027-0193\n').jobId, '2027-0193');
  });

  it('never reads a phone, a count or a year after "role"', () => {
    assert.equal(parseJobPosting('Survey Technician\nRole number questions: 555-0142\n').jobId, undefined);
    assert.equal(parseJobPosting('Survey Technician\nRole number: 555-201-3344\n').jobId, undefined);
    assert.equal(parseJobPosting('Survey Technician\nThe role involves 40 hours a week in 2027.\n').jobId, undefined);
    assert.equal(parseJobPosting('Survey Technician\nIn this role, number crunching matters.\n').jobId, undefined);
  });
});

describe('rolling-review deadlines', () => {
  it('reads "reviewed on a rolling basis until <date>" and its variants', () => {
    assert.equal(parseJobPosting('Archivist\nApplications are reviewed on a rolling basis until March 3, 2027.\n').deadline, 'March 3, 2027');
    assert.equal(parseJobPosting('Archivist\nApplications are considered as they are received through April 30, 2027.\n').deadline, 'April 30, 2027');
    assert.equal(parseJobPosting('Archivist\nResumes will be accepted on a rolling basis until June 1, 2027.\n').deadline, 'June 1, 2027');
  });

  it('does not read a rolling review without an end date, or a start date', () => {
    assert.equal(parseJobPosting('Archivist\nApplications are reviewed on a rolling basis.\n').deadline, undefined);
    assert.equal(parseJobPosting('Archivist\nThe term runs on a rolling basis from May 4, 2027.\n').deadline, undefined);
    assert.equal(parseJobPosting('Archivist\nReviewed on a rolling basis; start date March 3, 2027.\n').deadline, undefined);
  });
});

describe('a link that is not the posting is not its URL', () => {
  it('keeps job-shaped and apply links', () => {
    assert.equal(parseJobPosting('Archivist\nhttps://careers.fernvale.org/r/5521\n').url, 'https://careers.fernvale.org/r/5521');
    assert.equal(parseJobPosting('Archivist\nApply at: https://fernvale.org/r/5521\n').url, 'https://fernvale.org/r/5521');
    assert.equal(parseJobPosting('Archivist\nhttps://fernvale.wd3.myworkdayjobs.com/ext/job/Archivist_R123\n').url, 'https://fernvale.wd3.myworkdayjobs.com/ext/job/Archivist_R123');
    assert.equal(parseJobPosting('Archivist\nhttps://fernvale.org/openings/archivist\n').url, 'https://fernvale.org/openings/archivist');
  });

  it('drops a team page, a blog post or a product link as the posting URL', () => {
    assert.equal(parseJobPosting('Archivist\nSee what the lab publishes: https://lab.fernvale.org/papers\n').url, undefined);
    assert.equal(parseJobPosting('Archivist\nOur blog: https://fernvale.org/blog/winter-digitising\n').url, undefined);
    assert.equal(parseJobPosting('Archivist\nTry the catalogue at https://catalogue.fernvale.org/search?q=maps\n').url, undefined);
    assert.equal(parseJobPosting('Archivist\nMeet the team: https://fernvale.org/people/archives\n').url, undefined);
    assert.equal(parseJobPosting('Archivist\nhttps://fernvale.org/jobsworth-manifesto-news\n').url, undefined, '"jobs" only as a whole path word');
  });
});
