// Pasted careers pages and forwarded e-mails: page chrome and quoting are taken off before the
// posting is read. Every posting here is invented; each mechanism has cases where it must not fire.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { blankJunkLines, unquoteEmail } from '../../src/core/job/clean';

const keywords = (text: string) => parseJobPosting(text).keywords.map((k) => k.keyword.toLowerCase());

describe('job pastes: recommendation blocks', () => {
  const page = [
    'Field Service Technician Apprentice',
    'Marrowgate Elevators',
    '',
    'What you need',
    '- Basic knowledge of hydraulics and PLC troubleshooting',
    '',
    'Recommended jobs',
    'Kotlin Developer   Leeds   2 days ago',
    'Senior Embedded Engineer   York   5 days ago',
    '',
    'We are an equal opportunity employer.',
  ].join('\n');

  it('blanks the listed titles under "Similar/Recommended jobs" and "People also viewed" up to the next blank line', () => {
    const job = parseJobPosting(page);
    assert.equal(job.title, 'Field Service Technician Apprentice');
    assert.ok(!keywords(page).includes('kotlin'), 'a recommended role is not an ask');
    assert.equal(job.text.length, page.length, 'offsets stay true');
    for (const heading of ['Similar Jobs', 'People also viewed', 'More jobs at Tern Freight', 'Jobs you may be interested in']) {
      const out = blankJunkLines(`${heading}\nRust Engineer   Oslo\n\nKeep this line.`);
      assert.ok(!/Rust/.test(out), heading);
      assert.ok(out.includes('Keep this line.'), `${heading}: the block ends at a blank line`);
    }
  });

  it('leaves sentences and other headings that merely mention jobs', () => {
    for (const line of [
      'More jobs at Tern Freight open in spring, so apply early.',
      'Other roles we hire for include data engineers',
      'Similar jobs elsewhere pay less than ours.',
      'Jobs',
      'About the jobs team',
    ]) {
      const out = blankJunkLines(`${line}\nExperience with Rust and Go\n`);
      assert.ok(out.includes('Experience with Rust and Go'), line);
    }
  });
});

describe('job pastes: footer and navigation bars', () => {
  it('blanks a bar of short link items that holds a site-chrome item', () => {
    for (const bar of [
      'Privacy Policy | Terms of Use | Accessibility | © 2027 Quarry Point Logistics Incorporated',
      'Careers Home · Search Jobs · Saved Jobs (2) · Sign In',
      'About | Blog | Sitemap | Contact Us',
    ]) assert.equal(blankJunkLines(bar).trim(), '', bar);
    const job = keywords('## Requirements\n- SQL\n\nCookie Policy | Terms of Service | Accessibility\n');
    assert.ok(!job.includes('accessibility'), 'a footer link is not a skill');
  });

  it('keeps tech-stack, location and requirement lines that use the same separators', () => {
    for (const line of [
      'Python · Go · Kubernetes · Terraform',
      'Accessibility | React | TypeScript | Storybook',
      'Toronto, ON | Hybrid | Full-time',
      'Home automation | Zigbee | Matter | Thread',
      'Privacy engineering | threat modeling',
    ]) assert.equal(blankJunkLines(line), line, line);
  });

  it('blanks a share bar and a "< Back" link, not a sentence about sharing', () => {
    assert.equal(blankJunkLines('Share this job:  Mastodon  Bluesky  Email').trim(), '');
    assert.equal(blankJunkLines('< Back to jobs').trim(), '');
    const line = 'Share your on-call knowledge with the team';
    assert.equal(blankJunkLines(line), line);
  });
});

describe('job pastes: employer and title lines', () => {
  it('never takes a pronoun for the employer; "About <Name>" still names it', () => {
    const us = parseJobPosting('Backend Developer\n\nAbout Us\nWe run the ferries of a small archipelago.\n\n## Requirements\n- Go\n');
    assert.notEqual(us.company, 'Us');
    for (const pronoun of ['Them', 'Me']) assert.notEqual(parseJobPosting(`Data Analyst\n\nAbout ${pronoun}\nText.\n`).company, pronoun);
    const named = parseJobPosting('Backend Developer\n\nAbout Fernhollow Ferries\nWe run the ferries of a small archipelago.\n');
    assert.equal(named.company, 'Fernhollow Ferries');
  });

  it('reads a co-op title from the top line', () => {
    assert.equal(parseJobPosting('Firmware Co-op (Fall 2027)\nLumen Bay Instruments\n\nWhat you bring\n- C\n').title, 'Firmware Co-op (Fall 2027)');
  });

  it('takes "Subject:" and Fwd/Fw/Re prefixes off a forwarded title, and nothing that merely starts alike', () => {
    const fwd = parseJobPosting('Subject: Fw: RE: Platform Engineer Intern - Lakeshore Freight\n\nHi team, see below.\n');
    assert.equal(fwd.title, 'Platform Engineer Intern');
    assert.equal(fwd.company, 'Lakeshore Freight');
    assert.equal(parseJobPosting('Fwd: Test Engineer Intern\n').title, 'Test Engineer Intern');
    assert.equal(parseJobPosting('Reactive Systems Engineer\n').title, 'Reactive Systems Engineer');
    assert.equal(parseJobPosting('Frontend Engineer — Refract Labs\n').title, 'Frontend Engineer');
  });
});

describe('job pastes: applicant-tracking header fields', () => {
  it('reads "Job Requisition:" and "Posting End Date:" / "Close Date:" fields', () => {
    const job = parseJobPosting('Clinical Systems Analyst\nHarbourview Care\nJob Requisition: JR-10233\nPosting End Date: March 3, 2027\n');
    assert.equal(job.jobId, 'JR-10233');
    assert.equal(job.deadline, 'March 3, 2027');
    assert.equal(parseJobPosting('Network Technician\nClose Date: 12 April 2027\n').deadline, '12 April 2027');
  });

  it('reads a job ID whose letter groups come before its digits, and no ID that is not one', () => {
    assert.equal(parseJobPosting('QA Engineer\nJob ID: QA-NET-2031-07\n').jobId, 'QA-NET-2031-07');
    assert.equal(parseJobPosting('QA Engineer\nJob ID: see the link below\n').jobId, undefined);
    assert.equal(parseJobPosting('QA Engineer\nJob Requisition: call 555-0142 to ask\n').jobId, undefined);
    assert.equal(parseJobPosting('QA Engineer\nThe posting end date may change.\n').deadline, undefined);
  });
});

describe('job pastes: forwarded e-mails', () => {
  const mail = [
    'Subject: Fwd: Site Reliability Intern',
    '',
    '> From: Talent Team <jobs@example.org>',
    '>',
    '> REQUIREMENTS',
    '> * Experience operating Linux servers and distributed',
    '>   systems in production',
    '> > * Comfort with the command line',
    '> * Some Terraform.',
    '> Job ID: SRE-IN-4410',
  ].join('\n');

  it('blanks quote markers (offsets kept) and joins a quoted bullet with its wrapped continuation', () => {
    const out = unquoteEmail(mail);
    assert.equal(out.length, mail.length);
    assert.ok(!/^\s*>/m.test(out), 'no quote marker left');
    assert.match(out, /and distributed {5}systems in production/);
    const job = parseJobPosting(mail);
    assert.ok(keywords(mail).includes('distributed systems'));
    assert.equal(job.jobId, 'SRE-IN-4410');
    assert.equal(job.title, 'Site Reliability Intern');
  });

  it('does not join separate bullets, finished sentences, or unquoted text; leaves a lone quote alone', () => {
    const out = unquoteEmail(mail);
    assert.ok(out.includes('\n    * Comfort with the command line\n'), 'a nested bullet stays its own line');
    assert.ok(/Terraform\.\n/.test(out), 'a line ending a sentence is not joined');
    const plain = 'Requirements\n- Experience with distributed\n  systems\n> one quoted line\n';
    assert.equal(unquoteEmail(plain), plain);
    const twoQuoted = '> a\n> b\n';
    assert.equal(unquoteEmail(twoQuoted), twoQuoted);
  });
});

describe('job pastes: a currency code against an amount is money', () => {
  it('drops CAD beside an amount', () => {
    for (const pay of ['Pay: $31.50 CAD per hour', 'Salary 72,000 CAD a year', 'Stipend of CAD 4k per term', 'Rate: 650 CAD per day'])
      assert.ok(!keywords(`## Requirements\n- SQL\n\n${pay}.\n`).includes('cad'), pay);
  });

  it('keeps CAD and AutoCAD where no amount stands beside them', () => {
    for (const ask of ['Experience with CAD tools (SolidWorks)', 'Experience with CAD 3D modelling', 'Two years using 2 CAD packages', 'Familiar with CAD 2024 releases'])
      assert.ok(keywords(`## Requirements\n- ${ask}\n`).includes('cad'), ask);
    assert.ok(keywords('## Requirements\n- AutoCAD drafting for $40 per hour\n').includes('autocad'));
  });
});

describe('taxonomy: a language with the use of it is the language', () => {
  it('has no alias "<a language> programming/scripting/coding" under another skill, which would hide the language', async () => {
    const { allSkills, lookupSkill } = await import('../../src/core/skills');
    const offenders: string[] = [];
    for (const skill of allSkills()) {
      for (const alias of skill.aliases) {
        const m = /^(.+?)\s+(?:programming|scripting|coding)$/i.exec(alias.text);
        const named = m && lookupSkill(m[1]);
        if (named && named.category === 'language' && named.name !== skill.name) offenders.push(`${alias.text} → ${skill.name} hides ${named.name}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('reads "CUDA programming" as CUDA and keeps GPU programming for its own words', () => {
    assert.ok(keywords('## Nice to have\n- CUDA programming\n').includes('cuda'));
    const gpu = keywords('## Nice to have\n- GPU programming for simulation\n');
    assert.ok(gpu.includes('gpu programming') && !gpu.includes('cuda'));
  });
});

describe('list items that name a disposition toward a field', () => {
  it('reads no shape-phrase from "Interest in …" / "Passion for …" items, yet finds taxonomy skills in them', () => {
    for (const item of ['Interest in maritime shipping or port operations', 'A passion for tabletop games', 'Genuine curiosity about civic budgets'])
      assert.deepEqual(
        parseJobPosting(`## Nice to have\n- ${item}\n`).keywords.filter((k) => k.extracted),
        [],
        item,
      );
    assert.ok(keywords('## Nice to have\n- Interest in machine learning\n').includes('machine learning'));
  });

  it('still reads bare noun-phrase items that only start alike', () => {
    const read = parseJobPosting('## Nice to have\n- Interest rate modelling\n- Loving-kindness meditation apps\n').keywords.map((k) => k.keyword.toLowerCase());
    assert.ok(read.some((k) => k.includes('interest rate')), read.join(', '));
  });
});
