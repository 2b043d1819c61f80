// Postings of round 17: translated Japanese careers pages (■ headings framed by rules, (MUST)/(WANT)
// markers, a title with its Japanese half and a 【tag】, "Co., Ltd." with the name in full-width brackets,
// a deadline written in both languages), a forum thread of several posts, a job board's "Role:" category,
// a chat message, an agency's masthead, and deadlines in new words. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { findSections } from '../../src/core/job/sections';
import { keepLongestThreadPost } from '../../src/core/job/thread';
import { parseDay } from '../../src/core/job/dates';
import { findStandards } from '../../src/core/job/standards';

const RULE = '-'.repeat(40);

describe('postings (round 17)', () => {
  it('reads ■ headings framed by rule lines, with (MUST) and (WANT) markers', () => {
    const text = [
      'Embedded Engineer ／ 組込みエンジニア', '', 'Hanamori Instruments Co., Ltd.（株式会社花森計器）', '',
      RULE, '■ Job Content', RULE, ' ・Design of motor control boards', '',
      RULE, '■ Required Skill・Experience (MUST)', RULE, ' ・Experience of embedded C for 3 years or more', ' ・Experience of FreeRTOS', '',
      RULE, '■ Welcome Skill・Experience (WANT)', RULE, ' ・Experience of Zephyr', '',
      RULE, '■ Working Hours', RULE, '9:00～18:00', '',
    ].join('\n');
    const kinds = findSections(text, 0).map((s) => s.kind);
    assert.deepEqual(kinds, ['other', 'responsibilities', 'required', 'preferred', 'other']);
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Embedded Engineer');
    assert.equal(job.company, 'Hanamori Instruments');
    const freertos = job.keywords.find((k) => /freertos/i.test(k.keyword));
    const zephyr = job.keywords.find((k) => /zephyr/i.test(k.keyword));
    assert.equal(freertos?.importance, 'required');
    assert.equal(zephyr?.importance, 'preferred');
  });

  it('drops a 【tag】 before a title and reads a deadline written in Japanese and English', () => {
    const text = '【New graduate / 新卒採用】Software Engineer (Factory Systems)\n\nTsurugi Works K.K.\n\n■ Application Deadline\n2027年2月5日（金）/ 5 February 2027\n';
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Software Engineer (Factory Systems)');
    assert.equal(job.company, 'Tsurugi Works');
    assert.equal(parseDay(job.deadline ?? ''), '2027-02-05');
    assert.equal(parseDay('2027年2月5日'), '2027-02-05');
  });

  it('reads the longest post of a forum thread, with the poster’s own replies', () => {
    const text = [
      'Ask HN: Who is hiring? (March 2027)', '',
      '  alice 3 hours ago | next [–]', '',
      '  Tinbox | Backend Engineer | REMOTE | Full-time', '  Go and Postgres. Email jobs@tinbox.example', '  reply', '',
      '  bob 2 hours ago | prev | next [–]', '',
      '  Ferrowise | Data Engineer (streaming) | Denver or REMOTE (US) | Full-time',
      '  Ferrowise builds metering software for water utilities. You would own our Kafka and Flink',
      '  pipelines end to end and help us move the batch jobs to streaming over the next year.',
      '  Must have: 3+ years with Apache Kafka, strong SQL, Python.', '  reply', '',
      '    carol 1 hour ago | parent | next [–]', '', '    Do you sponsor visas?', '    reply', '',
      '      bob 1 hour ago | root | parent | next [–]', '', '      Not at the moment, sorry.', '      reply', '',
      '  dave 2 hours ago | prev | next [–]', '', '  Quiltly | iOS Engineer | NYC | Full-time', '  Swift, SwiftUI.', '  reply',
    ].join('\n');
    const thread = keepLongestThreadPost(text);
    assert.equal(thread.postings, 3);
    assert.equal(thread.text.length, text.length, 'offsets are kept');
    assert.match(thread.text, /Apache Kafka/);
    assert.match(thread.text, /Not at the moment/);
    assert.doesNotMatch(thread.text, /Do you sponsor/);
    assert.doesNotMatch(thread.text, /Tinbox|Quiltly|SwiftUI/);
    const job = parseJobPosting(text);
    assert.equal(job.company, 'Ferrowise');
    assert.equal(job.title, 'Data Engineer (streaming)');
    assert.equal(job.postingsInText, 3);
    assert.equal(job.postingRead, 'longest');
    assert.ok(!job.keywords.some((k) => /swift/i.test(k.keyword)));
  });

  it('prefers a fuller top-line title over a job board’s "Role:" category, and reads the ID at a slug’s end', () => {
    const text = 'https://jobs.example/job-listings-data-analyst-reporting-lead-kestrel-pune-3-to-5-years-991204571133\n\nData Analyst / Reporting Lead\nKestrel Analytics\n\nJob description\nYou will build dashboards for our finance team in Power BI and SQL.\n\nRole: Data Analyst\nIndustry Type: Analytics\n';
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Data Analyst / Reporting Lead');
    assert.equal(job.jobId, '991204571133');
  });

  it('keeps the "Role:" value when the top line does not name the job more fully', () => {
    const text = 'Kestrel Analytics\n\nJob description\nYou will build dashboards for our finance team.\n\nRole: Data Analyst\n';
    assert.equal(parseJobPosting(text).title, 'Data Analyst');
  });

  it('reads a chat message: no channel name as the title, no emoji codes, no "We are hiring a"', () => {
    const text = '# #jobs — Rotterdam devs (Slack)\n\n**Joost** · 9:12 AM\n\n:rocket: **We\'re hiring a Platform Engineer** at *Havenlicht Media* (Rotterdam / hybrid)\n\nWe run Kubernetes on AWS.\n:date: we close applications Fri 22 Jan, first talks after\n';
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Platform Engineer');
    assert.equal(job.company, 'Havenlicht Media');
    assert.equal(job.deadline, '22 Jan');
  });

  it('names an agency by its masthead over an acronym after the title', () => {
    const text = [
      'Brackwater Talent Recruitment', 'Home | Jobs | Candidates | Clients | About | Contact', '',
      'Process Engineer – QMS (TrackWise)', '', 'Job Ref: BTR-55120', '',
      'Our client is a medical device manufacturer. The QMS team is growing and the QMS lead needs help.',
      'You will own QMS records and QMS training. The QMS rollout runs all year.', '',
      '© 2027 Brackwater Talent Recruitment Ltd.',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.company, 'Brackwater Talent Recruitment');
    assert.equal(job.title, 'Process Engineer – QMS (TrackWise)');
  });

  it('names an organisation whose name has "and" from the line under the title', () => {
    const text = 'Skip to main content\n\nSenior Analyst (Flood Risk), Coastal Division\nRiver and Coastal Mapping Agency\n\nJob ID: 5521-RCMA\nPosted 2 Dec 2026 | Closing on 30 Dec 2026\n\nWhat the role is\nYou will model flood risk.\n\n© 2026 Government of Freedonia\n';
    const job = parseJobPosting(text);
    assert.equal(job.company, 'River and Coastal Mapping Agency');
    assert.equal(job.deadline, '30 Dec 2026');
  });

  it('reads "last application date is" as the deadline and a careers home page as no posting URL', () => {
    const text = 'Mobile Developer\nNordlys Farming AB\n\nApply at https://nordlys.example/careers\n\nWe review continuously – last application date is 2027-02-14.\n';
    const job = parseJobPosting(text);
    assert.equal(job.deadline, '2027-02-14');
    assert.equal(job.url, undefined);
    assert.equal(job.company, 'Nordlys Farming');
  });

  it('reads named standards by shape, not codes, grades, versions or identifiers', () => {
    const read = (text: string) => findStandards({ text, start: 0, end: text.length }).map((m) => m.keyword);
    assert.deepEqual(read('Working knowledge of IEC 62304, ISO 14971 and 21 CFR Part 820'), ['IEC 62304', 'ISO 14971', '21 CFR Part 820']);
    assert.deepEqual(read('Familiarity with ISA-88 and NIST SP 800-53 controls'), ['ISA-88', 'NIST SP 800-53']);
    assert.deepEqual(read('Design to BS 5950:2000 and EU GMP Annex 1'), ['BS 5950', 'Annex 1']);
    assert.deepEqual(read('Azure Fundamentals (AZ-900), GS-11 grade, form OF-306'), []);
    assert.deepEqual(read('HTML 5 and USB 3.2, IELTS 7, USD 5000, FY 2027, COVID 19'), []);
    assert.deepEqual(read('Apply at https://jobs.example/BE-INT-2027-114 or quote NFSA-27-DE-0418'), []);
    assert.deepEqual(read('Know ISO/IEC 27001, AS/NZS 3000 and BS EN 1090'), ['ISO/IEC 27001', 'AS/NZS 3000', 'BS EN 1090']);
    assert.deepEqual(read('Registered at the local court, HRB 700431, CRO 612904; this IS 24/7 work'), []);
    assert.deepEqual(read('AT LEAST 3 YEARS OF EXPERIENCE WITH PYTHON'), []);
    assert.deepEqual(read('TIER 2 support, HIRING 2 interns, GS 11 grade, CAT 5 cabling, AED 15,000 a month'), []);
  });

  it('asks for a standard as one requirement in a qualification list', () => {
    const text = 'Quality Engineer\nLindqvist Medical AB\n\nRequirements\n- Experience with IEC 62304 and ISO 13485\n- Python for test automation\n';
    const names = parseJobPosting(text).keywords.map((k) => k.keyword);
    assert.ok(names.includes('IEC 62304'), names.join(', '));
    assert.ok(names.includes('ISO 13485'), names.join(', '));
  });

  it('reads a capitalised name coordinated with a named product, not in a title-case line', () => {
    const asked = (line: string) => parseJobPosting(`Requirements\n- ${line}\n`).keywords.map((k) => k.keyword);
    assert.ok(asked('Web maps with Quillmap or OpenLayers').includes('Quillmap'));
    assert.ok(asked('Containers: Docker or Stowbox for HPC jobs').includes('Stowbox'));
    assert.ok(asked('UI work in SwiftUI and Cadence for reactive streams').includes('Cadence'));
    assert.ok(!asked('Python and English at a professional level').includes('English'));
    assert.ok(!asked('Experience With Docker And Cloud Platforms').some((k) => /^cloud$/i.test(k)));
  });

  it('does not read a single posting with "Posted 3 days ago" as a forum thread', () => {
    const text = 'Data Analyst\nMarrowby Foods\nPosted 3 days ago\n\nRequirements\n- SQL and Tableau\n\nUpdated 1 day ago\n';
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Data Analyst');
    assert.equal(job.company, 'Marrowby Foods');
    assert.equal(job.postingsInText, undefined);
  });

  it('keeps list items marked with a heading glyph in their section', () => {
    const text = 'Requirements\n\n◆ 3+ years of Python\n◆ Experience with Docker\n◆ Kubernetes in production\n';
    const kinds = findSections(text, 0).map((s) => s.kind);
    assert.deepEqual(kinds, ['required']);
  });

  it('reads "closing on" as a deadline only where it opens a field, and keeps short legal-looking words', () => {
    assert.equal(parseJobPosting('Data Analyst\nAcme Foods\n\nOur office will be closing on December 24, 2026 for the holidays.\n').deadline, undefined);
    assert.equal(parseJobPosting('Agronomy Analyst\nNutrien Ag\n\nWe build crop tools.\n').company, 'Nutrien Ag');
    assert.equal(parseJobPosting('We are looking for a passionate developer to join our team.\n').title === 'passionate developer', false);
  });
});
