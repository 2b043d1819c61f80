// A resume without the sections every reviewer looks for: work (Experience or Projects), Education
// and Skills. Reported at the top of the document (the name line), one finding per missing section.
import type { ResumeDocument, Section, SectionKind } from '../document/types';
import { exactSectionKindOf } from '../document/section-kinds';
import { ACCEPTED_TECH_VARIANTS, TECH_TERMS } from '../lexicon/tech-terms';
import type { Rule, RuleFinding } from '../types';
import { documentTopRange } from './source-scan';
import { stringListOption } from './util';

interface Expected {
  name: string;
  /** Section kinds that satisfy it. */
  kinds: SectionKind[];
  advice: string;
}

const EXPECTED: Record<string, Expected> = {
  experience: {
    name: 'Experience or Projects',
    kinds: ['experience', 'projects', 'research', 'leadership'],
    advice: 'add an "Experience" section (jobs, internships) or a "Projects" section with what you built',
  },
  education: {
    name: 'Education',
    kinds: ['education'],
    advice: 'add an "Education" section with your degree, school and graduation date',
  },
  skills: {
    name: 'Skills',
    kinds: ['skills'],
    advice: 'add a "Skills" section listing languages, tools and frameworks — screeners search for them',
  },
};

export const missingSection: Rule = {
  id: 'missing-section',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'No Experience/Projects, Education or Skills section.',
  docs: {
    why: 'Recruiters and applicant-tracking systems look for these sections by name; when one is missing (or has a heading they do not recognise) the resume reads as incomplete.',
    bad: '# Ana Silva\n\n## What I did\n\n- Built …',
    good: '# Ana Silva\n\n## Experience\n\n- Built …\n\n## Education\n\n…\n\n## Skills\n\n…',
  },
  check(doc, { options }) {
    if (!doc.text.trim()) return [];
    const required = stringListOption(options, 'sections', Object.keys(EXPECTED)).filter((s) => EXPECTED[s]);
    // With at most one section found the layout was not understood (the layout-unrecognized
    // finding says so); claiming that sections are missing would be wrong more often than right.
    if (doc.sections.filter((s) => s.kind !== 'header').length <= 1) return [];
    const present = new Set(doc.sections.map((s) => s.kind));
    const range = documentTopRange(doc);
    const out: RuleFinding[] = [];
    for (const key of required) {
      const expected = EXPECTED[key];
      if (expected.kinds.some((k) => present.has(k))) continue;
      // Uncertain structure: the section may be there under a heading the parser did not read, or
      // under a title it could not classify. Saying it is missing would then be a false claim.
      if (unreadHeadingNames(doc, expected.kinds) || unclassifiedSectionLooksLike(doc, key)) continue;
      if (key === 'skills' && doc.sections.some((sec) => isTechnologyList(sec) || listsTools(doc, sec))) continue;
      out.push({ range, message: `No ${expected.name} section: ${expected.advice}.` });
    }
    return out;
  },
};

/** Markup around a would-be heading line: Markdown emphasis and heading marks, HTML tags, LaTeX commands. */
function headingText(line: string): string {
  return line
    .replace(/<[^>]*>/g, ' ')
    .replace(/\\[a-zA-Z]+\*?(?:\[[^\]]*\])?/g, ' ')
    .replace(/[#*_=~`{}:|>-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A short standalone line (a bold line, an HTML heading, `#Skills` without a space, a LaTeX command)
 * whose text names one of these kinds, but which the parser did not take as a section heading.
 */
function unreadHeadingNames(doc: ResumeDocument, kinds: SectionKind[]): boolean {
  const headingLines = new Set(doc.sections.filter((s) => s.headingRange).map((s) => doc.lines.positionAt(s.headingRange!.start).line));
  for (let i = 0; i < doc.lines.lineCount; i++) {
    if (headingLines.has(i)) continue;
    const raw = doc.lines.lineText(i);
    if (raw.length > 200 || /^\s*(?:[-+*•]|\d+[.)])\s/.test(raw)) continue; // a list item is content, not a heading
    const text = headingText(raw);
    if (!text || text.length > 40) continue;
    const kind = exactSectionKindOf(text);
    if (kind && kinds.includes(kind)) return true;
  }
  return false;
}

const EDUCATION_WORDS = /\b(?:universit|college|institut|school|academy|bachelor|master|ph\.?\s?d|doctorate|degree|diploma|b\.?\s?sc|m\.?\s?sc|b\.?\s?tech|m\.?\s?tech|gpa)/i;

/** Distinct technology names (the tech-terms lexicon) in a text. */
function techTermCount(text: string): number {
  const found = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9+#.-]*/g) ?? []) {
    const word = w.replace(/[.-]+$/, '');
    if (TECH_TERMS[word]) found.add(word);
  }
  return found.size;
}

/**
 * A section whose title names no known kind ("Formação", "What I did", a product name) but whose
 * content has the shape of the missing one: schools or degrees for Education, a run of technology
 * names for Skills, dated entries for work. The reader sees that section; we only missed its title.
 */
function unclassifiedSectionLooksLike(doc: ResumeDocument, key: string): boolean {
  const unclassified = doc.sections.filter((s) => s.kind === 'other' && !exactSectionKindOf(s.title));
  return unclassified.some((s) => sectionLooksLike(doc, s, key));
}

function sectionLooksLike(doc: ResumeDocument, s: Section, key: string): boolean {
  const text = doc.text.slice(s.range.start, s.range.end);
  if (key === 'education') return EDUCATION_WORDS.test(text);
  if (key === 'skills') return techTermCount(text) >= 3;
  return s.entries.some((e) => e.dates) || s.bullets.length >= 3;
}

/** Sections that hold the person's own story or schooling: a list of names there is not their tools. */
const NARRATIVE_OR_SCHOOL = new Set(['experience', 'projects', 'research', 'leadership', 'education', 'summary', 'objective', 'header', 'publications']);

/** A heading that says what follows are tools: "Licences & Software", "Tools", "Technologies". */
const TOOLS_HEADING = /\b(?:software|tools?|technolog(?:y|ies)|tech\s+stack)\b/i;

/** A name the tech-terms lexicon knows ("AutoCAD", "GitLab", "iOS"), in any casing. */
function isKnownTechnology(item: string): boolean {
  return !!TECH_TERMS[item.toLowerCase()] || ACCEPTED_TECH_VARIANTS.has(item);
}

/**
 * "Licences & Software" over "Civil 3D, AutoCAD, ArcGIS Pro, Excel": a section titled for something
 * else that holds a line of four or more short names separated by commas (or "·", "|") is a tools list
 * when it shows they are tools — its heading says so, or at least half the names are known
 * technologies. Languages, interests, awards, cities, clients or referees are lines of capitalised
 * names too, and do not stand in for a Skills section.
 */
function listsTools(doc: ResumeDocument, s: Section): boolean {
  if (NARRATIVE_OR_SCHOOL.has(s.kind) || !s.headingRange) return false;
  const toolsHeading = TOOLS_HEADING.test(s.title);
  const body = doc.text.slice(s.headingRange.end, s.range.end);
  return body.split(/\r?\n/).some((line) => {
    const items = line.replace(/^\s*(?:[-*+]\s+)?(?:[^:,]{1,30}:\s*)?/, '').split(/\s*[,·|]\s*/).filter(Boolean);
    if (items.length < 4 || !items.every((item) => /^[\p{Lu}\p{N}]/u.test(item) && item.split(/\s+/).length <= 3)) return false;
    return toolsHeading || items.filter(isKnownTechnology).length * 2 >= items.length;
  });
}

/**
 * A list whose items are each named by a technology ("Erlang – services and tooling …", "**Python**: …"):
 * a skills list, whatever the section's title says ("Technical Experience").
 */
function isTechnologyList(s: Section): boolean {
  if (s.kind === 'header' || s.bullets.length < 3) return false;
  const named = s.bullets.filter((b) => {
    const first = /^[\p{L}][\p{L}\p{N}+#.-]*/u.exec(b.text.trim())?.[0].toLowerCase().replace(/[.-]+$/, '');
    return !!first && !!TECH_TERMS[first];
  });
  return named.length * 2 >= s.bullets.length;
}
