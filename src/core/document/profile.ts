// Who the resume belongs to and how to reach them: front matter first, then the header block and
// the Education section. Used by the contact rule, the tailoring and the referral drafts.
import type { Profile, ResumeDocument } from './types';
import { exactSectionKindOf } from './section-kinds';

// Contact patterns are found from an anchor ("@", "linkedin.com/in/") outwards: a regex that starts
// with `[\w.]+@` backtracks quadratically over a long run of word characters.
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /^[\w-]+(?:\.[\w-]+)+/;
const URL_PREFIX = /[\w.:/-]/;

function findEmail(text: string): string | undefined {
  // An address written for readers only ("jane [at] mail [dot] com") is the one they see, whatever a
  // mailto link behind it says (templates leave a placeholder there).
  const obfuscated = findObfuscatedEmail(text);
  if (obfuscated) return obfuscated;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && EMAIL_LOCAL.test(text[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (start < at && domain) return text.slice(start, at + 1 + domain[0].length).replace(/^\.+/, '');
  }
  return undefined;
}

// "jane [dot] doe [at] mail [dot] com", "jane(at)mail.com": an address written so that scrapers miss it.
const OBFUSCATED_AT = /\s*[[({<]\s*at\s*[\])}>]\s*|\s+at\s+(?=[\w-]+\s*(?:[[({<]\s*dot\s*[\])}>]|\.)\s*[a-z]{2,})/gi;
const OBFUSCATED_DOT = /\s*[[({<]\s*dot\s*[\])}>]\s*/gi;

/** An obfuscated address, read back as a plain one (jane.doe@mail.com). Only bracketed "at" forms
 * (or " at " before a dotted domain) count, so a sentence with the word "at" is never an address. */
export function findObfuscatedEmail(text: string): string | undefined {
  const re = /[[({<]\s*at\s*[\])}>]/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The line around the "[at]", at most 80 characters either side.
    const from = Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - 80);
    const lineEnd = text.indexOf('\n', m.index);
    const to = Math.min(lineEnd < 0 ? text.length : lineEnd, m.index + m[0].length + 80);
    const plain = text.slice(from, to).replace(OBFUSCATED_DOT, '.').replace(OBFUSCATED_AT, '@');
    const found = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(plain);
    if (found) return found[0].replace(/^\.+/, '');
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
const DEGREE = /\b(Ph\.?\s?D\.?|B\.?\s?S\.?E?\.?c?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?Tech|M\.?\s?S\.?c?|M\.?\s?Eng\.?|MBA|Ph\.?\s?D\.?|Bachelor(?:'s)?(?: of [A-Z][a-z]+)?|Master(?:'s)?(?: of [A-Z][a-z]+)?|Associate(?:'s)?)\b/;
const SCHOOL = /\b([A-Z][\w.&'-]*(?:\s+(?:of|at|and|&|[A-Z][\w.&'-]*))*\s+(?:University|College|Institute(?: of Technology)?|Polytechnic)(?:\s+(?:of|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?|University\s+of\s+[A-Z][\w'-]*(?:[\s,-]+[A-Z][\w'-]*)*)/;

const KEYS: Record<string, keyof Profile> = {
  name: 'name', author: 'name', email: 'email', phone: 'phone', linkedin: 'linkedin', github: 'github',
  website: 'website', site: 'website', portfolio: 'website', www: 'website', homepage: 'website', web: 'website', url: 'website', resumeurl: 'resumeUrl', resume_url: 'resumeUrl',
  resumelink: 'resumeUrl', school: 'school', university: 'school', degree: 'degree', major: 'major',
  graduation: 'graduation', grad: 'graduation', graduationdate: 'graduation', location: 'location',
};

function fromFrontMatter(data: Record<string, unknown>, into: Profile): void {
  const visit = (obj: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(obj)) {
      const key = KEYS[k.toLowerCase().replace(/[-\s]/g, '')] ?? KEYS[k.toLowerCase()];
      // A Markdown link as the value ("[ana@x.example](mailto:ana@x.example)") is its text.
      if (key && (typeof v === 'string' || typeof v === 'number') && String(v).trim()) into[key] ??= String(v).trim().replace(/^\[([^\]]+)\]\([^)\s]+\)$/, '$1');
      // MyST's `substitutions` hold the values the page prints with "{{ email }}".
      else if (v && typeof v === 'object' && !Array.isArray(v) && ['links', 'contact', 'education', 'profile', 'substitutions'].includes(k.toLowerCase()))
        visit(v as Record<string, unknown>);
    }
  };
  visit(data);
}

// A phone: optional +country code, then groups of digits with spaces, dots, dashes or brackets.
// The first group may run unbroken ("+919876543210", "5551234567"): one number written without spaces.
const PHONE_CANDIDATE = /(?:\(?\+\s?\d{1,3}\)?[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,15}(?:[\s.-]\(?\d{1,5}\)?){0,5}/g;
// "Student ID: 20231234", "Register No. 123456789": an identifier, not a phone.
const NOT_PHONE_LABEL = /\b(?:student|register|registration|roll|matric\w*|id|reg|passport|licen[cs]e|employee|enrol+ment|admission|seat|hall ticket)\b[\s.]*(?:no\.?|number|num|#|id)?[\s.:#-]*$/i;
const GENERIC_TITLE = /^(?:resume|résumé|cv|c\.v\.|curriculum vitae|curriculum|portfolio|my (?:resume|cv)|about me)$/i;

/** The first phone number in a text (dates, identifiers and numbers inside URLs or words are not). */
export function findPhone(text: string): string | undefined {
  PHONE_CANDIDATE.lastIndex = 0;
  for (let m = PHONE_CANDIDATE.exec(text); m; m = PHONE_CANDIDATE.exec(text)) {
    if (!m[0]) {
      PHONE_CANDIDATE.lastIndex++;
      continue;
    }
    const raw = m[0].trim();
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) continue;
    if (/^(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$/.test(raw) || /^\d{4}[.-]\d{1,2}[.-]\d{1,2}$/.test(raw)) continue; // dates
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_PHONE_LABEL.test(before)) continue;
    if (/\d/.test(text[m.index + m[0].length] ?? '')) continue; // part of a longer number
    // One unbroken run of digits without "+" is an identifier unless a phone label stands before it
    // or it has the ten digits of a North American number.
    if (/^\d+$/.test(raw) && digits.length !== 10 && !/\b(?:phone|tel|telephone|mobile|cell|whatsapp|contact)\b[^\n\d]{0,15}$/i.test(before)) continue;
    if (/[\w/.=-]$/.test(before) && !/[\s(:]$/.test(before)) continue; // inside a URL or a word
    return raw;
  }
  return undefined;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s)>\]"'|,<{}]+|\b[\w-]+\.github\.io(?:\/[^\s)>\]"'|,<{}]*)?/gi;

function findWebsite(text: string): string | undefined {
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const url = m[0].replace(/[.;:]+$/, '');
    if (/linkedin\.|github\.com|gitlab\.com|shields\.io|maps\.|\/maps\b|mailto:|twitter\.com|x\.com\/|t\.me\/|wa\.me\/|\.(?:png|jpe?g|gif|svg|webp|pdf)(?:\?|$)/i.test(url)) continue;
    if (text.slice(Math.max(0, m.index - 2), m.index) === '](' && /!\[[^\]]*\]\($/.test(text.slice(Math.max(0, m.index - 200), m.index))) continue; // an image
    return url;
  }
  return undefined;
}

/** The person's name: the first line of the header that reads as a name (headings, bold or HTML lines). */
function findName(header: string): string | undefined {
  let seen = 0;
  for (const raw of header.split(/\r?\n/)) {
    const line = raw
      // Raw LaTeX in the header (`\title{\vspace{-3em}\textbf{Name}}`): layout arguments go, text stays.
      .replace(/\\(?:vspace|hspace|rule|setlength)\*?(?:\{[^{}]*\})+/g, ' ')
      .replace(/\\[a-zA-Z]+\*?(?:\[[^\]]*\])?/g, ' ')
      .replace(/[{}]/g, ' ')
      // "Name: Jane Doe" (a labelled field in the header block).
      .replace(/^[\s*_>-]*(?:full\s+)?name\s*[*_]*\s*[:：]\s*[*_]*/i, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/^\s{0,3}#{1,6}\s*/, '')
      .replace(/\s#+\s*$/, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`~]/g, '')
      .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!line) continue;
    if (++seen > 8) break;
    if (GENERIC_TITLE.test(line) || /[@\d]|https?:|www\.|\||:/.test(line) || exactSectionKindOf(line)) continue;
    const words = line.split(' ');
    if (words.length < 1 || words.length > 6) continue;
    // A preferred name in brackets or quotes counts as a name word: "Yuchen (Ethan) Zhao", 'Oluwaseun "Seun" Ade'.
    if (words.every((w) => /^(?:[\p{Lu}][\p{L}'’.-]*|\([\p{Lu}][\p{L}'’.-]*\)|["“][\p{Lu}][\p{L}'’.-]*["”])$/u.test(w) || /^(?:de|da|van|von|der|del|la|le|bin|binti|al)$/i.test(w))) return line;
  }
  return undefined;
}

export function extractProfile(doc: ResumeDocument): Profile {
  const profile: Profile = {};
  fromFrontMatter(doc.frontMatter.data, profile);
  const surname = doc.frontMatter.data.surname ?? doc.frontMatter.data.lastname ?? doc.frontMatter.data.last_name;
  if (typeof profile.name === 'string' && typeof surname === 'string' && !profile.name.includes(surname)) profile.name = `${profile.name} ${surname}`;

  // The header: the top of the document before the first section, plus contact sections. Links deep in
  // the body (a project's repository, a colleague's e-mail) are not the person's contacts.
  const fmEnd = doc.frontMatter.range?.end ?? 0;
  const firstSection = doc.sections.find((s) => s.kind !== 'header');
  const top = doc.text.slice(fmEnd, Math.min(firstSection?.range.start ?? doc.text.length, fmEnd + 4000));
  const contactSections = doc.sections
    .filter((s) => s.kind === 'header' && s.headingRange)
    .map((s) => doc.text.slice(s.range.start, Math.min(s.range.end, s.range.start + 4000)));
  const headerText = [top, ...contactSections].join('\n');
  // The sections above the first work or education section ("About", "Summary").
  const firstBody = doc.sections.find((s) => ['experience', 'projects', 'research', 'leadership', 'education'].includes(s.kind));
  const intro = doc.text.slice(fmEnd, Math.min(firstBody?.range.start ?? fmEnd, fmEnd + 4000));

  profile.name ??= findName(top) ?? findName(headerText) ?? findName(intro);
  profile.email ??= findEmail(headerText);
  profile.linkedin ??= findProfileUrl(headerText, 'linkedin.com/', /^(?:in|pub|profile)\/[\w%?=#.-]+\/?|^[\w%-]+\/?/);
  profile.github ??= findProfileUrl(headerText, 'github.com/', /^[\w-]+\/?/);
  // Profile links in an "About" block above the work: a LinkedIn profile, or a GitHub account (not a repository).
  profile.linkedin ??= findProfileUrl(intro, 'linkedin.com/in/', /^[\w%-]+\/?/);
  profile.github ??= findProfileUrl(intro, 'github.com/', /^[\w-]+\/?(?=[)\s"'>\]]|$)/);
  profile.phone ??= findPhone(headerText);
  profile.website ??= findWebsite(headerText);

  const education = doc.sections.find((s) => s.kind === 'education');
  if (education) {
    const eduText = doc.text.slice(education.range.start, education.range.end);
    const school = SCHOOL.exec(eduText);
    profile.school ??= school?.[1]?.trim();
    const degree = DEGREE.exec(eduText);
    if (degree) {
      profile.degree ??= degree[1];
      const major = /\b(?:in|of)\s+([A-Z][A-Za-z&]*(?:\s+(?:and|&|[A-Z][A-Za-z&]*))*)/.exec(eduText.slice(degree.index, degree.index + 200));
      if (major) profile.major ??= major[1].trim();
    }
    // The graduation of the school read above: another degree's dates are not this one's ("MSc — expected"
    // with no date over a dated BEng gives no graduation, not the BEng's).
    const at = education.range.start + (school?.index ?? degree?.index ?? 0);
    const own = school || degree ? education.entries.find((e) => at >= e.range.start && at < e.range.end) : undefined;
    const dated = own ?? education.entries.find((e) => e.dates);
    if (dated?.dates) profile.graduation ??= dated.dates.raw.split(/\s*(?:–|—|-{1,2}|~|->|→|\bto\b)\s*/).pop();
  }
  return profile;
}
