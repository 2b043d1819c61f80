// Template text left in a resume: a bracketed field ("[Company Name]", "<Your Name>", "[Add a
// description here]"), digits replaced by X ("555-XXXX", "XX%", "$XXk", "?user=XXXXXXX"), "Lorem
// ipsum", a "TBD" or "TODO" note, or a form line whose label was never filled ("Date:" under
// "Place: Toronto"). A reader
// sees at once that the resume was not finished.
// - Brackets count only when their words read as a template's: an instruction ("Add …", "Insert …"),
//   "your", or a field name at the end ("… Name", "… Date", "City, State"). Links, reference links,
//   footnotes, citations and task-list boxes never match: their brackets are followed by "(", "[" or
//   ":", or hold a number, a caret or one character.
// - An X-run counts only in a number's place: touching a digit, before "%", after a currency sign or
//   "=", or joined by "-" / "." to digits or more X's. "XX" alone (a roman numeral), "SpaceX",
//   "Xbox", "X (Twitter)" and "10x faster" are words or multipliers, and one digit before X's ("5xx
//   errors", "3XX-level courses") a class of codes — not blanks.
// - Blank labels are read in Markdown only (in YAML or JSON an empty value is the format's own
//   business). Brackets: in Markdown; in a JSON string, which prints them as written; in LaTeX only
//   after a word of prose, since "[...]" after a command, a group or an option is an optional argument.
import type { ResumeDocument } from '../document/types';
import type { OffsetRange, Rule, RuleFinding } from '../types';
import { codeMaskedText } from './source-scan';
import { NOTE_COMMENT, printedFromObsidian } from './renders-wrongly-syntax';

/** "[…]" or "<…>" with a short run of words inside (bounded, so a long unclosed run costs little). */
const BRACKETED = /\[([^[\]\n]{2,60})\]|<([^<>\n]{2,60})>/g;
/** Words only: a tag with attributes (`<div align="center">`) or a URL never reads as a field. */
const FIELD_TEXT = /^[\p{L}][\p{L}\p{N} ,.'’&/-]*$/u;
/** An instruction to the writer, as templates phrase them. */
const INSTRUCTION = /^(?:add|insert|enter|write|describe|type|fill|put|include|list|replace|mention|provide|specify|summari[sz]e|explain)\b/i;
/** What a template asks for, at the end of the bracket ("Company Name", "Start Date", "City, State"). */
const FIELD_NOUN =
  /\b(?:name|title|company|employer|organi[sz]ation|university|school|degree|major|date|year|city|state|country|location|address|phone|e-?mail|number|url|link|description|role|position|gpa|details|metric|percentage|amount|placeholder|user ?name|handle|user ?id|provider|issuer|client|course|certificate|certification|award)$/i;
/** Words no finished resume puts in brackets. */
const TEMPLATE_WORD = /\b(?:your|here|tbd|todo|xxx+)\b|\.\.\.|…/i;

const LOREM = /\blorem[ \t]+ipsum\b/gi;

/** A writer's note for later, in capitals and standing alone ("certificate link TBD", a "| TBD |" cell). */
const TO_FILL = /(?<![\p{L}\p{N}_/-])(?:TBD|TBA|TODO|FIXME)(?![\p{L}\p{N}_/-])/gu;
/** The same note as a link's last path segment ("github.com/ana/TODO", "…/TBD)"): the real address was never put in. */
const TO_FILL_IN_LINK = /(?<=\/)(?:TBD|TBA|TODO|FIXME)(?=\/?(?:[)\]>\s"']|$))/gmu;

/** A run of X's (one capital X, or two or more of one case) not part of a word; "k", "M", "B" may follow ("$XXk"). */
const X_RUN = /(?<![\p{L}_\\])(?:X{1,40}|x{2,40})(?=[kKMB]?(?![\p{L}_]))/gu;
const PURE_X = /^(?:X+|x+)(?![\p{L}\p{N}_])/u;

/** "Label:" with nothing after it, plain, bulleted or emphasized ("**Date:**"). */
const EMPTY_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:[*_]{1,3})?\p{Lu}[\p{L} .'’/&-]{0,30}(?:[*_]{1,3})?:(?:[*_]{1,3})?[ \t]*$/u;
/** "Label: value" — a filled line of the same form. */
const FILLED_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:[*_]{1,3})?\p{Lu}[\p{L} .'’/&-]{0,30}(?:[*_]{1,3})?:(?:[*_]{1,3})?[ \t]*\S/u;
const HEADING_OR_RULE = /^ {0,3}(?:#|(?:[-*_][ \t]*){3,}$)/;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Whether the X-run at [start, end) stands where a number would. */
function xInNumberPlace(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  const before = text[start - 1];
  const after = text[end];
  const long = run.length >= 2;
  // "XX%", and LaTeX's escaped "XX\%".
  if (after === '%' || (after === '\\' && text[end + 1] === '%')) return true;
  if (before !== undefined && '$£€'.includes(before)) return true;
  if (!long) return false;
  // One digit and X's is a class of codes, not a blank: HTTP "5xx" errors, "3XX-level" courses.
  if (isDigit(before) && !isDigit(text[start - 2]) && run.length <= 3 && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) return false;
  // The tail of a model name with letters and digits is a product family: "TC3xx", "S32K1xx", "RTX 40xx".
  if (isDigit(before) && run.length <= 3 && /\p{L}[\p{L}\p{N}]*\s?\d+$/u.test(modelBefore(text, start))) return false;
  if (isDigit(before) || isDigit(after)) return true;
  if (before === '=') return true;
  // Joined by "-" or "." to digits or to another X-run: "555-XXXX", "XXX-XXX-XXXX", "1.XX".
  if ((before === '-' || before === '.') && (isDigit(text[start - 2]) || xRunEndsAt(text, start - 1))) return true;
  if ((after === '-' || after === '.') && (isDigit(text[end + 1]) || PURE_X.test(text.slice(end + 1, end + 42)))) return true;
  // Groups of a number written with spaces, left as X's: "+254 7XX XXX XXX", "XXX XXX XXXX".
  // (The first such group of three X's or more is reported, once.)
  if (run.length >= 3 && after === ' ' && /^(?:X{3,}|x{3,})(?![\p{L}_])/u.test(text.slice(end + 1, end + 42)) && !/(?:^|[^\p{L}\p{N}_])(?:X{3,}|x{3,}) $/u.test(text.slice(Math.max(0, start - 44), start))) return true;
  // A URL path segment that is only X's ("linkedin.com/in/xxxxx").
  if (before === '/' && run.length >= 3 && (after === undefined || /[\s/?)\]]/.test(after))) return true;
  return false;
}

/** The letters and digits right before `at`, with a model word before a space ("RTX 40" of "RTX 40xx"). */
function modelBefore(text: string, at: number): string {
  const m = /(?:\p{Lu}[\p{Lu}\p{N}]*\s)?[\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, at - 24), at));
  return m ? m[0] : '';
}

/** Whether a pure X-run (not the tail of a word such as "XXL-") ends just before `at`. */
function xRunEndsAt(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s < 41 && /[Xx]/.test(text[s - 1])) s--;
  if (s === at) return false;
  const prev = text[s - 1];
  return prev === undefined || !/[\p{L}_]/u.test(prev);
}

/** The whitespace-delimited token around [start, end), at most 40 characters either way. */
function tokenAround(text: string, start: number, end: number): OffsetRange {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 40 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && e - end < 40 && !/\s/.test(text[e])) e++;
  // Trailing sentence punctuation and a closing bracket the opening of which lies outside stay out.
  while (e > end && /[,;:!?)\]]/.test(text[e - 1]) && !text.slice(s, e - 1).includes(text[e - 1] === ')' ? '(' : '[')) e--;
  while (e > end && /[.,;:!?"'“”‘’]/.test(text[e - 1])) e--;
  while (s < start && /["'“”‘’]/.test(text[s])) s++;
  while (s < start && /[([]/.test(text[s]) && !text.slice(s + 1, e).includes(text[s] === '(' ? ')' : ']')) s++;
  return { start: s, end: e };
}

/** Whether the bracketed words read as a template field. */
function templateField(inner: string): boolean {
  const t = inner.trim();
  if (!FIELD_TEXT.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  if (TEMPLATE_WORD.test(t)) return true;
  if (INSTRUCTION.test(t) && words.length >= 2) return true;
  return FIELD_NOUN.test(t);
}

/** Labels of reference definitions ("[label]: url"), which make "[label]" a link. */
function referenceLabels(text: string): Set<string> {
  const labels = new Set<string>();
  const re = /^ {0,3}\[([^\]\n]{1,200})\]:/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) labels.add(m[1].trim().toLowerCase());
  return labels;
}

function bracketFindings(text: string, out: Hit[], latex = false): void {
  const refs = referenceLabels(text);
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const square = m[1] !== undefined;
    const inner = (square ? m[1] : m[2]).trim();
    // LaTeX: "[…]" right after a command, a group or another option is an optional argument
    // ("\item[…]", "\begin{x}[…]", "\\[2pt]"); after a word of prose it prints as written.
    if (latex && (!square || /(?:\\[A-Za-z@]+\*?|[}\]\\])\s*$/.test(text.slice(Math.max(0, start - 40), start)) || !/[\p{L}\p{N},.;:]\s+$/u.test(text.slice(Math.max(0, start - 3), start)))) continue;
    if (square) {
      // Link text, a reference link, an image, a wiki link, a reference definition, or a Pandoc span
      // with attributes ("[Speed River University]{.smallcaps}").
      if (/[([:{]/.test(text[end] ?? '') || /[!\]\\[]/.test(text[start - 1] ?? '')) continue;
      if (refs.has(inner.toLowerCase())) continue;
    } else {
      // "<title>", "<address>": one lower-case word is an HTML element, not a field.
      if (/^[a-z]+$/.test(inner)) continue;
      if (text[start - 1] === '\\') continue;
      // "{{< param email >}}": a Hugo shortcode, which the site build fills in.
      if (text.slice(start - 2, start) === '{{' && text.slice(end, end + 2) === '}}') continue;
    }
    if (!templateField(inner)) continue;
    out.push({ start, end, message: `"${m[0]}" is template text: put in the real value, or delete it.` });
  }
}

/** The text with everything but the contents of JSON string literals blanked (same offsets). */
function jsonStringContents(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
    out += text.slice(at, m.index!).replace(/[^\n]/g, ' ') + ' ' + m[1] + ' ';
    at = m.index! + m[0].length;
  }
  return out + text.slice(at).replace(/[^\n]/g, ' ');
}

function xRunFindings(text: string, out: Hit[]): void {
  X_RUN.lastIndex = 0;
  let lastEnd = -1;
  for (let m = X_RUN.exec(text); m; m = X_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < lastEnd || !xInNumberPlace(text, start, end)) continue;
    const token = tokenAround(text, start, end);
    lastEnd = token.end;
    out.push({ ...token, message: `"${text.slice(token.start, token.end)}" is a number left as X's from a template: put in the real number, or delete it.` });
  }
}

function toFillFindings(text: string, out: Hit[]): void {
  TO_FILL.lastIndex = 0;
  for (let m = TO_FILL.exec(text); m; m = TO_FILL.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" marks something left to fill in: put in the real value, or delete it.` });
  TO_FILL_IN_LINK.lastIndex = 0;
  for (let m = TO_FILL_IN_LINK.exec(text); m; m = TO_FILL_IN_LINK.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" stands where the link's address should end: put in the real link, or delete it.` });
}

function loremFindings(text: string, out: Hit[]): void {
  LOREM.lastIndex = 0;
  for (let m = LOREM.exec(text); m; m = LOREM.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" is a template's filler text: write the real text, or delete it.` });
}

/** A phone number: an optional country code, then three, three and four digits. */
const PHONE = /(?<![\p{N}+])(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?![\p{N}])/gu;
/** The ten digits templates print for a phone ("123-456-7890", "000-000-0000", "987-654-3210"): a
 * counting run or one digit repeated, which no numbering plan hands out. */
function isSampleNumber(digits: string): boolean {
  return '01234567890'.includes(digits) || '9876543210'.includes(digits) || /^(\d)\1+$/.test(digits);
}
/** The prompt word of a template's address: "yourwebsite", "your-handle", "yourname". */
const PROMPT_WORD = /(?<![\p{L}\p{N}])your[-_]?(?:web)?(?:site|domain|name|handle|user(?:name)?|profile|portfolio|page|blog|email|id)(?![\p{L}])/giu;
const ADDRESS_CHAR = /[\p{L}\p{N}./-]/u;
const ADDRESS_TAIL = /^[\p{L}\p{N}./_-]*/u;

/**
 * The address around each prompt word ("https://yourwebsite.com", "github.com/your-handle",
 * "@yourname"): found from the word outward, since a pattern that tried every position of the text
 * as an address's start cost more than every other check of the rule together.
 */
export function* promptAddresses(text: string): Generator<{ index: number; address: string }> {
  let lastEnd = 0;
  for (const m of text.matchAll(PROMPT_WORD)) {
    if (m.index! < lastEnd) continue;
    let start = m.index!;
    while (start > lastEnd && ADDRESS_CHAR.test(text[start - 1])) start--;
    if (/https?:$/i.test(text.slice(Math.max(lastEnd, start - 6), start))) start = text.lastIndexOf('h', start - 1);
    else if (text[start - 1] === '@' && start - 1 >= lastEnd) start--;
    const end = m.index! + m[0].length + ADDRESS_TAIL.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 200))![0].length;
    lastEnd = end;
    yield { index: start, address: text.slice(start, end) };
  }
}

/**
 * A profile address that stops where the person's name should start ("https://www.linkedin.com/in/",
 * "github.com/"): a template's link never filled in, which opens the site's bare page.
 */
const EMPTY_PROFILE = /(?<![\p{L}\p{N}.\/-])(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com\/in\/?|(?:github|gitlab|kaggle|twitter|x|dribbble)\.com\/|behance\.net\/|medium\.com\/@)(?=["'\s)\]>,;]|$)/gmu;

function emptyProfileFindings(text: string, out: Hit[]): void {
  for (const m of text.matchAll(EMPTY_PROFILE)) out.push({ start: m.index!, end: m.index! + m[0].length, message: `"${m[0]}" is a profile link with no name in it: put in your own profile's address, or remove it.` });
}

function sampleContactFindings(text: string, out: Hit[]): void {
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').slice(-10);
    // A "tel:" link's target repeats the number its text shows: one finding, on the text.
    if (isSampleNumber(digits) && !/tel:$/i.test(text.slice(Math.max(0, m.index! - 4), m.index))) out.push({ start: m.index!, end: m.index! + m[0].length, message: `"${m[0]}" is a template's sample phone number: put in your own, or remove it.` });
  }
  for (const { index, address } of promptAddresses(text)) {
    // Only an address: the prompt joined to a domain, a path or an "@" ("your name" in prose is not one).
    if (!/[./@]/.test(address)) continue;
    const shown = address.replace(/[./]+$/, '');
    out.push({ start: index, end: index + shown.length, message: `"${shown}" is the template's sample address: put in your own link, or remove it.` });
  }
}

/**
 * Lines "Label:" with no value, in a block of filled "Label: value" lines (a form the template set
 * up), and not introducing what follows (a list or paragraph under it would be its value).
 */
function emptyLabelFindings(doc: ResumeDocument, text: string, out: Hit[]): void {
  const n = doc.lines.lineCount;
  const lineAt = (i: number) => {
    if (i < 0 || i >= n) return undefined;
    const s = doc.lines.lineStart(i);
    return text.slice(s, s + doc.lines.lineText(i).length);
  };
  for (let i = 0; i < n; i++) {
    const line = lineAt(i)!;
    if (!EMPTY_LABEL.test(line)) continue;
    // Neighbours count at the same indentation: a deeper line is this label's own content.
    const indent = (l: string) => l.length - l.trimStart().length;
    const sibling = (l: string | undefined) => l !== undefined && FILLED_LABEL.test(l) && indent(l) === indent(line);
    const prev = lineAt(i - 1);
    const next = lineAt(i + 1);
    const filledNeighbour = sibling(prev) || sibling(next);
    if (!filledNeighbour) continue;
    // What follows must not be this label's value: the next line is another filled label, or the
    // block ends (blank line, then a heading, a rule or the end of the document).
    let value = false;
    if (next !== undefined && next.trim() !== '') value = !sibling(next);
    else {
      let j = i + 1;
      while (j < n && lineAt(j)!.trim() === '') j++;
      value = j < n && !HEADING_OR_RULE.test(lineAt(j)!);
    }
    if (value) continue;
    const start = doc.lines.lineStart(i) + (line.length - line.trimStart().length);
    const label = line.trim().replace(/[*_]/g, '');
    out.push({ start, end: doc.lines.lineStart(i) + line.trimEnd().length, message: `"${label}" is a field left empty: fill it in, or delete the line.` });
  }
}

/**
 * "Pronouns: ...", "I'm looking to collaborate on ...": an ellipsis where the value or the object
 * should be, at the end of a line, is a template's blank left unfilled (a profile README's prompts).
 */
const ELLIPSIS_BLANK = /(?:(?<label>^[ \t]*(?:[-*+][ \t]+)?(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)?\p{Lu}[\p{L} .'’/&-]{0,30}:)|[ \t](?<preposition>on|in|with|about|at|for|to|of|is|are|me))[ \t]*(?<dots>\.{3}|…)[ \t]*$/u;

function ellipsisBlankFindings(doc: ResumeDocument, text: string, out: Hit[]): void {
  for (let i = 0; i < doc.lines.lineCount; i++) {
    const s = doc.lines.lineStart(i);
    const line = text.slice(s, s + doc.lines.lineText(i).length);
    const m = ELLIPSIS_BLANK.exec(line);
    if (!m) continue;
    const at = s + m.index! + m[0].lastIndexOf(m.groups!.dots);
    const label = m.groups!.label?.trim().replace(/^[-*+]\s+/, '').replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, '');
    const what = label ? `"${label}" is a field` : 'The line ends in "…" where its object should be: a template prompt';
    out.push({ start: at, end: at + m.groups!.dots.length, message: `${what} left unfilled: fill it in, or delete the line.` });
  }
}

interface Hit extends OffsetRange {
  message: string;
}

export const placeholder: Rule = {
  id: 'placeholder',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'Template text left in: "[Company Name]", "<Your Name>", "555-XXXX", "XX%", "Lorem ipsum", "TBD", an empty "Date:" field.',
  docs: {
    why: 'A bracketed field, a phone number ending in X\'s or an empty form field tells the reader at a glance that the resume was never finished — often the one thing they remember about it.',
    bad: 'Ana Silva · (416) 555-XXXX · ana@example.com\n\n- Advised by Prof. [Advisor Name]; cut run time by XX%.',
    good: 'Ana Silva · (416) 555-0175 · ana@example.com\n\n- Advised by Prof. Lena Ortiz; cut run time by 35%.',
  },
  check(doc) {
    // A note printed from Obsidian hides its "%% comments %%": a "TBD" there is the writer's own note.
    const text = printedFromObsidian(doc) ? codeMaskedText(doc).replace(NOTE_COMMENT, (c) => ' '.repeat(c.length)) : codeMaskedText(doc);
    const hits: Hit[] = [];
    const markdown = (doc.format ?? 'markdown') === 'markdown';
    if (markdown) bracketFindings(text, hits);
    // A JSON string prints its brackets as written ("issuer": "[Training provider]").
    if (doc.format === 'jsonresume') bracketFindings(jsonStringContents(doc.text), hits);
    if (doc.format === 'latex') bracketFindings(text, hits, true);
    xRunFindings(text, hits);
    loremFindings(text, hits);
    sampleContactFindings(text, hits);
    emptyProfileFindings(text, hits);
    toFillFindings(text, hits);
    if (markdown) emptyLabelFindings(doc, text, hits);
    if (markdown) ellipsisBlankFindings(doc, text, hits);
    hits.sort((a, b) => a.start - b.start);
    const out: RuleFinding[] = [];
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      lastEnd = h.end;
      out.push({ range: { start: h.start, end: h.end }, message: h.message });
    }
    return out;
  },
};
