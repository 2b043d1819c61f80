// LaTeX resumes: characters in a bullet's text that LaTeX reads as commands, so the PDF differs from
// what the author typed — an unescaped "%" starts a comment and drops the rest of the line ("by 15%
// in a pilot" prints "by 15"), "&", "#" and "_" outside a table or math stop the build ("Q&A", "C#",
// "train_test_split"), a "$" before an amount opens math mode ("$40K saved …"), "~" before a number
// is a non-breaking space ("~15" prints " 15"), and straight double quotes print as two closing quotes.
// Only the source lines of bullets are read: the preamble and macro definitions are LaTeX by design.
import type { ResumeDocument } from '../document/types';
import type { RuleFinding } from '../types';
import { swallowingPercent } from '../text/latex-percent';

/** Arguments whose text is a path, a URL or a label, never typeset as text. */
const VERBATIM_ARGUMENT = /\\(?:href|url|includegraphics|input|include|label|ref|cite|hyperlink|hypertarget)\*?(?:\[[^\]\n]*\])?\{[^{}\n]*\}/g;
const VERB = /\\verb\*?(.)[^\n]*?\1/g;
/** Environments in which "&" separates columns. */
const ALIGNMENT = /\\(begin|end)\{(?:tabular\*?|tabularx|tabulary|longtable|array|align\*?|alignat\*?|eqnarray\*?|matrix|[pbvBV]matrix|cases|split|aligned|gathered|tblr)\}/g;

interface Special {
  pattern: RegExp;
  message: (m: RegExpExecArray, line: string) => string;
  fix: (m: RegExpExecArray) => { title: string; edits: { offset: number; length: number; newText: string }[] };
}

/** "word": under the standard classes' OT1 font both marks print as closing quotes. */
const STRAIGHT_QUOTES: Special = {
  pattern: /(?<![\w`'\\])"(?=[\p{L}\p{N}])([^"\n]{1,60}?)(?<=[\p{L}\p{N}.!?)])"(?![\w])/gu,
  message: () => 'Straight double quotes print as two closing quotes (”…”) in LaTeX: write ``…\'\'.',
  fix: (m) => ({ title: "Use LaTeX quotes (``…'')", edits: [{ offset: m.index, length: m[0].length, newText: `\`\`${m[1]}''` }] }),
};

const ESCAPE = (m: RegExpExecArray) => ({ title: `Escape it ("\\${m[0]}")`, edits: [{ offset: m.index, length: 0, newText: '\\' }] });

const SPECIALS: Special[] = [
  {
    // A percent sign right after a number or a word: meant as text, read as the start of a comment.
    pattern: /(?<=[\p{L}\p{N}.)])(?<!\\)%/gu,
    message: (m, line) => {
      const lost = line.slice(m.index + 1).trim();
      return `An unescaped "%" starts a LaTeX comment, so the PDF drops the rest of the line${lost ? ` ("${lost.slice(0, 40)}${lost.length > 40 ? '…' : ''}")` : ''}: write "\\%".`;
    },
    fix: ESCAPE,
  },
  {
    pattern: /(?<!\\)[&#]/g,
    message: (m) =>
      m[0] === '&'
        ? 'An unescaped "&" outside a table is an alignment character: LaTeX stops with "Misplaced alignment tab character &". Write "\\&".'
        : 'An unescaped "#" is a macro parameter: LaTeX stops with "You can\'t use macro parameter character #". Write "\\#".',
    fix: ESCAPE,
  },
  {
    // "train_test_split": an underscore in text (math and verbatim arguments are blanked before this runs).
    pattern: /(?<![\\\p{L}\p{N}_])[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+/gu,
    message: (m) => `An unescaped "_" outside math mode ("${m[0].slice(0, 40)}") stops LaTeX with "Missing $ inserted" (or prints a subscript): write "\\_".`,
    fix: (m) => ({
      title: 'Escape the underscores ("\\_")',
      edits: [...m[0].matchAll(/_/g)].map((u) => ({ offset: m.index + u.index!, length: 0, newText: '\\' })),
    }),
  },
  {
    // "~15%": a tilde before a number is LaTeX's non-breaking space, so "about" is lost.
    // Only where "about" fits: after a space or an opening bracket, not between a phone number's groups.
    pattern: /(?<=^|[\s({])~(?=\d)/gu,
    message: () => 'A "~" in LaTeX is a non-breaking space, so "~" before a number prints as a space: write "$\\sim$" (or "about").',
    fix: (m) => ({ title: 'Write "$\\sim$"', edits: [{ offset: m.index, length: 1, newText: '$\\sim$' }] }),
  },
  STRAIGHT_QUOTES,
];

/** The source with the text LaTeX does not typeset as prose blanked: math, \verb, URLs, paths. */
function prose(line: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let out = line.replace(VERB, blank).replace(VERBATIM_ARGUMENT, blank).replace(/\\\\/g, '  ');
  // A "$…$" run is math, blanked; one that opens on an amount ("$40K") is money, left for moneyDollars.
  out = out.replace(/(?<!\\)\$(?!\d)([^$\n]*)(?<!\\)\$/g, blank);
  return out;
}

/** Offsets of the lines that are inside an alignment environment (a tabular), where "&" is legitimate. */
function alignmentSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let depth = 0;
  let open = 0;
  ALIGNMENT.lastIndex = 0;
  for (let m = ALIGNMENT.exec(text); m; m = ALIGNMENT.exec(text)) {
    if (m[1] === 'begin') {
      if (depth++ === 0) open = m.index;
    } else if (depth > 0 && --depth === 0) spans.push({ start: open, end: m.index });
  }
  if (depth > 0) spans.push({ start: open, end: text.length });
  return spans;
}

/** A "$" before an amount ("$40K", "$1.2M") whose math run would swallow words, or never close. */
function moneyDollars(line: string): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(/(?<!\\)\$(?=\d)/g)) {
    const close = line.slice(m.index! + 1).search(/(?<!\\)\$/);
    const run = close < 0 ? line.slice(m.index! + 1) : line.slice(m.index! + 1, m.index! + 1 + close);
    // "$10^6$" is math; "$40K in savings" (no closing "$", or words inside) is money.
    if (close < 0 || /[A-Za-z]{3,}\s+[A-Za-z]{2,}/.test(run)) out.push(m.index!);
  }
  return out;
}

/**
 * Whether '"' prints as a closing quote: in the default OT1 font encoding of the standard classes it
 * does; T1 (fontenc), fontspec and the CV classes that load them print a straight quote.
 */
function straightQuotesMisprint(text: string): boolean {
  const preamble = text.slice(0, Math.max(0, text.indexOf('\\begin{document}')));
  const standardClass = /\\documentclass(?:\[[^\]]*\])?\{(?:article|extarticle|report|extreport|scrartcl|letter)\}/.test(preamble);
  return standardClass && !/\\usepackage(?:\[[^\]]*\bT1\b[^\]]*\])\{fontenc\}|\\usepackage(?:\[[^\]]*\])?\{(?:fontspec|lmodern)\}/.test(preamble);
}

export function latexSourceFindings(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  const quotesMisprint = straightQuotesMisprint(doc.text);
  const tables = alignmentSpans(doc.text);
  const seen = new Set<number>();
  // The bullets, and the text lines of a summary paragraph ("\begin{cvparagraph} … \end{cvparagraph}"),
  // which prints as prose all the same.
  const spans: { start: number; end: number }[] = doc.bullets.map((b) => b.range);
  for (const section of doc.sections) {
    if ((section.kind !== 'summary' && section.kind !== 'objective') || !section.headingRange) continue;
    const from = doc.lines.positionAt(section.headingRange.end).line + 1;
    const to = doc.lines.positionAt(section.range.end).line;
    for (let l = from; l <= to && l < doc.lines.lineCount; l++) {
      const text = doc.lines.lineText(l);
      if (!/^\s*[\p{L}\p{N}]/u.test(text)) continue; // commands, comments and blank lines
      const start = doc.lines.lineStart(l);
      spans.push({ start, end: start + text.length });
    }
  }
  spans.push(...typesetBodyLines(doc));
  for (const bullet of spans.map((range) => ({ range }))) {
    const first = doc.lines.positionAt(bullet.range.start).line;
    const last = doc.lines.positionAt(bullet.range.end).line;
    for (let l = first; l <= last; l++) {
      if (seen.has(l)) continue;
      seen.add(l);
      const lineStart = doc.lines.lineStart(l);
      const from = l === first ? bullet.range.start : lineStart;
      const nextLine = doc.text.indexOf('\n', from);
      const to = nextLine < 0 ? doc.text.length : nextLine;
      const raw = doc.text.slice(from, to);
      if (raw.length > 2000) continue;
      const line = prose(raw);
      const inTable = tables.some((t) => from >= t.start && from < t.end);
      for (const at of moneyDollars(line)) {
        out.push({
          range: { start: from + at, end: from + at + 1 },
          message: 'A "$" before an amount opens math mode in LaTeX: the words after it print in italics without spaces, or the build fails. Write "\\$".',
          fixes: [{ title: 'Escape it ("\\$")', safe: true, isPreferred: true, markup: true, edits: [{ range: { start: from + at, end: from + at }, newText: '\\' }] }],
        });
      }
      for (const special of SPECIALS) {
        special.pattern.lastIndex = 0;
        for (let m = special.pattern.exec(line); m; m = special.pattern.exec(line)) {
          if (m[0] === '&' && inTable) continue;
          if (special === STRAIGHT_QUOTES && !quotesMisprint) continue;
          // "\hfill%" ends a command with a comment on purpose (it eats the line break's space).
          if (special === SPECIALS[0] && /\\[A-Za-z]+$/.test(line.slice(0, m.index))) continue;
          // A "%" that takes a closing brace along is swallowedBraces' finding, on whatever line.
          if (special === SPECIALS[0] && swallowingPercent(prose(doc.lines.lineText(l))) === from - lineStart + m.index) continue;
          // Past an unescaped "%" the line is a comment: nothing there prints, so nothing there misprints.
          const comment = line.search(/(?<!\\)%/);
          if (comment >= 0 && m.index > comment) break;
          const fix = special.fix(m);
          out.push({
            range: { start: from + m.index, end: from + m.index + m[0].length },
            message: special.message(m, raw),
            fixes: [{ title: fix.title, safe: true, isPreferred: true, markup: true, edits: fix.edits.map((e) => ({ range: { start: from + e.offset, end: from + e.offset + e.length }, newText: e.newText })) }],
          });
        }
      }
    }
  }
  out.push(...swallowedBraces(doc));
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** Macros whose arguments are handles, addresses, file names or settings: never typeset as prose. */
const NON_PROSE_MACRO = /^\s*\\(?:photo\w*|email|social|homepage|github|gitlab|linkedin|orcid|phone|mobile|fax|extrafield|definecolor|colorlet|setlength|addtolength|hypersetup|geometry|pagestyle|thispagestyle|moderncv\w*|colorizelinks|usepackage|documentclass|input|include|includegraphics|bibliography\w*|(?:re)?newcommand|providecommand|(?:New|Renew|Declare)DocumentCommand|def|let|newenvironment|renewenvironment)\b/;
const VERBATIM_ENV = /\\(begin|end)\{(?:verbatim\*?|Verbatim|lstlisting|minted|comment|filecontents\*?)\}/;

/**
 * The body's other text lines — "\cvitem{Hobbies}{Chess, 3D printing #makers}", a heading macro's
 * employer "R&D Center" — print as prose as much as a bullet does. Comment lines, macro definitions
 * ("#1" is a parameter there), non-prose macros and verbatim environments are left out.
 */
function typesetBodyLines(doc: ResumeDocument): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const body = doc.text.indexOf('\\begin{document}');
  if (body < 0) return spans;
  let verbatim = false;
  for (let l = doc.lines.positionAt(body).line + 1; l < doc.lines.lineCount; l++) {
    const text = doc.lines.lineText(l);
    const env = VERBATIM_ENV.exec(text);
    if (env) {
      verbatim = env[1] === 'begin';
      continue;
    }
    if (verbatim || /^\s*(?:%|$)/.test(text) || NON_PROSE_MACRO.test(text) || /#\d/.test(text)) continue;
    if (/\\end\{document\}/.test(text)) break;
    const start = doc.lines.lineStart(l);
    spans.push({ start, end: start + text.length });
  }
  return spans;
}

/**
 * "\resumeItem{Raised coverage from 42% to 78%}" on a line no bullet was read from: the comment takes the
 * argument's closing brace with it, so the item runs into the next ones and the parse (like LaTeX) loses
 * it. A body line whose unescaped "%" follows a word or number while a brace it opened is still open,
 * and whose commented-out rest holds the "}", is that mistake whatever the macro.
 */
function swallowedBraces(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  const body = doc.text.indexOf('\\begin{document}');
  const first = body < 0 ? 0 : doc.lines.positionAt(body).line + 1;
  for (let l = first; l < doc.lines.lineCount; l++) {
    const raw = doc.lines.lineText(l);
    if (raw.length > 2000) continue;
    const at = swallowingPercent(prose(raw));
    if (at < 0) continue;
    const from = doc.lines.lineStart(l) + at;
    const lost = raw.slice(at + 1).trim();
    out.push({
      range: { start: from, end: from + 1 },
      message: `An unescaped "%" starts a LaTeX comment: the rest of the line ("${lost.slice(0, 40)}${lost.length > 40 ? '…' : ''}") is dropped with its closing "}", so the item runs on into the lines after it. Write "\\%".`,
      fixes: [{ title: 'Escape it ("\\%")', safe: true, isPreferred: true, markup: true, edits: [{ range: { start: from, end: from }, newText: '\\' }] }],
    });
  }
  return out;
}
