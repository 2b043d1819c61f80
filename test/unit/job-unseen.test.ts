// Mechanisms added after the unseen-text checks (test/fixtures/unseen-postings*): the page's own URL
// in an HTML head, a bare "Requisition:" label, labelled deadlines in Markdown emphasis, and phrases
// that hold two taxonomy skills. Each has negative cases (text where it must not fire) that fail
// when the mechanism is loosened. All postings here are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { cleanPostingPage } from '../../src/core/job/clean';

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const BODY = '<h1>Backend Engineer</h1><p>Quillmark Data builds ledgers.</p><ul><li>Go</li><li>PostgreSQL</li></ul>';

describe('the page address in an HTML head', () => {
  it('reads the canonical link and og:url as the posting URL and its job ID', () => {
    const canonical = parseJobPosting(page('<link rel="canonical" href="https://boards.greenhouse.io/quillmark/jobs/4410987">', BODY));
    assert.equal(canonical.url, 'https://boards.greenhouse.io/quillmark/jobs/4410987');
    assert.equal(canonical.jobId, '4410987');
    const og = parseJobPosting(page('<meta property="og:url" content="https://careers.quillmark.example/jobs/5512345">', BODY));
    assert.equal(og.url, 'https://careers.quillmark.example/jobs/5512345');
  });

  it('takes the page address over any link in the body, and writes none of it into the text', () => {
    const body = `${BODY}<aside><p>Similar roles</p><ul><li><a href="https://boards.greenhouse.io/quillmark/jobs/4400999">Data Engineer</a></li></ul></aside>`;
    const job = parseJobPosting(page('<link rel="canonical" href="https://boards.greenhouse.io/quillmark/jobs/4400001">', body));
    assert.equal(job.url, 'https://boards.greenhouse.io/quillmark/jobs/4400001');
    assert.equal(job.jobId, '4400001');
    assert.ok(!job.text.includes('4400001'), job.text);
  });

  it('gives no page address for a head without one, a relative link or a link that is not the page', () => {
    for (const head of [
      '<title>Backend Engineer</title>',
      '<link rel="stylesheet" href="https://cdn.quillmark.example/site.css">',
      '<link rel="canonical" href="/jobs/4410987">',
      '<meta property="og:title" content="Backend Engineer">',
      '<link rel="icon" href="https://quillmark.example/favicon.ico">',
    ]) {
      const cleaned = cleanPostingPage(page(head, BODY));
      assert.equal(cleaned.pageUrl, undefined, head);
      assert.ok(!/https?:/.test(cleaned.text), `${head} → ${cleaned.text}`);
    }
    // A canonical link in the body is not the page's head.
    assert.equal(cleanPostingPage(`<div><p>Backend Engineer</p><link rel="canonical" href="https://quillmark.example/jobs/4410987"></div>`.repeat(3)).pageUrl, undefined);
  });

  it('takes the first URL of a paste, and no job ID from any other link', () => {
    const careers = 'https://quillmark.example/careers/data-analyst';
    for (const other of [
      'Similar jobs: https://www.linkedin.com/jobs/view/3912345678',
      'Track your application: https://mail.quillmark.example/track?jid=8f3a22c1',
      'Refer a friend: https://jobs.quillmark.example/job/123456/refer',
      'Read our blog: https://quillmark.example/blog/jobs/20250611',
      'Brochure: https://quillmark.example/files/brochure_R2024.pdf',
      'Privacy: https://quillmark.example/privacy?req=gdpr-notice',
      'Apply: https://boards.greenhouse.io/quillmark/jobs/7712345',
    ]) {
      const job = parseJobPosting(`Data Analyst\n${careers}\nRequirements\n- SQL\n${other}\n`);
      assert.equal(job.url, careers, other);
      assert.equal(job.jobId, undefined, other);
    }
  });
});

describe('a bare "Requisition:" label', () => {
  it('reads the value as the job ID', () => {
    assert.equal(parseJobPosting('# Test Technician\n\n**Requisition:** LAB-20931\n\n## Requirements\n- C\n').jobId, 'LAB-20931');
    assert.equal(parseJobPosting('Test Technician\nRequisition: 204518\nRequirements\n- C\n').jobId, '204518');
  });

  it('invents no ID from the word in prose or from a label without a number', () => {
    for (const line of [
      'Requisitions are approved by finance each quarter.',
      'Requisition: pending approval',
      'You will file purchase requisitions for lab parts.',
      'The requisition process takes 2 weeks.',
      'Requisition owner: Dana Whitfield',
      // Not a field that opens its line, or a value shaped like a phone number, date, year, range or ZIP code.
      'Questions about your requisition: 555-123-4567 (HR hotline).',
      'Material requisition: 12-15 forms per week',
      'Lab parts are ordered on a material requisition: MR-2210.',
      'Requisition: 555-123-4567',
      'Requisition: 2026-03-15',
      'Requisition: 2027',
      'Requisition: 12-15',
      'Requisition: 94105',
      'Requisition: 2026-03-15 approved',
    ]) {
      assert.equal(parseJobPosting(`Test Technician\n${line}\nRequirements\n- C\n`).jobId, undefined, line);
    }
  });
});

describe('labelled deadlines in Markdown emphasis', () => {
  it('reads "**Applications close:** <date>" like the plain label', () => {
    assert.equal(parseJobPosting('# Lab Intern\n\n**Applications close:** April 2, 2027\n\n## Requirements\n- Python\n').deadline, 'April 2, 2027');
    assert.equal(parseJobPosting('# Lab Intern\n\n__Application deadline:__ May 9, 2027\n').deadline, 'May 9, 2027');
    assert.equal(parseJobPosting('# Lab Intern\n\n*Apply by:* March 15, 2027\n').deadline, 'March 15, 2027');
    assert.equal(parseJobPosting('# Lab Intern\n\nApplications are accepted until January 8, 2027.\n').deadline, 'January 8, 2027');
  });

  it('finds no deadline in emphasised lines that state none', () => {
    for (const line of [
      '**Apply early:** we review applications on a rolling basis.',
      '**Start date:** June 1, 2027',
      '**Posted:** March 3, 2027',
      '__Deadline__: none, the role stays open until filled.',
      '**Interviews close** to your campus in April.',
      'Applications are accepted until the role is filled; interviews start March 3, 2027.',
      'Feedback is accepted through March 3, 2027.',
      '*Start date:* June 1, 2027',
    ]) {
      assert.equal(parseJobPosting(`# Lab Intern\n\n${line}\n\n## Requirements\n- Python\n`).deadline, undefined, line);
    }
  });
});

describe('a contact address', () => {
  // An employer read from a mail domain was tried and removed (review 9): web-mail, job-board and
  // university domains and common words ("new.com") name something else.
  it('names no employer', () => {
    for (const [mail, name] of [
      ['jane.doe@gmail.com', 'Gmail Workspace Admins'],
      ['jobs-noreply@greenhouse.io', 'Greenhouse Software'],
      ['hr@stanford.edu', 'Stanford University Medical Center'],
      ['hr@new.com', 'New York City Office'],
      ['jobs@orbit.example', 'Orbit Staffing Group'],
    ]) {
      const job = parseJobPosting(`Position: Field Robotics Intern\nThis role reports to the ${name}.\nRequired skills\n- ROS\nQuestions: ${mail}\n`);
      assert.equal(job.company, undefined, mail);
    }
  });
});

describe('a phrase holding two taxonomy skills', () => {
  const asked = (line: string) =>
    parseJobPosting(`Data Engineer\n\nRequirements\n- ${line}\n`)
      .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
      .map((k) => k.keyword);

  it('names those skills, not a new one', () => {
    const got = asked('Exposure to Python Django service code');
    assert.ok(got.includes('Python') && got.includes('Django'), got.join(', '));
    assert.ok(!got.some((k) => /service code/i.test(k)), got.join(', '));
  });

  it('still reads one skill as the modifier of a new one', () => {
    const got = asked('Experience with Redis Streams');
    assert.ok(got.some((k) => /redis streams/i.test(k)), got.join(', '));
  });
});

describe('subjects a student is asked to be studying', () => {
  const hard = (line: string) =>
    parseJobPosting(`Game Programming Intern\n\nWhat you need\n- ${line}\n`)
      .keywords.filter((k) => k.kind === 'hard')
      .map((k) => k.keyword);

  it('are fields of study, not skills asked for', () => {
    assert.deepEqual(hard('Currently studying computer science, software engineering or data science'), []);
    assert.deepEqual(hard('Students majoring in statistics, data science or a related field'), []);
  });

  it('leave skills outside the list of subjects, and "studying" in another sense, alone', () => {
    for (const [line, skill] of [
      ['Currently studying computer science, with working Python', 'Python'],
      ['Experience studying production incidents with Grafana', 'Grafana'],
      ['You will be studying our Kafka pipelines to find bottlenecks', 'Kafka'],
      ['Data science coursework; currently studying mathematics', 'data science'],
      ['Comfort with machine learning while studying part-time', 'machine learning'],
    ]) {
      assert.ok(hard(line).includes(skill), `${line} → ${hard(line).join(', ')}`);
    }
  });
});

describe('a list item that tells of something done', () => {
  const hard = (line: string) =>
    parseJobPosting(`Tools Engineer\n\nNice to have\n- ${line}\n`)
      .keywords.filter((k) => k.kind === 'hard')
      .map((k) => k.keyword.toLowerCase());

  it('is no skill when its opening verb takes a determined object', () => {
    for (const line of [
      'Published an open-source plugin',
      'Maintained several hobby servers',
      'Wrote a technical blog',
      'Organised the campus robotics club',
    ]) {
      const verb = line.split(' ')[0].toLowerCase();
      const got = hard(line);
      assert.ok(!got.some((k) => k.includes(verb)), `${line} → ${got.join(', ')}`);
    }
    // A taxonomy skill named inside it still counts.
    assert.ok(hard('Published an open-source plugin').includes('open source'));
  });

  it('still reads a bare noun phrase led by an -ed modifier as a skill', () => {
    for (const [line, skill] of [
      ['Advanced query optimization', 'query optimization'],
      ['Structured logging pipelines', 'structured logging pipelines'],
      ['Offline-first data synchronisation', 'offline-first data synchronisation'],
    ]) {
      const got = hard(line);
      assert.ok(got.includes(skill), `${line} → ${got.join(', ')}`);
    }
  });
});
