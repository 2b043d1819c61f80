// Round 11: company, job ID, deadline, title and URL of pasted postings — section headings under the
// title, opening verbs before a possessive, deadlines the cue governs, IDs read whole, the ligature
// repair only on PDF traces. All examples invented for these tests.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { repairLigatures } from '../../src/core/job/ligatures';
import { parseDay } from '../../src/core/job/dates';

describe('a section heading under the title is not the employer', () => {
  const headings = ['Requirements', "What you'll do", 'Key Responsibilities', 'Role Overview', 'Position Summary', 'Our Stack', 'Tech Stack', 'What We Offer', 'Who you are', 'Nice to have', 'Perks'];
  it('reads no employer from the heading, and the cue sentence when there is one', () => {
    for (const heading of headings) {
      const bare = parseJobPosting(`Firmware Engineer\n\n${heading}\n- C and C++\n- Oscilloscopes`);
      assert.equal(bare.company, undefined, heading);
      const cued = parseJobPosting(`Firmware Engineer\n\n${heading}\n- C and C++\n\nAt Quillon Acoustics, we tune hearing aids.`);
      assert.equal(cued.company, 'Quillon Acoustics', heading);
    }
  });
  it('still reads a name line under the title', () => {
    assert.equal(parseJobPosting('Firmware Engineer\nQuillon Acoustics\n\nYou will write drivers.').company, 'Quillon Acoustics');
  });
});

describe('an opening verb or preposition is not part of the name', () => {
  it('reads "Join/Meet/Explore/Inside X\'s team" as X', () => {
    for (const verb of ['Join', 'Meet', 'Explore', 'Inside']) {
      const job = parseJobPosting(`Site Reliability Engineer\n\n${verb} Tarnwick's platform team and keep our trains on time.`);
      assert.equal(job.company, 'Tarnwick', verb);
    }
  });
  it('keeps a name that opens with such a word when the text writes it whole elsewhere', () => {
    assert.equal(parseJobPosting("Backend Engineer\n\nDrive Health's mission is care at home. At Drive Health, we write Kotlin.").company, 'Drive Health');
  });
  it('reads "Join X for the season"', () => {
    assert.equal(parseJobPosting('Landscaper (Seasonal)\n\nJoin Mossbank Nursery for the summer season.').company, 'Mossbank Nursery');
  });
});

describe('the employer named as a sentence subject', () => {
  const cases: [string, string][] = [
    ['Account Engineer\n\nOur customers include Lyft and Etsy. Pellucid Payments is a card startup in Halifax.', 'Pellucid Payments'],
    ['Founding Engineer\n\nFunded by two seed firms, Corrigan Labs is building rostering software for ferries.', 'Corrigan Labs'],
    ['Data Engineer\n\nWe are hiring! Brantwood Systems is growing its data team.', 'Brantwood Systems'],
    ['Bookkeeper\n\nOakhollow Creamery has four shops in Duluth.', 'Oakhollow Creamery'],
    ['Dispatcher\n\nMaplegate Haulage runs twelve depots.', 'Maplegate Haulage'],
    ['Data Analyst\n\nVellum Insights, a subsidiary of Dorrance Group, is hiring an analyst for pricing.', 'Vellum Insights'],
    ['Security Engineer\n\nHalyard Defence (acquired by a larger firm in 2024) builds intrusion sensors.', 'Halyard Defence'],
    ['Policy Analyst\n\nThe Ashby Valley Council is hiring a policy analyst.', 'Ashby Valley Council'],
  ];
  for (const [text, company] of cases) it(company, () => assert.equal(parseJobPosting(text).company, company));
  it('takes no common word or skill as the subject', () => {
    const job = parseJobPosting('Data Analyst\n\nExperience has taught us a lot. Python makes the work easy.\n\nRequirements\n- SQL');
    assert.equal(job.company, undefined);
  });
});

describe('agencies, signatures and applicant-tracking boards', () => {
  it('an agency hiring for an unnamed client is not the employer', () => {
    const job = parseJobPosting('Java Developer\n\nCrestline Recruiting is looking for a Java developer for our client, a growing insurer in Leeds.\n\n- Java');
    assert.equal(job.company, undefined);
  });
  it('reads the employer from a signature the sender\'s domain spells', () => {
    for (const role of ['Staff Engineer | Hollowmere Health', 'Engineering Manager, Hollowmere Health']) {
      const job = parseJobPosting(`Hi Omar,\n\nMy team has an opening for a Data Engineer. Details below.\n\n- Spark\n\nBest,\nLena Ortiz\n${role}\nlena.ortiz@hollowmerehealth.com`);
      assert.equal(job.company, 'Hollowmere Health', role);
      // The sender's role under the sign-off is not the posting's title.
      assert.equal(job.title, 'Data Engineer', role);
    }
  });
  it('does not read a signature whose domain names someone else', () => {
    const job = parseJobPosting('Hi Omar,\n\nAn opening for a Data Engineer.\n\nBest,\nLena Ortiz\nStaff Engineer | Hollowmere Health\nlena@gmail.com');
    assert.equal(job.company, undefined);
  });
  it('uses a board account only when nothing else names the employer', () => {
    const alone = parseJobPosting('Frontend Engineer\nhttps://boards.greenhouse.io/quartzline/jobs/5512093\n\nYou will build forms in React.');
    assert.equal(alone.company, 'Quartzline');
    assert.equal(alone.jobId, '5512093');
    const named = parseJobPosting('Frontend Engineer\nhttps://jobs.lever.co/qlabs/6d2e3a1b-55c4-4a0f-8b2c-3d4e5f6a7b8c\n\nAt Quartzline Labs, we make forms for clinics.');
    assert.equal(named.company, 'Quartzline Labs');
  });
});

describe('deadline: the date the deadline phrase governs', () => {
  const cases: [string, string | undefined][] = [
    ['Work starts on July 6, 2027 and the application deadline is May 3, 2027.', 'May 3, 2027'],
    ['Early-bird deadline: February 2, 2027. Final deadline: March 9, 2027.', 'March 9, 2027'],
    ['Priority deadline is January 5, 2027; applications close February 12, 2027.', 'February 12, 2027'],
    ['Apply by Oct. 14, 2027.', 'Oct. 14, 2027'],
    ['Application deadline: Sept. 3, 2027', 'Sept. 3, 2027'],
    ['Apply by Tuesday, April 6, 2027.', 'April 6, 2027'],
    ['Applications close Thursday, 8 April 2027.', '8 April 2027'],
    ['Please apply no later than 19 May 2027.', '19 May 2027'],
    ['This posting closes on 2027-03-31.', '2027-03-31'],
    ['Posting expires: 2027-04-02', '2027-04-02'],
    ['Closing: 21 March 2027', '21 March 2027'],
    ['We will stop accepting applications on March 12, 2027.', 'March 12, 2027'],
    ['Closing date: 2nd of June 2027', '2nd of June 2027'],
    ['Deadline: 4/9/27', '4/9/27'],
    ['Deadline: 9.4.2027', '9.4.2027'],
    ['Email your CV to jobs@tallowmere.example by August 2, 2027.', 'August 2, 2027'],
    ['The museum will accept applications for this post until 3 September 2027.', '3 September 2027'],
    ['Closing date / Date de clôture : February 19, 2027 - 23:59', 'February 19, 2027 - 23:59'],
    ['Start date: June 1, 2027. Applications open March 1, 2027.', undefined],
    ['You must graduate no later than June 1, 2027.', undefined],
    ['The gallery closes on December 24, 2026 for the holidays.', undefined],
    ['The position closes on March 3, 2027.', 'March 3, 2027'],
  ];
  for (const [sentence, deadline] of cases) {
    it(sentence, () => assert.equal(parseJobPosting(`Curatorial Assistant\n\n${sentence}`).deadline, deadline));
  }
  it('keeps a stated referral deadline apart from the application deadline', () => {
    const job = parseJobPosting('Curatorial Assistant\n\nReferral deadline: Feb 3, 2027. Applications close Feb 24, 2027.');
    assert.equal(job.deadline, 'Feb 24, 2027');
    assert.equal(job.referralDeadline, 'Feb 3, 2027');
    assert.equal(job.eligibility?.find((e) => e.kind === 'deadline')?.date, '2027-02-24');
  });
  it('a referral deadline alone is no application deadline', () => {
    const job = parseJobPosting('Curatorial Assistant\n\nReferrals close Feb 3, 2027.');
    assert.equal(job.deadline, undefined);
    assert.equal(job.referralDeadline, 'Feb 3, 2027');
  });
  it('parses the new day shapes', () => {
    assert.equal(parseDay('2nd of June 2027'), '2027-06-02');
    assert.equal(parseDay('4/9/27'), '2027-04-09');
    assert.equal(parseDay('9.4.2027'), '2027-04-09');
  });
});

describe('job IDs read whole', () => {
  const cases: [string, string | undefined][] = [
    ['Requisition number: 2027/0588', '2027/0588'],
    ['Job ID: 408 771', '408 771'],
    ['Vacancy no: 0113 496 0021', undefined],
    ['Reference number: +44 161 496 0777', undefined],
    ['Position code: 2028', undefined],
    ['Job ID – 771203', '771203'],
    ['Job ID: OPS.4410', 'OPS.4410'],
    ['Job No. 5530/C', '5530/C'],
    ['Vacancy reference: LIB/CA/2027/11', 'LIB/CA/2027/11'],
    ['Reference: 31/208', '31/208'],
    ['Ref: 14-MAR-2027', undefined],
    ['Requisition ID 2027-05-14', undefined],
    ['Job number: 555-0142', undefined],
    ['Job ID:\n662014', '662014'],
    ['Job ID: HX-5521, Location: Derby', 'HX-5521'],
  ];
  for (const [line, id] of cases) {
    it(line, () => assert.equal(parseJobPosting(`Curatorial Assistant\n\n${line}\n\nWe run two museums.`).jobId, id));
  }
  it('reads an ID in brackets on the title line and takes it off the title', () => {
    const tagged = parseJobPosting('Senior Data Engineer [QX-440192]\n\nAt Fenmoor Rail, we run freight.');
    assert.equal(tagged.jobId, 'QX-440192');
    assert.equal(tagged.title, 'Senior Data Engineer');
    const labelled = parseJobPosting('Data Engineer (Req. ID 771820)\n\nAt Fenmoor Rail, we run freight.');
    assert.equal(labelled.jobId, '771820');
    assert.equal(labelled.title, 'Data Engineer');
    const plain = parseJobPosting('Software Engineer (Python)\n\nAt Fenmoor Rail, we run freight.');
    assert.equal(plain.jobId, undefined);
    assert.equal(plain.title, 'Software Engineer (Python)');
  });
  it('reads Ashby and BambooHR posting IDs, and prefers the posting over the board link', () => {
    const ashby = parseJobPosting('[Harlow Games](https://jobs.ashbyhq.com/harlow)\n\n# Gameplay Engineer\n\n[Apply](https://jobs.ashbyhq.com/harlow/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/application)');
    assert.equal(ashby.url, 'https://jobs.ashbyhq.com/harlow/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/application');
    assert.equal(ashby.jobId, '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    const bamboo = parseJobPosting('Warehouse Lead\nhttps://pellmore.bamboohr.com/careers/87\n\nAt Pellmore Freight, we move parcels.');
    assert.equal(bamboo.jobId, '87');
  });
});

describe('links that are not the posting', () => {
  it('a document or a careers site\'s help page is no posting URL', () => {
    assert.equal(parseJobPosting('Data Analyst\n\nBook a session at https://careers.fenmoor.ac.uk/appointments.').url, undefined);
    assert.equal(parseJobPosting('Data Analyst\n\nSee https://fenmoor.com/careers/Intern-Guide.pdf for tips.').url, undefined);
    assert.equal(parseJobPosting('Data Analyst\n\nApply: https://careers.fenmoor.com/jobs/data-analyst-44812').url, 'https://careers.fenmoor.com/jobs/data-analyst-44812');
  });
});

describe('titles of trade and service roles', () => {
  for (const title of ['Delivery Driver', 'Barista', 'Line Cook', 'Bookkeeper (Part-time)', 'Groundskeeper', 'Nurse Educator', 'Screen Printer']) {
    it(title, () => assert.equal(parseJobPosting(`${title}\n\nAt Mossbank Co-operative, we serve the valley.`).title, title));
  }
  it('a business named in the plural is still the employer', () => {
    assert.equal(parseJobPosting('Delivery Driver\n\nAt Kestwick Couriers, we deliver by noon.').company, 'Kestwick Couriers');
  });
});

describe('ligature repair only where a PDF lost them', () => {
  it('leaves ordinary words alone', () => {
    for (const text of ['- Mix solvent inks for the press', '- Weigh stakeholder asks each sprint', 'It was utter chaos at launch']) {
      assert.equal(repairLigatures(text), text);
    }
    const job = parseJobPosting('Screen Printer\n\nAt Kettleby Prints, we print posters.\n\nRequirements\n- Mix solvent inks');
    assert.ok(!job.keywords.some((k) => /flink/i.test(k.keyword)), job.keywords.map((k) => k.keyword).join(', '));
    assert.ok(job.text.includes('solvent inks'));
  });
  it('repairs a word that lost a ligature inside it, and presentation forms', () => {
    assert.equal(repairLigatures('We write soware for ports.'), 'We write software for ports.');
    assert.equal(repairLigatures('An eﬀective team'), 'An effective team');
  });
});
