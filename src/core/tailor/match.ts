// Resume × job posting → match report: every job keyword with where the resume shows it, the
// missing ones grouped by importance with hints, degree and experience asks, and the score.

import type { ResumeDocument } from '../document/types';
import type { DegreeLevel, JobKeyword, JobPosting } from '../job/types';
import { degreeLevelsIn } from '../job/requirements';
import { broaderSkills } from '../skills';
import { HintFinder } from './hints';
import { findResumeSkills, type ResumeMention } from './resume-skills';
import { WEIGHTS, scoreKeywords } from './score';
import type { DegreeCheck, KeywordMatch, MatchReport } from './types';

export interface MatchContext {
  report: MatchReport;
  /** Skill mentions in the resume, reused by tailoring. */
  mentions: ResumeMention[];
}

export function matchResume(doc: ResumeDocument, job: JobPosting): MatchContext {
  const mentions = findResumeSkills(doc);
  const byCanonical = new Map<string, ResumeMention[]>();
  for (const m of mentions) {
    const list = byCanonical.get(m.canonical) ?? [];
    list.push(m);
    byCanonical.set(m.canonical, list);
  }
  const implied = new Map<string, ResumeMention[]>();
  for (const m of mentions) {
    for (const umbrella of broaderSkills(m.canonical)) {
      const list = implied.get(umbrella) ?? [];
      list.push(m);
      implied.set(umbrella, list);
    }
  }
  const keywords: KeywordMatch[] = job.keywords.map((k) => {
    const direct = byCanonical.get(k.keyword) ?? [];
    const via = direct.length ? [] : (implied.get(k.keyword) ?? []);
    const match: KeywordMatch = {
      keyword: k.keyword,
      kind: k.kind,
      category: k.category,
      importance: k.importance,
      weight: onlyInDescription(k) ? 0 : WEIGHTS[k.kind][k.importance],
      found: direct.length + via.length > 0,
      locations: (direct.length ? direct : via).map((m) => m.location),
      hints: [],
    };
    if (via.length) match.impliedBy = [...new Set(via.map((m) => m.canonical))];
    return match;
  });
  const breakdown = scoreKeywords(keywords, job);
  const hints = new HintFinder(doc, mentions, job);
  const byName = new Map(job.keywords.map((k) => [k.keyword, k]));
  for (const k of keywords) {
    if (!k.found && !k.alternativeMet && k.weight > 0 && k.kind === 'hard') k.hints = hints.hintsFor(byName.get(k.keyword)!);
  }
  const missing = { required: [] as KeywordMatch[], preferred: [] as KeywordMatch[], other: [] as KeywordMatch[] };
  for (const k of keywords) if (!k.found && k.weight > 0) missing[k.importance].push(k);
  const report: MatchReport = {
    score: breakdown.score,
    breakdown,
    keywords,
    matched: keywords.filter((k) => k.found),
    missing,
    degrees: checkDegrees(doc, job),
    experience: job.experience.map((e) => ({
      asked: `${e.minYears}${e.maxYears ? `–${e.maxYears}` : '+'} years${e.skills.length ? ` (${e.skills.join(', ')})` : ''}`,
      importance: e.importance,
    })),
  };
  return { report, mentions };
}

function onlyInDescription(k: JobKeyword): boolean {
  return k.occurrences.every((o) => o.section === 'about');
}

const LEVEL_RANK: Record<DegreeLevel, number> = { associate: 1, bachelor: 2, master: 3, phd: 4 };
const LEVEL_NAME: Record<DegreeLevel, string> = {
  associate: "Associate's",
  bachelor: "Bachelor's",
  master: "Master's",
  phd: 'PhD',
};

function checkDegrees(doc: ResumeDocument, job: JobPosting): DegreeCheck[] {
  const education = doc.sections.filter((s) => s.kind === 'education');
  const candidates = [
    doc.profile.degree,
    ...education.flatMap((s) => s.entries.map((e) => e.heading.text.split('\n')[0])),
  ].filter((t): t is string => !!t);
  let best: { level: DegreeLevel; text: string } | undefined;
  for (const text of candidates) {
    for (const level of degreeLevelsIn(text)) {
      if (!best || LEVEL_RANK[level] > LEVEL_RANK[best.level]) best = { level, text };
    }
  }
  return job.degrees.map((d) => {
    const fields = d.fields.length ? ` in ${d.fields.join(', ')}` : '';
    const asked = `${d.levels.map((l) => LEVEL_NAME[l]).join(' or ')}${fields}${d.equivalentExperience ? ' (or equivalent experience)' : ''}`;
    const check: DegreeCheck = { asked, importance: d.importance };
    if (best) {
      check.resume = best.text;
      check.met = LEVEL_RANK[best.level] >= LEVEL_RANK[d.level];
    }
    return check;
  });
}
