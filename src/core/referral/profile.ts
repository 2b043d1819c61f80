// Fills gaps the shared profile extraction (document/profile.ts) leaves for the drafts, without
// overriding anything it found: a resume link written in the header ("[Resume](https://…)" or a
// PDF URL), a degree name cut short ("Bachelor of Computer" for "Bachelor of Computer Science",
// "B.S" for "B.S."), and a major read from the degree itself ("Bachelor of Computer Science").
// Kept here rather than in document/profile.ts while that file is being changed by another task.

import type { Profile, ResumeDocument } from '../document/types';

const RESUME_LINK = /\[([^\]]*\b(?:resume|résumé|cv)\b[^\]]*)\]\((https?:\/\/[^)\s]+)\)/i;
const PDF_URL = /https?:\/\/[^\s)<>"']+\.pdf\b/i;
const DEGREE =
  /\b(B\.?\s?S\.?c?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?Tech|M\.?\s?S\.?c?|M\.?\s?Eng\.?|MBA|Ph\.?\s?D\.?|(?:Bachelor|Master)(?:'s)?(?: of (?:[A-Z][a-z]+)(?: (?:[A-Z][a-z]+))*)?|Associate(?:'s)?)(?!\w)/;
const FIELD = /^[\s,]*(?:in|of)\s+([A-Z][A-Za-z&]*(?:\s+(?:and|&|[A-Z][A-Za-z&]*))*)/;
/** Degree names whose "of …" part names the degree, not a major. */
const GENERIC_FIELDS = new Set(['science', 'sciences', 'arts', 'applied science', 'engineering', 'technology', 'commerce', 'business administration', 'fine arts', 'laws', 'education', 'philosophy']);

function headerText(doc: ResumeDocument): string {
  const start = doc.frontMatter.range?.end ?? 0;
  const first = doc.sections.find((s) => s.kind !== 'header');
  return doc.text.slice(start, first?.range.start ?? Math.min(doc.text.length, start + 2000));
}

function degreeAndMajor(doc: ResumeDocument): { degree?: string; major?: string } {
  const education = doc.sections.find((s) => s.kind === 'education');
  if (!education) return {};
  const text = doc.text.slice(education.range.start, education.range.end);
  const m = DEGREE.exec(text);
  if (!m) return {};
  const degree = m[1].trim();
  const after = FIELD.exec(text.slice(m.index + m[0].length).split('\n')[0]);
  if (after) return { degree, major: after[1].trim() };
  const own = / of (.+)$/.exec(degree)?.[1];
  return { degree, major: own && !GENERIC_FIELDS.has(own.toLowerCase()) ? own : undefined };
}

/** A name that reads as a school: a word such as University or College, or an acronym ("UCLA"). */
const SCHOOLISH = /\b(University|Universit[éy]|College|Institute|School|Academy|Polytechnic|Polytechnique|Hochschule|Universidad|Universidade)\b/i;
const ACRONYM = /^[A-Z][A-Z&.]{1,9}$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whether a graduation value names a time: a month and year, a date or a year ("Present" does not). */
export function isGraduationDate(value: string | undefined): boolean {
  return !!value && /\b(?:19|20)\d\d\b/.test(value);
}

/**
 * School and graduation from the Education section's entries, as written, when the profile has
 * none (or a graduation that is no date, such as "Present"). The school is the entry's
 * organisation or title that reads as a school; the graduation is the end of its dates, or
 * nothing when the entry runs to "Present" (an expected date is not guessed).
 */
function fromEducation(doc: ResumeDocument): { school?: string; graduation?: string } {
  const entries = doc.sections.filter((s) => s.kind === 'education').flatMap((s) => s.entries);
  for (const e of entries) {
    const candidates = [e.organisation, e.title, e.heading.text.split(/\s+[—–|,]\s+|\n/)[0]].map((c) => c?.trim()).filter((c): c is string => !!c);
    const school = candidates.find((c) => SCHOOLISH.test(c) || ACRONYM.test(c));
    let graduation: string | undefined;
    if (e.dates && !e.dates.current && e.dates.end !== undefined) {
      const last = e.dates.raw.split(/\s*(?:–|—|-|to)\s*/).pop()?.replace(/\((?:expected|anticipated)\)/i, '').trim();
      graduation = isGraduationDate(last) ? last : `${MONTHS[e.dates.end % 12]} ${Math.floor(e.dates.end / 12)}`;
    }
    if (school || graduation) return { school, graduation };
  }
  return {};
}

export function completeProfile(doc: ResumeDocument): Profile {
  const profile: Profile = { ...doc.profile };
  const education = fromEducation(doc);
  if (!profile.school?.trim() && education.school) profile.school = education.school;
  if (!isGraduationDate(profile.graduation)) {
    if (education.graduation) profile.graduation = education.graduation;
    else delete profile.graduation;
  }
  if (!profile.resumeUrl) {
    const header = headerText(doc);
    const url = RESUME_LINK.exec(header)?.[2] ?? PDF_URL.exec(header)?.[0];
    if (url) profile.resumeUrl = url;
  }
  const found = degreeAndMajor(doc);
  if (found.degree && (!profile.degree || (found.degree.startsWith(profile.degree) && found.degree !== profile.degree))) {
    profile.degree = found.degree;
  }
  const majorIsGeneric = !!profile.major && GENERIC_FIELDS.has(profile.major.toLowerCase());
  if (found.major && (!profile.major || (majorIsGeneric && found.major !== profile.major))) profile.major = found.major;
  return profile;
}
