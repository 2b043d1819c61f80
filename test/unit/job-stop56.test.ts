// Stop 56: sections under headings no rule knows, read by the page's heading style, by what they hold
// and by where they stand; headings that offer an edge or add to the requirements. All text is invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { classifyHeading } from '../../src/core/job/sections';
import { htmlToText } from '../../src/core/job/clean';

const importance = (job: ReturnType<typeof parseJobPosting>, keyword: string) => job.keywords.find((k) => k.keyword === keyword)?.importance;

describe('postings: stop 56 unknown headings', () => {
  it('reads a bold line the page uses as a heading, and its list after the requirements as the wish list', () => {
    const page = [
      '# Junior Backend Developer',
      '',
      '**About Corvel Freight**',
      '',
      'We move parcels across three provinces and write the software that plans the routes.',
      '',
      "**What you'll do**",
      '',
      '- Build services that price deliveries',
      '- Keep the routing jobs healthy',
      '',
      '**Foundations**',
      '',
      '- Experience with Java or Kotlin from school or a co-op',
      '- Knowledge of PostgreSQL',
      '- Familiarity with Git',
      '',
      '**Extras**',
      '',
      '- Kubernetes',
      '- Terraform or Pulumi',
      '- Kafka',
      '',
      '**Benefits**',
      '',
      '- Transit pass and a learning budget',
      '',
    ].join('\n');
    const job = parseJobPosting(page, { name: 'corvel.md' });
    assert.equal(importance(job, 'PostgreSQL'), 'required');
    assert.equal(importance(job, 'Git'), 'required');
    assert.equal(importance(job, 'Kubernetes'), 'preferred');
    assert.equal(importance(job, 'Terraform'), 'preferred');
    assert.equal(importance(job, 'Kafka'), 'preferred');
    // A page that heads nothing in bold keeps a bold line inside a paragraph's flow as text.
    const plain = parseJobPosting(['Junior Backend Developer', '', 'Requirements', '- Java', '- SQL', '', '**Extras**', '', '- Kubernetes', ''].join('\n'), { name: 'x.txt' });
    assert.equal(importance(plain, 'Kubernetes'), 'required');
  });

  it('keeps an unknown bold sub-heading inside the requirements as part of them', () => {
    const page = ['# Data Analyst Intern', '', '**About us**', '', 'A small team of analysts.', '', '**Requirements**', '', '**Languages**', '', '- Python', '- SQL', '', '**Benefits**', '', '- Lunch', ''].join('\n');
    const job = parseJobPosting(page, { name: 'analyst.md' });
    assert.equal(importance(job, 'Python'), 'required');
    assert.equal(importance(job, 'SQL'), 'required');
  });

  it('reads headings that offer an edge, add to the requirements or say what the team hopes for', () => {
    assert.equal(classifyHeading('What gives you an edge'), 'preferred');
    assert.equal(classifyHeading('Differentiators'), 'preferred');
    assert.equal(classifyHeading('What sets you apart'), 'preferred');
    assert.equal(classifyHeading('If you also happen to know…'), 'preferred');
    assert.equal(classifyHeading('You might also have'), 'preferred');
    assert.equal(classifyHeading('What we are hoping for'), 'required');
    // Additions to the work stay the work; an "edge" that is not the reader's is no heading.
    assert.equal(classifyHeading('What you will also do'), 'responsibilities');
    assert.equal(classifyHeading('You will also need'), 'required');
    assert.equal(classifyHeading('Edge cases'), undefined);
  });

  it('writes a list item whose text sits in a paragraph on the item marker’s line', () => {
    const text = htmlToText('<h3>Requirements</h3><ul><li><p>Python beyond notebooks</p></li><li><p>Git</p><p>for your own projects</p></li></ul>');
    assert.match(text, /^- Python beyond notebooks$/m);
    assert.match(text, /^- Git$/m);
  });

  it('reads "Must know", an "added advantage" and a comparison in a condition as the requirements and the wish list', () => {
    assert.equal(classifyHeading('Must know:'), 'required');
    assert.equal(classifyHeading('Added advantage:'), 'preferred');
    assert.equal(classifyHeading("We'd be even happier if you"), 'preferred');
    assert.equal(classifyHeading('You might be a fit if you'), 'required');
    // A benefit named an advantage is no wish list.
    assert.equal(classifyHeading('Our advantages'), undefined);
  });

  it('writes a row of tag elements as a list, and reads a tag field as a field, not a heading', () => {
    const text = htmlToText('<p>Skills <span class="pill">Go</span><span class="pill">Rust</span><span class="pill">Node.js</span></p><p><b>Go</b>pher</p>');
    assert.match(text, /^Skills Go, Rust, Node\.js$/m);
    // Elements of different kinds side by side stay as the page writes them; so do spans whose own text is spaced.
    assert.match(text, /^\*\*Go\*\*pher$/m);
    assert.match(htmlToText('<p><span class="s">Apply by:</span><span class="s"> Friday 22 January 2027</span></p>'), /^Apply by: Friday 22 January 2027$/m);
    const page = [
      '# Backend Engineer',
      '',
      'Skills TypeScript, Node.js, PostgreSQL, Kubernetes',
      '',
      '## About the role',
      '',
      'You would build the ingestion service that reads test results from many teams every day.',
      '',
      'You should be comfortable in TypeScript or Go, and it would help if you have used ClickHouse.',
      '',
    ].join('\n');
    const job = parseJobPosting(page, { name: 'backend.md' });
    // Without the field read as the only requirements heading, the prose says what is required.
    assert.equal(importance(job, 'Go'), 'required');
  });

  it('reads a labelled list after a spaced hyphen as after a colon, and not a duration', () => {
    const job = parseJobPosting(['Graduate Engineer Trainee', '', 'Must know:', '- Basic knowledge of manufacturing processes - machining, casting, forging', '- Python - 3 years', ''].join('\n'), { name: 'get.txt' });
    for (const skill of ['manufacturing processes', 'machining', 'casting', 'forging', 'Python']) assert.equal(importance(job, skill), 'required', skill);
    assert.ok(!job.keywords.some((k) => /years/.test(k.keyword)));
  });

  it('reads subjects whose preposition is said again, and named techniques in a list of methods', () => {
    const job = parseJobPosting(['Lab Intern', '', 'Requirements', '- Coursework in fluid mechanics and in hydrology', '- Wet chemistry methods such as Karl Fischer titration and pH measurement', ''].join('\n'), { name: 'lab.txt' });
    const names = job.keywords.map((k) => k.keyword);
    for (const skill of ['hydrology', 'Karl Fischer titration', 'pH measurement']) assert.ok(names.includes(skill), skill);
    assert.ok(!names.includes('in hydrology'));
  });

  it('reads a field named in lower case beside a listed skill as a skill of that kind', () => {
    const job = parseJobPosting(['Process Intern', '', 'Requirements', '- A solid grounding in thermodynamics, heat transfer and separation processes', '- Familiarity with hydrology and fluid mechanics', '- Building and maintaining data pipelines', ''].join('\n'), { name: 'p.txt' });
    const names = job.keywords.map((k) => k.keyword);
    for (const skill of ['thermodynamics', 'hydrology']) assert.ok(names.includes(skill), skill);
    assert.ok(!names.some((n) => /maintaining|grounding/.test(n)), names.join(', '));
  });

  it("reads a social post: the author card is not the title, and the apply link in the author's comment is the posting's", () => {
    const post = [
      'Feed post',
      'Rosa Delgado',
      ' • 2nd',
      'Head of Data @ Tallow Foods | Mentor',
      '3d •',
      'Follow',
      'My team at Tallow Foods is hiring a Junior Data Analyst!',
      '',
      'What I need to see:',
      '- SQL and Python',
      '',
      'Would be lovely:',
      '- Tableau',
      '',
      '41 comments',
      '',
      'Rosa Delgado',
      'Author',
      'Apply here: https://careers.tallow.example/job/TF-2231/junior-data-analyst',
      '',
      'Sam Lee',
      'Is this remote?',
      '',
    ].join('\n');
    const job = parseJobPosting(post, { name: 'post.txt' });
    assert.equal(job.title, 'Junior Data Analyst');
    assert.equal(job.url, 'https://careers.tallow.example/job/TF-2231/junior-data-analyst');
    assert.equal(job.jobId, 'TF-2231');
    assert.equal(importance(job, 'Tableau'), 'preferred');
  });

  it("reads the employer from the writer's team 'at' it, not from a department or a job board's brand", () => {
    const post = [
      '[Hiring] Junior Research Software Engineer, Melbourne',
      '',
      'I lead a small research software team at the Orchard Institute of Medical Research in Parkville, and we are hiring a junior RSE.',
      '',
      'Must haves:',
      '- solid Python',
      '',
      'Please apply through the institute site. HR has to see it: https://careers.orchard.example/jobs/OIMR-2611',
      '',
    ].join('\n');
    assert.equal(parseJobPosting(post, { name: 'post.txt' }).company, 'Orchard Institute of Medical Research');
    const board =
      '<html><head><title>Student Trainee (Chemist) | CAREERJOBS</title></head><body><header><a href="/">CAREERJOBS</a></header>' +
      '<h1>Student Trainee (Chemist)</h1><p>Federal Water Laboratory</p><h2>Duties</h2><ul><li>Run titrations on river samples</li></ul>' +
      '<p>The Federal Water Laboratory measures water quality across three states.</p></body></html>';
    assert.notEqual(parseJobPosting(board, { name: 'board.html' }).company?.toLowerCase(), 'careerjobs');
  });

  it('ends the wish list at a paragraph that opens with an offer label ("Perks: …")', () => {
    const text = ['Software Intern', '', 'Extra credit', '• Exposure to Azure or AWS', '', 'Perks: a housing stipend if you live more than 50 miles from Des Moines, and free lunch on Fridays.', ''].join('\n');
    const job = parseJobPosting(text, { name: 'intern.txt' });
    assert.equal(importance(job, 'AWS'), 'preferred');
    assert.ok(!job.keywords.some((k) => k.keyword === 'DES' && k.importance !== 'other'));
  });

  it("names a product listed without its vendor by the vendor said just before it", () => {
    const job = parseJobPosting(['Technologist', '', 'Requirements', '- Competent IT user: Microsoft Office (Word, Excel, Outlook)', ''].join('\n'), { name: 't.txt' });
    const names = job.keywords.map((k) => k.keyword);
    assert.ok(names.includes('Microsoft Word'), names.join(', '));
    assert.ok(!names.includes('Word'));
  });

  it("reads a board's bare tag list beside the employer's written requirements as tags, not requirements", () => {
    const page = [
      'Software Engineer I',
      '',
      "What we're looking for",
      '- A degree in computer science and two internships in backend work',
      '- You write automated tests in Kotlin or Java',
      '',
      'Bonus points',
      '- Experience with Docker or Kubernetes in a team setting',
      '',
      'Top Skills',
      'Datadog',
      'Docker',
      'Kotlin',
      'Kubernetes',
      '',
    ].join('\n');
    const job = parseJobPosting(page, { name: 'board.txt' });
    assert.equal(importance(job, 'Kubernetes'), 'preferred');
    assert.notEqual(importance(job, 'Datadog'), 'required');
    // A skills list that is the posting's only statement of what it asks stays the requirements.
    const alone = parseJobPosting(['Data Intern', '', 'Skills', 'Python', 'SQL', 'Tableau', 'Excel', ''].join('\n'), { name: 'a.txt' });
    assert.equal(importance(alone, 'Tableau'), 'required');
  });
});

