// Finds the sections of a posting — Markdown headings, bold lines, or the bare heading lines of
// pasted text ("Basic Qualifications", "Minimum qualifications:", "Plus If...") — and classifies
// them. Unrecognised short title lines inside an "about" block stay part of it.

import type { OffsetRange } from '../types';
import type { JobSection, JobSectionKind } from './types';
import { isEnglishLine, isOtherLanguageLine } from './language';
import { otherLanguageSection } from './other-language-headings';
import { isEnglishWord } from '../lexicon/english';
import { ASSISTANT_TURN, MESSAGE_DIVIDER, PERSON_TURN, SIGN_OFF } from './mail-headers';

interface HeadingRule {
  kind: JobSectionKind;
  pattern: RegExp;
}

// Order matters: "Preferred Qualifications" is preferred before it is "qualifications".
const RULES: HeadingRule[] = [
  {
    // "Desired Candidate Profile", "Desired Profile": Indian job boards' name for the requirements, not a wish list.
    kind: 'required',
    pattern: /^desired (?:candidate(?:'?s)? )?profile$/,
  },
  {
    kind: 'preferred',
    pattern:
      /\b(preferred|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|great to have|bonus|pluses|desired|desirable|additional qualifications|extra credit|extra points?|brownie points|differentials?|even better|it'?s a plus|would be (?:a plus|great|nice|ideal|an advantage|lovely|awesome|amazing|cool|brilliant|wonderful|fantastic|excellent|a bonus)|(?:is|are) an advantage|(?:be )?considered (?:an? )?(?:advantage|asset|plus)|advantageous|a plus if|we'?d love|would love|love to see|stand out|(?:an?|the|your|extra) edge|(?:added|additional|an|extra|big) advantage|^advantages?$|head start|leg up|differentiators?|sets? (?:you|candidates) apart|ideally|ideal candidate|helpful|(?:an|are|be|as) assets?|^assets?(?: (?:qualifications?|criteria|skills|requirements|experience|knowledge))?(?=$|\s*[(:])|preference (?:(?:may|will|might|shall|can) )?be given|(?:additional|special) preferences?|welcomed? (?:skills?|experience|qualifications?)|(?:skills?|experience) (?:(?:is|are) )?welcome)\b|^plus\b|^nice$|^(a )?plus if|\((?:want|wants|nice to have|optional)\)$|^optional(?: (?:skills|requirements|qualifications))?$|\b(?:nice|great|good|helpful|lovely|cool|awesome|bonus|even better) if\b|\b(?:will|would|can|could|might) (?:also )?(?:help|strengthen) (?:your|an|the) application\b|\b(?:would|will|could|can) (?:also )?help if\b/,
  },
  {
    // Checked before "required" so that "What we have to offer" is not read as "what we have".
    kind: 'about',
    pattern:
      /\b(we offer|have to offer|what we offer|work(?:ing)? environment|intent of the process|our offer|benefits|perks|compensation|salary|pay range|interview process|hiring process|recruitment process|how to apply|application questions?|screening questions?|supplemental (?:questions?|information)|selection process|equal (employment )?opportunity|eeo)\b|^(?:work authori[sz]ation|visa sponsorship|visas?|immigration|right to work)(?: (?:and|&) (?:visas?|sponsorship|immigration|work authori[sz]ation))?$|^(?:other|misc(?:ellaneous)?) (?:stuff|things|bits|info|information|details|notes)$|^(?:the deal|the package|the fine print|the details|good to know|(?:our|the) promise|practical (?:details|information|info)|logistics)$|^(?:(?:our|the|the team'?s) )?(?:tech(?:nology|nical)? )?stack$|^(?:(?:the )?tools|what) we use$/,
  },
  {
    kind: 'required',
    pattern:
      /\b(((basic|minimum|required|mandatory|essential|key|core|technical|job|your) )?(qualifications?|requirements?|skills|competenc(?:y|ies))( (&|and) (experience|qualifications|skills))?|required skills|(?:basic|minimum|required|mandatory|essential|key|core|technical) knowledge(?: (?:&|and) (?:experience|skills))?|knowledge,? skills,? (?:and|&) abilities|eligibility|(?:(?:key|essential|mandatory|minimum) )?(?:selection )?criteria|(?:required|mandatory|essential|necessary|minimum) skill|\((?:must|required|mandatory)\)$|^(?:essential|mandatory|required|must|expected)$|who (?:can|may|should) apply|person spec(?:ification)?|must[- ]haves?|^musts?(?: (?:know|knows|haves?|skills?))?$|non-?negotiables?|deal-?breakers?|what (?:do |does |did )?(you|we|they)(['’]ll| will| would)? (need|bring|have|require|expect|look for|are looking for|want|ask(?: for| of you)?)|^we (?:really |absolutely |truly )?(?:need|require|expect|want)(?: (?:from you|these|this))?$|(need|want|expect) to see|you(['’]ll| will)? need|who you are|what it takes|about you|your (profile|background|skills|experience|expertise)|skills (&|and) (experience|expertise)|experience (&|and) skills|education (&|and) experience|experience (&|and) education|^education(?: (?:requirements?|level|background))?$|(?:what|who) (?:we|they|i|the (?:team|client|company|hiring manager)(?: is)?)(?:['’]?re| are|['’]m| am)? (?:(?:looking|hoping|searching) for|after)|(?:who|the (?:person|people|candidates?)|people|someone) (?:we|they|the team)(?:['’]?re| are|['’]d| would| will)? (?:(?:hoping|hope|want|wanting|like|keen|excited)(?: to)? )?(?:hear from|meet|hire|find|seek|look(?:ing)? for)$|the skills you need|you have|you should have|you bring)\b|^(?:credentials|(?:certificates?|certifications?|licen[cs]es)(?:,? (?:(?:and|&) )?(?:certificates?|certifications?|licen[cs]es|memberships|courses))*|experience (?:and|&) speciali[sz]ation|(?:(?:computer|technical|technology|software|tools?)(?: (?:and|&) (?:technology|tools?))? )?knowledge)$/,
  },
  {
    kind: 'responsibilities',
    pattern:
      /\b(responsibilit(y|ies)|duties|what you'?ll do|what you will do|what you'?ll be doing|what you will be doing|a day in the life|day to day|day-to-day|the role|your role|in this role|role (overview|description)|what the job involves|your impact|what you'?ll work on|^(?:your |the )?(?:\w+ )?rotations$|the opportunity|your mission|the mission|(?:job|work) contents?|(?:your|main|key|typical|the) tasks|tasks (?:&|and) responsibilities)\b/,
  },
  {
    kind: 'about',
    pattern:
      /\bat a glance$|^(?:key|quick) facts$|^(about|who we are|our (mission|story|team|culture|values)|company (?:overview|outline|profile)|why (join|work|us|apply)|diverse experiences|inclusive|work\/life|mentorship and career|description|job description|overview|summary|location|the team|team|culture|life at)\b/,
  },
];

export function classifyHeading(raw: string): JobSectionKind | undefined {
  return matchHeading(raw)?.kind;
}

/** The kind an English heading names, without the other languages' headings. */
function classifyEnglishHeading(raw: string): JobSectionKind | undefined {
  return matchHeading(raw, false)?.kind;
}

function matchHeading(raw: string, foreign = true): { kind: JobSectionKind; atStart: boolean; atEnd: boolean } | undefined {
  // "Skill(s) required", "Qualification(s)": a plural written optional is the plural.
  const text = normalizeHeading(raw.replace(/(\p{L})\((e?s)\)/gu, '$1$2'));
  // "Must-haves (please don't apply without these, it's fair to you)": a short heading with an aside of
  // four words or more in brackets after it is read without the aside.
  const aside = /^([^()]{3,40}?)\s*\(([^()]+)\)$/.exec(text);
  if (aside && aside[2].split(' ').length >= 4 && aside[1].split(' ').length <= 4) return matchHeading(aside[1], foreign);
  // "It would be lovely (but we'll teach you) if": an aside inside the heading is read around.
  const around = /\([^()]{2,60}\)/.test(text) ? text.replace(/\s*\([^()]{2,60}\)\s*/g, ' ').trim() : undefined;
  if (around && around !== text && around.split(' ').length >= 2) {
    const match = matchHeading(around, foreign);
    if (match) return match;
  }
  if (!text || text.split(' ').length > 9) return undefined;
  // "The basics — we really need these": a short label and a gloss after a dash; either may name the section
  // when the whole does not (the reader's grammar is read last: "Good to know - if you have it").
  const parts = /^(.{3,40}?)\s+[—–-]\s+(.{3,60})$/.exec(text);
  const byParts = parts && !namedSection(text) ? (namedSection(parts[1]) ?? namedSection(parts[2])) : undefined;
  return byParts ?? matchRules(text, foreign) ?? (text.split(' ').length <= 4 ? matchRules(restoreLigature(text), foreign) : undefined);
}

function matchRules(text: string, foreign: boolean): { kind: JobSectionKind; atStart: boolean; atEnd: boolean } | undefined {
  const other = foreign ? otherLanguageSection(text) : undefined;
  return namedSection(text) ?? (other ? { kind: other, atStart: true, atEnd: true } : undefined) ?? addressedToReader(text);
}

/** The first heading phrase a rule knows in the text. */
function namedSection(text: string): { kind: JobSectionKind; atStart: boolean; atEnd: boolean } | undefined {
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (m) return { kind: rule.kind, atStart: m.index === 0, atEnd: m.index + m[0].length === text.length };
  }
  return undefined;
}

/**
 * A short heading that speaks to the reader and names none of the phrases above ("Who are you?",
 * "In your tool bag", "What will you be doing here?") is read by its grammar: what you will do (or
 * do in your first months) is the role, what you learn or get is the offer, a call to apply is a
 * pitch, anything else about "you" describes the candidate.
 */
function addressedToReader(text: string): { kind: JobSectionKind; atStart: boolean; atEnd: boolean } | undefined {
  if (text.split(' ').length > 8 || !/\b(?:you|your|you'll|you're|you'd)\b/.test(text)) return undefined;
  // "You should apply if", "Why join us", "Your job application" (a careers site's menu): a pitch or a link, whatever follows.
  if (/\b(?:apply|join|applications?)\b/.test(text)) return undefined;
  // "View this email in your browser", "Add us to your address book": a mail's own chrome.
  if (/\b(?:e-?mail|browser|inbox|address book|unsubscribe|newsletter|profile)\b/.test(text)) return undefined;
  // "Your contact person", "Your questions": who to ask, not what the reader must have.
  if (/\b(?:contacts?|contact person|questions)\b/.test(text)) return { kind: 'about', atStart: true, atEnd: true };
  // "If you also happen to know…", "You might also have": an addition to what the reader must have is the wish list.
  // So is a comparison in a condition: "We'd be even happier if you", "Even better if you".
  const adds = /\b(?:also|too|as well|additionally|even)\b|\b(?:\w+ier|better|more) if\b/.test(text);
  if (adds && /\b(?:if|have|has|know|knows|bring|possess)\b/.test(text)) return { kind: 'preferred', atStart: true, atEnd: true };
  // A heading that ends in a condition on the reader ("You might be a fit if you", "You'll thrive
  // here if"): the list under it is what the reader must be or have, so the requirements.
  if (/\bif(?: you)?$/.test(text)) return { kind: 'required', atStart: true, atEnd: true };
  if (text.split(' ').length > 6) return undefined;
  // "Your first 90 days", "Your graduate year", "Your rotations": the time in the role is the role.
  const timeline =
    /\b(?:first|\d+(?:st|nd|rd|th))\s+(?:\d+\s+)?(?:day|days|week|weeks|month|months|year)\b/.test(text) ||
    /\b(?:year|day|week|rotations?|journey|placement|programme|program)$/.test(text);
  // "You'll probably have", "You will bring": what the reader has or brings describes the candidate,
  // whatever the tense; other future headings ("You'll build", "What will you do") are the role.
  const possesses = /\b(?:have|has|bring|need|know|possess)\b/.test(text) && !/\b(?:do|doing|work on|working on)\b/.test(text);
  const kind: JobSectionKind = /\b(?:learn|gain|get|receive|enjoy|earn|offer|grow)\b/.test(text)
    ? 'about'
    : possesses
      ? 'required'
      : timeline || /\b(?:will you|you'll|you will|you'd|you would)\b|\b(?:do|doing|work on|working on)\b/.test(text)
      ? 'responsibilities'
      : 'required';
  return { kind, atStart: true, atEnd: true };
}

/** Text copied from a PDF often loses its ligature glyphs ("Minimum qualications"). */
const LIGATURES = ['fi', 'fl', 'ff', 'ft', 'ffi'];

/** No English word that lost a ligature is longer than this: a longer run of letters is no word to repair (and trying each place in it would take quadratic time). */
const LONGEST_WORD = 30;

/**
 * The heading with one lost ligature put back where that makes it a known heading, else the text.
 * Brute force over positions is cheap for a line of at most four words.
 */
function restoreLigature(text: string): string {
  // Only inside a word that is no English word as written ("qualications", not "application").
  const broken = new Set<number>();
  for (const w of text.matchAll(/[a-z]+/g)) if (w[0].length <= LONGEST_WORD && !isEnglishWord(w[0])) for (let k = w.index! + 1; k < w.index! + w[0].length; k++) broken.add(k);
  for (let i = 1; i < text.length; i++) {
    if (!broken.has(i)) continue;
    for (const lig of LIGATURES) {
      const candidate = text.slice(0, i) + lig + text.slice(i);
      if (matchRules(candidate, false)) return candidate;
    }
  }
  return text;
}

/**
 * Marks that decorate a heading without being part of it: "■ Job Content", "【Required】",
 * "[Educational background]", "◆ Benefits" (Japanese, Chinese and Korean postings, and translations
 * of them, set headings off this way), and emoji ("🧰 Stack", "🛠️ What you'll do").
 */
const HEADING_GLYPHS = /^[\s■□◆◇●○◉▶►▸▷★☆◼◻▪▫※◎♦\p{Extended_Pictographic}\uFE0F\u200D]+/u;
const WRAPPED_HEADING = /^[[【〔〖（]\s*([^\]】〕〗）]+?)\s*[\]】〕〗）]$/;

function normalizeHeading(raw: string): string {
  const unwrapped = raw.trim().replace(HEADING_GLYPHS, '');
  return (WRAPPED_HEADING.exec(unwrapped)?.[1] ?? unwrapped)
    .replace(/^#{1,6}\s+/, '')
    // "Skill・Experience": a katakana middle dot joins two words as a slash does.
    .replace(/\s*[・･]\s*/g, ' / ')
    .replace(/[*_`]/g, '')
    .replace(/[’]/g, "'")
    .replace(/[:.…!?\s]+$/, '')
    .replace(/\.{3}$/, '')
    .trim()
    .toLowerCase();
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string, from: number): Line[] {
  const out: Line[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const raw = text.slice(start, i).replace(/\r$/, '');
      out.push({ text: raw, start, end: start + raw.length });
      start = i + 1;
    }
  }
  return out;
}

const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/;
const BOLD_LINE = /^\s{0,3}(\*\*|__)(.+?)\1\s*:?\s*$/;
const OUTLINE_ITEM_HEADING = /^(\s*[-*+]\s+)(#{1,6}\s+\S.*|(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*:?\s*)$/;
// A thread's post may open with its counter ("2/6 Must have: …"), and a label may carry an aside
// ("Bonus (still apply if you have none of these!): …").
const INLINE_HEADING = /^\s{0,3}(?:\d{1,2}\/\d{0,2}\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z’' /&,-]{2,48}?)(?:\*\*|__)?(?:\s*\([^()\n]{2,60}\))?\s*:\s*(?:\*\*|__)?\s*(\S.*)$/;
// (Word's Symbol and Wingdings bullets arrive as private-use characters: U+F0B7, U+F0A7, U+F0D8, U+F076, U+F0FC.)
const LIST_MARKER = /^\s*([-*+•●▪◦–\uF0A7\uF0B7\uF0D8\uF076\uF0FC]|\d{1,2}[.)])\s+/;
/** "3. ELIGIBILITY CRITERIA": a number, then a short line with no lower-case letter. */
const NUMBERED_CAPS_HEADING = /^\s{0,3}\d{1,2}[.)]\s+((?=[^a-z]*[A-Z]{3})[^a-z]{3,60})$/;

interface HeadingHit {
  kind: JobSectionKind;
  title: string;
  headingRange: OffsetRange;
  bodyStart: number;
  /** Opened by a prose paragraph's first words: the section ends with the paragraph. */
  paragraph?: boolean;
}

/** A line that reads as a heading: its kind, title and where its body starts (same line for "Requirements: …"). */
function headingOf(line: Line, prevBlank: boolean, sameMarkNext = false, itemsNext = false, boldHeads = false): HeadingHit | undefined {
  // "Job Description and Person Specification.docx": an attachment's file name, not a heading.
  if (ATTACHMENT_NAME.test(line.text)) return undefined;
  // "- ## Job Description", "- **The role**": an outliner (Logseq, Roam, Workflowy) makes every line a
  // list item, headings too. A list item that is only a heading, or only a bold phrase a rule knows, is that heading.
  const item = OUTLINE_ITEM_HEADING.exec(line.text);
  if (item) {
    const inner = { text: item[2], start: line.start + item[1].length, end: line.end };
    const hit = headingOf(inner, false);
    if (hit && (/^#/.test(item[2]) || hit.kind !== 'other')) return hit;
  }
  const md = MARKDOWN_HEADING.exec(line.text) ?? BOLD_LINE.exec(line.text);
  if (md) {
    const title = (md[2] ?? md[1]).trim();
    // `boldHeads`: the page heads its sections with bold lines, so a bold line of a few words standing
    // apart is a heading even when its words are not known ("**Baseline**", "**Differentiators**").
    const unknownBold = boldHeads && prevBlank && title.split(/\s+/).length <= 5 && !/[.!?,;]$/.test(title);
    const kind = classifyHeading(title) ?? (MARKDOWN_HEADING.test(line.text) || unknownBold ? 'other' : undefined);
    if (kind) return { kind, title: title.replace(/[:\s]+$/, ''), headingRange: { start: line.start, end: line.end }, bodyStart: line.end };
  }
  // "4. TECHNICAL REQUIREMENTS (MANDATORY)": public-sector and PDF postings number their headings; a
  // numbered line in capitals is a heading, where a numbered item in sentence case stays an item.
  const numbered = NUMBERED_CAPS_HEADING.exec(line.text);
  if (numbered) {
    // Words no rule knows ("6. PERSONAL ATTRIBUTES") still end the section above; "2. SQL, AWS" is an item.
    const words = numbered[1].trim().split(/\s+/);
    const kind = matchHeading(numbered[1])?.kind ?? (words.length >= 2 && words.every((w) => /^[A-Z&]{2,}$/.test(w)) ? 'other' : undefined);
    if (kind) return { kind, title: numbered[1].trim(), headingRange: { start: line.start, end: line.end }, bodyStart: line.end };
  }
  // "■ Working Hours", "【Company Outline】": a marked heading ends the section above even when no rule knows its words.
  // A glyph that also marks list items ("◆ 3+ years of Python") makes a heading only when its words are a
  // known heading or it stands apart: a blank or rule line above it and no item with the same mark below.
  const marked = MARKED_HEADING.exec(line.text);
  if (marked && (marked[1] ?? marked[2]).trim().split(/\s+/).length <= 8) {
    const title = line.text.trim();
    const known = matchHeading(title);
    if (known || (prevBlank && !sameMarkNext)) return { kind: known?.kind ?? 'other', title, headingRange: { start: line.start, end: line.end }, bodyStart: line.end };
  }
  if (LIST_MARKER.test(line.text)) return undefined;
  const plain = line.text.trim();
  if (!plain) return undefined;
  // A bracketed aside after the heading's words ("Bonus (nice but not required):") is not counted in its length.
  const core = plain.replace(/\s*\([^()]{8,120}\)\s*(:?)$/, '$1');
  const words = core.split(/\s+/).length;
  // A whole short line: "Basic Qualifications", "Minimum qualifications:", "Plus If..."
  if (words <= 9 && core.length <= 70 && !/[.;,]$/.test(plain.replace(/\.\.\.$|…$/, ''))) {
    const heading = matchHeading(plain);
    // "Travel Requirements: Up to 60%" is a field of the job; the inline branch below decides.
    const match = heading && !(heading.kind === 'required' && !heading.atStart && /:\s*\S/.test(plain)) && !isTagField(plain) ? heading : undefined;
    // Plain lines need to look like headings, so "Master's degree preferred" in a list stays an item
    // while "Key job responsibilities" after a blank line opens a section.
    const standsAlone = prevBlank && (match?.atStart === true || (match?.atEnd === true && match.kind !== 'preferred'));
    // A short line that opens with a heading phrase ("Minimum qualifications" in a PDF paste without blank lines).
    const short = match?.atStart === true && words <= 3;
    // "What we look for" over "• Degree in …": a page copied without blank lines, the phrase the whole line, items under it.
    const overItems = itemsNext && match?.atStart === true && match.atEnd;
    // "You'll fit in if you have" over a paragraph: a line that stops on a verb or word waiting for its
    // object is no sentence; the lines under it complete it (a page pasted without blank lines).
    // (Not a wrapped sentence's tail: "… employer. Preference will be given to" starts mid-sentence.)
    const dangling = /\b(?:have|bring|need|will|are|for|with|if|to)$/i.test(core) && words >= 3 && /^\p{Lu}/u.test(core) && !/[.!?;]\s/.test(core);
    const looksLikeHeading = /:$/.test(plain) || isTitleCase(plain) || standsAlone || short || overItems || dangling;
    if (match && looksLikeHeading) {
      return { kind: match.kind, title: plain.replace(/[:\s]+$/, ''), headingRange: { start: line.start, end: line.end }, bodyStart: line.end };
    }
  }
  // "Requirements: 3+ years of Python" — a heading with its first item on the same line.
  const inline = INLINE_HEADING.exec(line.text);
  if (inline) {
    const match = matchHeading(inline[1]);
    const kind = match?.kind;
    // "Travel Requirements: Up to 60%", "Physical requirements: lift 20 lb" are fields of the job, not the
    // candidate's requirements: an inline label opens a required section only when it starts with the
    // heading phrase ("Requirements:", "Minimum qualifications:", "What you'll need:").
    const fieldLabel = kind === 'required' && !match!.atStart;
    // "Perks: $27–31/hour depending on …" opening a paragraph: the offer, which ends the list above it
    // (a short "Location: Remote" stays a field of the section it is in).
    const aboutParagraph = kind === 'about' && match!.atStart && prevBlank && inline[2].split(/\s+/).length >= 8;
    if (kind && (kind !== 'about' || aboutParagraph) && !fieldLabel) {
      const bodyStart = line.start + line.text.indexOf(inline[2]);
      return { kind, title: inline[1].trim(), headingRange: { start: line.start, end: bodyStart }, bodyStart };
    }
  }
  return undefined;
}

const ATTACHMENT_NAME = /\.(?:docx?|pdf|odt|rtf|xlsx?|pptx?)\s*(?:\(\s*[\d.,]+\s*[KMG]i?B\s*\))?\s*$/i;

/** The marks that set a heading off when they stand before it: squares, diamonds, stars. */
const HEADING_MARK = '[■□◆◇◼◻★☆◉]';
/** A line set off by a heading mark: a mark before it, or lenticular brackets around it. */
const MARKED_HEADING = new RegExp(`^\\s{0,3}(?:${HEADING_MARK}\\s*([^\\s■□◆◇].{0,60})|【([^】]{1,60})】)\\s*$`);
const LEADING_MARK = new RegExp(`^\\s*(${HEADING_MARK})`);
/** Whether the next non-blank, non-rule line starts with the same mark as this one (a list, not a heading). */
/** Whether the next line with words is a list item. */
function itemAhead(lines: Line[], i: number): boolean {
  const next = lines.slice(i + 1).find((l) => l.text.trim());
  return !!next && LIST_MARKER.test(next.text);
}

function sameMarkAhead(lines: Line[], i: number): boolean {
  const mark = LEADING_MARK.exec(lines[i].text)?.[1];
  if (!mark) return false;
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    const t = lines[k].text.trim();
    if (!t || RULE_LINE.test(t)) continue;
    return t.startsWith(mark);
  }
  return false;
}

const RULE_LINE = /^\s*(?:[-=_─━—–*~]\s*){5,}$/;

/**
 * A short line boxed by rules, one above and one below ("-----\nAPPLICATION INFORMATION\n-----"), as
 * portals and pasted PDFs set their section titles: a heading even when no rule knows its words, so
 * the section above ends there.
 */
function boxedHeading(lines: Line[], i: number): HeadingHit | undefined {
  const line = lines[i];
  const plain = line.text.trim();
  if (!plain || RULE_LINE.test(plain) || i === 0 || i + 1 >= lines.length) return undefined;
  if (!RULE_LINE.test(lines[i - 1].text) || !RULE_LINE.test(lines[i + 1].text)) return undefined;
  if (plain.split(/\s+/).length > 6 || /[.;,]$/.test(plain)) return undefined;
  return { kind: matchHeading(plain)?.kind ?? 'other', title: plain.replace(/[:\s]+$/, ''), headingRange: { start: line.start, end: line.end }, bodyStart: line.end };
}

/**
 * "---- Benefits tab (pasted separately) ----", "==== from the attached PDF ====": a label between two
 * runs of rule characters on one line, as people mark what they pasted in from elsewhere. It ends the
 * section above; its label, without asides, says what follows when it is a known heading.
 */
const DIVIDER_LABEL = /^\s*([-=_─━~]){3,}[ \t]+([^\n]{2,100}?)[ \t]+([-=_─━~]){3,}\s*$/;
function dividerHeading(line: Line): HeadingHit | undefined {
  const m = DIVIDER_LABEL.exec(line.text);
  // A label, not a notice in sentences ("*** Complete the matrix below. … ***").
  if (!m || !/[A-Za-z]{3,}/.test(m[2]) || /[.!?]\s/.test(m[2]) || m[2].split(/\s+/).length > 10) return undefined;
  const label = m[2].replace(/\s*\([^()]*\)/g, '').replace(/\s+(?:tab|section|page|part)$/i, '').trim();
  return { kind: matchHeading(label)?.kind ?? 'other', title: m[2].trim(), headingRange: { start: line.start, end: line.end }, bodyStart: line.end };
}

/**
 * A posting written as prose, without headings, names its qualifications in a paragraph's opening
 * words ("The minimum qualifications are …", "It would be a plus if you …"): that paragraph is a
 * qualification section of its own, up to the blank line that ends it.
 */
const PROSE_OPENINGS: { kind: JobSectionKind; pattern: RegExp }[] = [
  // "It would make our week if you have also shipped on …", "It would be lovely if you know …": a wish
  // on a condition about the reader.
  { kind: 'preferred', pattern: /^it would (?:[\w'’]+ ){1,4}if you(?:'ve| have| know| can| are|'re)?\b/i },
  // "The non-negotiables: you have written …", "Must-haves: you know …": a label, then what the reader
  // has or can do. A label that grades the ask down ("Nice to haves: you …") is a wish.
  { kind: 'preferred', pattern: /^(?:the |our )?[\w' -]{0,20}\b(?:nice|bonus|plus|extra|ideal)[\w' -]{0,15}:\s+you(?:'ve| have| know| can| are|'re| should)\b/i },
  { kind: 'required', pattern: /^(?:the |our )?[\w' -]{2,30}:\s+you(?:'ve| have| know| can| are|'re| should| must)\b/i },
  {
    kind: 'preferred',
    pattern:
      /^(?:it would (?:also )?be (?:a plus|a bonus|great|nice|ideal|an advantage|helpful)|it(?:'s| is) (?:a plus|a bonus|an advantage)|(?:bonus|extra) points|(?:the )?(?:preferred|desired|desirable|additional) (?:qualifications|skills|experience) (?:are|include)|ideally,? (?:you|the (?:candidate|successful))|we(?:'d| would) (?:also )?(?:love|like|be (?:glad|happy|delighted)) to (?:see|hear)|nice to have)\b/i,
  },
  {
    kind: 'required',
    pattern:
      /^(?:(?:the|our|your) )?(?:(?:minimum|basic|required|essential|mandatory|key) )?(?:qualifications|requirements)(?: for (?:this|the) (?:role|position|job))? (?:are|include)\b|^(?:to (?:be considered|qualify)|(?:candidates|applicants) (?:must|should|will need)|we(?:'re| are) (?:looking for|seeking) (?:students|candidates|applicants|graduates) who\b|you(?:'d| would|'ll| will)? (?:be|are|'re) (?:a )?(?:good|great|strong) fit if\b|you (?:must|will need to|'ll need to) (?:have|hold|bring|be))\b/i,
  },
];

const WORK_ELIGIBILITY = /\b(?:legally|eligible|entitled|authori[sz]ed|permitted)\b[^.]{0,30}\bwork\b|\b(?:work|employment) (?:authori[sz]ation|permit|visa)\b/i;

/**
 * "Skills TypeScript, Node.js, PostgreSQL, Go": a board's field of tags, its label and its values on one
 * line without a colon (a page's fact box copied as text), not the heading of a section.
 */
function isTagField(plain: string): boolean {
  const pieces = plain.split(/,\s*/);
  if (pieces.length < 3) return false;
  const first = pieces[0].split(/\s+/);
  return first.length >= 2 && first.length <= 4 && /^[A-Z0-9]/.test(first[first.length - 1]) && pieces.slice(1).every((p) => /^[A-Z0-9.#+][^\s]*(?:\s+[A-Z0-9][^\s]*){0,2}$/.test(p.trim()));
}

function proseOpening(line: Line, prevBlank: boolean): HeadingHit | undefined {
  const plain = line.text.trim();
  // A paragraph, not a heading or an item: it starts after a blank line and runs on as a sentence.
  if (!prevBlank || LIST_MARKER.test(line.text) || plain.split(/\s+/).length < 10) return undefined;
  const lead = line.text.length - line.text.trimStart().length;
  // "Applicants must be legally entitled to work in Canada …": eligibility, which asks for no skill.
  if (WORK_ELIGIBILITY.test(plain)) return undefined;
  for (const { kind, pattern } of PROSE_OPENINGS) {
    const m = pattern.exec(plain);
    if (m) return { kind, title: m[0], headingRange: { start: line.start + lead, end: line.start + lead + m[0].length }, bodyStart: line.start, paragraph: true };
  }
  return undefined;
}

/** The title of the section a bilingual posting's translated copy is set aside in. */
export const TRANSLATION = '(text in another language)';

function isTitleCase(s: string): boolean {
  const words = s.replace(/[:.…]+$/, '').split(/\s+/).filter((w) => w.length > 3);
  return words.length > 0 && words.every((w) => /^[A-Z]/.test(w));
}

export function findSections(text: string, bodyStart: number): JobSection[] {
  const headed = sectionsOf(text, bodyStart, 'nowhere');
  // A posting that heads its qualifications may still state more of them in a paragraph of its job
  // description ("We're looking for students who …"), never in what it says about the company.
  const qualificationsHeaded = headed.some((s) => s.kind === 'required' || s.kind === 'preferred');
  return sectionsOf(text, bodyStart, qualificationsHeaded ? 'job description' : 'everywhere');
}

/** Where a paragraph's opening words may start a qualification section. */
type ProseReading = 'nowhere' | 'job description' | 'everywhere';

/** "About the job", "Job description", "The role", or no heading at all: text about the job, not the company. */
function describesJob(section: JobSection): boolean {
  if (!section.headingRange) return section.kind === 'other';
  return /\b(?:job|role|position|opportunity|description|posting)\b/i.test(section.title);
}

function sectionsOf(text: string, bodyStart: number, readProse: ProseReading): JobSection[] {
  const sections: JobSection[] = [];
  let current: JobSection = { kind: 'other', title: '', range: { start: bodyStart, end: text.length } };
  let prevBlank = true;
  const lines = linesOf(text, bodyStart);
  const otherLanguage = lines.map((l) => isOtherLanguageLine(l.text));
  // Only a translation beside English text is set aside; a posting written in another language keeps its sections.
  const english = lines.filter((l, i) => !otherLanguage[i] && l.text.trim().split(/\s+/).length >= 4).length;
  // A sentence in English by English's own function words: a page in Spanish whose CSS, names and form
  // labels are in no language is not bilingual, it is Spanish.
  const bilingual = english >= 2 && lines.some((l) => isEnglishLine(l.text)) && 2 * english >= otherLanguage.filter(Boolean).length;
  let inParagraph = false;
  // A page whose known headings include two bold lines heads its sections that way (see headingOf).
  const boldStyle = lines.filter((l) => { const m = BOLD_LINE.exec(l.text); return m && classifyHeading(m[2]); }).length >= 2;
  // In an assistant's turn of a shared AI conversation no heading opens anything: its "What you'll need"
  // restates the posting, its advice is no requirement. The person's next turn ends it.
  let assistantTurn = false;
  for (const [i, line] of lines.entries()) {
    const turn = conversationTurn(line);
    if (turn) assistantTurn = turn.kind === 'about';
    else if (assistantTurn) continue;
    // Inside a qualifications section an unknown bold line is a sub-heading of it ("**Languages**").
    const boldHeads = boldStyle && current.kind !== 'required' && current.kind !== 'preferred';
    // The translated copy of a bilingual posting: its own section, asking nothing, until an English heading.
    const translation = bilingual && otherLanguage[i] && current.title !== TRANSLATION;
    const found: HeadingHit | undefined = turn ?? (translation
      ? { kind: 'other', title: TRANSLATION, headingRange: { start: line.start, end: line.start }, bodyStart: line.start }
      : mailBoundary(line) ?? headingOf(line, prevBlank, sameMarkAhead(lines, i), itemAhead(lines, i), boldHeads) ?? boxedHeading(lines, i) ?? dividerHeading(line) ?? (readProse === 'everywhere' || (readProse === 'job description' && describesJob(current)) ? proseOpening(line, prevBlank) : undefined));
    // In a bilingual posting a heading in the other language ("Exigences") over text in that language heads
    // the translated copy, no section of its own; over English text ("## Requisitos" / "- Python …") it is
    // that text's heading.
    const translatedHeading = bilingual && found && found.title !== TRANSLATION && !classifyEnglishHeading(found.title) && otherLanguageSection(found.title) && !headsEnglish(lines, i, otherLanguage, !!line.text.slice(found.bodyStart - line.start).trim());
    const hit = translatedHeading ? undefined : found;
    // A rule of dashes or box lines above a heading sets it apart as a blank line does.
    prevBlank = line.text.trim() === '' || RULE_LINE.test(line.text);
    if (!hit && inParagraph && prevBlank) {
      // The paragraph that opened a section has ended: what follows is under no heading we know.
      current.range.end = line.start;
      sections.push(current);
      current = { kind: 'other', title: '', range: { start: line.start, end: text.length } };
      inParagraph = false;
    }
    if (!hit) continue;
    inParagraph = hit.paragraph === true;
    current.range.end = line.start;
    sections.push(current);
    current = { kind: hit.kind, title: hit.title, headingRange: hit.headingRange, range: { start: hit.bodyStart, end: text.length } };
  }
  sections.push(current);
  return sections.filter((s) => s.headingRange || text.slice(s.range.start, s.range.end).trim());
}

/**
 * The block under line `i` (after any blank lines, up to the next blank line, at most eight lines) is in
 * English: its first line whose language shows is English. Lists of names show none.
 */
function headsEnglish(lines: readonly Line[], i: number, otherLanguage: readonly boolean[], inline: boolean): boolean {
  // "Was wir bieten: 17,50 €/h, …": a label with its text on the same line is that line's block.
  if (inline) return isEnglishLine(lines[i].text);
  let k = i + 1;
  while (k < lines.length && !lines[k].text.trim()) k++;
  for (const end = Math.min(lines.length, k + 8); k < end && lines[k].text.trim(); k++) {
    if (otherLanguage[k]) return false;
    if (isEnglishLine(lines[k].text)) return true;
  }
  return false;
}

/** "You said:" / "ChatGPT said:" in a shared AI conversation: the person's turn, or the assistant's, which asks nothing. */
function conversationTurn(line: Line): HeadingHit | undefined {
  const assistant = ASSISTANT_TURN.test(line.text);
  if (!assistant && !PERSON_TURN.test(line.text)) return undefined;
  const end = line.start + line.text.length;
  return { kind: assistant ? 'about' : 'other', title: line.text.trim(), headingRange: { start: line.start, end }, bodyStart: end };
}

/**
 * In a pasted e-mail, a sign-off ("Kind regards,") starts the sender's signature and disclaimer, which
 * ask nothing; a forwarded-message divider starts the next message, under no heading yet.
 */
function mailBoundary(line: Line): HeadingHit | undefined {
  const lead = line.text.length - line.text.trimStart().length;
  const headingRange = { start: line.start + lead, end: line.start + line.text.trimEnd().length };
  if (SIGN_OFF.test(line.text)) return { kind: 'about', title: line.text.trim(), headingRange, bodyStart: headingRange.end };
  if (MESSAGE_DIVIDER.test(line.text)) return { kind: 'other', title: line.text.trim(), headingRange, bodyStart: headingRange.end };
  return undefined;
}

/** The section that contains an offset. */
export function sectionAt(sections: JobSection[], offset: number): JobSection | undefined {
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i];
    if (offset >= (s.headingRange?.start ?? s.range.start) && offset < s.range.end) return s;
  }
  return sections[0];
}
