// Heading text → section kind. Exact synonyms first, then keywords, so "Relevant Projects" and
// "Work History" land where a reader would put them.
import type { SectionKind } from './types';

const EXACT: Record<string, SectionKind> = {
  summary: 'summary', 'professional summary': 'summary', 'career summary': 'summary', profile: 'summary',
  'professional profile': 'summary', about: 'summary', 'about me': 'summary', overview: 'summary',
  objective: 'objective', 'career objective': 'objective', 'professional objective': 'objective',
  experience: 'experience', 'work experience': 'experience', 'professional experience': 'experience',
  'work history': 'experience', employment: 'experience', 'employment history': 'experience',
  'relevant experience': 'experience', internships: 'experience', 'internship experience': 'experience',
  'career history': 'experience', 'industry experience': 'experience', 'technical experience': 'experience',
  'professional background': 'experience', 'teaching experience': 'experience',
  projects: 'projects', 'personal projects': 'projects', 'relevant projects': 'projects',
  'academic projects': 'projects', 'selected projects': 'projects', 'side projects': 'projects',
  'project experience': 'projects', 'open source': 'projects', 'open source contributions': 'projects',
  portfolio: 'projects', 'technical projects': 'projects', 'course projects': 'projects',
  research: 'research', 'research experience': 'research', 'research projects': 'research',
  leadership: 'leadership', 'leadership experience': 'leadership', activities: 'leadership',
  'leadership and activities': 'leadership', extracurricular: 'leadership', extracurriculars: 'leadership',
  'extracurricular activities': 'leadership', volunteer: 'leadership', volunteering: 'leadership',
  'volunteer experience': 'leadership', 'community involvement': 'leadership', involvement: 'leadership',
  education: 'education', 'academic background': 'education', academics: 'education',
  'education and training': 'education',
  skills: 'skills', 'technical skills': 'skills', 'core competencies': 'skills', competencies: 'skills',
  technologies: 'skills', 'tech stack': 'skills', tools: 'skills', 'languages and technologies': 'skills',
  'skills and interests': 'skills', 'skills and tools': 'skills',
  awards: 'awards', honors: 'awards', 'honors and awards': 'awards', 'awards and honors': 'awards',
  achievements: 'awards',
  publications: 'publications', papers: 'publications',
  certifications: 'certifications', certificates: 'certifications', 'licenses and certifications': 'certifications',
  references: 'references',
};

const KEYWORDS: [RegExp, SectionKind][] = [
  [/\bobjective\b/, 'objective'],
  [/\bresearch\b/, 'research'],
  [/\b(volunteer|leadership|extracurricular|activities)/, 'leadership'],
  [/\bproject/, 'projects'],
  [/\b(experience|employment|work|internship)/, 'experience'],
  [/\beducation|academic/, 'education'],
  [/\bskill|technolog|competenc/, 'skills'],
  [/\bsummary|profile\b/, 'summary'],
  [/\baward|honou?r|achievement/, 'awards'],
  [/\bpublication/, 'publications'],
  [/\bcertific|licen[cs]e/, 'certifications'],
  [/\breference/, 'references'],
];

export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The kind a heading names, or undefined when it names none (an entry, or the person's name). */
/** Only exact synonyms: for bold lines, which may also be entry titles ("**Acme Research Lab**"). */
export function exactSectionKindOf(line: string): SectionKind | undefined {
  return EXACT[normalizeHeading(line)];
}

export function sectionKindOf(heading: string): SectionKind | undefined {
  const n = normalizeHeading(heading);
  if (!n || n.split(' ').length > 6) return undefined;
  if (EXACT[n]) return EXACT[n];
  for (const [re, kind] of KEYWORDS) if (re.test(n)) return kind;
  return undefined;
}
