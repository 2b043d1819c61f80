import assert from 'node:assert/strict';
import { parseResume } from '../../src/core/document/parse';
import { lint, lintDocument } from '../../src/core/lint';
import { fillerWord } from '../../src/core/rules/filler-word';
import type { Rule } from '../../src/core/types';

const doc = (body: string) => `## Experience\n\n### Engineer, Acme — 2021 – 2022\n\n${body}`;

describe('lint engine', () => {
  it('tells a JSON or YAML resume nothing about Markdown parser limits, and a Markdown one still does', () => {
    // A JSON Resume has hundreds of lines without a blank line; that is a limit of the Markdown reader only.
    const highlights = Array.from({ length: 260 }, (_, k) => `        "Shipped release ${k + 1} of the scheduler"`).join(',\n');
    const json = `{\n  "basics": { "name": "Ana Ruiz", "email": "ana@example.com" },\n  "work": [\n    {\n      "name": "Acme",\n      "position": "Engineer",\n      "startDate": "2021-01",\n      "highlights": [\n${highlights}\n      ]\n    }\n  ]\n}\n`;
    const limits = (text: string, path?: string) => lint(text, { path, config: { markdownlint: false } }).filter((f) => f.ruleId === 'analysis-limit');
    assert.deepEqual(limits(json, 'resume.json'), []);
    const paragraph = Array.from({ length: 260 }, (_, k) => `line ${k + 1} of one long paragraph`).join('\n');
    assert.ok(limits(doc(paragraph + '\n')).some((f) => /without a blank line/.test(f.message)));
  });

  it('keeps running the other rules when one throws, and reports the failure', () => {
    const broken: Rule = { ...fillerWord, id: 'broken', check: () => { throw new Error('boom'); } };
    const result = lintDocument(parseResume(doc('- Successfully shipped 3 apps.\n')), { rules: [broken, fillerWord] });
    assert.deepEqual(result.ruleErrors, [{ ruleId: 'broken', message: 'boom' }]);
    assert.deepEqual(result.findings.map((f) => f.ruleId).filter((id) => !id.startsWith('MD')), ['filler-word']);
  });

  it('applies severities and words from front matter `bulletproof`', () => {
    const text = `---\nbulletproof:\n  rules:\n    filler-word: error\n  words:\n    fillers: [honestly]\n---\n${doc('- Honestly shipped 3 apps.\n')}`;
    const findings = lint(text, { config: { markdownlint: false } }).filter((f) => f.ruleId === 'filler-word');
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, f.line, f.column]), [['filler-word', 'error', 12, 3]]);
  });

  it('reports broken front matter with its location and still lints', () => {
    const text = `---\nname: [unclosed\n---\n${doc('- Successfully shipped 3 apps.\n')}`;
    const findings = lint(text, { config: { markdownlint: false } });
    const fm = findings.find((f) => f.ruleId === 'front-matter');
    assert.ok(fm);
    assert.equal(fm.severity, 'error');
    assert.match(fm.message, /not valid YAML/);
    assert.ok(fm.line >= 1 && fm.line <= 3, `line ${fm.line}`);
    assert.ok(findings.some((f) => f.ruleId === 'filler-word'));
  });

  it('reports an invalid `bulletproof` front matter setting', () => {
    const findings = lint(`---\nbulletproof:\n  rules: 3\n---\n${doc('- Shipped 3 apps.\n')}`, { config: { markdownlint: false } });
    assert.ok(findings.some((f) => f.ruleId === 'front-matter' && /"rules" must be an object/.test(f.message)));
  });

  it('honours inline suppressions: next line, line, and disable/enable regions', () => {
    const body = [
      '<!-- bulletproof-disable-next-line filler-word -->',
      '- Successfully shipped 3 apps.',
      '- Successfully shipped 4 apps. <!-- bulletproof-disable-line -->',
      '',
      '<!-- bulletproof-disable filler-word -->',
      '',
      '- Successfully shipped 5 apps.',
      '',
      '<!-- bulletproof-enable filler-word -->',
      '',
      '- Successfully shipped 6 apps.',
      '<!-- bulletproof-disable-next-line weak-opening -->',
      '- Successfully shipped 7 apps.',
      '',
    ].join('\n');
    const findings = lint(doc(body), { config: { markdownlint: false } }).filter((f) => f.ruleId === 'filler-word');
    const lines = findings.map((f) => f.line);
    assert.deepEqual(lines, [15, 17]);
  });

  it('re-enables one rule inside a blanket disable', () => {
    const body = ['<!-- bulletproof-disable -->', '', '<!-- bulletproof-enable filler-word -->', '', '- Successfully shipped 6 apps.', ''].join('\n');
    const disabledFrom = 5; // line of the blanket disable; findings above it (document-level rules on line 1) stay
    const findings = lint(doc(body), { config: { markdownlint: false } }).filter((f) => f.line >= disabledFrom);
    assert.deepEqual(findings.map((f) => f.ruleId), ['filler-word']);
  });

  it('runs markdownlint in category markdown with fixes, and can turn it off', () => {
    const text = doc('- Shipped 3 apps.   \n');
    const hygiene = { markdownlint: { MD009: true } };
    const on = lint(text, { config: hygiene }).filter((f) => f.category === 'markdown');
    const trailing = on.find((f) => f.ruleId === 'MD009');
    assert.ok(trailing, JSON.stringify(on));
    assert.equal(trailing.fixes[0].edits[0].newText, '');
    assert.deepEqual(lint(text, { config: { markdownlint: false } }).filter((f) => f.category === 'markdown'), []);
    assert.deepEqual(lint(text, { config: { ...hygiene, rules: { MD009: 'off' } } }).filter((f) => f.ruleId === 'MD009'), []);
  });

  it('by default keeps only Markdown checks that change what a reader sees', () => {
    const text = doc('- Shipped 3 apps.   \n\n\n\n- Led **a team **of 4.\n\n#Awards\n');
    const ids = lint(text).filter((f) => f.category === 'markdown').map((f) => f.ruleId);
    // "**a team **" prints its asterisks: renders-wrongly says so (and moves the space); MD037 would say it twice.
    assert.ok(ids.includes('renders-wrongly') && !ids.includes('MD037'), ids.join());
    assert.ok(ids.includes('MD018'), ids.join()); // "#Awards" is not a heading
    assert.ok(!ids.includes('MD009') && !ids.includes('MD012'), ids.join()); // spacing a reader never sees
  });

  it('reads a line of hash tags as tags, not a heading missing its space', () => {
    const ids = (text: string) => lint(doc(text)).filter((f) => f.ruleId === 'MD018').length;
    assert.equal(ids('#job-search #resume/2027\n\n- Shipped 3 apps.\n'), 0);
    assert.equal(ids('#Awards\n\n- Won 2 awards.\n'), 1);
  });

  it('reports a problem repeated on consecutive lines once, with the count', () => {
    const text = doc('- Shipped 3 apps.   \n- Led a team of 4.   \n- Won 2 awards.   \n');
    const trailing = lint(text, { config: { markdownlint: { MD009: true } } }).filter((f) => f.ruleId === 'MD009');
    assert.equal(trailing.length, 1);
    assert.match(trailing[0].message, /on 3 consecutive lines/);
    assert.equal(trailing[0].fixes[0].edits.length, 3);
  });

  it('lints empty, whitespace-only and heading-less text without throwing', () => {
    for (const text of ['', '   \n\n', 'just a line', '- a bullet with no section\n', '\u0000\u0001 weird']) {
      assert.doesNotThrow(() => lint(text));
    }
  });

  it('sorts findings by position', () => {
    const findings = lint(doc('- Really shipped 3 apps.\n- Successfully shipped 4 apps.\n'), { config: { markdownlint: false } });
    const keys = findings.map((f) => f.line * 1000 + f.column);
    assert.deepEqual(keys, [...keys].sort((a, b) => a - b));
  });
});

describe('lintDocument: markdownlint and renders-wrongly report a problem once', () => {
  it('drops MD052 and MD056 where renders-wrongly reports the same line', () => {
    const text = '# Lena Park\n\n[Site][web]\n\n## Skills\n\n| Area | Tools |\n|---|---|\n| DAWs | Reaper | Logic |\n| Go |\n';
    const ids = lintDocument(parseResume(text)).findings.map((f) => `${f.ruleId}@${text.slice(0, f.range.start).split('\n').length}`);
    assert.ok(ids.includes('renders-wrongly@3') && ids.includes('renders-wrongly@9'), ids.join(', '));
    assert.ok(!ids.includes('MD052@3') && !ids.includes('MD056@9'), ids.join(', '));
    // A row with too few cells is markdownlint's alone.
    assert.ok(ids.includes('MD056@10'), ids.join(', '));
  });
});
