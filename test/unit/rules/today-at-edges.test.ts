// "A past role starting in the future" needs today's date. Core never reads the clock, so each edge
// passes it: the CLI, the language server's in-thread backend and the worker request.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';
import { InThreadBackend } from '../../../src/server/lint-backend';
import { lintText } from '../../../src/server/linting';
import { isoDate } from '../../../src/core/text/iso-date';

// A finished role whose dates start long after any real "today".
const RESUME = `# Ada Example

ada@example.com

## Experience

### Engineer, Acme — Jan 2098 – Mar 2099

- Migrated 40 services to Kubernetes, cutting hosting costs by 30%.
`;
const FUTURE = /starts after today/;

describe('today at the edges', () => {
  it('formats a date as its local calendar day', () => {
    assert.equal(isoDate(new Date(2024, 1, 29, 23, 59)), '2024-02-29');
    assert.equal(isoDate(new Date(2031, 11, 1, 0, 0)), '2031-12-01');
  });

  it('the CLI passes today: a finished role starting in the future is reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-today-'));
    try {
      writeFileSync(join(dir, 'resume.md'), RESUME);
      const { stdout } = await runCli(['lint', 'resume.md', '--format', 'json'], dir);
      const findings = JSON.parse(stdout) as { ruleId: string; message: string }[];
      assert.ok(findings.some((f) => f.ruleId === 'impossible-dates' && FUTURE.test(f.message)), stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the language server passes today (in-thread backend)', async () => {
    const outcome = await new InThreadBackend().lint('file:///resume.md', RESUME, {});
    assert.equal(outcome.kind, 'linted');
    if (outcome.kind !== 'linted') return;
    assert.ok(outcome.result.findings.some((f) => f.ruleId === 'impossible-dates' && FUTURE.test(f.message)));
  });

  it('a worker request carries today; without it the calendar check is skipped', () => {
    const found = (today?: string) => {
      const outcome = lintText(RESUME, {}, undefined, 'resume.md', today);
      return outcome.kind === 'linted' && outcome.result.findings.some((f) => f.ruleId === 'impossible-dates' && FUTURE.test(f.message));
    };
    assert.equal(found(isoDate(new Date())), true);
    assert.equal(found(undefined), false);
  });
});
