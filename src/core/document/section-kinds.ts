// Heading text → section kind. Exact synonyms first, then word classes, so "WORK HISTORY",
// "Leadership & Volunteering" and "Experience & Projects" land where a reader would put them.
import type { SectionKind } from './types';
import { memoByText } from '../incremental/memo';

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
  'programming languages': 'skills', 'computer languages': 'skills', 'coding languages': 'skills',
  'skills and interests': 'skills', 'skills and tools': 'skills', software: 'skills', 'software and tools': 'skills',
  awards: 'awards', honors: 'awards', 'honors and awards': 'awards', 'awards and honors': 'awards',
  achievements: 'awards',
  publications: 'publications', papers: 'publications',
  certifications: 'certifications', certificates: 'certifications', 'licenses and certifications': 'certifications',
  references: 'references',
  // A catch-all for what fits nowhere else (personal notes, availability): named only by these alone.
  other: 'other', additional: 'other',
};

// Words that name a section, by kind: English, and the standard section names of resumes written in
// Spanish, Portuguese, French and German (a translated resume keeps its section names). A heading names
// a section when every word is a section word or a modifier ("Relevant", "Professional", "&").
const WORD_KINDS: [RegExp, SectionKind][] = [
  [/^(?:summary|profile|about|overview|introduction|bio(?:graphy)?|highlights|resumen|perfil|resumo|profil|zusammenfassung|sobre|propos|kurzprofil)$/, 'summary'],
  [/^(?:objectives?|goals?|objetivos?|objectifs?|ziele?)$/, 'objective'],
  [/^(?:research(?:es)?|investigaci[óo]n|pesquisas?|recherche|forschung)$/, 'research'],
  [/^(?:projects?|portfolio|contributions?|works|hackathons?|packages|proyectos?|projetos?|projets?|projekte?)$/, 'projects'],
  [/^(?:experiences?|work|employment|employments|career|internships?|jobs?|positions?|appointments?|teaching|freelance|experiencias?|experi[êe]ncias?|exp[ée]riences?|erfahrungen?|berufserfahrung|praktika|praktikum|trayectoria|stages?)$/, 'experience'],
  [/^(?:leadership|volunteer(?:ing)?|volunteers|activities|activity|extracurriculars?|extra|curricular|involvement|community|clubs?|organi[sz]ations|societies|service|supervision|mentor(?:ing|ship)|voluntariado|b[ée]n[ée]volat|ehrenamt|engagement|actividades|atividades|activit[ée]s)$/, 'leadership'],
  [/^(?:education|educational|academics|studies|schooling|degrees?|qualifications?|coursework|educaci[óo]n|educa[çc][ãa]o|forma[çc][ãa]o|formaci[óo]n|formation|[ée]ducation|[ée]tudes|ausbildung|bildung|studium|bildungsweg|estudios)$/, 'education'],
  [/^(?:skills?|technologies|technology|stack|tools|toolbox|competenc(?:e|es|y|ies)|expertise|proficienc(?:y|ies)|abilities|literacy|habilidades|competencias|compet[êe]ncias|conocimientos|conhecimentos|comp[ée]tences|kenntnisse|f[äa]higkeiten|kompetenzen|aptitudes)$/, 'skills'],
  [/^(?:awards?|honou?rs?|achievements?|accomplishments?|fellowships?|scholarships?|prizes?|recognitions?|distinctions?|funding|grants?|premios|pr[êe]mios|logros|conquistas|prix|auszeichnungen|preise)$/, 'awards'],
  [/^(?:publications?|papers?|patents?|presentations?|posters?|proceedings|preprints?|publicaciones|publica[çc][õo]es|publikationen|ver[öo]ffentlichungen)$/, 'publications'],
  [/^(?:certifications?|certificates?|licen[cs]es?|licensure|courses?|trainings?|certificaciones|certificados|certifica[çc][õo]es|cursos|zertifikate|zertifizierungen|weiterbildung(?:en)?)$/, 'certifications'],
  [/^(?:references?|referees?|referencias|refer[êe]ncias|r[ée]f[ée]rences|referenzen)$/, 'references'],
  [/^(?:contacts?|contacting|contacto|contato|kontakt)$/, 'header'],
  [/^(?:hobbies|interests?|languages?|miscellaneous|misc|info|information|details|talks?|blogs?|posts|idiomas|langues|sprachen|intereses|interesses|loisirs|hobbys)$/, 'other'],
];
const MODIFIERS = new Set(
  ('and or of the in my a an to for with relevant selected professional academic personal other additional key recent technical notable major core main industry related history background experience open source side pet hobby independent freelance university college school teaching programming computer software tech volunteer & skill invited conference scientific ' +
    // Spanish, Portuguese, French, German connectors and modifiers.
    'y e de del la el los las en et des du le les und der die das mi mí mim à a profesional profissional professionnelle professionnelles professionnel laboral académica academica acadêmica académique academique técnica técnicas tecnica tecnicas técnico técnicos técnicas technique techniques personal personales pessoais personnels persönliche berufliche beruflicher akademische wissenschaftliche otros outras autres weitere')
    .split(' '),
);
// Heads that say "this is a section" without saying which ("Research Experience", "Work History"):
// the word before them decides.
const GENERIC_HEADS = new Set(['skills', 'summary', 'overview', 'experience', 'experiences', 'history', 'background', 'experiencia', 'experiência', 'expérience', 'erfahrung']);

/** Heads that name a prose summary of what the words before them name. */
const SUMMARY_HEADS = new Set(['summary', 'overview']);

/** Sections told as work done (experience, projects, research, leadership): where a line can be a bullet. */
export const NARRATIVE_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['experience', 'projects', 'research', 'leadership']);

export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordKind(word: string): SectionKind | undefined {
  for (const [re, kind] of WORD_KINDS) if (re.test(word)) return kind;
  return undefined;
}

/**
 * The kind a heading names, or undefined when it names none (an entry title or the person's name).
 * Strict: every word is a section word or a modifier ("WORK HISTORY", "Leadership & Volunteering").
 */
function scanExactSectionKind(line: string): SectionKind | undefined {
  const n = normalizeHeading(line);
  if (!n) return undefined;
  if (EXACT[n]) return EXACT[n];
  const words = n.split(/[\s-]+/).filter(Boolean);
  if (words.length > 6) return undefined;
  // "Personal Info", "Contact Details": the contact block, wherever it stands.
  if (words.every((w) => /^(?:personal|contacts?|info|information|details|data|me)$/.test(w)) && words.some((w) => /^(?:personal|contacts?)$/.test(w))) return 'header';
  const found: [string, SectionKind][] = [];
  for (const w of words) {
    const k = wordKind(w);
    if (k) found.push([w, k]);
    // Numbers and one-letter names ("R Packages", "C Projects") qualify without naming anything.
    else if (!MODIFIERS.has(w) && !/^\d+$|^\p{L}$/u.test(w)) return undefined;
  }
  if (found.length) return headKind(words, found);
  // Only modifiers: "Professional Background", "Academic", "Teaching Experience" handled above.
  if (words.includes('academic') || words.includes('university')) return 'education';
  if (words.includes('professional') || words.includes('experience')) return 'experience';
  if (words.includes('personal')) return 'other';
  return undefined;
}

/**
 * The kind of a heading with section words, by its grammar: the first conjunct decides ("Experience &
 * Projects" is experience, "Education & Activities" education), and inside it the head noun — the last
 * section word ("Academic Research" is research) — unless the head is generic ("Research Experience",
 * "Volunteer Experience"), then the word before it.
 */
function headKind(words: string[], found: [string, SectionKind][]): SectionKind {
  const cut = words.findIndex((w, i) => i > 0 && /^(?:and|or|y|e|et|und)$/.test(w));
  const firstConjunct = cut > 0 ? words.slice(0, cut) : words;
  const inFirst = found.filter(([w]) => firstConjunct.includes(w));
  // "Computer and Language Skills": a first conjunct of modifiers only shares the heading's head noun.
  const head = words[words.length - 1];
  if (cut > 0 && !inFirst.length && found.some(([w]) => w === head)) return found.find(([w]) => w === head)![1];
  const pool = inFirst.length ? inFirst : found;
  const specific = pool.filter(([w]) => !GENERIC_HEADS.has(w));
  // "Research Summary", "Research Overview": research is the field summed up, not a list of research
  // entries; a summary head over a list section ("Skills Summary") is still that list.
  const last = firstConjunct[firstConjunct.length - 1];
  if (SUMMARY_HEADS.has(last) && specific.length && specific.every(([, k]) => k === 'research')) return 'summary';
  return (specific.length ? specific[specific.length - 1] : pool[0])[1];
}

/** Lenient: a short heading whose last word (its head noun) is a section word ("Security Contributions"). */
function scanSectionKind(heading: string): SectionKind | undefined {
  const strict = exactSectionKindOf(heading);
  if (strict) return strict;
  const n = normalizeHeading(heading);
  const words = n.split(/[\s-]+/).filter(Boolean);
  // Up to eight words: a long heading is still named by its head noun ("Professional on-the-job and
  // certified training courses"); longer lines are sentences, not headings.
  if (!words.length || words.length > 8) return undefined;
  const head = wordKind(words[words.length - 1]);
  return head && head !== 'other' && head !== 'header' ? head : undefined;
}

/**
 * A heading that says "a section" without saying which: a generic head ("Experience", "Background",
 * "History") with modifiers only ("Technical Experience", "Professional Background"). Its content
 * names it better than its words do.
 */
export function isGenericHeading(heading: string): boolean {
  const words = normalizeHeading(heading).split(/[\s-]+/).filter(Boolean);
  if (!words.length || !GENERIC_HEADS.has(words[words.length - 1])) return false;
  return words.slice(0, -1).every((w) => MODIFIERS.has(w) && !wordKind(w));
}

// Headings and lines are asked about again on every re-lint (the parse and several rules): the
// answers, a pure function of the text, are remembered like findDateRange's (incremental/memo.ts).
export const exactSectionKindOf = memoByText(scanExactSectionKind);
export const sectionKindOf = memoByText(scanSectionKind);
