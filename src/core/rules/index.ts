// The built-in rules, one per file. Add a rule: create rules/<id>.ts exporting a `Rule`, list it here,
// and write docs/rules/<id>.md (the docs test checks that every rule has its page).
import type { Rule } from '../types';
import { fillerWord } from './filler-word';
import { weakOpening } from './weak-opening';
import { genericObject } from './generic-object';
import { selfDescription } from './self-description';
import { missingMetric } from './missing-metric';

export const RULES: readonly Rule[] = [
  weakOpening,
  genericObject,
  selfDescription,
  fillerWord,
  missingMetric,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
