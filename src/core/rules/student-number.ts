// Student, register, roll and enrolment numbers ("Roll No: 19CS1042", "Student ID 20231234"). Schools
// use them to identify a student; on a resume sent to employers they only identify the applicant to
// anyone who reads it, and no employer needs them before an offer. (National ID, passport and
// social security numbers are the personal-details rule's.)
import type { Rule, RuleFinding } from '../types';
import { proseMaskedText } from './source-scan';

/** A space, or LaTeX's control space after an abbreviation's period ("Reg.\ No.\ 2008…"). */
const SPACE = '(?:[ \\t]|\\\\(?=[ \\t]))*';
const LABEL =
  `(?:(?:student|register|registration|reg\\.?|roll|enrol(?:l)?ment|matriculation|matric\\.?|admission|university|college|exam|seat|index)${SPACE}(?:number|num|no\\.?|#|id)|(?:student|registration|enrol(?:l)?ment)${SPACE}code|usn|prn|uin|matrikelnummer|matrikel-?nr\\.?)`;
/** Between label and value: a colon or dash, or the brace pair of a LaTeX macro's two arguments
 * ("\\resumeItem{UIN}{735…}"). */
const SEPARATOR = '(?:[:：#–—-][ \\t]*|\\}[ \\t]*\\{)?';
/** A label, a separator, then a value with at least four digits. */
const STUDENT_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}_])${LABEL}(?![\\p{L}])[*_]*${SPACE}${SEPARATOR}[*_]*${SPACE}([A-Z0-9][A-Z0-9/-]{3,24})(?![\\p{L}\\p{N}])`, 'giu');

/** A school's initials glued to or before "ID", then a number of six digits or more. */
const SCHOOL_ID = /(?<![\p{L}\p{N}_])[A-Z]{1,5}[ \t]?ID[ \t]*[:#][ \t]*\d[\d-]{5,}(?![\p{L}\p{N}])/gu;

export const studentNumber: Rule = {
  id: 'student-number',
  category: 'privacy',
  defaultSeverity: 'warning',
  description: 'Student, register, roll or enrolment numbers, which identify you and no employer needs.',
  docs: {
    why: 'A student or register number is an identifier: schools use it for records and logins. A resume travels to many readers, and none of them needs it to hire you; leave it out, as you would a national ID number.',
    bad: '## Education\n\n### B.Tech Computer Science, Anna University — 2020 – 2024\nRoll No: 20CS1042 · CGPA 8.7',
    good: '## Education\n\n### B.Tech Computer Science, Anna University — 2020 – 2024\nCGPA 8.7',
  },
  check(doc) {
    const text = proseMaskedText(doc);
    const out: RuleFinding[] = [];
    STUDENT_NUMBER.lastIndex = 0;
    for (let m = STUDENT_NUMBER.exec(text); m; m = STUDENT_NUMBER.exec(text)) {
      const digits = (m[1].match(/\d/g) ?? []).length;
      if (digits < 4) continue;
      // "Reg. No.", "registration #", "Index No." name a pharmacist's or an engineer's licence as often as a
      // student: they are a student's number only among the studies.
      if (/^(?:reg|index)/i.test(m[0]) && doc.sections.find((sec) => sec.range.start <= m!.index && m!.index < sec.range.end)?.kind !== 'education') continue;
      out.push({
        range: { start: m.index, end: m.index + m[0].length },
        message: `"${m[0].trim().replace(/\}[ \t]*\{/, ' ')}" is a student or register number: it identifies you and no employer needs it on a resume; remove it.`,
      });
    }
    // "PUID: 0034817265", "UTD ID: 2021654789": a school's own ID, named by its initials, in the education section.
    for (const section of doc.sections) {
      if (section.kind !== 'education') continue;
      const slice = text.slice(section.range.start, section.range.end);
      for (const m of slice.matchAll(SCHOOL_ID)) {
        const start = section.range.start + m.index!;
        if (out.some((f) => f.range.start <= start && start < f.range.end)) continue;
        out.push({
          range: { start, end: start + m[0].length },
          message: `"${m[0].trim()}" is a school's student ID: it identifies you and no employer needs it on a resume; remove it.`,
        });
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
