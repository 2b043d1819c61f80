// Stop 43: postings in shapes from sets 27/28 — a forum post with its replies, a national job bank's
// sections and fields, a two-column PDF form, a bilingual title written French first, a printed job
// announcement, a board's page of one company's jobs. Each mechanism has a case where it must not fire.
// All posting text is invented.

import { strict as assert } from 'node:assert';
import { classifyHeading, parseJobPosting } from '../../src/core/job';
import { blankJunkLines } from '../../src/core/job/clean';
import { deadlinesIn } from '../../src/core/job/eligibility';
import { dropTranslatedHalf } from '../../src/core/job/language';

const firstDeadline = (text: string) => deadlinesIn(text).find((d) => d.of === 'application')?.written;
const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());

describe('a forum post and its replies (stop 43)', () => {
  const post = (bar: string, after: string[]) =>
    ['[Hiring] Backend Developer at Fernwick Labs', '', 'We are hiring a backend developer. You know Go and PostgreSQL.', '', bar, '', ...after, ''].join('\n');

  it('drops what follows a bar of counts when the replies start under it', () => {
    const text = post('⬆ 57 · 💬 12 comments · Share · Save', ['Sort by: Best', '', 'u/pinecone_dev · 3 hr. ago', 'Do you sponsor visas? I know Kubernetes well.']);
    const cleaned = blankJunkLines(text);
    assert.ok(cleaned.includes('You know Go and PostgreSQL'), cleaned);
    assert.ok(!cleaned.includes('Kubernetes'), cleaned);
    assert.ok(!hard(text).includes('kubernetes'), hard(text).join(', '));
    assert.ok(hard(text).includes('postgresql'));
  });

  it('keeps the post when the same bar stands under its title, before the body', () => {
    const text = ['[Hiring] Backend Developer at Fernwick Labs', '⬆ 57 · 💬 12 comments · Share · Save', '', 'We are hiring. You know Go and Kubernetes.', ''].join('\n');
    assert.ok(blankJunkLines(text).includes('Kubernetes'), blankJunkLines(text));
  });

  it('does not read a thread\'s byline with a comment count as the replies\' start', () => {
    const text = post('312 points by hiringbot 5 hours ago | hide | 420 comments', ['Fernwick Labs | Data Engineer | Remote', 'We use Kafka and Spark.']);
    const cleaned = blankJunkLines(text);
    assert.ok(cleaned.includes('Kafka and Spark'), cleaned);
  });

  it('drops a "Back to results (N)" line as page chrome, not a line with more words', () => {
    assert.equal(blankJunkLines('< Back to search results (128)\nData Analyst').trim(), 'Data Analyst');
    assert.ok(blankJunkLines('Back to results we delivered for clients\nData Analyst').includes('we delivered'));
  });
});

describe('a national job bank\'s sections and fields (stop 43)', () => {
  it('reads credentials, certificates and "… knowledge" headings as what is required', () => {
    for (const h of ['Credentials', 'Certificates, licences, memberships, and courses', 'Experience and specialization', 'Computer and technology knowledge', 'Technical knowledge']) {
      assert.equal(classifyHeading(h), 'required', h);
    }
    assert.notEqual(classifyHeading('Knowledge sharing at Fernwick'), 'required');
    assert.notEqual(classifyHeading('Our credentials'), 'required');
  });

  it('takes the organisation a board says posted the job, never a person', () => {
    const body = ['Survey Technician', '', 'Posted on November 28, 2026 by Halvard Geomatics Ltd.', '', 'Requirements', '- AutoCAD Civil 3D', ''].join('\n');
    assert.equal(parseJobPosting(body).company, 'Halvard Geomatics');
    const byPerson = ['Survey Technician', '', 'Posted on November 28, 2026 by Maria Lopez', '', 'Requirements', '- AutoCAD Civil 3D', ''].join('\n');
    assert.notEqual(parseJobPosting(byPerson).company, 'Maria Lopez');
  });

  it('reads the number an employer asks applicants to quote as the job ID', () => {
    const body = ['Survey Technician', '', 'How to apply', 'Quote this reference number when you apply:', 'JB-4471920', '', 'Requirements', '- AutoCAD', ''].join('\n');
    assert.equal(parseJobPosting(body).jobId, 'JB-4471920');
    const noId = ['Survey Technician', '', 'Quote this reference number when you apply:', '2027', ''].join('\n');
    assert.equal(parseJobPosting(noId).jobId, undefined);
  });

  it('reads "advertised until", a cut-off and "stop taking applications" as deadlines', () => {
    assert.equal(firstDeadline('Advertised until: 2027-01-15'), '2027-01-15');
    assert.equal(firstDeadline('Application cut-off: January 20, 2027'), 'January 20, 2027');
    assert.equal(firstDeadline('We will stop taking applications on February 3, 2027.'), 'February 3, 2027');
    assert.equal(firstDeadline('Applications for co-op roles close January 9, 2027.'), 'January 9, 2027');
    assert.equal(firstDeadline('The site was advertised widely in 2026.'), undefined);
  });

  it('reads the board itself as no employer when it speaks of "this employer" as another party', () => {
    const body = [
      'Survey Technician',
      'Halvard Geomatics',
      '',
      'Jobpath Canada has verified the identity of this employer.',
      '',
      'Requirements',
      '- AutoCAD',
      '',
    ].join('\n');
    assert.notEqual(parseJobPosting(body).company, 'Jobpath Canada');
  });
});

describe('titles and addresses in print and bilingual shapes (stop 43)', () => {
  it('ends a two-column form\'s title at the next field across the page', () => {
    const body = ['Position Title: Water Quality Analyst II          Posting No.: 27-004', 'Department: Operations', '', 'Duties', '- Sample and test', ''].join('\n');
    assert.equal(parseJobPosting(body).title, 'Water Quality Analyst II');
  });

  it('takes the English half of a title written French first', () => {
    assert.equal(dropTranslatedHalf('Programmeur(se) gameplay / Gameplay Programmer'), 'Gameplay Programmer');
    assert.equal(dropTranslatedHalf('Développeur·se back-end / Backend Developer'), 'Backend Developer');
    // English first keeps its English half as before; two English halves are one title.
    assert.equal(dropTranslatedHalf('Data Engineer / Ingénieur(e) de données'), 'Data Engineer');
    assert.equal(dropTranslatedHalf('Frontend / Mobile Developer'), 'Frontend / Mobile Developer');
  });

  it('keeps balanced brackets inside a posting address, not the bracket that closes around it', () => {
    const url = 'https://careers.fernwick.example/job/Toronto-Developer-II-(React-.NET)/9981203/';
    assert.equal(parseJobPosting(`Developer II\n\n${url}\n\nRequirements\n- React\n`).url, url);
    assert.equal(parseJobPosting(`Developer II\n\n(see https://careers.fernwick.example/job/9981203)\n\nRequirements\n- React\n`).url, 'https://careers.fernwick.example/job/9981203');
  });

  it('takes the issuer printed above "JOB ANNOUNCEMENT" as the employer, in title case', () => {
    const body = ['LARCHMONT VALLEY WATER DISTRICT', 'JOB ANNOUNCEMENT', '', 'Maintenance Planner', '', 'Duties', '- Plan work orders in Maximo', ''].join('\n');
    assert.equal(parseJobPosting(body).company, 'Larchmont Valley Water District');
  });

  it('names the company of a board\'s company jobs page only as the text writes its name', () => {
    const written = ['Platform Engineer', 'https://www.jobsboard.example/company/quillfeather-robotics/jobs/771', '', 'About the role', 'You will write firmware for arms used by Quillfeather Robotics customers.', '', 'Requirements', '- Rust', ''].join('\n');
    assert.equal(parseJobPosting(written).company, 'Quillfeather Robotics');
    const unwritten = ['Platform Engineer', 'https://www.jobsboard.example/company/zx-holdco-7/jobs/771', '', 'We build arms for labs.', '', 'Requirements', '- Rust', ''].join('\n');
    assert.notEqual(parseJobPosting(unwritten).company?.toLowerCase(), 'zx holdco 7');
  });
});

describe('acronyms and senses in a plant posting (stop 43)', () => {
  const keywords = (line: string) => parseJobPosting(`Instrumentation Technologist\n\nRequirements\n- ${line}\n`).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);

  it('reads "P&IDs" as piping and instrumentation diagrams, and "IDs" never as intrusion detection (IDS)', () => {
    assert.deepEqual(keywords('Reading P&IDs and loop sheets'), ['P&ID']);
    assert.ok(!keywords('Keep employee IDs and badge records current').includes('intrusion detection'));
    assert.ok(keywords('Experience with IDS/IPS and SIEM tools').includes('intrusion detection'));
  });

  it('reads process instrumentation as the plant skill, and instrumentation as telemetry only among software', () => {
    const plant = keywords('Process instrumentation: calibration of 4-20 mA transmitters');
    assert.ok(plant.includes('process instrumentation') && !plant.includes('telemetry'), plant.join(', '));
    assert.ok(keywords('Instrumentation of our React app with Segment').includes('telemetry'));
  });
});

describe('a professor\'s forwarded e-mail and a public-service poster (stop 43)', () => {
  const email = [
    '---------- Forwarded message ---------',
    'From: Ugrad Office <ugrad@kelmoor.example>',
    'Subject: Fwd: paid RA spot in my lab',
    '',
    'Forwarding on behalf of Prof. Ostrander. Please reply to her directly.',
    '',
    'Role: Undergraduate Research Assistant (part-time in winter term, about 10 hours a week, paid)',
    '',
    'Must-haves (please don\'t apply without these, it\'s not fair to you):',
    '- C++ and ROS 2',
    '- Git',
    '',
    'Bonus (nice but really not required):',
    '- Docker',
    '',
    'The position is also listed in the Work-Study portal as #WS-27-2210.',
    '',
    'Thanks!',
    'Mara',
    '',
    '--',
    'Mara Ostrander, PhD, P.Eng.',
    'Assistant Professor, Mechanical Engineering',
    'Field Robotics Lab | Kelmoor University',
    '',
  ].join('\n');

  it('reads the lab\'s university from the signature the sender\'s address spells, never "Prof. X" a forward names', () => {
    const job = parseJobPosting(email);
    assert.equal(job.company, 'Kelmoor University');
    assert.equal(job.title, 'Undergraduate Research Assistant');
    assert.equal(job.jobId, 'WS-27-2210');
  });

  it('takes no year a portal line names after "as #" for the job ID (the value is judged whole, as a labelled one)', () => {
    const text = email.replace('as #WS-27-2210', 'as #2027 (the intake year)');
    assert.equal(parseJobPosting(text).jobId, undefined);
  });

  it('reads a heading with a bracketed aside, and a signature\'s "PhD" asks for no degree', () => {
    const job = parseJobPosting(email);
    const importance = (k: string) => job.keywords.find((x) => x.keyword === k)?.importance;
    assert.equal(importance('C++'), 'required');
    assert.equal(importance('Git'), 'required');
    assert.equal(importance('Docker'), 'preferred');
    assert.deepEqual(job.degrees.flatMap((d) => d.levels), []);
    assert.equal(classifyHeading('Benefits (we cover all of these in full)'), classifyHeading('Benefits'));
    assert.equal(classifyHeading('Qualifications (must have)'), 'required');
  });

  it('takes the organisation a poster says to visit, and a degree "common but not a requirement" asks for none', () => {
    const poster = ['IT Security Analyst', '', 'For further information on the organization, please visit Harbourline Data Agency', '', 'Essential qualifications', '- Experience with SIEM tools', ''].join('\n');
    assert.equal(parseJobPosting(poster).company, 'Harbourline Data Agency');
    const waived = parseJobPosting('Backend Engineer\n\nRequirements\n- A bachelor\'s degree in computer science is common on the team, but it is not a requirement.\n- Kotlin\n');
    assert.deepEqual(waived.degrees, []);
  });

  it('reads a front matter "req" as the job ID, and no eligibility field as a skill list', () => {
    const md = parseJobPosting('---\ntitle: "Senior SRE"\nreq: QS-OPS-114\n---\n\n## Requirements\n- Kubernetes\n');
    assert.equal(md.jobId, 'QS-OPS-114');
    const portal = parseJobPosting('Design Intern\n\nQualifications\nSchool year: Sophomore, Junior, Senior\nGPA: 3.0 or above\n- SolidWorks\n');
    const hard = portal.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());
    assert.ok(!hard.some((k) => /sophomore|junior|senior|3\.0|above/.test(k)), hard.join(', '));
    assert.ok(hard.includes('solidworks'), hard.join(', '));
  });
});

describe('robotics and verification names (stop 43)', () => {
  const hard = (line: string) => parseJobPosting(`Robotics Engineer\n\nRequirements\n- ${line}\n`).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);

  it('reads the planning, perception and simulation tools a robotics posting names', () => {
    const found = hard('MoveIt 2, OMPL or Drake; point clouds with PCL or Open3D; simulation in Gazebo with ROS 2');
    for (const k of ['MoveIt', 'OMPL', 'Drake', 'PCL', 'Open3D', 'Gazebo']) assert.ok(found.includes(k), `${k} in ${found.join(', ')}`);
    assert.ok(hard('UVM testbenches with SystemVerilog Assertions on AXI and APB buses').includes('UVM'));
  });

  it('reads "gazebo" and "drake" as English outside a technical sentence', () => {
    assert.deepEqual(hard('Comfortable meeting customers in the garden gazebo and at the drake pond'), []);
  });
});
