// Person specifications (UK, Irish, Australian and New Zealand university and public-sector postings)
// mark each criterion Essential or Desirable on its own line: a column after dotted leaders or wide
// spaces ("Experience of X ........ E ... A/I", "Knowledge of Y<TAB>Desirable"), or a parenthesised
// mark at either end ("(E) Experience of X", "Knowledge of Y (D)"). The mark, not the heading the line
// stands under, says how much the criterion matters: one list often holds both kinds.

import type { Importance } from './types';
import type { OffsetRange } from '../types';

export interface CriterionMark extends OffsetRange {
  importance: Exclude<Importance, 'other'>;
  /** The mark's own column (and the assessed-by column after it): no words of the criterion. */
  column?: OffsetRange;
}

const MARK = String.raw`(E|D|Essential|Desirable|ESSENTIAL|DESIRABLE)`;
/**
 * A mark in a column of its own at the line's end: after dotted leaders, a tab, two spaces or a bar,
 * optionally followed by the column that says where it is assessed ("A/I", "Application, Interview").
 */
const TRAILING = new RegExp(String.raw`(?:\.{3,}|\t|\s{2,}|\s[|])[ \t]*` + MARK + String.raw`(?:[ \t]*(?:\.{2,}|\t|\s{2,}|[|])[ \t]*[A-Za-z][A-Za-z/, &]{0,40})?[ \t]*$`);
/** A parenthesised or bracketed mark at the line's end or after its bullet: "Knowledge of X (D)", "[E] Y". */
const BRACKETED_END = new RegExp(String.raw`\s[(\[]` + MARK + String.raw`[)\]]\s*\.?\s*$`);
const BRACKETED_START = new RegExp(String.raw`^\s*(?:[-*•●▪◦–]\s*|\d{1,2}[.)]\s*)?[(\[]` + MARK + String.raw`[)\]]\s`);

/**
 * Each line of the posting marked Essential or Desirable. Single-letter marks count only where the
 * posting marks two lines or more, so a lone trailing "D" (a grade, an initial) is not read as one.
 */
export function criterionMarks(text: string, bodyStart = 0): CriterionMark[] {
  const out: CriterionMark[] = [];
  let spelled = false;
  let at = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    const trailing = TRAILING.exec(line);
    const m = trailing ?? BRACKETED_END.exec(line) ?? BRACKETED_START.exec(line);
    // The mark must follow words of its own (a criterion), not stand alone on the line.
    if (m && /[A-Za-z]{3,}/.test(line.replace(m[0], ''))) {
      const column = trailing ? { start: at + trailing.index, end: at + line.length } : undefined;
      out.push({ start: at, end: at + line.length, importance: /^e/i.test(m[1]) ? 'required' : 'preferred', column });
      if (m[1].length > 1) spelled = true;
    }
    at += line.length + 1;
  }
  if (out.length < 2) return [];
  // Both kinds, or a mark written in full: a column of "E" alone could be anything.
  const kinds = new Set(out.map((o) => o.importance));
  return kinds.size === 2 || spelled ? out : [];
}

/** The mark of the line that holds `offset`, if any. */
export function criterionMarkAt(marks: CriterionMark[], offset: number): CriterionMark['importance'] | undefined {
  return marks.find((m) => offset >= m.start && offset <= m.end)?.importance;
}
