// Tailored outputs a student can send as-is: one folder per posting, refused bad input, the name
// and contacts at the top, flagged bullets never first, the report's skill carriers and "Before
// sending" lines in --json.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseResume } from '../../src/core/document/parse';
import { parseJobPosting } from '../../src/core/job';
import { renderHtml } from '../../src/core/render';
import { atsCheck, beforeSending, checkPosting, tailorResume } from '../../src/core/tailor';
import { runTailor } from '../../src/cli/commands/tailor';
import type { CliIO } from '../../src/cli/io';
import { MANIFEST_FILE, outputFolderName, postingHash } from '../../src/node/outputs';
import { writeNewFile } from '../../src/node/new-file';

// Invented résumé and postings.
const RESUME = `---
name: Mei Tanaka
email: mei.tanaka@example.net
phone: "+1 (604) 555-0199"
linkedin: https://www.linkedin.com/in/mei-tanaka-example
school: Simon Fraser University
graduation: April 2027
---

## Experience

### Backend Developer Intern, Orchard Labs

*May 2025 – Aug 2025*

- Helped with various backend tasks in Go and PostgreSQL.
- Built a Go service that batches 30,000 webhook deliveries per minute with retries and PostgreSQL-backed queues.
- Wrote Terraform modules that cut staging setup from two days to 40 minutes.

## Projects

### Ledgerly — TypeScript

- Built a budgeting web app in TypeScript and React used by 300 students.
`;

const posting = (extra = '') => `We are looking for an intern to join our platform team. You will build services that move money.

## Requirements

- Experience with Go and PostgreSQL.
- Experience with Terraform.
${extra}`;

describe('tailor outputs: posting check', () => {
  const check = (text: string) => checkPosting(parseJobPosting(text));

  it('accepts a posting, even one without company or title', () => {
    assert.equal(check(posting()).ok, true);
  });

  it('refuses empty, whitespace-only, too short, a resume, and text that reads like no job', () => {
    assert.equal(check('').problem, 'empty');
    assert.equal(check(' \n\t\n').problem, 'empty');
    assert.equal(check('Go and PostgreSQL.').problem, 'too-short');
    assert.equal(check(RESUME).problem, 'resume');
    const prose = 'The river rose through the night and by morning the village had moved its boats up the hill. '.repeat(4);
    assert.equal(check(prose).problem, 'not-a-posting');
    for (const text of ['', RESUME, prose]) assert.ok(check(text).message!.length > 20);
  });
});

describe('tailor outputs: folders never collide', () => {
  let dir: string;
  let out: string;
  let err: string;
  const io = (): CliIO => ({ stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir, color: false });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-tailor-outputs-'));
    out = '';
    err = '';
    writeFileSync(join(dir, 'resume.md'), RESUME);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the folder company-title, else the posting file, else a short hash', () => {
    assert.equal(outputFolderName({ company: 'Orchard Labs', title: 'Backend Intern', text: 'x' }, 'whatever.md'), 'orchard-labs-backend-intern');
    assert.equal(outputFolderName({ text: posting() }, 'platform-intern.md'), 'platform-intern');
    assert.equal(outputFolderName({ text: posting() }), `posting-${postingHash(posting()).slice(0, 8)}`);
    assert.notEqual(outputFolderName({ text: posting('x') }), outputFolderName({ text: posting('y') }));
  });

  it('two postings without company or title, in files of the same name, keep both outputs', async () => {
    for (const [sub, extra] of [['a', '- Kafka experience.'], ['b', '- Kubernetes experience.']]) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'posting.md'), posting(extra));
    }
    assert.equal(await runTailor(['resume.md', '--job', 'a/posting.md', '--format', 'md'], io()), 0, err);
    const first = readFileSync(join(dir, 'tailored/posting/report.md'), 'utf8');
    assert.equal(await runTailor(['resume.md', '--job', 'b/posting.md', '--format', 'md'], io()), 0, err);
    assert.equal(readFileSync(join(dir, 'tailored/posting/report.md'), 'utf8'), first, 'the first posting’s outputs are untouched');
    assert.ok(existsSync(join(dir, 'tailored/posting-2/report.md')));
    const manifests = ['posting', 'posting-2'].map((d) => JSON.parse(readFileSync(join(dir, 'tailored', d, MANIFEST_FILE), 'utf8')));
    assert.equal(manifests[0].posting, postingHash(posting('- Kafka experience.')));
    assert.equal(manifests[1].posting, postingHash(posting('- Kubernetes experience.')));
    // The same posting again refreshes its own folder.
    assert.equal(await runTailor(['resume.md', '--job', 'a/posting.md', '--format', 'md'], io()), 0, err);
    assert.match(out, /Updated tailored\/posting\//);
    assert.deepEqual(readdirSync(join(dir, 'tailored')).sort(), ['posting', 'posting-2']);
  });

  it('refuses an empty posting with exit 2 and writes nothing', async () => {
    writeFileSync(join(dir, 'empty.md'), '\n  \n');
    assert.equal(await runTailor(['resume.md', '--job', 'empty.md'], io()), 2);
    assert.match(err, /empty\.md: the job posting is empty\..*Nothing was written/);
    assert.ok(!existsSync(join(dir, 'tailored')));
  });

  it('refuses the resume given as the posting, and a resume without bullets, with exit 2', async () => {
    assert.equal(await runTailor(['resume.md', '--job', 'resume.md'], io()), 2);
    assert.match(err, /the job posting is the resume itself/);
    writeFileSync(join(dir, 'job.md'), posting());
    // Only a header and section names: nothing a tailoring could select (a paragraph under a role would be read as a bullet).
    writeFileSync(join(dir, 'plain.md'), '# Sam Ortiz\n\nsam@example.com\n\n## Experience\n\n## Education\n');
    err = '';
    assert.equal(await runTailor(['plain.md', '--job', 'job.md'], io()), 2);
    assert.match(err, /no bullets/);
    assert.ok(!existsSync(join(dir, 'tailored')));
  });

  it('--json warnings hold every Before sending line of report.md', async () => {
    writeFileSync(join(dir, 'job.md'), posting());
    // Only the first (vague) bullet names Terraform's neighbour skills; one bullet per entry drops the rest.
    assert.equal(await runTailor(['resume.md', '--job', 'job.md', '--format', 'md', '--max-bullets', '1', '--json'], io()), 0, err);
    const json = JSON.parse(out);
    const report = readFileSync(join(dir, json.outputs['report.md']), 'utf8');
    const section = report.slice(report.indexOf('## Before sending'));
    const lines = section.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    assert.equal(lines.length, json.warnings.length);
    assert.ok(json.warnings.length > 0, 'Terraform is required and only in a dropped bullet');
    assert.ok(json.warnings.some((w: string) => /Terraform/.test(w)), JSON.stringify(json.warnings));
  });
});

describe('tailor outputs: report and order', () => {
  it('never moves a bullet the linter flags above a clean one', () => {
    const result = tailorResume(RESUME, posting());
    const lines = result.markdown.split('\n').filter((l) => l.startsWith('- '));
    const vague = lines.findIndex((l) => l.includes('Helped with various backend tasks'));
    const clean = lines.findIndex((l) => l.includes('Built a Go service'));
    assert.ok(result.flagged.size > 0);
    assert.ok(clean >= 0 && vague > clean, lines.join('\n'));
  });

  it('says which bullets carry each required skill, and which were left out and why', () => {
    const result = tailorResume(RESUME, posting(), { maxBulletsPerEntry: 1 });
    const section = result.reportMarkdown.slice(result.reportMarkdown.indexOf('## Required skills'));
    assert.match(section, /\*\*Go\*\*: kept in \d bullets?/);
    assert.match(section, /Built a Go service/);
    assert.match(section, /left out: over the bullets-per-entry limit/);
  });

  it('turns eligibility checks that are not met or unknown into Before sending lines', () => {
    const result = tailorResume(RESUME, posting());
    const eligibility = [
      { kind: 'authorization' as const, text: 'Must be authorized to work in the US', range: { start: 0, end: 1 }, status: 'unknown' as const, detail: 'no work authorization in the profile' },
      { kind: 'graduation' as const, text: 'Graduating in 2027', range: { start: 0, end: 1 }, status: 'met' as const, detail: 'April 2027' },
    ];
    const lines = beforeSending({ report: { ...result.report, eligibility }, plan: result.plan });
    assert.deepEqual(lines, ['Eligibility (authorization) unknown: the posting says “Must be authorized to work in the US”; no work authorization in the profile. Check it before applying.']);
  });
});

describe('tailor outputs: name and contacts at the top', () => {
  it('renders front-matter name and contacts when the Markdown has no header', () => {
    const md = RESUME;
    const html = renderHtml(md, { profile: parseResume(md).profile });
    const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
    assert.match(header, /<h1>Mei Tanaka<\/h1>/);
    assert.match(header, /mei\.tanaka@example\.net/);
    assert.match(header, /\+1 \(604\) 555-0199/);
    assert.match(header, /linkedin\.com\/in\/mei-tanaka-example/);
    assert.ok(html.indexOf('Mei Tanaka</h1>') < html.indexOf('Experience'));
  });

  it('adds only what the header lacks', () => {
    const md = RESUME.replace('## Experience', '# Mei Tanaka\n\nmei.tanaka@example.net · 604-555-0199\n\n## Experience');
    const html = renderHtml(md, { profile: parseResume(md).profile });
    assert.equal(html.match(/<h1>/g)?.length, 1);
    assert.equal(html.match(/mei\.tanaka@example\.net/g)?.length, 2, 'the mailto link and its text, once');
    assert.doesNotMatch(html, /\+1 \(604\)/, 'the phone is there already, written another way');
    assert.match(html, /linkedin\.com\/in\/mei-tanaka-example/);
  });
});

describe('tailor outputs: what an ATS reads', () => {
  const markdown = '# Mei Tanaka\n\n## Experience\n\n- Built a Go service.\n- Wrote Terraform modules.\n\n## Projects\n\n- Built Ledgerly.\n';
  const profile = { name: 'Mei Tanaka', email: 'mei.tanaka@example.net' };

  it('passes text that holds everything in order', () => {
    const text = 'Mei Tanaka\nmei.tanaka@example.net\nEXPERIENCE\nBuilt a Go service.\nWrote Terraform\nmodules.\nPROJECTS\nBuilt Ledgerly.';
    assert.deepEqual(atsCheck({ text, pages: 1, markdown, profile }).warnings, []);
  });

  it('warns about lost text, broken reading order and missing contacts', () => {
    const text = 'Mei Tanaka\nPROJECTS\nBuilt Ledgerly.\nEXPERIENCE\nBuilt a Go service.';
    const check = atsCheck({ text, pages: 1, markdown, profile });
    assert.deepEqual(check.lost, ['Wrote Terraform modules.']);
    assert.deepEqual(check.outOfOrder, ['Projects before Experience']);
    assert.deepEqual(check.missingContacts, ['email (mei.tanaka@example.net)']);
    assert.equal(check.warnings.length, 3);
    assert.match(atsCheck({ text: '', pages: 1, markdown, profile }).warnings[0], /no text layer/);
  });
});

describe('pasted postings: saved through a temporary file, never over another', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bp-newfile-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes NAME, then NAME-2, leaves no temporary file and never replaces the first', () => {
    const a = writeNewFile(dir, 'acme', '.md', 'first\n');
    const b = writeNewFile(dir, 'acme', '.md', 'second\n');
    assert.deepEqual([a, b].map((p) => p.slice(dir.length + 1)), ['acme.md', 'acme-2.md']);
    assert.equal(readFileSync(a, 'utf8'), 'first\n');
    assert.deepEqual(readdirSync(dir).sort(), ['acme-2.md', 'acme.md']);
  });
});
