// Shape features of a candidate bullet in a work-like section, for the accomplishment classifier
// (line-classifier.ts). Language-light on purpose: how the line is built (length, punctuation,
// separators, capitals, links, dates, style, a verb-like opening, where it stands in its entry), not
// which words it uses, so the model carries to resumes it never saw. Linear in the line's length.
import { ITALIC, LINK, BOLD, allStyled, leadingStyledLength, type StyledText } from './styled-text';
import { findDateRange } from './dates';
import { readVerb } from '../nlp/verbs';
import { TECH_TERMS } from '../lexicon/tech-terms';
import {
  endsSentence,
  hasRoleWord,
  isDateLine,
  isFieldLine,
  isLeadIn,
  isLinkOnly,
  isOrgDateLine,
  isRoleTitle,
  isShortFieldLine,
  isTermList,
  isTitleCase,
  leadingLabel,
  wordCount,
} from './line-kinds';

/** Where the candidate stands: how it was written and what comes before it in its entry. */
export interface LineContext {
  source: 'list' | 'glyph' | 'table' | 'html' | 'line';
  depth: number;
  /** Right after the entry's title lines, before any bullet of that entry. */
  firstInEntry: boolean;
  /** No entry is open (a line straight under the section heading). */
  noEntry: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.+#/-]*/gu;
const FUNCTION_WORDS = new Set('a an the of and or to in on for with by at as from into over via that which who our my their its his her this these those is are was were be been'.split(' '));

function bucket(name: string, value: number, edges: number[]): string {
  let i = 0;
  while (i < edges.length && value >= edges[i]) i++;
  return `${name}:${i === 0 ? `<${edges[0]}` : i === edges.length ? `>=${edges[edges.length - 1]}` : `${edges[i - 1]}-${edges[i]}`}`;
}

/** Named binary features (value 1) of one candidate line; the names are the model's vocabulary. */
export function lineFeatures(line: StyledText, ctx: LineContext): Map<string, number> {
  const f = new Map<string, number>();
  const on = (name: string) => f.set(name, 1);
  const text = line.text.length > 2000 ? line.text.slice(0, 2000) : line.text;
  const styled: StyledText = text === line.text ? line : { text, offsets: line.offsets.slice(0, text.length + 1), styles: line.styles.slice(0, text.length) };
  const words = text.match(WORD) ?? [];
  const n = wordCount(text);

  on(`source:${ctx.source}`);
  if (ctx.depth > 0) on('nested');
  if (ctx.firstInEntry) on('first-in-entry');
  if (ctx.noEntry) on('no-entry');

  on(bucket('words', n, [3, 5, 8, 13, 21]));
  if (endsSentence(text)) on('ends-sentence');
  if (/[:：]\s*$/.test(text)) on('ends-colon');
  if (/^[\p{Ll}]/u.test(text)) on('starts-lower');
  if (/^[\p{N}]/u.test(text)) on('starts-digit');
  if (/^[(["'“]/.test(text)) on('starts-bracket');

  // The opening: a verb ("Built", "Designing", "Leads") or a first-person subject.
  const first = words[0] ?? '';
  const verb = readVerb(first.replace(/[.'’]+$/, ''));
  if (verb) on(`opens-verb:${verb.form}`);
  if (/^(?:i|we)$/i.test(first)) on('opens-pronoun');
  let verbs = 0;
  for (const w of words.slice(0, 40)) if (!FUNCTION_WORDS.has(w.toLowerCase()) && readVerb(w)) verbs++;
  if (verbs === 0) on('no-verb');
  else if (verbs >= 2) on('verbs:2+');

  // Names rather than clauses: capitalised words, known technology names, function words.
  const content = words.filter((w) => /\p{L}/u.test(w));
  if (content.length) {
    const caps = content.slice(1).filter((w) => /^[\p{Lu}]/u.test(w) || /[a-z][A-Z]|[.+#]/.test(w)).length;
    f.set(bucket('caps-share', caps / Math.max(1, content.length - 1), [0.2, 0.4, 0.7]), 1);
    const tech = content.filter((w) => Object.prototype.hasOwnProperty.call(TECH_TERMS, w.toLowerCase())).length;
    if (tech) f.set(bucket('tech-share', tech / content.length, [0.15, 0.35]), 1);
    const fn = content.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length;
    f.set(bucket('function-share', fn / content.length, [0.05, 0.15, 0.3]), 1);
  }
  const separators = (text.match(/[,|·•;/]/g) ?? []).length;
  f.set(bucket('separators-per-word', separators / Math.max(1, n), [0.1, 0.25, 0.5]), 1);
  if (/\s[-–—]\s/.test(text.slice(0, 40))) on('early-dash');

  // Labels, links, dates and style.
  const label = leadingLabel(text);
  if (label) on(isFieldLine(styled) ? 'field-label' : 'label');
  let letters = 0;
  let linked = 0;
  for (let i = 0; i < text.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
    letters++;
    if (styled.styles[i] & LINK) linked++;
  }
  if (linked) f.set(bucket('link-share', linked / Math.max(1, letters), [0.3, 0.7]), 1);
  if (/https?:\/\/|www\./i.test(text)) on('bare-url');
  const date = findDateRange(text);
  if (date) on(date.raw.length > text.length / 2 ? 'mostly-date' : 'has-date');
  if (/\d/.test(text.replace(date?.raw ?? '', ''))) on('has-number');
  if (allStyled(styled, BOLD)) on('all-bold');
  else if (leadingStyledLength(styled, BOLD) > 1) on('leading-bold');
  if (allStyled(styled, ITALIC)) on('all-italic');
  else if (leadingStyledLength(styled, ITALIC) > 1) on('leading-italic');

  // The hand-written line shapes, as evidence the model weighs.
  if (isLinkOnly(styled)) on('rule:link-only');
  if (isTermList(text)) on('rule:term-list');
  if (isLeadIn(styled)) on('rule:lead-in');
  if (isDateLine(text)) on('rule:date-only');
  if (isRoleTitle(text)) on('rule:role-title');
  if (isOrgDateLine(text)) on('rule:org-date');
  if (isShortFieldLine(text)) on('rule:short-field');
  if (isTitleCase(text)) on('rule:title-case');
  if (hasRoleWord(text) && n <= 8) on('rule:short-with-role-word');
  return f;
}
