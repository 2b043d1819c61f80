// Who the resume belongs to and how to reach them: front matter first, then the header block and
// the Education section. Used by the contact rule, the tailoring and the referral drafts.
import type { Profile, ResumeDocument } from './types';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const LINKEDIN = /(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/in\/[\w%-]+\/?/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[\w-]+\/?/i;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;
const DEGREE = /\b(B\.?\s?S\.?c?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?Tech|M\.?\s?S\.?c?|M\.?\s?Eng\.?|MBA|Ph\.?\s?D\.?|Bachelor(?:'s)?(?: of [A-Z][a-z]+)?|Master(?:'s)?(?: of [A-Z][a-z]+)?|Associate(?:'s)?)\b/;
const SCHOOL = /\b([A-Z][\w.&'-]*(?:\s+(?:of|at|and|&|[A-Z][\w.&'-]*))*\s+(?:University|College|Institute(?: of Technology)?|Polytechnic)(?:\s+(?:of|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?|University\s+of\s+[A-Z][\w'-]*(?:[\s,-]+[A-Z][\w'-]*)*)/;

const KEYS: Record<string, keyof Profile> = {
  name: 'name', email: 'email', phone: 'phone', linkedin: 'linkedin', github: 'github',
  website: 'website', site: 'website', portfolio: 'website', resumeurl: 'resumeUrl', resume_url: 'resumeUrl',
  resumelink: 'resumeUrl', school: 'school', university: 'school', degree: 'degree', major: 'major',
  graduation: 'graduation', grad: 'graduation', graduationdate: 'graduation', location: 'location',
};

function fromFrontMatter(data: Record<string, unknown>, into: Profile): void {
  const visit = (obj: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(obj)) {
      const key = KEYS[k.toLowerCase().replace(/[-\s]/g, '')] ?? KEYS[k.toLowerCase()];
      if (key && (typeof v === 'string' || typeof v === 'number') && String(v).trim()) into[key] ??= String(v).trim();
      else if (v && typeof v === 'object' && !Array.isArray(v) && ['links', 'contact', 'education', 'profile'].includes(k.toLowerCase()))
        visit(v as Record<string, unknown>);
    }
  };
  visit(data);
}

export function extractProfile(doc: ResumeDocument): Profile {
  const profile: Profile = {};
  fromFrontMatter(doc.frontMatter.data, profile);

  const fmEnd = doc.frontMatter.range?.end ?? 0;
  const firstSection = doc.sections.find((s) => s.kind !== 'header');
  const headerText = doc.text.slice(fmEnd, firstSection?.range.start ?? Math.min(doc.text.length, fmEnd + 2000));
  // The name: the header's heading (any level), or a first line that is all bold ("**PRIYA RAMAN**").
  const nameLine = /^#{1,6}[ \t]+(.+)$/m.exec(headerText) ?? /^\s*(\*\*[^*\n]+\*\*)[ \t]*(?:\r?\n|$)/.exec(headerText);
  if (nameLine) profile.name ??= nameLine[1].replace(/[*_`]/g, '').replace(/[ \t]#+$/, '').trim();
  // Contact details may sit anywhere near the top; search the header, then the whole text.
  for (const text of [headerText, doc.text.slice(fmEnd)]) {
    profile.email ??= EMAIL.exec(text)?.[0];
    profile.linkedin ??= LINKEDIN.exec(text)?.[0];
    profile.github ??= GITHUB.exec(text)?.[0];
  }
  profile.phone ??= PHONE.exec(headerText)?.[0];

  const education = doc.sections.find((s) => s.kind === 'education');
  if (education) {
    const eduText = doc.text.slice(education.range.start, education.range.end);
    profile.school ??= SCHOOL.exec(eduText)?.[1]?.trim();
    const degree = DEGREE.exec(eduText);
    if (degree) {
      profile.degree ??= degree[1];
      const major = /\b(?:in|of)\s+([A-Z][A-Za-z&]*(?:\s+(?:and|&|[A-Z][A-Za-z&]*))*)/.exec(eduText.slice(degree.index));
      if (major) profile.major ??= major[1].trim();
    }
    const dated = education.entries.find((e) => e.dates);
    if (dated?.dates) profile.graduation ??= dated.dates.raw.split(/\s*(?:–|—|-|to)\s*/).pop();
  }
  return profile;
}
