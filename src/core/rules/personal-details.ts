// Personal details that US and Canadian resumes leave out: date of birth, age, marital status,
// nationality and birthplace, gender, religion, ID numbers, family and physical details, and photos.
// Work authorization ("Canadian citizen", "Authorized to work in the US", "Eligible for security
// clearance") is relevant to hiring and never flagged.
import type { Rule, RuleFinding, Fix } from '../types';
import type { ResumeDocument } from '../document/types';
import { NARRATIVE_KINDS } from '../document/section-kinds';
import { PERSONAL_DETAIL_LABELS, PERSONAL_DETAIL_REASONS, type PersonalDetailKind } from '../lexicon/personal-details';
import { codeMaskedText, deleteLinesEdit, lineContentRange, lineRangeAt, linesOf, proseMaskedText } from './source-scan';

const KIND_BY_LABEL = new Map<string, PersonalDetailKind>();
for (const [kind, labels] of Object.entries(PERSONAL_DETAIL_LABELS) as [PersonalDetailKind, string[]][]) {
  for (const l of labels) {
    KIND_BY_LABEL.set(l.toLowerCase(), kind);
    // A JSON or YAML key spells a label as an identifier ("dateOfBirth", "marital_status"): the words
    // joined, or joined by "_" (case is ignored). Only labels of whole words, long enough not to be a word.
    if (/^[a-z]+(?: [a-z]+)+$/i.test(l) && l.replace(/ /g, '').length >= 8) {
      KIND_BY_LABEL.set(l.toLowerCase().replace(/ /g, ''), kind);
      KIND_BY_LABEL.set(l.toLowerCase().replace(/ /g, '_'), kind);
    }
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
}

/**
 * "Date of birth:", "**DOB** -", "Nationality –": a label followed by a colon or a dash. A label that
 * ends in an abbreviation keeps its period ("Passport No.:", "ID No. –"); a label may sit in parentheses
 * after a generic one ("ID (DNI): …") or carry its own ("Passport (Kenya): …"). In a table, the cell
 * border is the separator ("| Date of birth | 02.07.1990 |").
 */
const LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_'’-])(${[...KIND_BY_LABEL.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}_])\\)?\\.?(?:[ \\t]*\\([^)\\n]{1,30}\\))?[*_]*[ \\t]*(?::|：|[-–—][ \\t]|\\|(?=[ \\t]*[^|\\s-]))`,
  'giu',
);
/** A family's size: a small count, in digits or words ("two", "3"). */
const FEW = '(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)';
/** The count ends its statement ("two kids, one cat", "3 children and a dog"), not a compound ("2 kids clubs"). */
const STATEMENT_END = '(?=[ \\t]*(?:$|[,.;:·•|()–—!]|[ \\t](?:and|&|aged?|ages)\\b))';
/**
 * (Every lookbehind is bounded: an unbounded one is re-scanned at each position, quadratic on long runs
 * of spaces — the adversarial bench's growth check.)
 * Children stated as a count, a family detail like "Spouse:" or "Children:": "Married, two kids",
 * "I have 3 children", "Married with two young daughters", "Mother of two". Only where the count
 * opens a statement (after a break, "have" or "married with") or follows "mother/father/parent of":
 * after a verb it is work ("Tutored 3 kids", "Coached 9 children").
 */
const CHILDREN_COUNT = new RegExp(
  `${FEW}(?:(?<=(?:^|[,;:·•|(–—]|\\s-)[ \\t]{0,3}${FEW})|(?<=\\b(?:have|has|having|married[ \\t]{1,3}with|family[ \\t]{1,3}with|my|our)[ \\t]{1,3}${FEW}))\\s+(?:(?:young|little|small|grown|lovely|wonderful|beautiful|amazing)\\s+)?(?:kids?|children|child|sons?|daughters?)\\b${STATEMENT_END}` +
    `|\\b(?:mother|father|parent|mom|mum|dad)\\s+(?:of|to)\\s+${FEW}\\b(?:\\s+(?:(?:young|little|small|grown)\\s+)?(?:kids|children|boys|girls|sons|daughters)\\b)?${STATEMENT_END}`,
  'gim',
);
/** Free-text forms without a label. */
const FREE: [RegExp, PersonalDetailKind, boolean][] = [
  [CHILDREN_COUNT, 'family details', true],
  // "Born on 3 May 2001", "born in Lagos", "Born 14/07/1996 in Recife": a date may follow "born" directly.
  // "Born 1999, single": a year alone does too.
  // Not a child's ("one daughter (born 2021)", "a son, born in 2019"): that is a family detail, found above.
  [/(?<!\b(?:daughters?|sons?|child(?:ren)?|kids?|twins|baby)[ \t]{0,2}[(,][ \t]{0,2})\bborn\s+(?:(?:on|in)\s+|(?=\d{1,2}(?:st|nd|rd|th)?[ \t./-]|(?:19|20)\d\d\b))[^\n|·•;]+/gi, 'date of birth', true],
  // Faith stated as a trait of the person ("God-fearing and result-oriented", "a devout Christian").
  [/\b(?:god[- ]fearing|church[- ]going|devout|born[- ]again)\b/gi, 'religion', true],
  [/\b\d{2}\s+years?\s+old\b/gi, 'age', true],
  [/\b(?:married|divorced|widowed)\b/gi, 'marital status', true],
  [/\b\d{3}-\d{2}-\d{4}\b/g, 'ID number', false],
];
const WORK_AUTHORIZATION = /\b(?:citizen(?:ship)?|permanent resident|work (?:permit|authori[sz]ation)|authori[sz]ed to work|eligible to work|visa|clearance|sponsorship)\b/i;
const SEPARATOR = /\s(?:[|·•;]|\s{2,})\s*|\s*[|·•;]\s/g;
/** An image inline ("![](me.jpg)"), by reference ("![][photo]"), as an Obsidian embed ("![[me.jpg|120]]") or as HTML. */
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\[\]\n]*\]\[[^\]\n]*\]|!\[\[[^\]\n|]+\.(?:jpe?g|png|webp|heic|bmp|tiff?)(?:\|[^\]\n]*)?\]\]|<img\b[^>]*>/gi;
const BADGE = /shields\.io|badge|logo|icon/i;

/**
 * Icons are not photos: vector or animated images, images that are the content of a link
 * ("[![LinkedIn](in.png) ana](…)"), and images drawn 64 pixels or smaller.
 */
function isIcon(image: string, before: string | undefined): boolean {
  if (before === '[') return true;
  if (/\.(?:svg|ico|gif)\b/i.test(image)) return true;
  // HTML's width or height, or an Obsidian embed's "|120".
  const size = /\b(?:width|height)\s*=\s*["']?(\d+)|\|(\d+)(?:x\d+)?\]\]$/i.exec(image);
  return !!size && Number(size[1] ?? size[2]) <= 64;
}

/** End of the detail's segment: the next separator on its line ("DOB: 1 May 2001 | Nationality: …"). */
function segmentEnd(text: string, from: number, lineEnd: number): number {
  SEPARATOR.lastIndex = 0;
  const m = SEPARATOR.exec(text.slice(from, lineEnd));
  let end = m ? from + m.index : lineEnd;
  while (end > from && /[\s*_,.]/.test(text[end - 1])) end--;
  // "\printinfo{…}{Born 14.03.1998, Lagos}": a closing brace the value did not open is the macro's, not
  // the value's. Only trailing ones, and only unbalanced: "Place of birth}: Lagos" keeps its words.
  const count = (ch: string) => text.slice(from, end).split(ch).length - 1;
  while (end > from && text[end - 1] === '}' && text[end - 2] !== '\\' && count('}') > count('{')) {
    end--;
    while (end > from && /[\s*_,.]/.test(text[end - 1])) end--;
  }
  return end;
}

/** Deleting the line is offered when the detail is all the line says. */
function deleteLineFix(doc: ResumeDocument, start: number, end: number): Fix[] {
  const content = lineContentRange(doc, start);
  if (start > content.start || end < content.end - 1) return [];
  const { from, to } = linesOf(doc, content);
  return [{ title: 'Delete this line', edits: [deleteLinesEdit(doc, from, to)] }];
}

function message(kind: PersonalDetailKind, what: string): string {
  const reason = PERSONAL_DETAIL_REASONS[kind];
  return `${what}: ${reason}`;
}

const LABEL_ALT = [...KIND_BY_LABEL.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/**
 * "\ecvdateofbirth{14/03/1998}", "\ecvnationality{Chilean}": a template's own macro named for the detail
 * (europasscv, europecv), its label's words joined at the end of the name, with a value.
 */
// Not the physical or family kinds: a layout macro may end in "height" or "weight" ("\rowheight{…}").
const NAMED_KINDS = new Set<PersonalDetailKind>(['date of birth', 'marital status', 'nationality', 'gender', 'religion', 'ID number']);
const NAMED_MACRO_LABELS = new Map(
  [...KIND_BY_LABEL].filter(([l, kind]) => NAMED_KINDS.has(kind) && /^[a-z ]+$/.test(l) && l.replace(/ /g, '').length >= 6).map(([l, kind]) => [l.replace(/ /g, ''), kind]),
);
const NAMED_MACRO = new RegExp(`\\\\[A-Za-z]*?(${[...NAMED_MACRO_LABELS.keys()].sort((a, b) => b.length - a.length).join('|')})\\*?(?:\\[[^\\]\n]*\\])?\\{([^{}\n]*[^{}\s][^{}\n]*)\\}`, 'i');

/** "\cvitem{Date of birth}{22 July 1988}": a LaTeX macro whose first argument is the label, the second the value. */
const MACRO_LABEL = new RegExp(`\\\\[A-Za-z]+\\*?(?:\\[[^\\]\n]*\\])?\\{[ \\t]*(${LABEL_ALT})[ \\t]*\\}[ \\t]*\\{([^}\\n]*)\\}`, 'iu');
/** A line that holds only a label: "Date of birth", "**Nationality:**", "- label: Date of birth" (YAML). */
const LONE_LABEL = new RegExp(`^[ \\t]*(?:[-*+][ \\t]+)?(?:label:[ \\t]*)?["']?[*_]{0,3}(${LABEL_ALT})\\.?[*_]{0,3}["']?[ \\t]*(:?)[*_]{0,3}[ \\t]*$`, 'iu');
/** The value on the line after a lone label: a definition (": 22.07.1991") or a YAML "details:" value. */
const VALUE_LINE = /^[ \t]*(?::[ \t]+|(?:-[ \t]+)?(?:details|value):[ \t]*)(\S.*?)[ \t]*$/i;
/** After a label ending in a colon, any short line is its value. */
const PLAIN_VALUE = /^[ \t]*(\S.{0,60}?)[ \t]*$/;

/** Lone labels of the few kinds that are as often words of a sentence ("Race", "Children") outside personal details. */
const SENTENCE_WORD_LABELS = ['race', 'faith', 'children', 'height', 'weight', 'passport', 'picture', 'photo', 'photograph'];

/**
 * Label and value apart: the label alone on its line and the value on the next (a definition list,
 * "Date of birth" / ": 22.07.1991"; YAML "label:" / "details:"), or a LaTeX macro's two arguments
 * ("\cvitem{Nationality}{Chilean}"). The finding sits on the value.
 */
function splitLabelFindings(doc: ResumeDocument, prose: string, taken: Set<number>, sectionAt: (offset: number) => { kind: string } | undefined): RuleFinding[] {
  const out: RuleFinding[] = [];
  const lines = prose.split('\n');
  let at = 0;
  const starts = lines.map((l) => {
    const s = at;
    at += l.length + 1;
    return s;
  });
  const kindOf = (label: string) => KIND_BY_LABEL.get(label.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"));
  const exempt = (label: string, offset: number) => {
    const section = sectionAt(offset);
    return !!section && NARRATIVE_OR_SKILLS.has(section.kind) && SENTENCE_WORD_LABELS.includes(label.toLowerCase());
  };
  const push = (kind: PersonalDetailKind, label: string, start: number, end: number) => {
    if (kind === 'nationality' && WORK_AUTHORIZATION.test(prose.slice(start, end))) return;
    out.push({ range: { start, end }, message: message(kind, `"${label}"`), fixes: deleteLineFix(doc, start, end) });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (taken.has(starts[i])) continue;
    const macro = MACRO_LABEL.exec(line);
    if (macro) {
      const kind = kindOf(macro[1]);
      if (kind && macro[2].trim() && !exempt(macro[1], starts[i])) push(kind, macro[1], starts[i] + macro.index, starts[i] + macro.index + macro[0].length);
      continue;
    }
    const named = doc.format === 'latex' && !/^[ \t]*%/.test(line) ? NAMED_MACRO.exec(line) : null;
    if (named) {
      const kind = NAMED_MACRO_LABELS.get(named[1].toLowerCase());
      if (kind) push(kind, /^\\[A-Za-z]+/.exec(named[0])![0], starts[i] + named.index, starts[i] + named.index + named[0].length);
      continue;
    }
    const lone = LONE_LABEL.exec(line);
    if (!lone || i + 1 >= lines.length) continue;
    const kind = kindOf(lone[1]);
    if (!kind || exempt(lone[1], starts[i])) continue;
    const next = lines[i + 1].replace(/\r$/, '');
    const value = VALUE_LINE.exec(next) ?? (lone[2] ? PLAIN_VALUE.exec(next) : null);
    if (!value || /^#/.test(value[1])) continue;
    const start = starts[i + 1] + next.indexOf(value[1]);
    taken.add(starts[i + 1]);
    push(kind, lone[1], start, start + value[1].length);
  }
  return out;
}

const SALARY_HEADING = new RegExp(`^ {0,3}#{1,6}[ \\t]+[*_]{0,3}(${PERSONAL_DETAIL_LABELS.salary.map(escape).join('|')})[*_]{0,3}[ \\t]*#*[ \\t]*$`, 'gimu');
const NARRATIVE_OR_SKILLS = new Set(['experience', 'projects', 'research', 'leadership', 'skills', 'education']);

export const personalDetails: Rule = {
  id: 'personal-details',
  category: 'privacy',
  defaultSeverity: 'warning',
  description: 'Personal details US and Canadian resumes leave out: date of birth, age, marital status, nationality, gender, religion, photo, ID numbers.',
  docs: {
    why: 'In the US and Canada, employers avoid seeing details that anti-discrimination law protects (age, marital status, national origin, religion, appearance), and some screen out resumes that include them. ID numbers invite identity theft.',
    bad: 'Date of birth: 14 March 2003 · Nationality: Indian · Marital status: Single',
    good: 'Authorized to work in Canada (open work permit)',
  },
  // Deleting a line the user wrote is offered, never applied by fix-all.
  check(doc) {
    const prose = proseMaskedText(doc);
    const out: RuleFinding[] = [];
    const taken = new Set<number>();
    const sectionAt = (offset: number) => doc.sections.find((s) => offset >= s.range.start && offset < s.range.end);

    LABEL_RE.lastIndex = 0;
    for (let m = LABEL_RE.exec(prose); m; m = LABEL_RE.exec(prose)) {
      const kind = KIND_BY_LABEL.get(m[1].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"))!;
      const line = lineRangeAt(doc, m.index);
      // A cell border separates label and value only in a table's first cell ("| DOB | …"), not in a
      // "|"-separated list ("Hiking | Photo | Travel").
      if (m[0].endsWith('|') && !/^[ \t]*\|[^|]*$/.test(prose.slice(line.start, m.index))) continue;
      const end = segmentEnd(prose, m.index + m[0].length, line.end);
      if (kind === 'nationality' && WORK_AUTHORIZATION.test(prose.slice(m.index, end))) continue;
      // "Age:" / "Sex:" / "Race:" at the start of a bullet in a work section is unusual enough to trust;
      // elsewhere in a bullet these labels are part of a sentence ("Race: 10K charity run").
      const section = sectionAt(m.index);
      if (section && NARRATIVE_OR_SKILLS.has(section.kind) && SENTENCE_WORD_LABELS.includes(m[1].toLowerCase())) continue;
      taken.add(line.start);
      out.push({
        range: { start: m.index, end },
        message: message(kind, `"${m[1]}"`),
        fixes: deleteLineFix(doc, m.index, end),
      });
    }

    for (const [re, kind, outsideWorkOnly] of FREE) {
      re.lastIndex = 0;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        const line = lineRangeAt(doc, m.index);
        if (taken.has(line.start)) continue;
        const section = sectionAt(m.index);
        // A count of children opens a statement only (never after a verb), so in the list lines of Skills
        // or Education ("…, 2 kids, amateur radio") it is the family detail; work narratives stay exempt.
        const exempt = re === CHILDREN_COUNT ? NARRATIVE_KINDS : NARRATIVE_OR_SKILLS;
        if (outsideWorkOnly && section && exempt.has(section.kind)) continue;
        const end = kind === 'date of birth' ? segmentEnd(prose, m.index, line.end) : m.index + m[0].length;
        out.push({ range: { start: m.index, end }, message: message(kind, `"${doc.text.slice(m.index, end)}"`), fixes: deleteLineFix(doc, m.index, end) });
      }
    }

    // A value a free-text pattern already named ("married, one child") keeps those findings.
    const lineOf = (offset: number) => lineRangeAt(doc, offset).start;
    const named = new Set(out.map((f) => lineOf(f.range.start)));
    out.push(...splitLabelFindings(doc, prose, taken, sectionAt).filter((f) => !named.has(lineOf(f.range.start))));

    // A heading that names a salary ("### Expected Salary"): the section is the detail.
    SALARY_HEADING.lastIndex = 0;
    for (let m = SALARY_HEADING.exec(prose); m; m = SALARY_HEADING.exec(prose)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ range: { start, end: start + m[1].length }, message: message('salary', `"${m[1]}"`) });
    }

    const code = codeMaskedText(doc);
    IMAGE.lastIndex = 0;
    for (let m = IMAGE.exec(code); m; m = IMAGE.exec(code)) {
      if (BADGE.test(m[0]) || isIcon(m[0], code[m.index - 1])) continue;
      out.push(photoFinding(doc, m.index, m.index + m[0].length, 'An image in the resume'));
    }
    if (doc.format === 'latex') out.push(...latexPhotos(doc), ...latexBirthDates(doc));
    if (doc.format === 'jsonresume') {
      out.push(...jsonResumePhoto(doc));
      for (const f of out) if (outsideJsonResumeSchema(doc.text, f.range.start)) f.message += NON_SCHEMA_NOTE;
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};

/**
 * A JSON Resume key the schema does not define ("nationality", "birthDate"): standard themes print
 * nothing for it, but the file itself is what gets shared, hosted and parsed.
 */
const NON_SCHEMA_NOTE = ' (A key outside the JSON Resume schema: standard themes do not print it, but anyone given resume.json reads it.)';
const SCHEMA_KEYS = new Set(['name', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location', 'profiles']);

function outsideJsonResumeSchema(text: string, start: number): boolean {
  const key = /^"([A-Za-z_][\w ]*)"\s*:/.exec(text.slice(start - 1, start + 80));
  return !!key && !SCHEMA_KEYS.has(key[1]);
}

/** A photo or image, however the format holds it (Markdown image, LaTeX macro, JSON Resume field): one message, one fix. */
function photoFinding(doc: ResumeDocument, start: number, end: number, what: string): RuleFinding {
  return {
    range: { start, end },
    message: `${what}: US and Canadian resumes leave photos out — they invite bias, and many applicant-tracking systems drop them.`,
    fixes: deleteLineFix(doc, start, end),
  };
}

/** JSON Resume's `basics.image`: the schema's field for a photo of the person, here with a value. */
const JSON_RESUME_IMAGE = /^[ \t]*"image"[ \t]*:[ \t]*("[^"\n]*\S[^"\n]*")/m;

function jsonResumePhoto(doc: ResumeDocument): RuleFinding[] {
  const m = JSON_RESUME_IMAGE.exec(doc.text);
  if (!m) return [];
  const start = m.index + m[0].length - m[1].length;
  return [photoFinding(doc, start, start + m[1].length, 'A photo in the resume (JSON Resume "image")')];
}

/** "\photo[64pt][0.4pt]{me}": the photo macro of moderncv, AltaCV and Awesome-CV, outside a comment. */
// Or a template's own ("\ecvpicture[width=2.6cm]{me.jpg}").
// Or twentysecondcv's "\profilepic{me.jpg}".
const LATEX_PHOTO = /^([^%\n]*?)(\\(?:[a-z]*?(?:photo|picture)|(?:profile|cv|my|user)pic)\*?(?:\[[^\]\n]*\])*\{[^{}\n]+\})/gm;

/** A template's birth-date macro holding a full date: twentysecondcv's "\cvdate{14 March 1994}", "\dateofbirth{…}". */
const LATEX_BIRTH_DATE = /^([^%\n]*?)(\\(?:cvdate|dateofbirth|birthdate|dob)\{([^{}\n]*\b(?:19|20)\d\d\b[^{}\n]*)\})/gm;

/**
 * "\includegraphics[width=2.6cm]{foto.jpg}" in the header, before the first section: a custom template's
 * head-shot. Not a logo or an icon (by its name), not a vector drawing, not an image inside a link.
 */
const HEADER_GRAPHIC = /^([^%\n]*?)(\\includegraphics(?:\[[^\]\n]*\])?\{([^{}\n]+)\})/gm;

function latexBirthDates(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const m of doc.text.matchAll(LATEX_BIRTH_DATE)) {
    // A day or a month beside the year: a date of birth, not the year a document was written.
    if (!/\d{1,2}\D+(?:19|20)\d\d|[A-Za-z]{3,}\.?\s+\d{1,2}\b|\d{1,2}[./-]\d{1,2}[./-]/.test(m[3])) continue;
    const start = m.index! + m[1].length;
    out.push({ range: { start, end: start + m[2].length }, message: message('date of birth', `"${m[3]}"`) });
  }
  return out;
}

function latexPhotos(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const m of doc.text.matchAll(LATEX_PHOTO)) {
    // Any "%" before the macro on its line is taken as a comment (an escaped "\%" there is too rare to read).
    const start = m.index! + m[1].length;
    out.push(photoFinding(doc, start, start + m[2].length, 'A photo in the resume'));
  }
  const firstSection = doc.text.search(/^[^%\n]*\\(?:section|cvsection|resumeSection)\*?\{/m);
  for (const m of doc.text.matchAll(HEADER_GRAPHIC)) {
    if (firstSection >= 0 && m.index! > firstSection) break;
    const file = m[3].toLowerCase();
    if (BADGE.test(file) || /signature|\.(?:pdf|svg|eps)$/.test(file) || /\\href\{[^}]*\}\{\s*$/.test(m[1])) continue;
    const start = m.index! + m[1].length;
    out.push(photoFinding(doc, start, start + m[2].length, 'A photo in the resume'));
  }
  return out;
}
