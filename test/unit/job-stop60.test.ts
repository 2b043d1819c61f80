// Posting reading found on blind posting sets 63–66 (invented postings, written before the tool ran).
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const keywords = (text: string, name = 'posting.txt') => parseJobPosting(text, { name }).keywords.filter((k) => k.kind === 'hard');
const importance = (text: string, keyword: string, name?: string) => keywords(text, name).find((k) => k.keyword === keyword)?.importance;

describe('job postings (stop 60)', () => {
  it("reads a professor's 'What I'm looking for:' as the requirements", () => {
    const text = ['Summer research job in my lab', '', 'What you would do:', '- label images and train models', '', "What I'm looking for:", 'You should be comfortable programming in Python and have used Git.'].join('\n');
    assert.equal(importance(text, 'Python'), 'required');
  });

  it("reads a thread's numbered posts ('2/5 Must have: …', '3/5 Bonus (…): …') as labelled sections", () => {
    const text = [
      'Ana Ruiz',
      '1/5 My lab is hiring a research technician, full time, one year.',
      'Ana Ruiz',
      '2/5 Must have: a BS in biology; Python and Excel for lab data.',
      'Ana Ruiz',
      '3/5 Bonus (apply even with none of these!): R and qPCR.',
      'Ana Ruiz',
      '4/5 You would keep the lab running: ordering and inventory.',
    ].join('\n');
    assert.equal(importance(text, 'Python'), 'required');
    assert.equal(importance(text, 'R'), 'preferred');
  });

  it("reads 'Advantage:' over a list as the preferred qualifications", () => {
    const text = ['Test Engineer', '', 'Qualifications:', '- Knowledge of C or C++', '', 'Advantage:', '- LabVIEW or Python for test reports', '', 'How to apply:', 'Send your CV.'].join('\n');
    assert.equal(importance(text, 'C++'), 'required');
    assert.equal(importance(text, 'LabVIEW'), 'preferred');
  });

  it("keeps the lines of a post whose list uses Word's private-use bullet glyph", () => {
    const post = ['WE ARE HIRING: TEST ENGINEER', 'Qualifications:', '\uF0B7 Knowledge of C or C++ programming', '\uF0B7 Can use an oscilloscope', 'Advantage:', '\uF0B7 JMP or Minitab for test data'].join('\n');
    const html = `<html><body><div class="message"><div>${post}</div></div></body></html>`;
    const job = parseJobPosting(html, { name: 'messages.html' });
    assert.ok(job.text.split('\n').some((l) => l.trim() === 'Qualifications:'), job.text);
    assert.equal(keywords(html, 'messages.html').find((k) => k.keyword === 'Minitab')?.importance, 'preferred');
  });

  it("reads a bilingual page's 'ENGLISH VERSION' marker as no employer, and an employer that 'is exploring …'", () => {
    const text = ['Práctica Profesional – Geología', 'Requisitos', '• ArcGIS Pro o QGIS', '', 'ENGLISH VERSION', '', 'Geology Intern', '', 'Minera Cerro Azul is exploring and developing a copper project.', '', 'Requirements', '• ArcGIS Pro or QGIS'].join('\n');
    assert.equal(parseJobPosting(text).company, 'Minera Cerro Azul');
  });

  it("reads a forum topic's 'Employer: Role (term), City, QC' as the title and the employer", () => {
    const text = ['[Job] Brindle Robotics: Robotics Software Co-op (Summer 2027), Sherbrooke, QC', '', 'Brindle Robotics builds autonomous sprayers for orchards.', '', 'Requirements', '- C++ and ROS 2'].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Robotics Software Co-op (Summer 2027)');
    assert.equal(job.company, 'Brindle Robotics');
  });

  it("drops a careers site's name after a clipped page's title, and the site search from the clipper's source link", () => {
    const text = ['---', 'source: https://careers.quarrix.example/jobs/26-1001/process-engineer?src=search&q=process%20engineer', '---', '', '# Process Engineer – Etch (University Graduate, 2027) | Quarrix Careers', '', 'Quarrix builds specialty chips.', '', '## Requirements', '- JMP or Minitab'].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Process Engineer – Etch (University Graduate, 2027)');
    assert.equal(job.url, 'https://careers.quarrix.example/jobs/26-1001/process-engineer');
  });

  it("does not take a language the posting talks about ('German helps in the lab') for the employer", () => {
    const text = ['Werkstudent Embedded Software', 'Kellan Energy Systems GmbH · Aachen', '', 'Das bringst du mit:', '- C', '', 'Anna: Is German required? My German is B1', 'Tom: No. German helps in the lab, but it is not a requirement.'].join('\n');
    assert.notEqual(parseJobPosting(text).company, 'German');
  });

  it("reads a context-only product name with its release number ('CATIA V5') as the product", () => {
    const text = ['Manufacturing Engineer', '', 'Requirements', '- CATIA V5 (Part Design, Drawing)', '- Lean tools'].join('\n');
    assert.ok(keywords(text).some((k) => k.keyword === 'CATIA'), keywords(text).map((k) => k.keyword).join(', '));
  });

  it("takes the title a post announces ('My lab is hiring a Research Technician I: …', 'We're hiring! Research Assistant (…)')", () => {
    const thread = ['Tessa Okafor', '@okaforlab', '🌱 Job alert! My lab at Haw River University is hiring a Research Technician I: full time, 1 year.', '', 'Must have: a BS in biology; R for data.'].join('\n');
    assert.equal(parseJobPosting(thread).title, 'Research Technician I');
    const post = ["📣 We're hiring! Research Assistant (12 months, full-time) in the Seagrass Lab at Tallowood Institute, Townsville 🌊", '', 'Essential: R and GIS.'].join('\n');
    assert.equal(parseJobPosting(post).title, 'Research Assistant');
  });

  it("reads a shared AI conversation's pasted posting, not the assistant's advice about it", () => {
    const text = [
      'New grad backend role fit',
      'You said:',
      'can you check if im a fit for this?',
      '',
      'Software Engineer, New Grad',
      '',
      "What you'll need",
      '- Proficiency in Go or Java',
      '- PostgreSQL or MySQL',
      '',
      'ChatGPT said:',
      'You look like a good fit. Things the posting implies but does not list:',
      "What you'll need",
      '- Docker and Kubernetes',
      '- Terraform',
      'You said:',
      'thanks!',
    ].join('\n');
    assert.equal(importance(text, 'Go'), 'required');
    assert.equal(importance(text, 'PostgreSQL'), 'required');
    for (const advice of ['Docker', 'Kubernetes', 'Terraform']) assert.ok(!['required', 'preferred'].includes(importance(text, advice) ?? ''), `${advice}: ${importance(text, advice)}`);
  });
});
