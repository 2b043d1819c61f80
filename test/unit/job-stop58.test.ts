// Stop 58: a posting's title and employer in shapes of board pages and forms. All text is invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const meta = (lines: string[]) => parseJobPosting(lines.join('\n'), { name: 'posting.txt' });
const keywords = (text: string, name = 'posting.txt') => parseJobPosting(text, { name }).keywords.filter((k) => k.kind === 'hard');
const importance = (text: string, keyword: string, name?: string) => keywords(text, name).find((k) => k.keyword === keyword)?.importance;

describe('postings: stop 58 title and employer', () => {
  it('keeps the kind and term of a placement in the title instead of reading them as the employer', () => {
    const m = meta(['< Back to search results', 'Quillfen Laboratories', 'Analytical Chemist – 12-Month Industrial Placement (2027/28)', 'Salary:', '£21,000', '', 'What you will do', '- Run HPLC assays on stability samples']);
    assert.equal(m.title, 'Analytical Chemist – 12-Month Industrial Placement (2027/28)');
    assert.equal(m.company, 'Quillfen Laboratories');
  });

  it('skips a careers menu entry naming only a kind of job when the title under it names a role of that kind', () => {
    const m = meta(['Skip to main content', 'Marrowby Medical', 'Jobs at Marrowby Medical', 'Graduate Programme', '', 'Graduate Test Engineer – 2027 Graduate Programme', 'Limerick, Ireland', '', 'Requirements', '- Degree in mechanical or biomedical engineering']);
    assert.equal(m.title, 'Graduate Test Engineer – 2027 Graduate Programme');
  });

  it("drops a form's 'Application' suffix from the title", () => {
    const m = meta(['Payroll Intern (part-time, Mar–Jul 2027) – Application', 'Thanks for your interest in interning with Brackley & Sons!', '', 'What we hope you bring', '- Excel: lookups and pivot tables']);
    assert.equal(m.title, 'Payroll Intern (part-time, Mar–Jul 2027)');
  });

  it("reads no title from a language switcher's link and leaves no dangling dash at a title's end", () => {
    const m = meta(['NL <https://jobs.example/junior-pricing-analyst/nl> EN', '', 'Junior Pricing Analyst', 'Utrecht · Full-time', '', 'Requirements', '- SQL']);
    assert.equal(m.title, 'Junior Pricing Analyst');
    const cut = meta(['Job Description - Lab Scientist I - Core Lab - Nights-', '', 'Requirements', '- Phlebotomy']);
    assert.ok(!/[-–]$/.test(cut.title ?? ''), cut.title);
  });

  it('does not take a plain line above the title for the employer when it names no organisation', () => {
    const m = meta(['Featured job', 'Data Analyst – Summer Internship 2027', 'Location: Leeds', '', 'About Ferncastle Analytics', 'Ferncastle Analytics builds pricing tools.', '', 'Requirements', '- SQL']);
    assert.notEqual(m.company, 'Featured job');
    assert.equal(m.title, 'Data Analyst – Summer Internship 2027');
  });
});

describe('postings: stop 58 sections and page shapes', () => {
  it("reads a line that stops on a verb waiting for its object as a heading ('You'll fit in if you have')", () => {
    const text = ['The role', 'You will run trials on new moulds with the process team.', "You'll fit in if you have", 'A degree in mechanical engineering; hands-on time with SolidWorks, Minitab and Python.', 'What we offer', 'Dental from day one.'].join('\n');
    assert.equal(importance(text, 'SolidWorks'), 'required');
    const wrapped = ['Requirements', '- Python', 'We are an equal opportunity employer. Preference will be given to', 'candidates who know Kotlin.'].join('\n');
    assert.notEqual(importance(wrapped, 'Kotlin'), 'preferred', 'a wrapped sentence is no heading');
  });

  it('reads a table of tab-separated fields whose labels list their parts', () => {
    const text = ['FTE\t1.0', 'Salary\t$20 per hour', 'Position Summary\tThe lab studies soils.', 'Minimum Qualifications\tDegree in chemistry. Experience with titration.', 'Preferred Qualifications\tExperience processing data in Python or MATLAB.', 'Knowledge, Skills and Abilities\tCareful record keeping.', 'Physical Demands\tLifting up to 40 lbs.'].join('\n');
    assert.equal(importance(text, 'MATLAB'), 'preferred');
  });

  it('reads an old table-layout page that sits inside its form', () => {
    const items = Array.from({ length: 4 }, (_, i) => `<li>Run quality control on analyzer ${i + 1} and document every run in the laboratory information system for the night shift review.</li>`).join('');
    const html = `<html><body><form action="https://jobs.example/apply"><table><tr><td><p>${'We are a four-hospital system serving the region. '.repeat(20)}</p><b>Qualifications</b><ul>${items}<li>Phlebotomy and HPLC</li></ul></td></tr></table><input type="hidden" name="job" value="1"></form></body></html>`;
    assert.ok(keywords(html, 'posting.html').some((k) => k.keyword === 'HPLC'));
  });

  it("drops a share box's row of networks", () => {
    const text = ['Requirements', '- Python', '| | Share: LinkedIn <https://linkedin.example/share> | Facebook <https://facebook.example/s> | Email |'].join('\n');
    assert.ok(!keywords(text).some((k) => k.keyword === 'LinkedIn' || k.keyword === 'Facebook'));
  });

  it("reads a post's bold letters from Unicode's mathematical alphabets as plain letters", () => {
    const text = ['𝗖𝗼𝗺𝗽𝗮𝗻𝘆 𝗡𝗮𝗺𝗲: Quorvane Technologies Pvt. Ltd.', '𝗥𝗼𝗹𝗲: Backend Trainee', '', '𝗦𝗸𝗶𝗹𝗹𝘀 𝗥𝗲𝗾𝘂𝗶𝗿𝗲𝗱', '- Java and SQL'].join('\n');
    const posting = meta(text.split('\n'));
    assert.equal(posting.company, 'Quorvane Technologies');
    assert.equal(importance(text, 'Java'), 'required');
  });

  it("reads the longest post of a channel pasted whole, each post ending in its views and time", () => {
    const text = ['Campus Drives Channel', '', 'Hiring: Electrical Trainee at Pellam Power', 'Skills: AutoCAD Electrical, PLC basics', '1.2K 10:05', '', 'Tip of the day: practise aptitude', '880 11:00', '', 'Backend Trainee at Quorvane', 'Company: Quorvane', 'Requirements', '- Java 17 and Spring Boot', '- PostgreSQL and REST APIs', '- Git', 'Apply by 20 Dec', '3.4K 18:40'].join('\n');
    const found = keywords(text).map((k) => k.keyword);
    assert.ok(found.includes('Spring Boot'), found.join(', '));
    assert.ok(!found.includes('PLC'), 'another post');
  });

  it("reads 'who they're after' as the requirements and 'brownie points for' as the wish list, and a field label after a pictograph", () => {
    const text = ['🧑‍💻 Role: Vacation Student – Structural', '', 'Who they’re after 👀', '🔹 Strand7 or SPACE GASS', '', 'Brownie points for 🍫', '🔸 Tekla Structures', '🔸 Python'].join('\n');
    assert.equal(importance(text, 'Strand7'), 'required');
    assert.equal(importance(text, 'Python'), 'preferred');
    assert.equal(meta(text.split('\n')).title, 'Vacation Student – Structural');
  });

  it("ends a team-stack aside at 'but': the tools after it are the ask", () => {
    const text = ['Requirements', '- A BI tool — we use Looker, but Tableau or Power BI experience transfers fine.', '- SQL'].join('\n');
    const found = keywords(text).map((k) => k.keyword);
    assert.ok(found.includes('Tableau') && found.includes('Power BI'), found.join(', '));
  });

  it('reads Word beside the other Office programs, and no concurrency from a chat thread', () => {
    const office = ['Requirements', '- Computer literate with MS Office (Excel, Word, PowerPoint).'].join('\n');
    assert.ok(keywords(office).some((k) => k.keyword === 'Microsoft Word'));
    const chat = ['Topic: one post per role, details in the thread 🧵', '', 'Requirements', '- SQL and Python'].join('\n');
    assert.ok(!keywords(chat).some((k) => k.keyword === 'concurrency'));
  });

  it("drops a portal's list of the student's saved postings, but not a lone 'Shortlist' button", () => {
    const text = ['Shortlist', 'Job Title: Software Developer Co-op', 'Required Skills: Java and SQL.', 'My Shortlist (2)', 'Embedded Firmware Co-op - Osprey Marine (Job ID: 2187) - Deadline: Jan 20', 'QA Automation Co-op - Halver Insurance (Job ID: 2188) - Deadline: Jan 13'].join('\n');
    const found = keywords(text).map((k) => k.keyword);
    assert.ok(found.includes('Java'), found.join(', '));
    assert.ok(!found.some((k) => /firmware|automation/i.test(k)), found.join(', '));
  });

  it('reads a choice list whose items lead with an acronym or run to four words', () => {
    const text = ['Preferred Qualifications', '- Hands-on experience with one or more of: XRF, gas chromatography, DOC analysis, or soil organic matter fractionation.'].join('\n');
    const found = keywords(text).map((k) => k.keyword);
    assert.ok(found.includes('DOC analysis') && found.includes('soil organic matter fractionation'), found.join(', '));
  });

  it('reads the kinds of equipment listed after "equipment such as"', () => {
    const text = ['Requirements', '- Troubleshooting of laboratory equipment such as centrifuge rotors, biosafety cabinets and autoclaves.'].join('\n');
    const found = keywords(text).map((k) => k.keyword);
    assert.ok(found.includes('biosafety cabinets'), found.join(', '));
  });

  it('reads no phrase around an infinitive ("Able to use Excel" is a clause, not a skill name)', () => {
    const found = keywords(['Requirements', '- Able to read Excel.', '- Python'].join('\n')).map((k) => k.keyword.toLowerCase());
    assert.ok(!found.some((k) => /\bto (?:use|read)\b/.test(k)), found.join(', '));
  });
});

