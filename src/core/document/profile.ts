// Who the resume belongs to and how to reach them: front matter first, then the header block and
// the Education section. Used by the contact rule, the tailoring and the referral drafts.
import type { Profile, ResumeDocument } from './types';

// Contact patterns are found from an anchor ("@", "linkedin.com/in/") outwards: a regex that starts
// with `[\w.]+@` backtracks quadratically over a long run of word characters.
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /^[\w-]+(?:\.[\w-]+)+/;
const URL_PREFIX = /[\w.:/-]/;

function findEmail(text: string): string | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && EMAIL_LOCAL.test(text[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (start < at && domain) return text.slice(start, at + 1 + domain[0].length).replace(/^\.+/, '');
  }
  return undefined;
}

/** A profile URL such as https://www.linkedin.com/in/name, found from its host and path anchor. */
function findProfileUrl(text: string, anchor: string, handle: RegExp): string | undefined {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + 1)) {
    const m = handle.exec(text.slice(at + anchor.length, at + anchor.length + 100));
    if (!m) continue;
    let start = at;
    while (start > 0 && at - start < 40 && URL_PREFIX.test(text[start - 1])) start--;
    return text.slice(start, at + anchor.length + m[0].length).replace(/^[^a-z]+/i, '');
  }
  return undefined;
}
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
    profile.email ??= findEmail(text);
    profile.linkedin ??= findProfileUrl(text, 'linkedin.com/in/', /^[\w%-]+\/?/);
    profile.github ??= findProfileUrl(text, 'github.com/', /^[\w-]+\/?/);
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
