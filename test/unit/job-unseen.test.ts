// Mechanisms added after the unseen-text check (test/fixtures/unseen-postings): the page's own URL
// in an HTML head, a bare "Requisition:" label, labelled deadlines in Markdown emphasis, the
// employer named by a contact address, and phrases that hold two taxonomy skills. Each has
// negative cases: text where it must not fire. All postings here are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { cleanPosting } from '../../src/core/job/clean';

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

  it('adds nothing for a head without one, a relative or non-page link, or one already in the text', () => {
    for (const head of [
      '<title>Backend Engineer</title>',
      '<link rel="stylesheet" href="https://cdn.quillmark.example/site.css">',
      '<link rel="canonical" href="/jobs/4410987">',
      '<meta property="og:title" content="Backend Engineer">',
      '<link rel="icon" href="https://quillmark.example/favicon.ico">',
    ]) {
      const text = cleanPosting(page(head, BODY));
      assert.ok(!/https?:/.test(text), `${head} → ${text}`);
    }
    const once = cleanPosting(page('<link rel="canonical" href="https://quillmark.example/jobs/77123">', `${BODY}<p><a href="https://quillmark.example/jobs/77123">Apply here</a></p>`));
    assert.equal(once.split('https://quillmark.example/jobs/77123').length - 1, 1);
  });

  it('prefers a URL that carries a job ID over an earlier link, and keeps the first when none does', () => {
    const job = parseJobPosting('Data Analyst\nhttps://www.quillmark.example/\nApply: https://boards.greenhouse.io/quillmark/jobs/7712345\nRequirements\n- SQL\n');
    assert.equal(job.url, 'https://boards.greenhouse.io/quillmark/jobs/7712345');
    const plain = parseJobPosting('Data Analyst\nhttps://www.quillmark.example/about\nMore at https://blog.quillmark.example/post\nRequirements\n- SQL\n');
    assert.equal(plain.url, 'https://www.quillmark.example/about');
    assert.equal(plain.jobId, undefined);
  });
});

describe('a bare "Requisition:" label', () => {
  it('reads the value as the job ID', () => {
    assert.equal(parseJobPosting('# Test Technician\n\n**Requisition:** LAB-20931\n\n## Requirements\n- C\n').jobId, 'LAB-20931');
    assert.equal(parseJobPosting('Test Technician\nRequisition: 88124\nRequirements\n- C\n').jobId, '88124');
  });

  it('invents no ID from the word in prose or from a label without a number', () => {
    for (const line of [
      'Requisitions are approved by finance each quarter.',
      'Requisition: pending approval',
      'You will file purchase requisitions for lab parts.',
      'The requisition process takes 2 weeks.',
      'Requisition owner: Dana Whitfield',
    ]) {
      assert.equal(parseJobPosting(`Test Technician\n${line}\nRequirements\n- C\n`).jobId, undefined, line);
    }
  });
});

describe('labelled deadlines in Markdown emphasis', () => {
  it('reads "**Applications close:** <date>" like the plain label', () => {
    assert.equal(parseJobPosting('# Lab Intern\n\n**Applications close:** April 2, 2027\n\n## Requirements\n- Python\n').deadline, 'April 2, 2027');
    assert.equal(parseJobPosting('# Lab Intern\n\n__Application deadline:__ May 9, 2027\n').deadline, 'May 9, 2027');
  });

  it('finds no deadline in emphasised lines that state none', () => {
    for (const line of [
      '**Apply early:** we review applications on a rolling basis.',
      '**Start date:** June 1, 2027',
      '**Posted:** March 3, 2027',
      '__Deadline__: none, the role stays open until filled.',
      '**Interviews close** to your campus in April.',
    ]) {
      assert.equal(parseJobPosting(`# Lab Intern\n\n${line}\n\n## Requirements\n- Python\n`).deadline, undefined, line);
    }
  });
});

describe('the employer named by a contact address', () => {
  it('takes the capitalised name that the address domain opens, when nothing else names the employer', () => {
    const job = parseJobPosting('Position: Field Robotics Intern\nThe Fenwick Robotics Collective runs trials on farms.\nRequired skills\n- ROS\nQuestions: hiring@fenwick.example\n');
    assert.equal(job.company, 'Fenwick Robotics Collective');
  });

  it('names no employer from web-mail, a single word, a lower-case mention or a role', () => {
    for (const text of [
      'Position: Field Robotics Intern\nSend your CV to a.person@gmail.com.\nRequired skills\n- ROS\n',
      'Position: Field Robotics Intern\nFenwick trials run on farms.\nRequired skills\n- ROS\nQuestions: hiring@fenwick.example\n',
      'Position: Field Robotics Intern\nour fenwick robotics group runs trials.\nRequired skills\n- ROS\nQuestions: hiring@fenwick.example\n',
      'Position: Field Robotics Intern\nReport to the Fenwick Engineer On Duty.\nRequired skills\n- ROS\nQuestions: hiring@fenwick.example\n',
      'Position: Field Robotics Intern\nPowered by greenhouse\nRequired skills\n- ROS\nReplies: no-reply@greenhouse.io\n',
    ]) {
      assert.equal(parseJobPosting(text).company, undefined, text);
    }
  });

  it('leaves a company read another way as it is', () => {
    const job = parseJobPosting('Field Robotics Intern at Larkspur Farms\nRequired skills\n- ROS\nThe Fenwick Robotics Collective partners with us. Questions: hiring@fenwick.example\n');
    assert.equal(job.company, 'Larkspur Farms');
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
