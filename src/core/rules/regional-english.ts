// Words and number forms that read as another country's English, or as a translation, to a North
// American reviewer: a "Curriculum Vitae" title on an industry resume, a decimal comma in a metric
// ("94,1%" reads as nine hundred forty-one), lakh and crore, nouns English does not count
// ("informations", "softwares"), British and South Asian idioms ("fortnightly", "prepone", "till
// date"), and the false friends a Spanish, Portuguese or French speaker carries over ("my actual
// position" for current, "assisted to the meetings" for attended, "realized the implantation" for
// carried out the implementation). Each names its North American form. Information only: the person
// may be writing for the place the words come from.
import type { ResumeDocument } from '../document/types';
import type { Fix, Rule, RuleFinding } from '../types';
import { proseMaskedText } from './source-scan';
import { PATTERNS } from './regional-english-patterns';
import { SIGNATURE_PLACE_DATE } from '../document/section-labels';
import { functionWords } from '../text/function-words';

/** A title or heading that names the document a "Curriculum Vitae", as Europe and academia do: alone, or beside the name ("# Ana Lima - Curriculum Vitae"). */
const CV_TITLE = /^[\s#*_]*(?:(curriculum\s+vitae|c\.?v\.?)|[^\n|]{2,60}?\s+[-–—|:]\s+(curriculum\s+vitae)|(curriculum\s+vitae)(?:\s+[-–—|:]\s+|\s+of\s+)[^\n|]{2,60}?)[\s*_:.#]*$/i;
/** Headings translated word for word or British: "Academic Formation" (formação, formación), "Personal Statement" (British). An Obsidian callout title ("> [!summary] Personal Statement") is a heading too. */
const HEADING_LEAD = String.raw`^[\s#*_>]*(?:\[![\w-]+\][+-]?\s*)?`;
const TRANSLATED_HEADING: [RegExp, string][] = [
  [new RegExp(String.raw`${HEADING_LEAD}(?:academic|professional|educational)\s+formation[\s*_:#]*$`, 'i'), 'Education'],
  [new RegExp(String.raw`${HEADING_LEAD}personal\s+statement[\s*_:#]*$`, 'i'), 'Summary'],
];
/** A section of referees under its British or Commonwealth name: North American resumes list none (references-line says why). */
const REFEREES_HEADING = new RegExp(String.raw`${HEADING_LEAD}((?:character\s+)?referees|character\s+references)[\s*_:#]*$`, 'i');

/**
 * A title set by a field rather than a line: front matter's "title:" (Pandoc and Jekyll print it at the
 * top of the page and in the PDF's title) or LaTeX's "\title{…}" (moderncv prints it under the name).
 */
const TITLE_FIELD = /^title:[ \t]*(["']?)(.+?)\1[ \t]*$|\\title\{([^{}\n]+)\}/gm;

/** The finding for a page titled as a CV ("Curriculum Vitae" in a title field, a heading or a LaTeX line). */
function cvTitleFinding(start: number, end: number, words: string): RuleFinding {
  return { range: { start, end }, message: `"${words}" titles the page as a CV: a North American resume outside academia puts your name at the top and is called a resume.` };
}

function titleFieldFindings(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  const fm = doc.frontMatter.range;
  const area = doc.format === 'latex' ? doc.text : fm ? doc.text.slice(fm.start, fm.end) : '';
  const base = doc.format === 'latex' ? 0 : (fm?.start ?? 0);
  // A site page ("layout:", "permalink:"): its title names the page in the site's menu ("CV"), not the document.
  if (doc.format !== 'latex' && /^(?:layout|permalink):/m.test(area)) return out;
  for (const m of area.matchAll(TITLE_FIELD)) {
    if (doc.format === 'latex' ? !m[3] : !m[2]) continue;
    const value = m[3] ?? m[2];
    const cv = CV_TITLE.exec(value.trim());
    if (!cv) continue;
    const words = cv[1] ?? cv[2] ?? cv[3];
    const from = base + m.index! + m[0].indexOf(value) + value.indexOf(words);
    out.push(cvTitleFinding(from, from + words.length, words));
  }
  if (doc.format === 'latex') out.push(...latexTitleLines(doc));
  return out;
}

/** A LaTeX command with its options, or a brace: markup around a line's printed words. */
const LATEX_MARKUP = /\\[a-zA-Z@]+\*?(?:\[[^\]\n]*\])?|[{}]/g;

/**
 * A line above the first section that prints only a CV title: "\centerline{\bf CURRICULUM VITAE}",
 * "\begin{center}\textbf{Curriculum Vitae}\end{center}".
 */
function latexTitleLines(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  const body = Math.max(0, doc.text.search(/\\begin\{document\}/));
  const firstSection = doc.text.slice(body).search(/^[^%\n]*\\(?:section|cvsection|resumeSection|sect)\*?\{/m);
  const end = firstSection < 0 ? Math.min(doc.text.length, body + 3000) : body + firstSection;
  let at = body;
  for (const line of doc.text.slice(body, end).split('\n')) {
    const start = at;
    at += line.length + 1;
    const code = line.replace(/(?<!\\)%.*$/, '');
    if (/\\title\{/.test(code)) continue; // read as a title field above
    const printed = code.replace(LATEX_MARKUP, ' ').replace(/\s+/g, ' ').trim();
    const cv = printed ? CV_TITLE.exec(printed) : null;
    if (!cv) continue;
    const words = cv[1] ?? cv[2] ?? cv[3];
    const index = code.toLowerCase().indexOf(words.toLowerCase());
    if (index < 0) continue;
    out.push(cvTitleFinding(start + index, start + index + words.length, words));
  }
  return out;
}

function lineFindings(doc: ResumeDocument, masked: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  // An academic CV (one with publications) is a CV by name and custom.
  const academic = doc.sections.some((s) => s.kind === 'publications');
  if (!academic && (doc.format === 'latex' || !doc.format || doc.format === 'markdown')) out.push(...titleFieldFindings(doc));
  // Lines are titles and headings only in Markdown (RenderCV's "cv:" key is syntax).
  if (doc.format && doc.format !== 'markdown') return out;
  // "Near the top": the first lines after any front matter.
  const top = doc.lines.positionAt(doc.frontMatter.range?.end ?? 0).line + 8;
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const start = doc.lines.lineStart(line);
    const text = masked.slice(start, start + doc.lines.lineText(line).length);
    if (!text.trim()) continue;
    const core = text.trim();
    const at = start + text.indexOf(core);
    const cv = academic || line >= top ? null : CV_TITLE.exec(core);
    if (cv) {
      // Alone on the line, the whole title is underlined; beside the name, just the words "Curriculum Vitae".
      const words = cv[1] ?? cv[2] ?? cv[3];
      const from = cv[1] ? at : at + core.indexOf(words);
      const to = cv[1] ? at + core.length : from + words.length;
      out.push(cvTitleFinding(from, to, words));
      continue;
    }
    // "Dearborn, 07.12.2026" in the resume's last lines: where and when a European CV is signed.
    if (SIGNATURE_PLACE_DATE.test(core) && line >= doc.lines.lineCount - 4) {
      out.push({ range: { start: at, end: at + core.length }, message: `"${core}": signing a CV with the place and date is a European custom; North American resumes end without it (and without a signature): delete it.` });
      continue;
    }
    const referees = REFEREES_HEADING.exec(core);
    if (referees && !academic) {
      const from = at + core.indexOf(referees[1]);
      out.push({
        range: { start: from, end: from + referees[1].length },
        message: `"${referees[1]}" is the British and Commonwealth name for references; North American resumes list none — employers ask for them near the offer.`,
      });
      continue;
    }
    for (const [re, better] of TRANSLATED_HEADING) {
      if (!re.test(core)) continue;
      const words = core.replace(/^[#*_\s>]+(?:\[![\w-]+\][+-]?\s*)?|[*_:\s#]+$/g, '');
      const from = at + core.indexOf(words);
      out.push({
        range: { start: from, end: from + words.length },
        message: `"${words}" reads as a translation or as British English to a North American reviewer: call the section "${better}".`,
        fixes: [{ title: `Rename to "${better}"`, isPreferred: false, safe: false, edits: [{ range: { start: from, end: from + words.length }, newText: better }] }],
      });
    }
  }
  return out;
}

/** The longest line read for phrases (characters). */
const MAX_LINE = 2000;

/** The text with every line longer than MAX_LINE filled with NUL, which no pattern reads (offsets kept). */
function withoutOverlongLines(doc: ResumeDocument, masked: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const length = doc.lines.lineText(line).length;
    if (length <= MAX_LINE) continue;
    const start = doc.lines.lineStart(line);
    parts.push(masked.slice(copied, start), '\0'.repeat(length));
    copied = start + length;
  }
  return copied === 0 ? masked : parts.join('') + masked.slice(copied);
}

export const regionalEnglish: Rule = {
  id: 'regional-english',
  category: 'style',
  defaultSeverity: 'info',
  description: 'Words and number forms that read as another country\'s English or as a translation in North America: a "Curriculum Vitae" title, decimal commas, lakh/crore, "informations", "fortnightly", false friends ("my actual position").',
  docs: {
    why: 'A recruiter in the US or Canada reads "94,1%" as nine hundred forty-one percent and "my actual position" as "my real position". Writing the North American form keeps the reader on your work instead of on decoding it.',
    bad: '- Actually I am responsible for the implantation of the WMS, raising pick accuracy from 94,1% to 99,2%.',
    good: '- Led the implementation of the WMS, raising pick accuracy from 94.1% to 99.2%.',
  },
  check(doc) {
    const masked = proseMaskedText(doc);
    const out = lineFindings(doc, masked);
    // Each pattern runs once over the whole text and its matches are read on their lines: a match
    // starts on a line and may run on into the next line of its paragraph ("with capacity of" /
    // "analysis"), no further. A line longer than MAX_LINE is no line of prose a reviewer reads (a
    // pasted blob, a minified export): blanked, since a lookbehind run over one very long line costs
    // its length at every position.
    const lineEnd = (line: number) => doc.lines.lineStart(line) + doc.lines.lineText(line).length;
    const readable = withoutOverlongLines(doc, masked);
    const english = writtenInEnglish(readable);
    for (const p of PATTERNS) {
      if (p.englishOnly && !english) continue;
      p.re.lastIndex = 0;
      for (let m = p.re.exec(readable); m; m = p.re.exec(readable)) {
        if (!m[0]) {
          p.re.lastIndex++;
          continue;
        }
        const line = doc.lines.positionAt(m.index).line;
        const from = doc.lines.lineStart(line);
        const end = lineEnd(line);
        const runsTo = line + 1 < doc.lines.lineCount ? lineEnd(line + 1) : end;
        if (m.index >= end || m.index + m[0].length > runsTo) continue;
        const text = masked.slice(from, end);
        if (p.unlessLine?.test(text)) continue;
        if (p.unlessNear?.test(masked.slice(line > 0 ? doc.lines.lineStart(line - 1) : from, end))) continue;
        const at = m.index - from;
        if (p.when && !p.when(m[0], text.slice(at + m[0].length), text.slice(0, at))) continue;
        const range = { start: m.index, end: m.index + m[0].length };
        const replacement = p.replacement?.(m[0]);
        // Suggestions only: the person may be writing for the place the words come from.
        const fixes: Fix[] = replacement && replacement !== m[0] ? [{ title: `Change to "${replacement}"`, isPreferred: false, safe: false, edits: [{ range, newText: replacement }] }] : [];
        // Two patterns reading the same words ("12,5 to 86,3" as a change and "86,3" as a measure) say it once.
        if (out.some((f) => f.range.start === range.start && f.range.end === range.end)) continue;
        out.push({ range, message: p.message(m[0]), fixes });
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};

/**
 * Whether the text is not written in another language: its French, Spanish, Portuguese or German
 * function words are few (a name, a line or a degree in another language), or English's are as many.
 */
function writtenInEnglish(text: string): boolean {
  const { other, english } = functionWords(text);
  return other < 20 || english >= other;
}
