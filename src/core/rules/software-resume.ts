// Is this a software resume — is the person's target role software? Judged from the work itself, not
// from one mention of Python or SQL (a finance or lab resume names them too): the titles of the
// work entries and the share of work bullets that name a programming language or framework.
import type { ResumeDocument } from '../document/types';
import { SOFTWARE_SIGNALS } from '../lexicon/tech-terms';
import { proseMaskedText } from './source-scan';
import { narrativeBullets } from './util';

const SIGNAL_RE = new RegExp(
  `(?<![\\w.+#-])(${SOFTWARE_SIGNALS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w+#-]|\\.[A-Za-z])`,
  'g',
);

/** Role titles of software work: "Software Engineer", "Backend Developer", "SRE", "Full-Stack …". */
const SOFTWARE_FIELD = /\b(?:software|developer|programmer|devops|sre|site reliability|full[- ]?stack|front[- ]?end|back[- ]?end|web|mobile|ios|android|firmware|embedded|machine learning|ml|platform|cloud|infrastructure|security|data engineer(?:ing)?|swe|coder)\b/i;

/** A job noun: "Embedded Systems" in a course name is a field, "Embedded Software Engineer" a role. */
const JOB_NOUN = /\b(?:engineer|developer|programmer|architect|administrator|sre|devops|swe|intern|lead|specialist|consultant|coder)s?\b/i;
const isSoftwareRole = (title: string) => SOFTWARE_FIELD.test(title) && JOB_NOUN.test(title);

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
  for (const b of bullets) {
    SIGNAL_RE.lastIndex = 0;
    let any = false;
    for (let m = SIGNAL_RE.exec(b.text); m; m = SIGNAL_RE.exec(b.text)) {
      names.add(m[1]);
      any = true;
    }
    if (any) softwareBullets++;
  }
  const share: SoftwareShare = {
    titled: titles.length,
    softwareTitles: softwareTitles.length,
    latestSoftware: titles.length > 0 && isSoftwareRole(titles[0]),
    bullets: bullets.length,
    softwareBullets,
    names: names.size,
    prose: softwareNamesIn(doc),
  };
  memo.set(doc, share);
  return share;
}

/**
 * Software when the latest job title or half the titles are software roles, when the prose names four
 * or more distinct languages and frameworks, or when half of the work bullets name them (two or
 * more distinct ones). Resumes without titled work entries (projects only) fall to the names.
 */
export function isSoftwareResume(doc: ResumeDocument): boolean {
  const s = softwareShare(doc);
  const namesInProse = s.prose;
  // A skills list of four or more languages and frameworks is a programmer's; two or three (Python, SQL,
  // R) are an analyst's or a scientist's tools.
  if (namesInProse >= 4) return true;
  // Nothing to judge the work by (a skills list and a header): the names decide, as before.
  if (s.titled === 0 && s.bullets === 0) return true;
  if (s.latestSoftware || (s.titled > 0 && s.softwareTitles * 2 >= s.titled)) return true;
  return s.names >= 2 && s.softwareBullets * 2 >= s.bullets;
}
