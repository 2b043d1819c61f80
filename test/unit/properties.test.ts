// Property tests: whatever Markdown arrives, the linter never throws, every range lies inside the
// document, every fix applies cleanly and changes only the lines its finding names, fix-all reaches a
// fixed point within 3 passes (fix(fix(x)) = fix(x)), and no URL, link target, code span, HTML tag,
// template macro, handle or wiki link changes under fix-all.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseResume } from '../../src/core/document/parse';
import { fixAll, lintDocument } from '../../src/core/lint';
import { applyEdits, fixAllEdits } from '../../src/core/fixes';
import { findProtectedSpans } from '../../src/core/text/protected-spans';
import { arbitraryMarkdown } from '../helpers/arbitrary-markdown';

/** Spans a fix must not touch, spelled with words the rules like to fix ("Javascript", "Github", "I"). */
const protectedToken = fc.constantFrom(
  'https://github.com/javascript/nodejs', '[Javascript](https://nodejs.org/Github)', '<https://Github.com>', '`nodejs`',
  '{{javascript}}', '${nodejs}', '{GITHUB}', '@NODEJS=', '[[Github page]]', 'github/javascript', 'linkedin/in/Javascript',
  'javascript@github.com', '<span title="Javascript">', 'www.nodejs.org/I', '[I](https://ana.dev/I)',
);
/** Arbitrary Markdown with protected tokens dropped into some of its lines. */
const markdownWithProtected = fc
  .tuple(arbitraryMarkdown, fc.array(fc.tuple(fc.nat(), protectedToken, fc.boolean()), { maxLength: 6 }))
  .map(([text, tokens]) => {
    const lines = text.split('\n');
    for (const [at, token, front] of tokens) {
      const i = at % lines.length;
      lines[i] = front ? `${token} ${lines[i]}` : `${lines[i]} ${token}`;
    }
    return lines.join('\n');
  });

// 4 properties × 2,500 runs = 10,000 generated documents per run.
const RUNS = Number(process.env.BULLETPROOF_PROPERTY_RUNS ?? 2500);

describe('properties of lint on arbitrary Markdown', function () {
  this.timeout(300_000);

  it('never throws and reports no rule errors', () => {
    fc.assert(
      fc.property(arbitraryMarkdown, (text) => {
        const result = lintDocument(parseResume(text));
        assert.deepEqual(result.ruleErrors, []);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every finding and edit range inside the document', () => {
    fc.assert(
      fc.property(arbitraryMarkdown, (text) => {
        for (const f of lintDocument(parseResume(text)).findings) {
          assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId} ${JSON.stringify(f.range)}`);
          for (const fix of f.fixes)
            for (const e of fix.edits) assert.ok(0 <= e.range.start && e.range.start <= e.range.end && e.range.end <= text.length, `${f.ruleId} fix`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('applies every fix cleanly, changing nothing outside its edits', () => {
    fc.assert(
      fc.property(arbitraryMarkdown, (text) => {
        for (const f of lintDocument(parseResume(text)).findings) {
          for (const fix of f.fixes) {
            const out = applyEdits(text, fix.edits);
            const first = Math.min(...fix.edits.map((e) => e.range.start));
            const last = Math.max(...fix.edits.map((e) => e.range.end));
            assert.equal(out.slice(0, first), text.slice(0, first), `${f.ruleId}: prefix changed`);
            assert.equal(out.slice(out.length - (text.length - last)), text.slice(last), `${f.ruleId}: suffix changed`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('changes only the lines of its finding (and the blank line or heading a deleted line takes along)', () => {
    fc.assert(
      fc.property(markdownWithProtected, (text) => {
        const doc = parseResume(text);
        for (const f of lintDocument(doc).findings) {
          for (const fix of f.fixes.filter((x) => x.safe)) {
            const first = Math.max(0, doc.lines.positionAt(f.range.start).line - 2);
            const last = Math.min(doc.lines.lineCount - 1, doc.lines.positionAt(f.range.end).line + 2);
            const from = doc.lines.lineStart(first);
            const to = doc.lines.lineStart(last) + doc.lines.lineText(last).length + 2;
            for (const e of fix.edits) assert.ok(from <= e.range.start && e.range.end <= to, `${f.ruleId}: edit outside its finding's lines`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all reaches a fixed point within 3 passes: fix(fix(x)) = fix(x)', () => {
    fc.assert(
      fc.property(markdownWithProtected, (text) => {
        const once = fixAll(text);
        assert.ok(once.passes <= 3);
        assert.deepEqual(fixAllEdits(lintDocument(parseResume(once.text)).findings), [], 'safe fixes left after fix-all');
        assert.equal(fixAll(once.text).text, once.text);
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all never changes a URL, link target, code span, HTML tag, macro, handle or wiki link', () => {
    fc.assert(
      fc.property(markdownWithProtected, (text) => {
        const fixed = fixAll(text).text;
        const count = (hay: string, needle: string) => hay.split(needle).length - 1;
        for (const s of findProtectedSpans(text)) {
          if (s.kind === 'front-matter') continue;
          const span = text.slice(s.start, s.end);
          assert.ok(count(fixed, span) >= count(text, span), `${s.kind} "${span}" changed`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// Fix shapes added this round: the "Our" → "The" suggestion, and text the rules now read as printed
// (raw LaTeX in Markdown). Bullets built from pools of openings, middles and endings, under a dated role.
const opening = fc.constantFrom('Our team rebuilt', 'Our team shipped', 'We migrated', 'I built', 'Built our', 'Led my', 'Successfully produced', '\\textbf{Reviewer} for');
const middle = fc.constantFrom(' the Javascript billing API', ' a Github Actions pipeline', ' 12 nodejs services', ' \\href{https://example.org/x}{the site}', ' our clients’ dashboards', ' it between us');
const ending = fc.constantFrom('.', ' in 3 weeks.', ', which was donated to 4 schools.', ' -- why should we?', ' \\\\[-0.1cm]{\\footnotesize 2019-\\textbf{now}}');
const roleWithBullets = fc
  .array(fc.tuple(opening, middle, ending), { minLength: 1, maxLength: 5 })
  .map((bullets) => `# Ana Silva\n\nana@example.com\n\n## Experience\n\n### Engineer, Acme — Jan 2021 – Mar 2023\n\n${bullets.map((b) => `- ${b.join('')}`).join('\n')}\n`);

describe('properties of this round’s fix shapes', function () {
  this.timeout(300_000);
  it('every fix changes only its finding’s line (a deleted line takes its break along), and fix-all reaches a fixed point', () => {
    fc.assert(
      fc.property(roleWithBullets, (text) => {
        const doc = parseResume(text);
        for (const f of lintDocument(doc).findings) {
          const line = doc.lines.positionAt(f.range.start).line;
          if (line !== doc.lines.positionAt(f.range.end).line) continue; // document-level findings
          const from = doc.lines.lineStart(Math.max(0, line - 1)) + (line > 0 ? doc.lines.lineText(line - 1).length : 0);
          const to = line + 1 < doc.lines.lineCount ? doc.lines.lineStart(line + 1) : text.length;
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(from <= e.range.start && e.range.end <= to, `${f.ruleId}: "${fix.title}" edits outside its line`);
        }
        const once = fixAll(text);
        assert.ok(once.passes <= 3);
        assert.equal(fixAll(once.text).text, once.text);
      }),
      { numRuns: Math.min(RUNS, 300) },
    );
  });
});
