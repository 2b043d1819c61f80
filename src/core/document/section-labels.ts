// Section labels that are not Markdown headings, and headings whose words name no known section.
//
// Resumes converted from Word or typed freehand mark sections with a bold line ("**CLINICAL
// EXPERIENCE**", "__PROJECTS__") or an ALL-CAPS line alone ("RESEARCH EXPERIENCE"), and some name a
// work section in their own words ("## Shipped games", "## Things I built"). A label is judged by its
// shape (short, no dates, none of the separators of an "Org — place" or "Role, Org" entry title);
// when its words name no kind, the kind is read from what follows it: entries (a title line, dated or
// bold) over descriptive bullets, some opening with a verb, are work, dated → experience, undated → projects.
import type { SectionKind } from './types';
import { findDateRange } from './dates';
import { endsSentence, leadingLabel, wordCount } from './line-kinds';
import { readVerb } from '../nlp/verbs';

/** A label has at most this many words ("Research and Teaching Experience in Industry" is six). */
const LABEL_WORDS = 6;

/**
 * Whether a line's text (emphasis marks removed, a trailing colon allowed) has the shape of a section
 * label: a short phrase with a letter, no digits or dates, no sentence end, none of the separators an
 * entry title uses ("Acme Corp — Toronto", "Engineer, Acme, 2023", "Engineer | Acme", "(2021)").
 */
export function isLabelShape(text: string): boolean {
  const t = text.replace(/[:：]\s*$/, '').trim();
  if (!t || !/\p{L}/u.test(t) || wordCount(t) > LABEL_WORDS || t.length > 60) return false;
  if (/\d/.test(t) || findDateRange(t) || endsSentence(t)) return false;
  return !/[|·•,;@()[\]<>]|\s[–—-]\s|https?:|www\./i.test(t);
}

/** An ALL-CAPS label: no lower-case letter, at least three capitals ("EXPERIENCE", "R&D WORK"). */
export function isCapsLabel(text: string): boolean {
  const t = text.replace(/[:：]\s*$/, '').trim();
  return !/\p{Ll}/u.test(t) && (t.match(/\p{Lu}/gu) ?? []).length >= 3 && isLabelShape(t);
}

/** A bold-only or `__x__` line as written in the source: "**Work Experience:**", "__PROJECTS__:". */
const RAW_BOLD_LINE = /^[ \t]{0,3}(\*\*|__)(?!\s)((?:(?!\1).)+?)(?<!\s)\1[ \t]*[:：]?[ \t]*$/;
/** A list item or a pasted bullet. */
const BULLET_LINE = /^[ \t]*(?:[-*+•▪◦●‣►▸➢➤–—]|\d{1,2}[.)])[ \t]+(.*)$/;

/** The label text of a source line that is a bold-only or ALL-CAPS label, else undefined. */
export function rawLabel(line: string): string | undefined {
  const bold = RAW_BOLD_LINE.exec(line);
  if (bold) return isLabelShape(bold[2]) ? bold[2].replace(/[:：]\s*$/, '').trim() : undefined;
  const t = line.trim();
  if (/^[#>*_`\-+|<[!]/.test(t)) return undefined;
  return isCapsLabel(t) ? t.replace(/[:：]\s*$/, '').trim() : undefined;
}

/** At most this many lines after a label are read to judge its content. */
const LOOKAHEAD_LINES = 40;

/**
 * The source lines of a label's content: from `from` up to the next heading at the section level or
 * above (ATX or setext), or the next label line that `stops` (one naming a known section).
 */
export function contentLines(text: string, from: number, sectionLevel: number, stops: (label: string) => boolean): string[] {
  const out: string[] = [];
  let at = from;
  while (at < text.length && out.length < LOOKAHEAD_LINES) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, next);
    at = next + 1;
    const atx = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
    if (atx && atx[1].length <= sectionLevel) break;
    // A setext underline: the line before it was a heading, which is not content.
    if (/^ {0,3}(?:=+|-{2,})[ \t]*$/.test(line) && out.length && out[out.length - 1].trim()) {
      if (sectionLevel >= (line.trim()[0] === '=' ? 1 : 2)) {
        out.pop();
        break;
      }
    }
    const label = rawLabel(line);
    if (label && stops(label)) break;
    out.push(line);
  }
  return out;
}

/** Whether a bullet's first word reads as a verb ("Built", "Leading", "Designs", "Lead"). */
function opensWithVerb(content: string): boolean {
  const first = (content.replace(/^[*_`\s]+/, '').split(/[\s,;:]+/)[0] ?? '').replace(/[^\p{L}'’-]/gu, '');
  // A word the verb list lacks still reads as a past verb by its shape ("Machined", "Soldered").
  return !!readVerb(first) || /^\p{Lu}\p{Ll}{2,}ed$/u.test(first);
}

/**
 * The kind of a section whose heading names none, read from its content lines: entries (a dated line,
 * or a bold or heading title line) with at least two descriptive bullets (four words or more, no
 * "Label:" lead), a third of which open with a verb. Dated entries are experience, undated ones
 * projects. Otherwise undefined: a list of talks, interests or grades stays what its words say.
 */
export function kindFromContent(lines: readonly string[]): ContentKind | undefined {
  let bullets = 0;
  let verbLed = 0;
  let dated = 0;
  let titled = 0;
  for (const raw of lines) {
    const line = raw.replace(/<!--.*?-->/g, '').trim();
    if (!/[\p{L}\p{N}]/u.test(line)) continue;
    const b = BULLET_LINE.exec(raw);
    const content = (b ? b[1] : line).trim();
    const plainText = content.replace(/\*\*|__|[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
    const hasDate = !!findDateRange(plainText);
    const words = wordCount(plainText);
    // A short dated line is an entry's title or its dates, also as a short list item ("- **Acme** — 2021 – 2023").
    if (hasDate && words <= (b ? 8 : 16) && !endsSentence(plainText)) {
      dated++;
      continue;
    }
    if (!b) {
      if (/^#{1,6}\s|^(?:\*\*|__)/.test(line) && words <= 12) titled++;
      continue;
    }
    // Descriptions only: not a short item or a "Label: value" line ("GPA: 3.8", "Tools: Go, Rust").
    if (words < 4 || leadingLabel(plainText)) continue;
    bullets++;
    if (opensWithVerb(plainText)) verbLed++;
  }
  if (bullets < 2 || verbLed * 3 < bullets || (!dated && !titled)) return undefined;
  return { kind: dated ? 'experience' : 'projects', titles: dated + titled };
}

/** What a label's content reads as: its kind, and how many title or date lines (entries) it holds. */
export interface ContentKind {
  kind: SectionKind;
  titles: number;
}

/** The label of an entry's detail line: "GPA:", "Relevant coursework:", "Dean's List:", "Thesis:". */
export const DETAIL_LABEL = /^\s*(?:(?:cumulative |major |overall )?c?gpa|grades?|dean['’]s list|honou?rs|(?:relevant |selected )?course ?work|courses|minors?|thesis|concentration|specialization|activities)\b[^:：\n]{0,12}[:：]/i;

/**
 * "Dearborn, 07.12.2026", "Graz, 3 Dezember 2026": the place and day a German or European CV is signed
 * on, alone on its line above the signature. No entry's dates, and no line of the resume's text.
 */
export const SIGNATURE_PLACE_DATE = /^[\s*_]*\p{Lu}[\p{L}.'’ -]{1,40},\s*(?:\d{1,2}\s?[./]\s?\d{1,2}\s?[./]\s?(?:19|20)\d\d|\d{1,2}\.?\s+\p{L}{3,}\.?\s+(?:19|20)\d\d)[\s*_]*$/u;
