// Is this a software resume — is the person's target role software? Judged from the work itself, not
// from mentions of Python or SQL (an accountant's, a nurse's or an engineer's resume names them too)
// nor from a skills list: the titles of the work entries first, then the share of work bullets that
// make software (a building verb and a named technology in the same line).
import type { ResumeDocument } from '../document/types';
import { SOFTWARE_SIGNALS } from '../lexicon/tech-terms';
import { softwareNames } from './software-names';
import { proseMaskedText } from './source-scan';
import { narrativeBullets } from './util';

/** Words of making or shipping software (verbs and their nouns: "Built", "Development of", "Detailed design"). */
const MAKING_WORD =
  /^(?:co-)?(?:buil[dt]|develop|wr[oi]te?|written|implement|design|creat|ship|deploy|architect|engineer|program|cod|prototyp|launch|releas|integrat|refactor|migrat|rewr[oi]te|debug|contribut|maintain|port|extend|add)\w*$/i;
/** A making word among the first three words of a line, or in its leading label ("Feature development: …"). */
const makesSomething = (text: string) => text.trim().split(/[\s:,]+/).slice(0, 3).some((w) => MAKING_WORD.test(w));

const SIGNAL_RE = new RegExp(
  `(?<![\\w.+#-])(${SOFTWARE_SIGNALS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w+#-]|\\.[A-Za-z])`,
  'g',
);

/** Role titles of software work: "Software Engineer", "Backend Developer", "SRE", "Full-Stack …". */
const SOFTWARE_FIELD = /\b(?:software|developer|programmer|devops|sre|site reliability|full[- ]?stack|front[- ]?end|back[- ]?end|web|mobile|ios|android|firmware|embedded|machine learning|ml|ai|platform|cloud|infrastructure|security|data engineer(?:ing)?|swe|coder)\b/i;

/** A job noun: "Embedded Systems" in a course name is a field, "Embedded Software Engineer" a role. */
const JOB_NOUN = /\b(?:engineer|developer|programmer|architect|administrator|sre|devops|swe|intern|lead|specialist|consultant|coder)s?\b/i;
/**
 * "Developer" after a trade that is not software: a BI or report developer builds dashboards in a
 * reporting tool, a business developer sells, a property developer builds houses, a curriculum or
 * content developer writes courses. Such a title says nothing of software work; the bullets decide.
 */
const OTHER_TRADE_DEVELOPER = /\b(?:business(?:\s+intelligence)?|bi|reports?|reporting|dashboards?|property|real[- ]estate|land|housing|curriculum|course|content|instructional|learning|training|talent|community|fund)\s+developers?\b/gi;
const isSoftwareRole = (title: string) => {
  const rest = title.replace(OTHER_TRADE_DEVELOPER, ' ');
  return SOFTWARE_FIELD.test(rest) && JOB_NOUN.test(rest);
};

export interface SoftwareShare {
  /** Work entries with a title, and those whose title names a software role. */
  titled: number;
  softwareTitles: number;
  /** Whether the first (most recent, by document order) titled entry is a software role. */
  latestSoftware: boolean;
  /** Work bullets, and those naming a programming language or framework; distinct names seen in them. */
  bullets: number;
  softwareBullets: number;
  names: number;
  /** Work bullets that make software: a building verb opens them and they name a technology. */
  madeBullets: number;
  /** Distinct languages and frameworks named anywhere in the prose (skills lists included). */
  prose: number;
}

/** How many distinct languages or frameworks the resume's prose names (skills lists included). */
export function softwareNamesIn(doc: ResumeDocument): number {
  const seen = new Set<string>();
  const text = proseMaskedText(doc);
  SIGNAL_RE.lastIndex = 0;
  for (let m = SIGNAL_RE.exec(text); m; m = SIGNAL_RE.exec(text)) seen.add(m[1]);
  return seen.size;
}

const memo = new WeakMap<ResumeDocument, SoftwareShare>();

export function softwareShare(doc: ResumeDocument): SoftwareShare {
  const hit = memo.get(doc);
  if (hit) return hit;
  const entries = doc.sections.filter((s) => s.kind === 'experience').flatMap((s) => s.entries);
  const titles = entries.map((e) => [e.title, e.role, e.heading.text].filter(Boolean).join(' ')).filter((t) => t.trim());
  const softwareTitles = titles.filter(isSoftwareRole);
  const bullets = narrativeBullets(doc);
  const names = new Set<string>();
  let softwareBullets = 0;
  let madeBullets = 0;
  for (const b of bullets) {
    SIGNAL_RE.lastIndex = 0;
    const here = new Set<string>();
    for (let m = SIGNAL_RE.exec(b.text); m; m = SIGNAL_RE.exec(b.text)) here.add(m[1].toLowerCase());
    // The skills taxonomy's languages, frameworks, databases and platforms ("Flutter", "Firebase"); a name
    // that is also a plain word counts only in a line that already makes something with a technology.
    const taxonomy = softwareNames(b.text);
    for (const n of taxonomy) if (!n.ambiguous) here.add(n.canonical.toLowerCase());
    if (here.size) for (const n of taxonomy) here.add(n.canonical.toLowerCase());
    for (const n of here) names.add(n);
    if (here.size) softwareBullets++;
    if (here.size && makesSomething(b.text)) madeBullets++;
  }
  const share: SoftwareShare = {
    titled: titles.length,
    softwareTitles: softwareTitles.length,
    latestSoftware: titles.length > 0 && isSoftwareRole(titles[0]),
    bullets: bullets.length,
    softwareBullets,
    names: names.size,
    madeBullets,
    prose: softwareNamesIn(doc),
  };
  memo.set(doc, share);
  return share;
}

/**
 * Software when the latest job title or half the titles are software roles (whatever languages the
 * bullets name: an "iOS Engineer" is one). Under other titles, the work bullets must make software
 * (a making word and a technology in the line: "Built … in Flutter", "Development of … with Kotlin"):
 * two or more such bullets, four or more distinct technologies named in the bullets, and a third of the
 * bullets making software or naming a technology. Two or three tools in a few bullets are an
 * accountant's, a nurse's, an engineer's or an analyst's ("Reconciled accounts with SQL"); a skills list
 * does not count there at all. Without titles (projects only), the bullets decide as before: two or more
 * technologies, and a third of the bullets making software or half of them naming one. A resume with
 * no titles and no work bullets (a header and a skills list) falls to the names: two or more.
 */
export function isSoftwareResume(doc: ResumeDocument): boolean {
  const s = softwareShare(doc);
  if (s.latestSoftware || (s.titled > 0 && s.softwareTitles * 2 >= s.titled)) return true;
  if (s.titled === 0 && s.bullets === 0) return s.prose >= 2;
  if (s.titled === 0) return s.names >= 2 && (s.madeBullets * 3 >= s.bullets || s.softwareBullets * 2 >= s.bullets);
  return s.names >= 4 && s.madeBullets >= 2 && (s.madeBullets * 3 >= s.bullets || s.softwareBullets * 3 >= s.bullets);
}
