// Stop 55, from blind resume set 42: a Hugo page — TOML front matter (`+++`), shortcodes, Goldmark's
// definition lists and typographer — is read as Hugo renders it. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const lint = (md: string) => lintDocument(parseResumeAs(md, { path: 'resume.md' }), { today: '2026-12-01' }).findings;
const rule = (md: string, id: string) => lint(md).filter((f) => f.ruleId === id);

const hugoPage = (body: string[], frontMatter = ['title = "Lina Ortiz, RN"', 'email = "lina.ortiz@example.com"', '[params]', '  phone = "+1 (312) 555-0100"']) =>
  ['+++', ...frontMatter, '+++', '', ...body].join('\n');

const body = [
  '{{< figure src="/images/headshot.jpg" alt="Lina" >}}',
  '',
  '# Lina Ortiz',
  '',
  'Chicago, IL · {{< param "phone" >}} · {{ .Params.linkedin }} · linkedin.com/in/lina-ortiz',
  '',
  '## Experience',
  '',
  '### Staff Nurse, Lakeview Clinic',
  '*Jun 2023 -- Present*',
  '',
  '- Triage 30 walk-in patients a shift and escalate 2 to 3 to the ED',
  '',
  '## Licenses',
  '',
  'NCLEX-RN',
  ': Passed March 2022',
];

describe('formats: stop 55 Hugo pages', () => {
  it('reads TOML front matter: its keys reach the profile and its lines are not body text', () => {
    const doc = parseResumeAs(hugoPage(body), { path: 'resume.md' });
    assert.equal(doc.frontMatter.data.title, 'Lina Ortiz, RN');
    assert.equal(doc.frontMatter.error, undefined);
    assert.ok(!rule(hugoPage(body), 'missing-contact').some((f) => /e-mail/i.test(f.message)));
    // The "+++" block is no paragraph of nine run-on lines.
    assert.ok(!rule(hugoPage(body), 'renders-wrongly').some((f) => /render as one paragraph/.test(f.message) && f.range.start < 60));
  });

  it('says what is wrong with broken TOML front matter and goes on linting', () => {
    const broken = hugoPage(body, ['title = "Lina Ortiz', 'email = = "x"']);
    const errors = rule(broken, 'front-matter');
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /not valid TOML/);
    assert.ok(lint(broken).some((f) => f.ruleId !== 'front-matter'));
  });

  it('runs shortcodes, definition lists and "--" as Hugo does, and flags a template action Hugo prints as typed', () => {
    const findings = rule(hugoPage(body), 'renders-wrongly').map((f) => f.message);
    assert.ok(!findings.some((m) => /figure src|param "phone"/.test(m)), findings.join('\n'));
    assert.ok(!findings.some((m) => /definition list/.test(m)), findings.join('\n'));
    assert.ok(findings.some((m) => /\{\{ \.Params\.linkedin \}\}/.test(m)), findings.join('\n'));
    assert.deepEqual(rule(hugoPage(body), 'date-format').filter((f) => /"--"/.test(f.message)), []);
  });

  it('still reports the same syntax in a plain Markdown resume', () => {
    const plain = body.filter((l) => !l.includes('{{')).join('\n');
    assert.ok(rule(plain, 'renders-wrongly').some((f) => /definition list/.test(f.message)));
    assert.ok(rule(plain, 'date-format').some((f) => /"--"/.test(f.message)));
  });

  it('reports a Markdown link with a space before its target in a RenderCV value', () => {
    const yaml = [
      'cv:',
      '  name: Rui Costa',
      '  email: rui.costa@example.com',
      '  sections:',
      '    projects:',
      "      - name: '[Ledger audit tool] (https://github.com/ruicosta/ledger-audit)'",
      '        date: 2025-03',
      '        highlights:',
      '          - Flagged 1,200 duplicate invoices in a 40,000-row ledger',
      '      - name: \'[Invoice parser](https://github.com/ruicosta/invoice-parser)\'',
      '        date: 2024-06',
    ].join('\n');
    const found = lintDocument(parseResumeAs(yaml, { path: 'cv.yaml' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'renders-wrongly' && /space between/.test(f.message));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /\[Ledger audit tool\] \(https/);
    // The quick fix never edits inside a value that holds a URL (protected text); any fix offered closes the gap only.
    for (const fix of found[0].fixes) for (const edit of fix.edits) assert.equal(yaml.slice(0, edit.range.start) + edit.newText + yaml.slice(edit.range.end), yaml.replace('] (https', '](https'));
  });

  it('reads " #" in a plain RenderCV value as a comment, whatever follows it', () => {
    const yaml = ['cv:', '  name: Rui Costa', '  sections:', '    experience:', '      - company: Acme', '        position: Data Engineer', '        start_date: 2023-01', '        end_date: present', '        highlights:', '          - Built a dashboard that tracks # of failed loads per source', ''].join('\n');
    const found = lintDocument(parseResumeAs(yaml, { path: 'cv.yaml' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'renders-wrongly');
    assert.ok(found.some((f) => /YAML comment/.test(f.message)), found.map((f) => f.message).join('\n'));
  });

  it('gives a JSON Resume date written day first its ISO form', () => {
    const json = JSON.stringify({ basics: { name: 'Ana Lima', email: 'ana@example.com' }, work: [{ name: 'Acme', position: 'Pharmacist', startDate: '2019-08', endDate: '30/06/2023', highlights: ['Dispensed 200 prescriptions a day'] }] }, null, 2);
    const found = lintDocument(parseResumeAs(json, { path: 'resume.json' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'date-format');
    assert.ok(found.some((f) => /write "2023-06-30"/.test(f.message)), found.map((f) => f.message).join('\n'));
  });

  it('reads a Pandoc source by its simple table: rows, definition lists and their indented bodies are Pandoc syntax', () => {
    const md = [
      'Ana Lima', '========', '', '--------------------------    ---------------------------', 'Vancouver, BC                 ana@example.com', 'linkedin.com/in/ana-lima      github.com/ana-lima', '--------------------------    ---------------------------', '',
      'Experience', '----------', '', '### Front-end Developer, Acme (2024 – Present)', '', '* Build the course player in Vue 3 for 40,000 learners', '', 'Projects', '--------', '', 'Pho Finder', ':   A map of 300 noodle shops with 1,100 weekly visitors.', '', '    * Code-split each page; first load is 96 kB', '',
    ].join('\n');
    const rw = lintDocument(parseResumeAs(md, { path: 'resume.md' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'renders-wrongly').map((f) => f.message);
    assert.deepEqual(rw.filter((m) => /one paragraph|definition list|code block/.test(m)), []);
    // Without the table, the same file reads as GitHub Markdown: the definition list and the code block are reported.
    const plain = md.replace(/^-{10,}.*$/gm, '');
    const gfm = lintDocument(parseResumeAs(plain, { path: 'resume.md' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'renders-wrongly').map((f) => f.message);
    assert.ok(gfm.some((m) => /definition list/.test(m)) && gfm.some((m) => /code block/.test(m)), gfm.join('\n'));
  });

  it('leaves a placeholder inside an Obsidian comment of a note printed from Obsidian, and still reports one outside', () => {
    const note = ['---', 'cssclasses: [resume-pdf]', '---', '', '# Ana Lima', 'ana@example.com', '', '%% TODO: numbers from the Q3 dashboard -- TBD before sending %%', '', '## Experience', '', '- Built the billing API for 3 clinics', ''].join('\n');
    const found = (md: string) => lintDocument(parseResumeAs(md, { path: 'resume.md' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'placeholder');
    assert.deepEqual(found(note), []);
    assert.equal(found(note.replace('cssclasses: [resume-pdf]', 'title: CV')).length > 0, true);
  });
});
