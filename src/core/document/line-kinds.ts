// What one line of a resume is, judged by its shape and style rather than its words: an entry's
// title or field, a line that is not an accomplishment (links, tech stack, labels, dates), or prose.
import { ITALIC, LINK, BOLD, allStyled, leadingStyledLength, type StyledText } from './styled-text';
import { findDateRange, isDateOnly } from './dates';
import { readVerb } from '../nlp/verbs';

/** Pasted bullet glyphs: a line that starts with one of these is a bullet. */
export const GLYPH_BULLET = /^[ \t]*([•●○▪■□◦·‣►▸▹➢➣➤➔→⮚✓✔✗❖◆◇★☆–—]|-(?=\s)|>(?=\s))[ \t]+/;

// Labels of metadata rather than accomplishments ("Tech stack: …", "**dates:** …", "Demo: …").
// General resume field names, not any one resume's.
const FIELD_LABEL =
  /^(?:tech(?:nologies|nology|nical)?(?:\s+(?:stack|used|environment))?|stack|tools?(?:\s+used)?|(?:key\s*)?skills(?:\s+used)?|keywords?|environment|languages?|frameworks?|libraries|platforms?|built\s+with|tags?|dates?|period|duration|timeline|time|company|employer|organi[sz]ation|client|division|department|team|role|position|title|location|place|city|address|site|website|web|url|links?|source(?:\s+code)?|code|repo(?:sitory)?|github|gitlab|demo|live(?:\s+demo)?|deployment|deployed|app|paper|video|slides|documentation|docs|course(?:work|s)?|relevant\s+coursework|gpa|grade|cgpa|status|type|industry|scale|team\s+size|related\s+topics)$/i;

const ROLE_WORDS =
  /\b(?:engineer|developer|programmer|intern|internship|co-?op|manager|analyst|scientist|assistant|associate|lead|leader|head|researcher|consultant|designer|architect|administrator|admin|technician|specialist|officer|director|founder|co-?founder|owner|member|volunteer|tutor|teacher|instructor|lecturer|fellow|student|president|vice|chair|coordinator|representative|trainee|apprentice|contractor|freelancer?|devops|sre|cto|ceo|vp|principal|staff|senior|junior|postdoc(?:toral)?|professor|candidate|editor|writer|organizer|mentor|captain|secretary|treasurer|advisor)\b/i;

const SENTENCE_END = /[.!?…]["')\]]?$/;
/** A legal form ending a name: "Acme Ltd", "Nordlys GmbH", "Vela S.A.". */
export const LEGAL_FORM = /\b(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|SA|S\.A|SAS|SARL|BV|B\.V|NV|N\.V|Pty|Pte|Pvt|PLC|Plc|Corp|Corporation|LLP|Oy|AB|ASA|S\.r\.l|SpA|S\.p\.A|KK|Co|Sdn|Bhd|Tbk|Ltda|Kft)\.?$/u;

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "Label: …" — the label when the line opens with one (≤ 4 words before a colon). */
export function leadingLabel(text: string): string | undefined {
  const m = /^([^:：]{1,40})[:：]/.exec(text);
  if (!m || /https?$/i.test(m[1]) || wordCount(m[1]) > 4) return undefined;
  return m[1].replace(/[*_`]/g, '').trim();
}

/** A metadata line: a known field label followed by its value ("Tech: React, Node", "Demo: url"). */
export function isFieldLine(line: StyledText): boolean {
  const label = leadingLabel(line.text);
  return !!label && isFieldLabel(label);
}

/** A known metadata field name ("Tech stack", "Period", "Role", "Team size"). */
export function isFieldLabel(label: string): boolean {
  return FIELD_LABEL.test(label.replace(/[*_`:：]/g, '').replace(/\s+/g, ' ').trim());
}

/** Only links, perhaps behind a short label or separated by |, ·, commas. */
export function isLinkOnly(line: StyledText): boolean {
  if (line.text.length > 1000) return false;
  const label = leadingLabel(line.text);
  const from = label ? line.text.indexOf(':') + 1 : 0;
  let linked = 0;
  // Word by word: every word with a letter or digit is inside a link or is a bare URL.
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) continue;
    if (/^[(<[]?(?:https?:\/\/|www\.)/i.test(m[0])) {
      linked++;
      continue;
    }
    for (let i = m.index; i < m.index + m[0].length; i++) {
      if (/[\p{L}\p{N}]/u.test(line.text[i]) && !(line.styles[i] & LINK)) return false;
    }
    linked++;
  }
  return linked > 0;
}

/**
 * A pointer to elsewhere, not something done: an imperative of looking ("See", "Visit", "Check out",
 * "More on") that leads to a link ("See all my projects on [GitHub](…)").
 */
export function isPointerLine(line: StyledText): boolean {
  if (line.text.length > 200 || wordCount(line.text) > 15) return false;
  if (!/^(?:see|visit|view|check(?:\s+out)?|find|browse|explore|click|read|more(?:\s+(?:at|on|in|here))?)\b/i.test(line.text)) return false;
  return line.styles.some((s) => s & LINK) || /https?:\/\/|www\./i.test(line.text);
}

/**
 * "References available upon request", alone on its line: a closing formula every reader assumes, never
 * something done, so never a bullet (the references-line rule reports it wherever it stands).
 */
export function isReferencesLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && /^(?:(?:professional\s+)?(?:references?|referees?)\b[^.]*?\b|available\s+)(?:up)?on\s+(?:request|demand)\.?$/i.test(t);
}

/** A list of short names without a label: "React | Node.js | PostgreSQL", "C++, Java, CMake, Qt". */
export function isTermList(text: string): boolean {
  if (text.length > 300 || SENTENCE_END.test(text)) return false;
  const items = text.split(/\s*[|,·•;]\s*|\s+\/\s+/).filter((p) => p.trim());
  if (items.length < 3) return false;
  // Names, not clauses: every item short, and almost none starting in lower case ("wrote tests").
  const lower = items.filter((p) => /^[a-z]/.test(p.trim()) && !/^[a-z]+[A-Z.+#]/.test(p.trim())).length;
  // Long lists ("C++, Java, Design Patterns, Algorithms and Data Structures, …") allow four-word names.
  const longest = items.length >= 6 ? 4 : 3;
  return items.every((p) => wordCount(p) <= longest) && lower <= 1;
}

/** A lead-in label with nothing after it ("Core technologies:", "Some of the work performed:"). */
export function isLeadIn(line: StyledText): boolean {
  return line.text.length < 200 && /[:：]\s*$/.test(line.text) && wordCount(line.text) <= 8;
}

/** An entry's title line: all bold, or a short line carrying a date that does not read as a sentence. */
export function isEntryTitleLine(line: StyledText): boolean {
  const t = line.text;
  if (t.length > 300) return false;
  // "**Analyst – Acme Co., Ltd.**": the period ends the legal form, not a sentence.
  if (allStyled(line, BOLD) && wordCount(t) <= 20 && (!SENTENCE_END.test(t) || endsInLegalForm(t))) return true;
  const lead = leadingStyledLength(line, BOLD);
  if (lead > 1 && lead < t.length && wordCount(t) <= 20 && findDateRange(t)) return true;
  // "**Acme** — Backend Developer": a bold name opening a short line that is not a sentence.
  if (lead > 1 && lead < t.length && wordCount(t) <= 10 && !SENTENCE_END.test(t) && !/[:：]/.test(t.slice(0, lead + 2))) return true;
  return isDatedHeaderLine(t) || isDateThenBoldTitle(line);
}

/**
 * A table row of a date column and a bold title ("May 2022 | **Invited talk to … on 'A long talk
 * title'**", a LaTeX `longtable` row): a title however long its name, when all of it after the date is bold.
 */
function isDateThenBoldTitle(line: StyledText): boolean {
  const t = line.text;
  const d = findDateRange(t);
  if (!d || d.index !== t.length - t.trimStart().length || wordCount(t) > 30) return false;
  const rest = t.slice(d.index + d.raw.length);
  const from = d.index + d.raw.length + (rest.length - rest.trimStart().length);
  if (from >= t.length || !(line.styles[from] & BOLD)) return false;
  for (let i = from; i < t.length; i++) if (/[\p{L}\p{N}]/u.test(t[i]) && !(line.styles[i] & BOLD)) return false;
  return true;
}

/** A short line with a date and few words around it: "Acme Corp, Berlin — 2021 – 2023". */
export function isDatedHeaderLine(t: string): boolean {
  if (t.length > 140 || wordCount(t) > 18) return false;
  const d = findDateRange(t);
  if (!d) return false;
  if (SENTENCE_END.test(t) && wordCount(t) > 8 && !t.endsWith(d.raw + '.')) return false;
  // "I have been the unit's super-user since 2019 and …": a sentence about yourself, not a header.
  if (FIRST_PERSON_CLAUSE.test(t)) return false;
  // "Teaching licence (valid through 2028)": when a credential expires, not when the entry ran.
  if (VALIDITY_CUE.test(t.slice(0, d.index))) return false;
  return true;
}

/** "I have", "I was", "I led", "my": a writer speaking of themselves, which no entry header does. */
const FIRST_PERSON_CLAUSE = /(?:^|[\s,;(])(?:I (?:am|was|have|had|will|\p{Ll}+ed)\b|I['’](?:m|ve)\b|my\s)/u;

/** Words that make the date after them an expiry: "valid through", "expires", "renewal due". */
const VALIDITY_CUE = /\b(?:valid(?:ity)?(?: (?:through|thru|until|till|to))?|expir(?:es|y|ing|ation)(?: date)?|exp\.|renew(?:s|al)(?: due)?(?: by| on)?)\s*:?\s*$/i;

export function isDateLine(text: string): boolean {
  return isDateOnly(text);
}

export function isItalicLine(line: StyledText): boolean {
  return allStyled(line, ITALIC);
}

/** The line ends in a legal form with its period ("…, Inc.", "… Co., Ltd."). */
function endsInLegalForm(text: string): boolean {
  return LEGAL_FORM.test(text.trim().replace(/[*_]+$/, '').split(/\s+/).slice(-2).join(' '));
}

/** A short line that reads as an entry field (role, place) rather than an accomplishment. */
export function isShortFieldLine(text: string): boolean {
  // "Acme Solutions, Inc.": the period ends the legal form, not a sentence.
  const legal = LEGAL_FORM.test(text.trim().split(/\s+/).slice(-2).join(' '));
  if (text.length >= 160 || wordCount(text) > 10 || (SENTENCE_END.test(text) && !legal) || /^[a-z]/.test(text)) return false;
  // Fields are names (Title Case), places and roles; a longer phrase in lower case describes the work.
  if (wordCount(text) <= 4 || isTitleCase(text) || hasRoleWord(text)) return true;
  // "Acme Corp, Berlin · Remote": short parts between separators.
  const parts = text.split(/\s*[|,·]\s*/);
  return parts.length > 1 && parts.every((p) => wordCount(p) <= 4);
}

/** A job title by its grammar: a short noun phrase headed by a role noun ("IT coordinator", "Senior Consultant."). */
export function isRoleTitle(text: string): boolean {
  const t = text.trim().replace(/[.;,]$/, '');
  if (t.length > 80 || wordCount(t) > 6 || /[:：]/.test(t)) return false;
  const last = t.split(/\s+/).pop() ?? '';
  return new RegExp(`^${ROLE_WORDS.source}$`, 'i').test(last.replace(/^\(|\)$/g, ''));
}

export function hasRoleWord(text: string): boolean {
  return ROLE_WORDS.test(text);
}

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** A name and a date and nothing else: "Acme Corp, Boston, 2015 – 2018" (names capitalised, no verb phrase). */
export function isOrgDateLine(text: string): boolean {
  if (text.length > 120) return false;
  const d = findDateRange(text);
  if (!d) return false;
  const rest = (text.slice(0, d.index) + ' ' + text.slice(d.index + d.raw.length)).replace(/[(),;:|–—-]/g, ' ');
  const words = rest.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (!words.length || words.length > 8) return false;
  // "Completed the Google Data Certificate (2024)": a verb and its object, not a name ("Applied Materials").
  if (words.length > 1 && /^(?:the|a|an|my|our|two|three|four|five)$/i.test(words[1]) && readVerb(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|the|for|at|in|de|du|la|le|&)$/.test(w));
}

/** Every word capitalised except small connectors: a name or a job title, not a clause. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d(]/u.test(w) || /^(?:of|and|the|for|at|in|on|to|&|de|la)$/.test(w));
}

/**
 * An admonition's opening line: "!!! note", '??? tip "Title"', '???+ warning' (MkDocs), ":::info Title"
 * (Docusaurus); also a MyST target line, "(education)=", which labels the heading under it.
 */
const ADMONITION_LINE = /^\s*(?:(?:!!!|\?\?\?\+?)[ \t]+[a-z][\w-]*(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"\n]*")?|:{3,}[a-z][\w-]*(?:[ \t]+[^\n]*)?|\([\w:.-]+\)=)[ \t]*$/;

export function isAdmonitionLine(text: string): boolean {
  return ADMONITION_LINE.test(text);
}
