import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = 'test/fixtures/referral';

describe('bulletproof referral', () => {
  it('prints the drafts as JSON with the documented keys', async () => {
    const { code, stdout, stderr } = await runCli(
      ['referral', 'examples/resume.md', '--job', `${FIXTURES}/amazon-sde-intern.md`, '--referrer', 'Jane Doe', '--referrer-school', 'University of Waterloo', '--today', '2025-10-13', '--json'],
      ROOT,
    );
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout);
    for (const key of ['connectionNote', 'message', 'thankYou', 'followUp']) assert.equal(typeof json[key], 'string', key);
    assert.equal(typeof json.email.subject, 'string');
    assert.equal(typeof json.email.body, 'string');
    assert.ok(json.connectionNote.length <= 300);
    assert.match(json.connectionNote, /^Hi Jane, .*fellow University of Waterloo alum/);
    assert.match(json.message, /\(Job ID: 2901234\)/);
    assert.equal(json.counts.connectionNote.characters, json.connectionNote.length);
    assert.equal(json.counts.message.limit, 8000);
    const codes = json.warnings.map((w: { code: string }) => w.code);
    assert.ok(codes.includes('deadline-soon'), codes.join());
    assert.ok(!codes.includes('missing-job-id'));
  });

  it('prints warnings first, then each draft with its character count', async () => {
    const { code, stdout } = await runCli(
      ['referral', `${FIXTURES}/resume-no-front-matter.md`, '--job', `${FIXTURES}/pasted-no-id.txt`, '--today', '2025-09-01'],
      ROOT,
    );
    assert.equal(code, 0);
    const warningsAt = stdout.indexOf('Before sending:');
    const noteAt = stdout.search(/== LinkedIn invitation note \(\d+\/300 characters\) ==/);
    assert.equal(warningsAt, 0, stdout);
    assert.ok(noteAt > warningsAt);
    assert.match(stdout, /The posting has no job ID/);
    assert.match(stdout, /No referrer name given/);
    assert.match(stdout, /== LinkedIn message \(\d+\/8000 characters\) ==/);
    assert.match(stdout, /== Email body \(\d+\/2000 characters, suggested\) ==/);
    assert.match(stdout, /== Thank-you, after the referral is submitted \(\d+\/8000 characters\) ==/);
    assert.match(stdout, /Fill in before sending: .*\[Referrer name\]/);
    const count = Number(/invitation note \((\d+)\/300/.exec(stdout)![1]);
    const note = stdout.slice(stdout.indexOf('\n', noteAt) + 1).split('\n')[0];
    assert.equal(note.length, count);
  });

  it('limits the message to an InMail body with --channel inmail', async () => {
    const { code, stdout } = await runCli(
      ['referral', `${FIXTURES}/resume-front-matter.md`, '-j', `${FIXTURES}/amazon-sde-intern.md`, '--channel', 'inmail', '--json', '--today', '2025-09-01'],
      ROOT,
    );
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.equal(json.counts.message.limit, 1900);
    assert.equal(json.counts.message.channel, 'LinkedIn InMail');
  });

  it('passes the referrer team and context into the drafts', async () => {
    const { stdout } = await runCli(
      ['referral', `${FIXTURES}/resume-front-matter.md`, '--job', `${FIXTURES}/amazon-sde-intern.md`, '--referrer', 'Li Wei', '--referrer-team', 'Payments', '--referrer-context', 'we met at the Waterloo career fair', '--json', '--today', '2025-09-01'],
      ROOT,
    );
    const json = JSON.parse(stdout);
    assert.match(json.message, /^Hi Li,/);
    assert.match(json.message, /We met at the Waterloo career fair\. I saw that you're on the Payments team\./);
  });

  it('exits 2 with a clear message for usage and I/O errors', async () => {
    const cases: [string[], RegExp][] = [
      [['referral', 'examples/resume.md'], /--job JOB is required/],
      [['referral', '--job', `${FIXTURES}/amazon-sde-intern.md`], /exactly one resume file/],
      [['referral', 'examples/resume.md', 'other.md', '--job', `${FIXTURES}/amazon-sde-intern.md`], /exactly one resume file/],
      [['referral', 'missing.md', '--job', `${FIXTURES}/amazon-sde-intern.md`], /cannot read resume missing\.md: no such file/],
      [['referral', 'examples/resume.md', '--job', 'nope.md'], /cannot read job posting nope\.md: no such file/],
      [['referral', 'examples/resume.md', '--job', FIXTURES], /is a folder/],
      [['referral', 'examples/resume.md', '--job', `${FIXTURES}/amazon-sde-intern.md`, '--today', '13/10/2025'], /--today must be a date written YYYY-MM-DD/],
      [['referral', 'examples/resume.md', '--job', `${FIXTURES}/amazon-sde-intern.md`, '--channel', 'sms'], /--channel must be message or inmail/],
      [['referral', 'examples/resume.md', '--job', `${FIXTURES}/amazon-sde-intern.md`, '--bogus'], /bogus/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr, stdout } = await runCli(args, ROOT);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
    }
  });

  it('shows its help and is listed in the main help', async () => {
    const help = await runCli(['referral', '--help'], ROOT);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--referrer-school <school>/);
    const main = await runCli(['--help'], ROOT);
    assert.match(main.stdout, /referral RESUME --job JOB/);
  });
});
