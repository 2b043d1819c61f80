// Property: a fix changes only the range its finding names. What a fix may touch beyond that range is
// the tidy-up its edit needs and nothing with meaning: the spaces, commas and brackets next to it,
// the first letter of the next word (a sentence start capitalised after a deleted opening), and, for a
// finding that deletes its whole line, that line's break; a finding on a section heading names
// that section (the "Delete the Objective section" suggestion). Markdown fixes (markdownlint) change
// whitespace only. Also: a preferred fix is always safe, and only the rules of form (casing, fillers,
// pronouns, the references line, date formats, whitespace) ever offer a safe fix.
// Checked on generated hostile Markdown and on resume-shaped bullets built from
// pools of openings the rules fix (pronouns, fillers, tech names, compound verbs, weak openings).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseResume } from '../../src/core/document/parse';
import { lintDocument } from '../../src/core/lint';
import { applyEdits } from '../../src/core/fixes';
import type { Finding, TextEdit } from '../../src/core/types';
import { arbitraryMarkdown } from '../helpers/arbitrary-markdown';
import { lemmaCandidates, pastTense, thirdPerson } from '../../src/core/text/inflect';

const RUNS = Number(process.env.BULLETPROOF_PROPERTY_RUNS ?? 2500);

/** Characters a tidy-up may take along: blanks, commas and the brackets around a deleted word. */
const TIDY = /[ \t,;()[\]]/;

/** The range a fix of `f` may edit: the finding's range widened by tidy-up characters, one letter after, or its whole line. */
function allowedRange(text: string, f: Finding): { start: number; end: number } {
  let { start, end } = f.range;
  // Lines end at \n, \r\n or a lone \r (the parser reads all three).
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const breakAt = /[\r\n]/.exec(text.slice(end));
  const lineEnd = breakAt ? end + breakAt.index : text.length;
  while (start > lineStart && TIDY.test(text[start - 1])) start--;
  while (end < lineEnd && TIDY.test(text[end])) end++;
  // A deleted opening capitalises the next word's first letter.
  if (end < lineEnd && /\p{L}/u.test(text[end])) end++;
  // A whole-line deletion takes the line break, and a blank line around it (a "References" line).
  // (Before the finding on its line: only a list marker, a quote mark or emphasis.)
  const wholeLine = /^[\s>*_+\-\d.)•–]*$/.test(text.slice(lineStart, f.range.start));
  if (wholeLine) {
    start = Math.max(0, lineStart - 2);
    end = Math.min(text.length, lineEnd + 2);
  }
  // A finding on a section heading ("Objective") names its section: up to the next heading of its level or above.
  const heading = /^(#{1,6})\s/.exec(text.slice(lineStart, lineEnd));
  if (heading) {
    const next = new RegExp(`\\n#{1,${heading[1].length}}\\s`).exec(text.slice(lineEnd));
    start = Math.max(0, lineStart - 1);
    end = next ? lineEnd + next.index + 1 : text.length;
  }
  return { start, end };
}

/**
 * Rules whose fixes may be safe (applied by Fix All and on save): official casing of a tech name,
 * deleting a filler, dropping a pronoun, deleting a "References available" line, one date format,
 * and whitespace (a blank line before a "---" separator; markdownlint). Every other rule's fixes —
 * another verb, another tense, deleting a detail or a section — are suggestions.
 */
const SAFE_FIX_RULES = new Set(['tech-spelling', 'filler-word', 'first-person', 'references-line', 'date-format', 'renders-wrongly']);

const whitespaceOnly = (text: string, e: TextEdit) => /^\s*$/.test(e.newText) && /^\s*$/.test(text.slice(e.range.start, e.range.end));

function checkFixRanges(text: string): void {
  for (const f of lintDocument(parseResume(text)).findings) {
    for (const fix of f.fixes) {
      if (fix.isPreferred) assert.ok(fix.safe, `${f.ruleId} "${fix.title}": preferred but not safe`);
      if (fix.safe && !f.ruleId.startsWith('MD')) assert.ok(SAFE_FIX_RULES.has(f.ruleId), `${f.ruleId} "${fix.title}": a rule of suggestions offers a safe fix`);
      if (f.ruleId.startsWith('MD')) {
        for (const e of fix.edits) if (fix.safe) assert.ok(whitespaceOnly(text, e), `${f.ruleId}: a safe Markdown fix changes more than whitespace`);
        continue;
      }
      const allowed = allowedRange(text, f);
      for (const e of fix.edits) {
        // What the edit really changes: its range less the characters it writes back unchanged.
        const old = text.slice(e.range.start, e.range.end);
        let head = 0;
        while (head < old.length && head < e.newText.length && old[head] === e.newText[head]) head++;
        let tail = 0;
        while (tail < old.length - head && tail < e.newText.length - head && old[old.length - 1 - tail] === e.newText[e.newText.length - 1 - tail]) tail++;
        const from = e.range.start + head;
        const to = e.range.end - tail;
        if (from === to && e.newText.length === head + tail) continue; // writes back what is there
        assert.ok(
          allowed.start <= from && to <= allowed.end,
          `${f.ruleId} "${fix.title}": changes ${JSON.stringify(text.slice(from, to))} at ${from}–${to}, outside its finding ${JSON.stringify(text.slice(f.range.start, f.range.end))} (${f.range.start}–${f.range.end})`,
        );
      }
      assert.doesNotThrow(() => applyEdits(text, fix.edits));
    }
  }
}

const opening = fc.constantFrom(
  'I built', 'I designed and implemented', 'Designed and implemented', 'Helped the CEO prepare', 'Assisted the nurses with', 'Successfully migrated',
  'Responsible for', 'Worked on', 'We shipped', 'Our team rebuilt', 'Really quickly built', 'Architect and develop', 'Basically wrote', 'Effectively led',
);
const middle = fc.constantFrom(
  ' the javascript billing API', ' a github actions pipeline', ' 12 nodejs services', ' [the site](https://example.org/Javascript)', ' `nodejs` scripts',
  ' {{customer_name}} templates', ' seamlessly the (really) new dashboard', ' various features, etc.', ' postgresql and mongodb backups', ' our clients’ dashboards',
);
const ending = fc.constantFrom('.', ' in 3 weeks.', ', basically.', ' for 40 users', ' (very) effectively.', '');
const resume = fc
  .array(fc.tuple(opening, middle, ending), { minLength: 1, maxLength: 6 })
  .map((bullets) => `# Ana Silva\n\nana@example.com\n\n## Experience\n\n### Engineer, Acme — Jan 2021 – Present\n\n${bullets.map((b) => `- ${b.join('')}`).join('\n')}\n\nReferences available upon request.\n`);

describe('every fix changes only the range its finding names (plus tidy-up)', function () {
  this.timeout(300_000);
  it('on resume-shaped bullets the rules fix', () => {
    fc.assert(fc.property(resume, (text) => checkFixRanges(text)), { numRuns: Math.min(RUNS, 600) });
  });
  it('on arbitrary hostile Markdown', () => {
    fc.assert(fc.property(arbitraryMarkdown, (text) => checkFixRanges(text)), { numRuns: Math.min(RUNS, 1500) });
  });
});

// A compound opening ("Designed and implemented", "Architect and develop") changes together or not
// at all: after any fix — safe or a suggestion — that touches the opening, both verbs share a form.
const PAIRS: [string, string][] = [
  ['design', 'implement'], ['architect', 'develop'], ['build', 'maintain'], ['plan', 'run'], ['write', 'test'], ['lead', 'mentor'], ['help', 'support'],
];
const FORMS = { base: (v: string) => v, past: pastTense, third: thirdPerson } as const;
type FormName = keyof typeof FORMS;
const compoundResume = fc
  .array(fc.tuple(fc.constantFrom(...PAIRS), fc.constantFrom<FormName>('base', 'past', 'third'), fc.constantFrom(' the billing service for 3 markets.', ' the onboarding flow.', ' nightly data exports used by 40 analysts.')), { minLength: 1, maxLength: 5 })
  .chain((bullets) =>
    fc.constantFrom('Jan 2021 – Mar 2023', 'Jan 2024 – Present').map((dates) => ({
      bullets,
      text: `# Ana Silva\n\nana@example.com\n\n## Experience\n\n### Engineer, Acme — ${dates}\n\n${bullets
        .map(([[a, b], form, rest]) => `- ${FORMS[form](a)[0].toUpperCase()}${FORMS[form](a).slice(1)} and ${FORMS[form](b)}${rest}`)
        .join('\n')}\n`,
    })),
  );

/** The forms a word is read in ("built": past; "maintains": third person; "implement": base). */
function formsOf(word: string): Set<string> {
  const all = lemmaCandidates(word.toLowerCase());
  // Every word is also a candidate base of itself; an inflection, when there is one, is the reading.
  const inflected = all.filter((c) => c.base !== word.toLowerCase());
  return new Set((inflected.length ? inflected : all).map((c) => c.form));
}

describe('compound openings change together', function () {
  this.timeout(300_000);
  it('after any fix, the two verbs of an opening pair agree in form', () => {
    fc.assert(
      fc.property(compoundResume, ({ text }) => {
        for (const f of lintDocument(parseResume(text)).findings) {
          for (const fix of f.fixes) {
            const out = applyEdits(text, fix.edits);
            // Every "Verb and verb" opening, whatever verbs a fix put there.
            const m = /^- (\w+) and (\w+) /gm;
            for (let hit = m.exec(out); hit; hit = m.exec(out)) {
              const a = formsOf(hit[1]);
              const b = formsOf(hit[2]);
              if (!a.size || !b.size) continue;
              assert.ok([...a].some((x) => b.has(x)), `${f.ruleId} "${fix.title}" left "${hit[1]} and ${hit[2]}"`);
            }
          }
        }
      }),
      { numRuns: Math.min(RUNS, 400) },
    );
  });
});
