// The built-in rules, one per file. Add a rule: create rules/<id>.ts exporting a `Rule`, list it here,
// and write docs/rules/<id>.md (the docs test checks that every rule has its page).
import type { Rule } from '../types';
import { fillerWord } from './filler-word';
import { weakOpening } from './weak-opening';
import { genericObject } from './generic-object';
import { selfDescription } from './self-description';
import { missingMetric } from './missing-metric';
import { passiveVoice } from './passive-voice';
import { firstPerson } from './first-person';
import { tenseMismatch } from './tense-mismatch';
import { bulletLength } from './bullet-length';
import { repeatedOpeningVerb } from './repeated-opening-verb';
import { duplicateBullet } from './duplicate-bullet';
import { missingSection } from './missing-section';
import { missingContact } from './missing-contact';
import { dateFormat } from './date-format';
import { reverseChronological } from './reverse-chronological';
import { techSpelling } from './tech-spelling';
import { personalDetails } from './personal-details';
import { objectiveSection } from './objective-section';
import { referencesLine } from './references-line';
import { layoutUnrecognized } from './layout-unrecognized';
import { impossibleDates } from './impossible-dates';
import { missingGraduationDate } from './missing-graduation-date';
import { studentNumber } from './student-number';
import { rendersWrongly } from './renders-wrongly';
import { chatStyle } from './chat-style';
import { placeholder } from './placeholder';
import { regionalEnglish } from './regional-english';
import { spelling } from './spelling';

export const RULES: readonly Rule[] = [
  weakOpening,
  genericObject,
  selfDescription,
  fillerWord,
  missingMetric,
  passiveVoice,
  firstPerson,
  tenseMismatch,
  bulletLength,
  repeatedOpeningVerb,
  duplicateBullet,
  missingSection,
  missingContact,
  dateFormat,
  reverseChronological,
  techSpelling,
  personalDetails,
  objectiveSection,
  referencesLine,
  layoutUnrecognized,
  impossibleDates,
  missingGraduationDate,
  studentNumber,
  rendersWrongly,
  chatStyle,
  placeholder,
  regionalEnglish,
  spelling,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
