// Stop 54, from blind posting set 46: postings inside a calendar invitation, LaTeX source and a wiki
// page's source; fields set out in aligned columns; "X invites applications"; a reference named in
// running text. All documents are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { postingFromCalendar } from '../../src/core/job/calendar-container';
import { postingFromLatex } from '../../src/core/job/latex-container';
import { postingFromWiki } from '../../src/core/job/wiki-container';
import { colonAlignedFields, emojiBulletsAsDashes } from '../../src/core/job/clean';

const hardSkills = (job: ReturnType<typeof parseJobPosting>) => job.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());

describe('postings: stop 54 containers and fields', () => {
  it('reads the longest event description of an .ics invitation, unfolded and unescaped', () => {
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'SUMMARY:Info session: Graduate Lab Scientist',
      'DESCRIPTION:Join us online.\\n\\nGraduate Lab Scientist\\nRiverbend Pathology | Dubbo\\nJob reference: RP-GLS-2',
      ' 7\\n\\nWhat you need\\n- Pipetting\\, centrifugation and light microscopy\\n- Python or R',
      'URL:https://careers.riverbend.example/jobs/RP-GLS-27',
      'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    const text = postingFromCalendar(ics)!;
    assert.match(text, /Job reference: RP-GLS-27\n/);
    assert.ok(text.includes('- Pipetting, centrifugation and light microscopy'));
    assert.ok(!text.includes('REMINDER') && !text.includes('Info session'));
    const job = parseJobPosting(ics, { name: 'lab-scientist.ics' });
    assert.equal(job.jobId, 'RP-GLS-27');
    assert.ok(hardSkills(job).includes('python'));
    assert.equal(postingFromCalendar('BEGIN:VCARD\nFN:Ana\nEND:VCARD'), undefined);
  });

  it('reads a LaTeX advert as the text it prints: headings, items, its own macros, no comments', () => {
    const tex = [
      '\\documentclass{article}', '\\newcommand{\\refno}{GW-2027-PhD-04}', '\\newcommand{\\deadline}{9~January~2027}',
      '\\rhead{Ref.\\ \\refno}', '\\begin{document}', '{\\Large PhD position in groundwater modelling}', '',
      'The Institute for Karst Water Studies (IKWS), Graz, invites applications for a doctoral researcher. Deadline: \\deadline.', '',
      '\\subsection*{Your profile}', '\\begin{itemize}[leftmargin=*]', '  \\item Programming in Python for time-series analysis',
      '  % \\item Experience with LiDAR point clouds', '  \\item GIS (QGIS)', '\\end{itemize}', '\\end{document}',
    ].join('\n');
    const text = postingFromLatex(tex)!;
    assert.match(text, /## Your profile\n\n- Programming in Python for time-series analysis/);
    assert.ok(!text.includes('LiDAR'));
    const job = parseJobPosting(tex, { name: 'phd-groundwater.tex' });
    assert.equal(job.company, 'Institute for Karst Water Studies');
    assert.equal(job.deadline, '9 January 2027');
    assert.equal(job.jobId, 'GW-2027-PhD-04');
    assert.ok(hardSkills(job).includes('qgis'));
  });

  it('turns a wiki page source into a page: headings, lists, links, an infobox\'s named fields', () => {
    const wiki = [
      '__NOTOC__', '{{Sidebar/Careers}}', '== Open ==', '=== Pohjola Robotics Oy: Summer Trainee, Test Automation {{flag|GB}} ===',
      '{{Job', '| company = [[Companies/Pohjola|Pohjola Robotics Oy]]', '| closes = 28.2.2027', '}}',
      "Pohjola builds '''harbour robots'''.<ref>Partner 2026.</ref>", '==== What we require ====', '* Python for test scripts', '* Reading schematics in [[w:en:KiCad|KiCad]]',
      '<!-- * MATLAB (removed) -->', 'Apply at [https://pohjola.example/jobs/PR-27-TA-3 our site].',
    ].join('\n');
    const html = postingFromWiki(wiki, 'trainee.wiki')!;
    assert.ok(html.includes('<h3>Pohjola Robotics Oy: Summer Trainee, Test Automation</h3>'));
    assert.ok(html.includes('<p>company: Pohjola Robotics Oy</p>'));
    assert.ok(html.includes('<li>Reading schematics in KiCad</li>'));
    assert.ok(html.includes('<a href="https://pohjola.example/jobs/PR-27-TA-3">our site</a> (https://pohjola.example/jobs/PR-27-TA-3)'));
    assert.ok(!html.includes('MATLAB') && !html.includes('Partner 2026') && !html.includes('flag'));
    const skills = hardSkills(parseJobPosting(wiki, { name: 'trainee.wiki' }));
    for (const s of ['kicad', 'python', 'schematics']) assert.ok(skills.includes(s), s);
    assert.ok(!skills.includes('matlab'));
    assert.equal(postingFromWiki('# A Markdown posting\n\n- Python', 'job.md'), undefined);
  });

  it('gives fields set out in aligned columns their colons, three lines or more', () => {
    assert.equal(colonAlignedFields('  ROLE     Junior Engineer\n  REF      KL-1\n  CLOSES   10 January 2027\n'), '  ROLE: Junior Engineer\n  REF: KL-1\n  CLOSES: 10 January 2027\n');
    // A board's title-case facts are fields too (stop 55); its tags stay as they are.
    const tags = 'Job Type      Full Time\nRelocation    Allowed\nSkills        C++   Linux\n';
    assert.equal(colonAlignedFields(tags), 'Job Type: Full Time\nRelocation: Allowed\nSkills        C++   Linux\n');
  });

  it('reads a reference named in running text or quoted for the application', () => {
    const body = (line: string) => `# Data Apprentice\n\nTramline Data is hiring an apprentice in Lyon.\n\n## Requirements\n- SQL\n\n${line}\n`;
    assert.equal(parseJobPosting(body('Apply at tramline.example/jobs — ref. TD-ALT-DATA-27. CV and a few lines.')).jobId, 'TD-ALT-DATA-27');
    assert.equal(parseJobPosting(body('Apply through our site and quote **TD-ENG-0117** in the form.')).jobId, 'TD-ENG-0117');
    assert.equal(parseJobPosting(body('See the reference list (ref. 12) for the standards.')).jobId, undefined);
  });

  it('reads the advertisement under a rule of underscores in an invitation: its title and employer', () => {
    const text = [
      'Hi everyone,', '', 'You are invited to an online info session about the Riverbend Pathology Graduate Lab Scientist Program 2027.', '',
      'Agenda', '1. Who we are', '2. The program', '', 'Join the meeting: https://meet.example/j/123', '',
      '________________________________________________', '', 'THE ROLE (full advertisement, for reference)', '',
      'Graduate Lab Scientist – 2027 Program', 'Riverbend Pathology | Dubbo central laboratory', 'Job reference: RP-GLS-27', '',
      "What you'll need", '- Pipetting and centrifugation', '- Python or R',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Graduate Lab Scientist – 2027 Program');
    assert.equal(job.company, 'Riverbend Pathology');
  });

  it('drops a jobs repository\'s place and work-mode tag before the title', () => {
    const job = parseJobPosting('title:\t[Mombasa · Hybrid] Junior Backend Engineer (Go) @ Pesaflow\nstate:\tOPEN\n\nPesaflow is hiring a junior backend engineer in Mombasa.\n\n## Requirements\n- Go\n- PostgreSQL\n');
    assert.equal(job.title, 'Junior Backend Engineer (Go)');
  });

  it('reads "Closes Jan 15" among a board\'s facts as the deadline, and an app\'s share link without its share marks', () => {
    const text = [
      '👷 Check out this job on Jobsite Hire!', '', 'Welder Apprentice', 'Acme Steel Ltd. · Regina, SK', '📅 Posted 3 days ago · Closes Jan 15 · 17 applicants', '',
      'What you bring', '• Welding', '• Reading blueprints', '', '👉 https://jobsite.example/j/7Qm2xK?ref=share_android&sid=5d0c81f2',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.deadline, 'Jan 15');
    assert.equal(job.url, 'https://jobsite.example/j/7Qm2xK');
  });

  it('names the employer of "We\'re hiring! 🎉 Name, the cooperative that …, is looking for"', () => {
    const text = "We're hiring! 🎉 Tramline Données, the cooperative that publishes open transit data for the region, is looking for a data apprentice.\n\nWhat you need:\n• Python\n• SQL\n";
    assert.equal(parseJobPosting(text).company, 'Tramline Données');
  });

  it('reads an ambiguous name heading a list item before its bracket or dash among tool names ("React (hooks)")', () => {
    const job = (item: string) => hardSkills(parseJobPosting(`# Frontend Engineer\n\nBirchwood Labs is hiring.\n\nYou will need\n  • Solid JavaScript\n  • ${item}\n  • Git\n`));
    assert.ok(job('React (hooks, context)').includes('react'));
    assert.ok(job('React – or Preact, which is what we ship').includes('react'));
    assert.ok(!job('react quickly to incidents (pager duty)').includes('react'));
  });

  it('reads an item\'s noun phrase before its examples or a gloss, and the examples a skills lead announces', () => {
    const skills = hardSkills(parseJobPosting([
      '# Lab Technician', '', 'Harbour Fish Health AS is hiring a lab technician in Bergen.', '', '## Qualifications',
      '- Microscopy, e.g. for gill checks or parasite counts', '- Hazardous area classification (IEC 60079) and hydrogen safety',
      '- Brazing (oxy-acetylene) and copper pipe fitting', '- Basic hand skills, e.g. riveting, safety wiring and torque tightening',
      '- Strong communication skills, e.g. with clients', '- A passion for fish welfare, e.g. through volunteering', '- Good English, e.g. for reports',
    ].join('\n')));
    for (const s of ['microscopy', 'hazardous area classification', 'hydrogen safety', 'copper pipe fitting', 'riveting', 'safety wiring', 'torque tightening']) assert.ok(skills.includes(s), s);
    for (const s of ['fish welfare', 'english', 'good english', 'passion']) assert.ok(!skills.includes(s), s);
  });

  it('names the employer by the name it writes most: "Cerro Azul Energía" over the shorter "Cerro Azul"', () => {
    const text = [
      '# Cerro Azul Energía opens hiring for its commissioning team', '', 'Cerro Azul Energía, a developer of green hydrogen, will build the plant.',
      'Cerro Azul is hiring an electrical commissioning engineer.', '', '## Requirements', '- Protection relay testing', '',
      'About Cerro Azul Energía: founded in 2019.', 'Contact: press@cerroazul.example (Cerro Azul Energía)',
    ].join('\n');
    assert.equal(parseJobPosting(text).company, 'Cerro Azul Energía');
  });

  it('reads lines opened by the same pictograph as list items, and a board\'s facts each opened by another as they are', () => {
    assert.equal(emojiBulletsAsDashes('WHAT WE NEED\n✅ Rock mass classification (RMR, GSI)\n✅ Kinematic analysis in Dips\n'), 'WHAT WE NEED\n- Rock mass classification (RMR, GSI)\n- Kinematic analysis in Dips\n');
    const facts = '📅 Posted 3 days ago\n💲 $22.50 an hour\n⭐ Skills match: Brazing\n';
    assert.equal(emojiBulletsAsDashes(facts), facts);
  });

  it('reads an item of names joined by "and/or" as those names, their capitals kept', () => {
    const job = parseJobPosting('# IT Technician\n\nRidgeway School District is hiring.\n\n## Requirements\n- Hexnode UEM and/or Mosyle Business\n- Hazardous Area Classification\n');
    const names = job.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);
    for (const n of ['Hexnode UEM', 'Mosyle Business', 'hazardous area classification']) assert.ok(names.includes(n), n);
  });
});

