import { studentNumber } from '../../../src/core/rules/student-number';
import { testRule } from '../../helpers/rule-tester';

const education = (line: string) => `## Education\n\n### B.Tech Computer Science, Anna University — 2020 – 2024\n\n${line}\n`;

testRule(studentNumber, {
  valid: [
    { doc: true, code: education('CGPA 8.7 · Dean’s list 2022') },
    { doc: true, code: education('Roll of honour 2023') },
    { doc: true, code: education('Student ID card design for 3,000 students') }, // no number
    { doc: true, code: education('[Transcript](https://example.edu/student-id/20231234)') }, // in a URL
  ],
  invalid: [
    { doc: true, code: education('Roll No: 20CS1042 · CGPA 8.7'), underlines: ['Roll No: 20CS1042'], message: 'student or register number' },
    { doc: true, code: education('Student ID 20231234'), underlines: ['Student ID 20231234'] },
    { doc: true, code: education('**Register Number:** 311519104052'), count: 1 },
    { doc: true, code: education('USN: 1RV19CS001'), underlines: ['USN: 1RV19CS001'] },
  ],
});
