// Posting reading found on blind posting sets 68–70 (invented postings, written before the tool ran).
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { isEnglishLine, isOtherLanguageLine } from '../../src/core/job/language';
import { otherLanguageSection } from '../../src/core/job/other-language-headings';
import { postingFromMime } from '../../src/core/job/mime-container';
import { htmlToText, tabTablesAsPipes } from '../../src/core/job/clean';

const keywords = (text: string, name = 'posting.txt') => parseJobPosting(text, { name }).keywords.filter((k) => k.kind === 'hard');
const importance = (text: string, keyword: string, name?: string) => keywords(text, name).find((k) => k.keyword === keyword)?.importance;

describe('job postings (stop 61)', () => {
  it('tells an English line from a line of names, code or another language', () => {
    assert.ok(isEnglishLine('You will build the data pipelines of our platform with the team.'));
    assert.ok(!isEnglishLine('Kotlin, Swift, GraphQL, PostgreSQL, Terraform'));
    assert.ok(!isEnglishLine('body{margin:0;font-family:Inter,sans-serif;color:#111}'));
    assert.ok(!isEnglishLine('Buscamos una persona para el equipo de datos de la empresa.'));
    assert.ok(isOtherLanguageLine('Buscamos una persona para el equipo de datos de la empresa.'));
  });

  it('reads a posting written in Spanish under its own headings, not as a translation set aside', () => {
    const text = [
      'Desarrollador/a Junior Backend',
      'Madrid · Híbrido',
      '',
      '¿Qué harás?',
      'Mantener los servicios de pagos con el equipo.',
      '',
      'Requisitos',
      'Experiencia con Java o Kotlin y bases de datos como PostgreSQL.',
      'Conocimientos de Git y de la línea de comandos.',
      '',
      'Se valorará',
      'Haber usado Kubernetes o Terraform en algún proyecto.',
      '',
      'Ofrecemos',
      'Contrato indefinido, formación y horario flexible para el equipo.',
      'Nombre *',
      'Correo electrónico *',
    ].join('\n');
    assert.equal(importance(text, 'Java'), 'required');
    assert.equal(importance(text, 'PostgreSQL'), 'required');
    assert.equal(importance(text, 'Kubernetes'), 'preferred');
  });

  it('still sets aside the French copy of a bilingual posting', () => {
    const text = [
      'Junior Data Analyst',
      '',
      'Requirements',
      '- You have used SQL and Python for the analysis of the data in your studies.',
      '- You can explain the results to the team in a clear way.',
      '',
      'Exigences',
      '- Vous avez une bonne connaissance de Tableau et de la statistique pour les rapports.',
      '- Vous êtes capable de travailler avec les équipes de la direction.',
    ].join('\n');
    assert.equal(importance(text, 'SQL'), 'required');
    assert.equal(importance(text, 'Tableau'), 'other');
  });

  it('names the sections of headings in Spanish, Portuguese, French, German, Italian and Dutch', () => {
    assert.equal(otherLanguageSection('Requisitos mínimos:'), 'required');
    assert.equal(otherLanguageSection('¿Qué harás?'), 'responsibilities');
    assert.equal(otherLanguageSection('Se valorará'), 'preferred');
    assert.equal(otherLanguageSection('O que oferecemos'), 'about');
    assert.equal(otherLanguageSection('Diferenciais'), 'preferred');
    assert.equal(otherLanguageSection('Votre profil'), 'required');
    assert.equal(otherLanguageSection('Vos missions'), 'responsibilities');
    assert.equal(otherLanguageSection('Was du mitbringst'), 'required');
    assert.equal(otherLanguageSection('Von Vorteil'), 'preferred');
    assert.equal(otherLanguageSection('Deine Aufgaben'), 'responsibilities');
    assert.equal(otherLanguageSection('Il tuo profilo'), 'required');
    assert.equal(otherLanguageSection('Wat wij vragen'), 'required');
    // A sentence of such words is no heading.
    assert.equal(otherLanguageSection('Buscamos una persona con experiencia en Java'), undefined);
    assert.equal(otherLanguageSection('Requirements'), undefined);
  });

  it("reads 'Confidence with Excel' as the spreadsheet, as 'comfortable with' is", () => {
    const text = ['Graduate Engineer', '', 'To be successful you will have', '• Confidence with Excel for design calculations', '• AutoCAD from your studies'].join('\n');
    assert.equal(importance(text, 'Excel'), 'required');
  });

  it('reads an e-mail saved raw: headers kept, the quoted-printable text part decoded', () => {
    const eml = [
      'From: Hiring Team <jobs@acme.example>',
      'Subject: =?UTF-8?Q?Est=C3=A1gio_em_Dados?= at Acme',
      'Date: Mon, 30 Nov 2026 10:00:00 -0300',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '## Requirements',
      '- Python for data work (pandas or Polars), SQL and Git; you know how a data=',
      ' pipeline fails. Descri=C3=A7=C3=A3o in English.',
      '',
      '--b1',
      'Content-Type: text/html; charset="utf-8"',
      '',
      '<p>Requirements</p>',
      '--b1--',
    ].join('\n');
    const text = postingFromMime(eml, htmlToText)!;
    assert.ok(text.startsWith('From: Hiring Team <jobs@acme.example>\nSubject: Estágio em Dados at Acme\n'), text);
    assert.ok(text.includes('you know how a data pipeline fails. Descrição in English.'), text);
    assert.ok(!text.includes('<p>'), 'the plain part is read, not the HTML one');
    assert.equal(importance(eml, 'Polars', 'offer.eml'), 'required');
  });

  it('leaves a paste that only opens with a Subject line alone', () => {
    assert.equal(postingFromMime('Subject: Junior developer\nContent-Type: none\nMIME-Version: 1.0\n\nWe are hiring.', htmlToText), undefined);
    assert.equal(postingFromMime('Subject: Junior developer\n\nWe need Java.\nMIME-Version: 1.0', htmlToText), undefined);
  });

  it('reads a forum page laid out in tables as posts, not as one row of cells', () => {
    const comment = (user: string, indent: number, body: string) =>
      `<tr class="athing comtr"><td><table><tr><td class="ind"><img width="${indent}"></td><td class="votelinks"><a href="#"><div class="votearrow"></div></a></td>` +
      `<td class="default"><span class="comhead"><a class="hnuser">${user}</a> <span class="age">2 days ago</span> | <a>next</a> [–]</span><div class="comment">${body}</div></td></tr></table></td></tr>`;
    const html = `<html><body><table><tr><td><table>${comment('acme_jobs', 0, '<p>Acme | Firmware Intern | Halifax, NS | ONSITE</p><p>We build sensors for ships and need an intern who owns problems end to end.</p><p>What you need: solid C, SPI/I2C/UART, and an oscilloscope at a bench.</p><p>Nice to have: KiCad, embedded Rust.</p>')}${comment('someone', 40, '<p>Is this open to new grads?</p>')}</table></td></tr></table></body></html>`;
    const lines = htmlToText(html).split('\n');
    assert.ok(lines.includes('What you need: solid C, SPI/I2C/UART, and an oscilloscope at a bench.'), lines.join('\n'));
    const job = parseJobPosting(html, { name: 'thread.html' });
    assert.equal(job.company, 'Acme');
    assert.equal(keywords(html, 'thread.html').find((k) => k.keyword === 'KiCad')?.importance, 'preferred');
  });

  it("reads a row headed by a label that names what is asked ('Required knowledge', 'Also an advantage') as that part", () => {
    const html = '<html><body><h2>Lab trainee</h2><table><tr><td class="lbl">Location</td><td>Muscat</td></tr><tr><td class="lbl">Required knowledge and experience</td><td>Soil mechanics coursework; Excel.</td></tr><tr><td class="lbl">Also an advantage</td><td>QGIS; a driving licence.</td></tr></table></body></html>';
    assert.equal(importance(html, 'Excel', 'offer.html'), 'required');
    assert.equal(importance(html, 'QGIS', 'offer.html'), 'preferred');
    assert.ok(htmlToText(html).includes('| Location | Muscat |'), 'a row of facts stays a row');
  });

  it('writes a tab-separated table with a required and a preferred column as a pipe table', () => {
    const text = ['Area\tMust have\tNice to have', 'Programming\tPython or C\tLabVIEW', 'Data\tExcel\tJMP'].join('\n');
    assert.equal(tabTablesAsPipes(text), ['| Area | Must have | Nice to have |', '| Programming | Python or C | LabVIEW |', '| Data | Excel | JMP |'].join('\n'));
    assert.equal(importance(['What we are looking for', text].join('\n'), 'LabVIEW'), 'preferred');
    // A label and its value, or a column of priorities, stay as they are.
    const facts = ['Minimum Qualifications\tA BS in chemistry', 'Preferred Qualifications\tICP-MS'].join('\n');
    assert.equal(tabTablesAsPipes(facts), facts);
  });

  it("keeps a channel post copied above its thread, with its poster's replies", () => {
    const text = [
      'from Discord: #co-op-postings',
      'posted by dana.k on Thu Dec 3, 4:12 PM',
      '',
      "my team at **Northwind Valves** is hiring a **Manufacturing Engineering Co-op** for summer 2027 (May to August, 4 or 8 months). I'm not the hiring manager but I sit next to her.",
      '',
      "**What you'd do**",
      '- support the cell leads on our CNC machining and valve assembly lines',
      '- design simple fixtures and write work instructions for the operators',
      '- run time studies and help with line balancing on the new manifold cell',
      '',
      "**What they're looking for**",
      '- SolidWorks: parts, assemblies and drawings',
      '- can read drawings with GD&T',
      '',
      '**Bonus**',
      '- Minitab or any SPC',
      '- PLCs (Allen-Bradley)',
      '',
      'jt_mech — 12/04/2026 9:18 AM',
      'is this open to first co-op?',
      'dana.k — 12/04/2026 9:40 AM',
      'second co-op or later, sorry. Python is a plus too',
      'CoopBot — 12/05/2026 8:00 AM',
      'New posting: Software Developer Co-op at Brightmeadow. React, TypeScript, Java, Spring Boot. Deadline Jan 6.',
    ].join('\n');
    const found = keywords(text, 'post.md');
    assert.equal(found.find((k) => k.keyword === 'SolidWorks')?.importance, 'required');
    assert.equal(found.find((k) => k.keyword === 'Minitab')?.importance, 'preferred');
    assert.ok(found.some((k) => k.keyword === 'Python'), "the poster's reply is kept");
    assert.ok(!found.some((k) => k.keyword === 'Spring Boot'), "the bot's other listing is not");
  });

  it("keeps what a chat's poster wrote over several messages, not other people's lines or ads", () => {
    const chat = [
      'Jobs for students in Busan 🇰🇷 (English only) 210 Talk Chats',
      'Date Saved : 2026-12-07 21:00:00',
      '',
      '--------------- Thursday, December 3, 2026 ---------------',
      '[Mina] [9:40 AM] does anyone know how long the visa extension takes? mine says 2 weeks',
      '[Jun] [9:52 AM] took me 5 days last summer',
      '--------------- Friday, December 4, 2026 ---------------',
      "[Hana @ Tidewater HR] [10:12 AM] Hello everyone! I'm Hana from Tidewater Logistics, a port software company in Busan.",
      "We're hiring a data intern for our operations team. JD below!",
      '[Hana @ Tidewater HR] [10:13 AM] [Data Intern – Port Operations]',
      '6-month paid internship, Feb – Jul 2027',
      '',
      'MUST',
      '- SQL (joins, window functions)',
      '- Python with pandas',
      '',
      'NICE',
      '- Tableau or Power BI',
      '[Leo] [11:02 AM] [Hiring] barista at a cafe in Haeundae – latte art, Canva, Instagram. DM me',
      '[Hana @ Tidewater HR] [11:05 AM] Apply here: https://careers.tidewater.example/o/data-intern',
    ].join('\n');
    const found = keywords(chat, 'chat.txt');
    assert.equal(found.find((k) => k.keyword === 'SQL')?.importance, 'required');
    assert.equal(found.find((k) => k.keyword === 'Tableau')?.importance, 'preferred');
    assert.ok(!found.some((k) => k.keyword === 'Canva' || k.keyword === 'Instagram'), found.map((k) => k.keyword).join(', '));
  });

  it('gives a criterion the importance of the column its tick stands in', () => {
    const html = '<html><body><h2>Requirements</h2><table><tr><th>Criterion</th><th>Essential</th><th>Desirable</th></tr>' +
      '<tr><td>Advanced Excel for long time series</td><td>✔</td><td></td></tr><tr><td>Python for pumping test analysis</td><td></td><td>✔</td></tr></table></body></html>';
    assert.equal(importance(html, 'Excel', 'job.html'), 'required');
    assert.equal(importance(html, 'Python', 'job.html'), 'preferred');
  });

  it("reads a product's module codes in brackets as its modules ('SAP (MM or SD)'), and a known skill there as itself", () => {
    const text = ['Requirements', '- Experience with SAP (MM or SD) or another ERP', '- Knowledge of SAP (modules PP and QM)', '- Excel (VBA) for reports'].join('\n');
    const names = keywords(text).map((k) => k.keyword);
    for (const name of ['SAP MM', 'SAP SD', 'SAP PP', 'SAP QM', 'VBA']) assert.ok(names.includes(name), names.join(', '));
    assert.ok(!names.includes('Excel VBA'), names.join(', '));
  });
});
