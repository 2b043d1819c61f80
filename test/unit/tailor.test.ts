import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseResume } from '../../src/core/document/parse';
import { parseJobPosting } from '../../src/core/job';
import { countWords, tailorResume } from '../../src/core/tailor';
import { runTailor } from '../../src/cli/commands/tailor';
import type { CliIO } from '../../src/cli/io';

// Invented resume: two jobs, a project, tagged variants, a skills section.
const RESUME = `---
name: Sam Ortiz
email: sam@example.com
---

# Sam Ortiz

sam@example.com · [GitHub](https://github.com/sam-example)

## Experience

### Software Engineer Intern, Lumen Health — Boston, MA

*May 2025 – Aug 2025*

- Organised the team's weekly demo schedule for 8 engineers.
- Cut checkout latency 40% by adding a Redis cache in front of PostgreSQL.
- Built a Kafka consumer in Java that processes 2M events per day.
- Trained a PyTorch model that flags duplicate claims with 92% precision. <!-- tags: ml -->

### Teaching Assistant, State University — Boston, MA

*Jan 2024 – Apr 2025*

- Held office hours for 120 students.
- Wrote 30 autograded tests in Python for the data structures course.

## Projects

### Route Planner <!-- tags: frontend -->

- Built a React map view used by 300 students.

### Ledger CLI

- Wrote a Go command-line tool that reconciles 10k bank rows in 2 seconds.

## Skills

- **Languages:** Python, Java, Go, TypeScript
- **Tools:** Figma, Docker, Kubernetes, AWS
`;

const JOB = `---
company: Northwind
title: Backend Engineer Intern
tags: [backend]
---
## Basic Qualifications
- Experience with Java and Kubernetes
- Experience with databases

## Preferred Qualifications
- Experience with Kafka or RabbitMQ
- Familiarity with Rust

## Responsibilities
- Write Python tooling
`;

function sourceBullets(text: string): string[] {
  return parseResume(text).bullets.map((b) => b.text);
}

/** A bullet's list items, order ignored: "Tools: Go, Java" and "Tools: Java, Go" are the same. */
function itemsKey(bullet: string): string {
  const label = /^[^:,]{1,40}:\s*/.exec(bullet)?.[0] ?? '';
  return label + bullet
    .slice(label.length)
    .split(/[,;|]/)
    .map((p) => p.trim().replace(/^(and|or|&)\s+/i, ''))
    .sort()
    .join('\u0000');
}

function bulletsOfEntry(markdown: string, entryStart: string): string[] {
  const doc = parseResume(markdown);
  const entry = doc.sections.flatMap((s) => s.entries).find((e) => e.heading.text.startsWith(entryStart));
  return entry ? entry.bullets.map((b) => b.text) : [];
}

describe('tailor: match report', () => {
  const result = tailorResume(RESUME, JOB);
  const kw = (name: string) => result.report.keywords.find((k) => k.keyword === name)!;

  it('locates every job keyword in the resume by section, entry, bullet and line', () => {
    const java = kw('Java');
    assert.equal(java.found, true);
    const inBullet = java.locations.find((l) => l.bullet?.startsWith('Built a Kafka consumer'))!;
    assert.equal(inBullet.section, 'Experience');
    assert.equal(inBullet.entry, 'Software Engineer Intern, Lumen Health — Boston, MA');
    assert.equal(RESUME.split('\n')[inBullet.line - 1].includes('Kafka consumer'), true);
    assert.ok(java.locations.some((l) => l.sectionKind === 'skills'));
  });

  it('credits a general keyword shown by a specific skill and says which', () => {
    const databases = kw('databases');
    assert.equal(databases.found, true);
    assert.deepEqual(databases.impliedBy, ['Redis', 'PostgreSQL']);
  });

  it('groups missing keywords by importance, with hints from the closest bullets', () => {
    assert.deepEqual(result.report.missing.required.map((k) => k.keyword), []);
    const rust = result.report.missing.preferred.find((k) => k.keyword === 'Rust')!;
    assert.ok(rust, 'Rust is missing');
    assert.ok(rust.hints.length > 0);
    // A bullet naming another language is a plausible home for Rust.
    assert.match(rust.hints[0].reason, /same area/);
    assert.match(rust.hints[0].bullet, /Java|Python|Go/);
  });

  it('computes the score from weights it explains, hard skills above soft, required above preferred', () => {
    const { breakdown } = result.report;
    // Keyword groups plus the stack-focus part (stack-focus.ts), each explained.
    const points = breakdown.groups.reduce((s, g) => s + g.points, 0) + (breakdown.focus?.points ?? 0);
    const max = breakdown.groups.reduce((s, g) => s + g.maxPoints, 0) + (breakdown.focus?.maxPoints ?? 0);
    assert.ok(breakdown.focus, 'the posting asks for hard skills, so the score has a stack-focus part');
    assert.equal(result.report.score, Math.round((100 * points) / max));
    const required = breakdown.groups.find((g) => g.kind === 'hard' && g.importance === 'required')!;
    const preferred = breakdown.groups.find((g) => g.kind === 'hard' && g.importance === 'preferred')!;
    assert.ok(required.weight > preferred.weight);
    assert.match(breakdown.explanation.join('\n'), new RegExp(`Score = 100 × .* = ${result.report.score}\\.`));
    assert.match(result.reportMarkdown, /## How the score is computed/);
  });

  it('counts alternatives once: Kafka or RabbitMQ is met by Kafka', () => {
    assert.equal(kw('RabbitMQ').alternativeMet, 'Kafka');
    const preferred = result.report.breakdown.groups.find((g) => g.kind === 'hard' && g.importance === 'preferred')!;
    assert.equal(preferred.total, 2); // {Kafka | RabbitMQ} and Rust
    assert.equal(preferred.matched, 1);
  });

  it('scores a resume that shows more of the job higher', () => {
    const weaker = RESUME.replace('Built a Kafka consumer in Java that processes 2M events per day.', 'Built a consumer that processes 2M events per day.');
    assert.ok(tailorResume(weaker, JOB).report.score < result.report.score);
  });
});

describe('tailor: tailored resume', () => {
  it('never invents: every output bullet is a source bullet, word for word', () => {
    const { markdown } = tailorResume(RESUME, JOB, { maxBulletsPerEntry: 2 });
    const source = new Set(sourceBullets(RESUME));
    for (const b of sourceBullets(markdown)) assert.ok(source.has(b) || /^\*\*(Languages|Tools):\*\*/.test(b) || b.startsWith('Languages') || b.startsWith('Tools'), b);
  });

  it('orders bullets within each entry by relevance, ties in source order', () => {
    const { markdown } = tailorResume(RESUME, { ...parseJobPosting(JOB), tags: ['backend', 'ml'] });
    assert.deepEqual(bulletsOfEntry(markdown, 'Software Engineer Intern'), [
      'Built a Kafka consumer in Java that processes 2M events per day.',
      'Cut checkout latency 40% by adding a Redis cache in front of PostgreSQL.',
      'Organised the team\'s weekly demo schedule for 8 engineers.',
      'Trained a PyTorch model that flags duplicate claims with 92% precision.',
    ]);
  });

  it('keeps tagged bullets and entries only when the job selects one of their tags', () => {
    const backend = tailorResume(RESUME, JOB).markdown;
    assert.ok(!backend.includes('PyTorch model'));
    assert.ok(!backend.includes('Route Planner'));
    assert.ok(backend.includes('Ledger CLI'), 'untagged entries stay');
    const ml = tailorResume(RESUME, JOB, { tags: ['ml'] }).markdown;
    assert.ok(ml.includes('PyTorch model'));
    assert.ok(!ml.includes('Route Planner'));
  });

  it('limits bullets per entry to the most relevant ones', () => {
    const { markdown, plan } = tailorResume(RESUME, JOB, { maxBulletsPerEntry: 1 });
    assert.deepEqual(bulletsOfEntry(markdown, 'Software Engineer Intern'), ['Built a Kafka consumer in Java that processes 2M events per day.']);
    assert.deepEqual(bulletsOfEntry(markdown, 'Teaching Assistant'), ['Wrote 30 autograded tests in Python for the data structures course.']);
    assert.ok(plan.groups.some((g) => g.bullets.some((p) => p.dropped === 'max-bullets')));
  });

  it('drops the least relevant bullets to meet a word budget, keeping one per entry', () => {
    const full = tailorResume(RESUME, JOB);
    const budget = full.plan.words.after - 12;
    const { markdown, plan } = tailorResume(RESUME, JOB, { wordBudget: budget });
    assert.ok(plan.words.after <= budget, `${plan.words.after} > ${budget}`);
    assert.ok(!markdown.includes('Organised the team'), 'the least relevant bullet goes first');
    const impossible = tailorResume(RESUME, JOB, { wordBudget: 5 });
    for (const g of impossible.plan.groups.filter((x) => x.mode === 'narrative')) {
      assert.equal(g.bullets.filter((p) => !p.dropped).length, 1);
    }
    assert.ok(countWords(markdown) < countWords(full.markdown));
  });

  it('puts matched skills first in each skills line, moving items verbatim', () => {
    const { markdown } = tailorResume(RESUME, JOB);
    assert.ok(markdown.includes('- **Languages:** Java, Python, Go, TypeScript'));
    assert.ok(markdown.includes('- **Tools:** Kubernetes, Figma, Docker, AWS'), markdown);
    // Labelled lines keep their order (Languages stays first)...
    assert.ok(markdown.indexOf('**Languages:**') < markdown.indexOf('**Tools:**'));
    // ...while a list of single skills is reordered as a whole.
    const single = tailorResume('## Skills\n\n- Figma\n- Kubernetes\n- Java\n', JOB).markdown;
    assert.equal(single, '## Skills\n\n- Kubernetes\n- Java\n- Figma\n'); // equal weight: source order
  });

  it('renumbers ordered lists and keeps loose-list spacing', () => {
    const resume = `## Experience\n\n### Acme\n\n1. Wrote docs.\n\n2. Built Kubernetes operators.\n\n3. Ran meetups.\n`;
    const { markdown } = tailorResume(resume, JOB);
    assert.equal(markdown, `## Experience\n\n### Acme\n\n1. Built Kubernetes operators.\n\n2. Wrote docs.\n\n3. Ran meetups.\n`);
  });

  it('leaves a resume untouched when nothing is relevant', () => {
    const resume = `## Experience\n\n### Acme\n\n- Wrote docs.\n- Ran meetups.\n`;
    assert.equal(tailorResume(resume, 'Qualifications\n- Kubernetes\n').markdown, resume);
  });

  it('keeps nested bullets with their parent when it moves', () => {
    const resume = `## Projects\n\n### Tool\n\n- Wrote docs.\n  - Covered setup.\n- Built a Kubernetes operator.\n  - Reconciles 40 clusters.\n`;
    const { markdown } = tailorResume(resume, JOB);
    assert.equal(markdown, `## Projects\n\n### Tool\n\n- Built a Kubernetes operator.\n  - Reconciles 40 clusters.\n- Wrote docs.\n  - Covered setup.\n`);
  });

  it('property: without limits, each entry keeps exactly its own bullets (as a multiset)', () => {
    const words = ['Java', 'Kubernetes', 'Kafka', 'Python', 'docs', 'meetups', 'PostgreSQL', 'Rust', 'budgets', 'Figma'];
    const bullet = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((ws) => `Worked with ${ws.join(' and ')}.`);
    const entry = fc.array(bullet, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), fc.boolean(), (entries, ordered) => {
        const md =
          '## Experience\n\n' +
          entries.map((bs, i) => `### Job ${i}\n\n${bs.map((b, j) => `${ordered ? `${j + 1}.` : '-'} ${b}`).join('\n')}\n`).join('\n');
        const out = tailorResume(md, JOB).markdown;
        entries.forEach((bs, i) => {
          assert.deepEqual([...bulletsOfEntry(out, `Job ${i}`)].sort(), [...bs].sort());
        });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps CRLF line endings', () => {
    const crlf = RESUME.replace(/\n/g, '\r\n');
    const { markdown } = tailorResume(crlf, JOB);
    assert.ok(!/[^\r]\n/.test(markdown), 'every line break stays CRLF');
    assert.deepEqual(
      [...bulletsOfEntry(markdown, 'Software Engineer Intern')].sort(),
      [...bulletsOfEntry(crlf, 'Software Engineer Intern')].filter((b) => !b.includes('PyTorch')).sort(),
    );
  });

  it('property: arbitrary Markdown never throws and never gains a bullet', () => {
    const line = fc.oneof(
      fc.constantFrom('## Experience', '## Skills', '### Acme — Dev', '- Built Java services.', '* Ran Kubernetes.', '1. Wrote docs.', '  - nested Kafka', '• Pasted glyph Python', '', '<!-- tags: ml -->', '- x <!-- tags: backend -->', '| a | b |', '---', '- **Tools:** Go, Java, (a, b), Rust'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const md = lines.join('\n');
        const { markdown } = tailorResume(md, JOB, { maxBulletsPerEntry: 2, wordBudget: 20 });
        const source = sourceBullets(md);
        const sourceItems = new Set(source.map(itemsKey));
        for (const b of sourceBullets(markdown)) {
          // A skills line may come back with its items in another order, each item verbatim.
          assert.ok(source.includes(b) || sourceItems.has(itemsKey(b)), `invented bullet: ${JSON.stringify(b)} from ${JSON.stringify(md)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('bulletproof tailor (CLI)', () => {
  let dir: string;
  let out: string;
  let err: string;
  const io = (): CliIO => ({ stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir, color: false });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-tailor-'));
    out = '';
    err = '';
    writeFileSync(join(dir, 'resume.md'), RESUME);
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'jobs', 'northwind.md'), JOB);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes resume.md, resume.html and report.md into tailored/<company>-<title>/', async () => {
    const code = await runTailor(['resume.md', '--job', 'jobs/northwind.md', '--format', 'md,html'], io());
    assert.equal(code, 0, err);
    const target = join(dir, 'tailored', 'northwind-backend-engineer-intern');
    assert.deepEqual(readdirSync(target).filter((f) => !f.startsWith('.')).sort(), ['report.md', 'resume.html', 'resume.md']);
    assert.match(readFileSync(join(target, 'report.md'), 'utf8'), /^# Match report: Backend Engineer Intern — Northwind/);
    assert.match(readFileSync(join(target, 'resume.html'), 'utf8'), /Content-Security-Policy/);
    assert.match(out, /Match for Backend Engineer Intern at Northwind: \d+\/100/);
    assert.ok(!readdirSync(target).some((f) => f.includes('.tmp-')), 'no temporary files left');
  });

  it('refreshes its own unchanged outputs but never overwrites a file the user edited', async () => {
    const args = ['resume.md', '--job', 'jobs/northwind.md', '--format', 'md'];
    await runTailor(args, io());
    const first = join(dir, 'tailored', 'northwind-backend-engineer-intern');
    await runTailor(args, io());
    assert.ok(!existsSync(`${first}-2`), 'unchanged outputs are refreshed in place');
    writeFileSync(join(first, 'resume.md'), 'my own edits\n');
    await runTailor(args, io());
    assert.equal(readFileSync(join(first, 'resume.md'), 'utf8'), 'my own edits\n');
    assert.ok(existsSync(join(`${first}-2`, 'resume.md')));
    assert.match(out, /Wrote tailored\/northwind-backend-engineer-intern-2\//);
  });

  it('prints the JSON summary with --json', async () => {
    const code = await runTailor(['resume.md', '--job', 'jobs/northwind.md', '--format', 'md', '--json'], io());
    assert.equal(code, 0);
    const json = JSON.parse(out);
    assert.equal(typeof json.score, 'number');
    assert.ok(json.jobKeywords.some((k: { keyword: string; kind: string; importance: string }) => k.keyword === 'Java' && k.kind === 'hard' && k.importance === 'required'));
    assert.ok(json.matched.some((k: { keyword: string }) => k.keyword === 'Kubernetes'));
    assert.ok(json.missing.some((k: { keyword: string }) => k.keyword === 'Rust'));
    assert.equal(json.outputs['resume.md'], join('tailored', 'northwind-backend-engineer-intern', 'resume.md'));
    assert.equal(json.outputs['report.md'], join('tailored', 'northwind-backend-engineer-intern', 'report.md'));
    // The posting's metadata, each value with where it is written.
    assert.equal(json.job.company, 'Northwind');
    assert.equal(json.job.title, 'Backend Engineer Intern');
    assert.equal(json.job.spans.company.text, 'Northwind');
    assert.equal(json.job.spans.company.line, 2);
    assert.ok(Array.isArray(json.eligibility));
  });

  it('--json reads an HTML posting and gives its eligibility checks, a master\'s-only degree among them', async () => {
    const html = `<html><head><title>Jobs</title><script>var x = 1;</script></head><body><nav><a href="/">Careers home</a></nav>
<h1>Data Platform Intern</h1><p>Quillfeather Analytics</p>
<h2>Minimum qualifications</h2><ul><li>Currently pursuing a Master's degree in Computer Science.</li><li>Experience with Java and Kubernetes.</li></ul>
<button>Apply now</button></body></html>`;
    writeFileSync(join(dir, 'jobs', 'quill.html'), html);
    const code = await runTailor(['resume.md', '--job', 'jobs/quill.html', '--format', 'md', '--json'], io());
    assert.equal(code, 0, err);
    const json = JSON.parse(out);
    assert.equal(json.job.title, 'Data Platform Intern');
    assert.ok(json.jobKeywords.some((k: { keyword: string }) => k.keyword === 'Kubernetes'));
    const degree = json.eligibility.find((c: { kind: string }) => c.kind === 'degree');
    assert.ok(degree, JSON.stringify(json.eligibility));
    assert.match(degree.detail, /master/i);
  });

  it('explains a missing browser and still writes the HTML', async () => {
    const saved = { path: process.env.PATH, browser: process.env.BULLETPROOF_BROWSER };
    process.env.PATH = join(dir, 'empty-bin');
    delete process.env.BULLETPROOF_BROWSER;
    try {
      const code = await runTailor(['resume.md', '--job', 'jobs/northwind.md'], io());
      assert.equal(code, 0);
    } finally {
      process.env.PATH = saved.path;
      if (saved.browser !== undefined) process.env.BULLETPROOF_BROWSER = saved.browser;
    }
    assert.match(err, /No Chromium-family browser found/);
    assert.match(err, /resume\.html/);
    assert.ok(existsSync(join(dir, 'tailored', 'northwind-backend-engineer-intern', 'resume.html')));
  });

  it('rejects bad usage', async () => {
    await assert.rejects(runTailor(['resume.md'], io()), /--job/);
    await assert.rejects(runTailor(['resume.md', '--job', 'jobs/northwind.md', '--format', 'docx'], io()), /unknown format/);
    assert.equal(await runTailor(['missing.md', '--job', 'jobs/northwind.md'], io()), 2);
  });
});
