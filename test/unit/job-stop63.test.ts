// Posting reading found on blind posting sets 76–78 (invented postings, written before the tool ran).
// Examples here are our own.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { labelledTableRows, withoutMarkdownEscapes } from '../../src/core/job/labelled-table';
import { otherLanguageSection } from '../../src/core/job/other-language-headings';
import { derivedInstrumentForms } from '../../src/core/skills/derive';
import { decodeText } from '../../src/cli/read-text';

const keywords = (text: string, name = 'posting.txt') => parseJobPosting(text, { name }).keywords.filter((k) => k.kind === 'hard');
const found = (text: string, keyword: string, name?: string) => keywords(text, name).find((k) => k.keyword.toLowerCase() === keyword.toLowerCase());

describe('job postings (stop 63)', () => {
  it('reads the headings of an outliner page, where every line is a list item', () => {
    const text = [
      '- 09:12 drive from the placement office #jobs',
      '  company:: [[Ferncliff Ledger]]',
      '\t- pasted from the portal:',
      '\t\t- ## Backend Engineer Trainee',
      '\t\t- **What you will work on**',
      '\t\t- Services in Go that post ledger entries to Cassandra',
      '\t\t- Dashboards in Grafana for the payments team',
      '\t\t- **Skills required**',
      '\t\t- Proficiency in Java or Python',
      '\t\t- Writing SQL queries with joins',
      '\t\t- **Good to have**',
      '\t\t- Docker and a little Kubernetes',
    ].join('\n');
    // The work named under "What you will work on" is the role's, not a requirement.
    assert.equal(found(text, 'Cassandra')?.importance, 'other');
    assert.equal(found(text, 'Grafana')?.importance, 'other');
    assert.equal(found(text, 'Java')?.importance, 'required');
    assert.equal(found(text, 'SQL')?.importance, 'required');
    assert.equal(found(text, 'Docker')?.importance, 'preferred');
  });

  it('keeps a bold item that names no section an item', () => {
    const text = ['Requirements', '', '- **Python**', '- Experience with PostgreSQL', '- **Nice extras**: Terraform'].join('\n');
    assert.equal(found(text, 'Python')?.importance, 'required');
    assert.equal(found(text, 'PostgreSQL')?.importance, 'required');
  });

  it('takes the heading under a breadcrumb trail, not the trail\'s last crumb, for the title', () => {
    const text = [
      'Empleos en Jalisco  >  Empleos en Zapopan  >  Desarrollador de software',
      '',
      'Software Developer Intern – Prácticas profesionales (2027)',
      'Tlaquepaque Sistemas S.A. de C.V.',
      '',
      'Requirements',
      '- Java or Kotlin',
    ].join('\n');
    assert.equal(parseJobPosting(text).title, 'Software Developer Intern – Prácticas profesionales (2027)');
    const only = ['Careers › Engineering › Firmware Engineer Intern', '', 'We build pumps.', '', 'Requirements', '- C and an RTOS'].join('\n');
    assert.equal(parseJobPosting(only).title, 'Firmware Engineer Intern');
  });

  it('reads a co-op portal\'s form of labels and values, kept as a Markdown table, as labelled lines', () => {
    const text = [
      '**Data Engineering Co-op**',
      '',
      '| POSTING INFORMATION |  |',
      '| :---- | :---- |',
      '| Job Title: | Data Engineering Co-op |',
      '| Organization: | Saltmarsh Freight Inc. |',
      '| Job Responsibilities: | • Maintain the Airflow DAGs that load our Snowflake warehouse<br>• Write data checks in Great Expectations |',
      '| Required Skills: | • SQL and one of Python or Scala<br>• Git and pull requests |',
      '| Nice to Have: | • Terraform<br>• Kafka |',
    ].join('\n');
    const lines = labelledTableRows(text).split('\n');
    assert.ok(lines.includes('Job Title: Data Engineering Co-op'));
    assert.ok(lines.includes('Required Skills:'));
    const job = parseJobPosting(text, { name: 'posting.md' });
    assert.equal(job.company, 'Saltmarsh Freight Inc.');
    assert.equal(found(text, 'Snowflake')?.importance, 'other');
    assert.equal(found(text, 'Scala')?.importance, 'required');
    assert.equal(found(text, 'Kafka')?.importance, 'preferred');
  });

  it('leaves a table of data alone, and reads a document\'s backslash escapes as the characters', () => {
    const table = ['| Skill | Level |', '| --- | --- |', '| Python | Advanced |', '| SQL | Basic |'].join('\n');
    assert.equal(labelledTableRows(table), table);
    assert.equal(withoutMarkdownEscapes('C\\#, React \\+ TypeScript, 2027 \\- Summer'), 'C#, React + TypeScript, 2027 - Summer');
    assert.equal(withoutMarkdownEscapes('path C:\\Users and one \\# only'), 'path C:\\Users and one \\# only');
  });

  it('reads a file in Windows-1252 without a declared charset as Windows-1252, with a warning', () => {
    // "• SQL – Café": 0x95, 0x96 and 0xE9 in Windows-1252.
    const bytes = Uint8Array.from([0x95, 0x20, 0x53, 0x51, 0x4c, 0x20, 0x96, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]);
    const read = decodeText(bytes);
    assert.equal(read.text, '• SQL – Café\n');
    assert.match(read.warnings[0], /Windows-1252/);
    // Mostly UTF-8 with one broken byte stays UTF-8.
    const utf8 = new TextEncoder().encode('Zürich – Genève – Neuchâtel ');
    const damaged = decodeText(Uint8Array.from([...utf8, 0xff]));
    assert.match(damaged.text, /^Zürich – Genève/);
  });

  it('reads a technique\'s instrument as the technique', () => {
    assert.deepEqual(derivedInstrumentForms('ion chromatography'), ['ion chromatograph']);
    assert.deepEqual(derivedInstrumentForms('flow cytometry'), ['flow cytometer']);
    assert.deepEqual(derivedInstrumentForms('electron microscopy'), ['electron microscope']);
    assert.deepEqual(derivedInstrumentForms('photography'), []);
    const text = ['Lab Analyst', '', 'Nice to have', '- Time on a gas chromatograph or a mass spectrometer'].join('\n');
    assert.equal(found(text, 'gas chromatography')?.importance, 'preferred');
  });

  it('reads Russian, Uzbek and Indonesian section headings', () => {
    assert.equal(otherLanguageSection('Требования'), 'required');
    assert.equal(otherLanguageSection('Будет плюсом'), 'preferred');
    assert.equal(otherLanguageSection('Задачи'), 'responsibilities');
    assert.equal(otherLanguageSection('Что мы предлагаем'), 'about');
    assert.equal(otherLanguageSection('Talablar'), 'required');
    assert.equal(otherLanguageSection('Kualifikasi'), 'required');
    assert.equal(otherLanguageSection('Nilai tambah'), 'preferred');
    assert.equal(otherLanguageSection('Tanggung jawab'), 'responsibilities');
  });

  it('reads the employer from a chat\'s hiring headline, a legal name under the title, and a name with its legal form in a sentence', () => {
    const chat = ['# jobs', '', 'Dana Ruiz', '  9:14 AM', ':ferro: Ferro Labs is hiring a Junior Data Engineer — Tucson, hybrid (new grads welcome!)', '', 'Must have:', '• SQL', '• Python'].join('\n');
    assert.equal(parseJobPosting(chat).company, 'Ferro Labs');
    const page = ['# Process Engineer – Kiln Operations', 'Birchwood Cement Ltd. <https://careers.example/profiles/birchwood>', 'Calgary, Alberta', '', '## What you bring', '- Aspen Plus'].join('\n');
    const job = parseJobPosting(page, { name: 'posting.md' });
    assert.equal(job.company, 'Birchwood Cement');
    assert.equal(job.title, 'Process Engineer – Kiln Operations');
    const prose = ['Lab Technician', '', 'Penobscot Water Testing, LLC is a 15-person lab in Bangor. We test wells for homeowners.', '', 'You need:', '- a chemistry degree'].join('\n');
    assert.equal(parseJobPosting(prose).company, 'Penobscot Water Testing');
  });

  it('reads a channel export\'s longest post named like the file, and its employer from a labelled field in another language', () => {
    const post = (id: number, text: string) => `<div class="message default clearfix" id="message${id}"><div class="body"><div class="from_name">Vakansii Almaty</div><div class="text">${text}</div></div></div>`;
    const filler = 'Работа в офисе в центре города, обучение и наставник, гибкий график для студентов. '.repeat(3);
    const html = [
      '<html><body><div class="history">',
      post(1, `#вакансия #frontend<br>🏢 Компания: Dala Soft<br>💼 Позиция: Frontend Developer<br>✅ Требования:<br>— React, TypeScript<br>${filler}`),
      post(2, `#вакансия #backend #data_engineer<br><b>🏢 Компания:</b> Kumis Pay — финтех для малого бизнеса<br>💼 Позиция: Junior Data Engineer<br>✅ Требования:<br>— SQL и Python<br>— Airflow<br>➕ Будет плюсом:<br>— dbt<br>${filler}${filler}`),
      post(3, 'Обновление по вакансии Junior Data Engineer: принимают студентов 3 курса.'),
      '</div></body></html>',
    ].join('\n');
    const job = parseJobPosting(html, { name: 'p09-channel-junior-data-engineer-almaty.html' });
    assert.equal(job.company, 'Kumis Pay');
    assert.equal(found(html, 'Apache Airflow', 'p09-channel-junior-data-engineer-almaty.html')?.importance, 'required');
    assert.equal(found(html, 'dbt', 'p09-channel-junior-data-engineer-almaty.html')?.importance, 'preferred');
    assert.equal(found(html, 'React', 'p09-channel-junior-data-engineer-almaty.html'), undefined);
  });

  it('reads an Indonesian company written after its legal form, and skips a tracker\'s table for the title', () => {
    const text = ['Lowongan: Graduate Mining Engineer', '', 'PT Batu Hijau Lestari membuka program untuk lulusan baru.', '', 'Kualifikasi:', '- S1 Teknik Pertambangan', '- Menguasai AutoCAD'].join('\n');
    assert.equal(parseJobPosting(text).company, 'PT Batu Hijau Lestari');
    const notes = ['| Date | Company | Role | Status |', '| --- | --- | --- | --- |', '| 2 Dec | Acme | Data Analyst | applied |', '| 5 Dec | Globex | QA Engineer | to do |', '', 'Pasted:', '', '**Graduate Network Engineer**', 'Initech Systems LLC', '', 'Requirements', '- CCNA'].join('\n');
    assert.notEqual(parseJobPosting(notes).title, 'Data Analyst');
  });
});
