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
});
