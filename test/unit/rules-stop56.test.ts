// Stop 56, from judge45's wrong findings on blind set 45. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const lint = (lines: string[], path = 'resume.md') =>
  lintDocument(parseResumeAs(lines.join('\n'), { path }), { today: '2026-12-01' }).findings;

describe('rules: stop 56', () => {
  it('leaves "--" alone in a resume.md-shaped file (smarty sets it as an en dash) and still flags it in plain Markdown', () => {
    const entries = (heading: (title: string, dates: string) => string) => [
      '# Lena Ortiz',
      '',
      '- <lena@example.com>',
      '',
      '## Experience',
      '',
      heading('Data Intern, Northwind Freight', 'May 2025 -- Aug 2025'),
      '',
      '- Built a dashboard of 40 lane-level delay metrics for 12 dispatchers',
      '',
      heading('Analyst, Lakeview Books', 'Jan 2023 -- Apr 2025'),
      '',
      '- Cut month-end close from 6 days to 4 by scripting 3 reconciliations',
      '',
    ];
    const dash = (lines: string[]) => lint(lines).filter((f) => f.ruleId === 'date-format' && /--/.test(f.message));
    assert.equal(dash(entries((t, d) => `### <span>${t}</span> <span>${d}</span>`)).length, 0);
    assert.equal(dash(entries((t, d) => `### ${t} (${d})`)).length, 2);
  });
});
