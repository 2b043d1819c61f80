// Resume × job posting → match report: every job keyword with where the resume shows it, the
// missing ones grouped by importance with hints, degree and experience asks, and the score.

import type { ResumeDocument } from '../document/types';
import { isNarrativeKind } from '../document/parse';
import { checkEligibility, type EligibilityOptions } from '../job/check-eligibility';
import type { DegreeLevel, JobKeyword, JobPosting } from '../job/types';
import { degreeLevelsIn } from '../job/requirements';
import { broaderSkills } from '../skills';
import { HintFinder } from './hints';
import { phraseFinder, findResumeSkills, type ResumeMention } from './resume-skills';
import { WEIGHTS, scoreKeywords } from './score';
import { stackFocus } from './stack-focus';
import type { DegreeCheck, Evidence, KeywordMatch, MatchReport, ResumeLocation } from './types';

export interface MatchContext {
  report: MatchReport;
  /** Skill mentions in the resume, reused by tailoring. */
  mentions: ResumeMention[];
}

/** Options of a match: the user's profile and the day for the eligibility checks. */
export type MatchOptions = EligibilityOptions;

export function matchResume(doc: ResumeDocument, job: JobPosting, options: MatchOptions = {}): MatchContext {
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
  const findPhrase = phraseFinder(doc);
  const keywords: KeywordMatch[] = job.keywords.map((k) => {
    const written = k.extracted ? findPhrase(k.keyword) : (byCanonical.get(k.keyword) ?? []);
    // A one-word term met only inside a narrower compound ("depth cameras") is a weak match: kept,
    // but only when nothing better shows the keyword (narrowed.ts).
    const full = written.filter((m) => !m.narrowedBy);
    // A category asked through its examples ("frontend frameworks (React, Vue)") is shown by any of them.
    const viaExamples = () => (k.examples ?? []).flatMap((e) => byCanonical.get(e) ?? findPhrase(e).filter((m) => !m.narrowedBy));
    // A narrower skill shown in work also counts where the keyword itself is only listed or named in
    // coursework ("Supervised Learning" as a course, a LightGBM model in a bullet): the stronger wins.
    const candidates = implied.get(k.keyword) ?? viaExamples();
    const via = !full.length ? candidates : candidates.filter((m) => EVIDENCE_RANK[evidenceAt(m.location)] > EVIDENCE_RANK[strongestEvidence(full.map((f) => f.location))!]);
    const direct = full.length || via.length ? full : written;
    const match: KeywordMatch = {
      keyword: k.keyword,
      kind: k.kind,
      category: k.category,
      importance: k.importance,
      weight: onlyInDescription(k) ? 0 : WEIGHTS[k.kind][k.importance],
      found: direct.length + via.length > 0,
      locations: [...direct, ...via].map((m) => m.location),
      hints: [],
    };
    if (via.length) match.impliedBy = [...new Set(via.map((m) => m.canonical))];
    if (via.length && direct.length) match.writtenToo = true;
    if (!via.length && direct.length && direct.every((m) => m.narrowedBy)) match.narrowed = `${direct[0].narrowedBy} ${direct[0].text}`;
    if (k.extracted) match.extracted = k.extracted;
    if (match.found) match.evidence = strongestEvidence(match.locations);
    return match;
  });
  const breakdown = scoreKeywords(keywords, job, (max) => stackFocus(doc, keywords, mentions, max));
  const hints = new HintFinder(doc, mentions, job);
  const byName = new Map(job.keywords.map((k) => [k.keyword, k]));
  for (const k of keywords) {
    if (!k.found && !k.alternativeMet && k.weight > 0 && k.kind === 'hard') k.hints = hints.hintsFor(byName.get(k.keyword)!);
  }
  const missing = { required: [] as KeywordMatch[], preferred: [] as KeywordMatch[], other: [] as KeywordMatch[] };
  for (const k of keywords) if (!k.found && k.weight > 0) missing[k.importance].push(k);
  const withheld = withholdReason(keywords, mentions);
  if (withheld) breakdown.explanation.unshift(`No score: ${withheld}`);
  const report: MatchReport = {
    score: withheld ? 0 : breakdown.score,
    ...(withheld ? { scoreWithheld: withheld } : {}),
    breakdown,
    keywords,
    matched: keywords.filter((k) => k.found),
    missing,
    degrees: checkDegrees(doc, job),
    experience: job.experience.map((e) => ({
      asked: `${e.minYears}${e.maxYears ? `–${e.maxYears}` : '+'} years${e.skills.length ? ` (${e.skills.join(', ')})` : ''}`,
      importance: e.importance,
    })),
    eligibility: checkEligibility(job.eligibility ?? [], doc, options),
  };
  return { report, mentions };
}

const EVIDENCE_RANK: Record<Evidence, number> = { shown: 3, listed: 2, coursework: 1 };

/** Where a mention stands as evidence: a bullet or tech line of work > a Skills list > coursework. */
export function evidenceAt(loc: ResumeLocation): Evidence {
  if (loc.sectionKind === 'education' || loc.sectionKind === 'certifications' || /\bcourse/i.test(loc.section)) return 'coursework';
  if (isNarrativeKind(loc.sectionKind) && (loc.bulletIndex !== undefined || loc.entry !== undefined)) return 'shown';
  return 'listed';
}

function strongestEvidence(locations: ResumeLocation[]): Evidence | undefined {
  let best: Evidence | undefined;
  for (const loc of locations) {
    const e = evidenceAt(loc);
    if (!best || EVIDENCE_RANK[e] > EVIDENCE_RANK[best]) best = e;
  }
  return best;
}

/** Fewer scored hard-skill asks than this and a percentage says more than the posting does. */
const MIN_HARD_ASKS = 3;

function withholdReason(keywords: KeywordMatch[], mentions: ResumeMention[]): string | undefined {
  const hard = keywords.filter((k) => k.kind === 'hard' && k.weight > 0 && k.importance !== 'other');
  const anyHard = keywords.filter((k) => k.kind === 'hard' && k.weight > 0);
  if (anyHard.length < MIN_HARD_ASKS || (hard.length === 0 && anyHard.length < 2 * MIN_HARD_ASKS)) {
    return `the posting names ${anyHard.length === 0 ? 'no' : `only ${anyHard.length}`} technical skill${anyHard.length === 1 ? '' : 's'} to compare with (at least ${MIN_HARD_ASKS} are needed for a score that means something).`;
  }
  if (!mentions.some((m) => m.kind === 'hard')) return 'the resume names no technical skills to compare with the posting.';
  return undefined;
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
    const level = d.implied ? 'A degree (level not stated)' : d.levels.map((l) => LEVEL_NAME[l]).join(' or ');
    const asked = `${level}${fields}${d.equivalentExperience ? ' (or equivalent experience)' : ''}`;
    const check: DegreeCheck = { asked, importance: d.importance };
    if (best) {
      check.resume = best.text;
      // A degree of unstated level is met by any degree the resume shows.
      check.met = d.implied || LEVEL_RANK[best.level] >= LEVEL_RANK[d.level];
    }
    return check;
  });
}
