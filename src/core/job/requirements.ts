// Degree and years-of-experience requirements, read sentence by sentence.

import type { OffsetRange } from '../types';
import type { DegreeLevel, DegreeRequirement, ExperienceRequirement, Importance } from './types';

export interface Sentence extends OffsetRange {
  text: string;
}

/** Sentences of a posting: split at line breaks and at ". " followed by a capital letter. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      push(start, i);
      start = i + 1;
    } else if ((c === '.' || c === '!' || c === '?' || c === ';') && /\s/.test(text[i + 1] ?? ' ') && !isAbbreviation(text, i)) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, to);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 6), dot + 1).toLowerCase();
  return /\b(e\.g|i\.e|etc|vs|inc|ltd|b\.s|m\.s|b\.a|ph\.d|u\.s|st|no|approx|incl)\.$/.test(before);
}

const LEVELS: [DegreeLevel, RegExp][] = [
  ['associate', /\bassociate'?s?\s+degree\b|\bassociate'?s\b(?=.*\bdegree\b)/i],
  ['bachelor', /\b(bachelor'?s?|bachelors|undergraduate degree|b\.?\s?s\.?c?|b\.?\s?a\.?|b\.?\s?eng|b\.?\s?tech|bsc|bs\/ba|ba\/bs)\b/i],
  ['master', /\b(master'?s?|masters|m\.?\s?s\.?c?|m\.?\s?eng|mba|msc|graduate degree|advanced degree)\b/i],
  ['phd', /\b(ph\.?\s?d\.?|doctorate|doctoral)\b/i],
];

const DEGREE_SIGNAL = /\b(degree|bachelor|bachelors|master'?s|masters|ph\.?\s?d|doctorate|b\.?s\.?|m\.?s\.?|bsc|msc|b\.a\.|mba|diploma)\b/i;
const CASE_SENSITIVE_SIGNAL = /\b(BS|MS|BA|MA|BSc|MSc|PhD|MEng|BEng)\b/;

export function findDegree(sentence: Sentence, importance: Importance): DegreeRequirement | undefined {
  const t = sentence.text.replace(/’/g, "'");
  if (!DEGREE_SIGNAL.test(t) && !CASE_SENSITIVE_SIGNAL.test(t)) return undefined;
  // "18 years of age", "MS Excel", "MS Office": not degrees.
  const cleaned = t.replace(/\bMS\s+(Excel|Office|Word|SQL|Access|Teams|Project)\b/g, '');
  const levels = LEVELS.filter(([, re]) => re.test(cleaned)).map(([level]) => level);
  if (!levels.length) {
    if (!/\bdegree\b/i.test(cleaned)) return undefined;
    levels.push('bachelor');
  }
  return {
    level: levels[0],
    levels,
    fields: fieldsOf(cleaned),
    equivalentExperience: /equivalent (practical |work |professional )?experience|or equivalent|equivalent combination/i.test(cleaned),
    importance,
    text: sentence.text,
    range: { start: sentence.start, end: sentence.end },
  };
}

/** The span of a degree sentence that lists fields of study ("in Computer Science, Statistics, or related"). */
export function fieldSpan(sentence: Sentence): OffsetRange | undefined {
  const t = sentence.text;
  const degree = DEGREE_SIGNAL.exec(t) ?? CASE_SENSITIVE_SIGNAL.exec(t);
  if (!degree) return undefined;
  const inAt = t.slice(degree.index).search(/\b(in|of)\s+[A-Z]/);
  if (inAt < 0) return undefined;
  const from = degree.index + inAt;
  const rest = t.slice(from);
  const stop = rest.search(/[.;]|\bwith\b|\bor equivalent\b|\band \d|\bplus\b|\bwhile\b|\bwhere\b/);
  const to = stop < 0 ? t.length : from + stop;
  return { start: sentence.start + from, end: sentence.start + to };
}

function fieldsOf(t: string): string[] {
  const m = /\b(?:in|of)\s+([A-Z][^.;]*)/.exec(t.slice(Math.max(0, t.search(DEGREE_SIGNAL))));
  if (!m) return [];
  return m[1]
    .split(/,|\bor\b|\band\b|\//)
    .map((f) => f.replace(/\b(a |related|technical|quantitative|field|fields|equivalent|other|like|such as)\b.*$/i, '').trim())
    .filter((f) => /^[A-Z]/.test(f) && f.split(/\s+/).length <= 4);
}

const YEARS = /(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b/gi;

export function findExperience(sentence: Sentence, importance: Importance, skills: string[]): ExperienceRequirement[] {
  const t = sentence.text;
  if (!/\bexperience|\bexperienced|\bbackground|\bworking\b/i.test(t)) return [];
  if (/years? (of age|old)|\bage\b/i.test(t) && !/experience/i.test(t)) return [];
  const out: ExperienceRequirement[] = [];
  for (const m of t.matchAll(YEARS)) {
    const after = t.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (/^\s*(of age|old)/i.test(after)) continue;
    out.push({
      minYears: Number(m[1]),
      ...(m[2] ? { maxYears: Number(m[2]) } : {}),
      importance,
      skills,
      text: t,
      range: { start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length },
    });
  }
  return out;
}
