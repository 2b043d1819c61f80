// The match score: a weighted share of the posting's keywords that the resume shows, weighed by
// how it shows them.
//
// Each keyword is worth points by kind and importance (hard skills most, required over preferred).
// A keyword earns its full points when an experience or project bullet (or that entry's tech line)
// shows it, a share when it is only listed under Skills, less when it is named only in coursework
// or certificates — so a keyword-stuffed Skills list does not beat bullets with evidence. Skills
// offered as alternatives ("Java, Python, or Go") count once, met by the best member. Keywords found
// only in the company description are listed but not scored. Beside the keywords, the stack focus
// (stack-focus.ts: the share of experience and project entries that show an asked hard skill) is
// worth a fifth of the keyword points, so that depth of evidence counts and not only its presence.
// score = round(100 × (keyword points + focus points) / (keyword maximum + focus maximum)).

import type { Importance, JobPosting } from '../job/types';
import type { SkillKind } from '../skills/types';
import { FOCUS_SHARE_OF_POINTS } from './stack-focus';
import type { Evidence, KeywordMatch, ScoreBreakdown, ScoreGroup, StackFocus } from './types';

/** Share of a keyword's points by the strongest evidence the resume gives for it. */
export const EVIDENCE_SHARE: Record<Evidence, number> = { shown: 1, listed: 0.6, coursework: 0.35 };

/**
 * A one-word term met only as the head of a narrower compound ("depth cameras" for "Camera") may be
 * another sense of the word: it earns this share of its evidence's points (narrowed.ts).
 */
export const NARROWED_SHARE = 0.5;

const shareOf = (k: KeywordMatch): number => (k.found ? EVIDENCE_SHARE[k.evidence ?? 'listed'] * (k.narrowed ? NARROWED_SHARE : 1) : 0);

export const WEIGHTS: Record<SkillKind, Record<Importance, number>> = {
  hard: { required: 3, preferred: 2, other: 0.5 },
  soft: { required: 1, preferred: 0.5, other: 0.25 },
};

const ORDER: [SkillKind, Importance][] = [
  ['hard', 'required'],
  ['hard', 'preferred'],
  ['hard', 'other'],
  ['soft', 'required'],
  ['soft', 'preferred'],
  ['soft', 'other'],
];

interface Unit {
  kind: SkillKind;
  importance: Importance;
  members: KeywordMatch[];
}

/** Scoring units: alternative groups (counted once) and single keywords. */
function unitsOf(keywords: KeywordMatch[], job: JobPosting): Unit[] {
  const byName = new Map(keywords.map((k) => [k.keyword, k]));
  const grouped = new Set<string>();
  const units: Unit[] = [];
  for (const group of job.alternatives) {
    const members = group.keywords
      .map((name) => byName.get(name))
      .filter((k): k is KeywordMatch => !!k && k.importance === group.importance && !grouped.has(k.keyword) && k.weight > 0);
    if (members.length < 2) continue;
    members.forEach((k) => grouped.add(k.keyword));
    units.push({ kind: 'hard', importance: group.importance, members });
  }
  for (const k of keywords) {
    if (grouped.has(k.keyword) || k.weight === 0) continue;
    units.push({ kind: k.kind, importance: k.importance, members: [k] });
  }
  return units;
}

/**
 * Marks members of met alternative groups and returns the score with its explanation. `focusOf`
 * gives the stack focus for a maximum of points (FOCUS_SHARE_OF_POINTS of the keyword maximum).
 */
export function scoreKeywords(keywords: KeywordMatch[], job: JobPosting, focusOf?: (maxPoints: number) => StackFocus | undefined): ScoreBreakdown {
  const units = unitsOf(keywords, job);
  for (const unit of units) {
    if (unit.members.length < 2) continue;
    const met = unit.members.find((k) => k.found);
    if (met) for (const k of unit.members) if (!k.found) k.alternativeMet = met.keyword;
  }
  for (const unit of units) {
    const share = Math.max(...unit.members.map(shareOf));
    const weight = WEIGHTS[unit.kind][unit.importance];
    for (const k of unit.members) k.points = round2(k === best(unit) ? share * weight : 0);
  }
  for (const k of keywords) k.points ??= 0;
  const groups: ScoreGroup[] = [];
  for (const [kind, importance] of ORDER) {
    const mine = units.filter((u) => u.kind === kind && u.importance === importance);
    if (!mine.length) continue;
    const weight = WEIGHTS[kind][importance];
    const matched = mine.filter((u) => u.members.some((k) => k.found)).length;
    const points = round2(mine.reduce((s, u) => s + Math.max(...u.members.map(shareOf)) * weight, 0));
    groups.push({ kind, importance, weight, matched, total: mine.length, points, maxPoints: mine.length * weight });
  }
  const keywordMax = groups.reduce((s, g) => s + g.maxPoints, 0);
  const focus = keywordMax ? focusOf?.(FOCUS_SHARE_OF_POINTS * keywordMax) : undefined;
  const points = round2(groups.reduce((s, g) => s + g.points, 0) + (focus?.points ?? 0));
  const maxPoints = round2(keywordMax + (focus?.maxPoints ?? 0));
  const score = maxPoints ? Math.round((100 * points) / maxPoints) : 0;
  const explanation = explain(groups, points, maxPoints, score, units, keywords, focus);
  return { score, points, maxPoints, groups, ...(focus ? { focus } : {}), explanation };
}

/** The member whose evidence earns an alternative group's points. */
function best(unit: Unit): KeywordMatch {
  return unit.members.reduce((a, b) => (shareOf(b) > shareOf(a) ? b : a));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function explain(groups: ScoreGroup[], points: number, maxPoints: number, score: number, units: Unit[], keywords: KeywordMatch[], focus?: StackFocus): string[] {
  if (!maxPoints) return ['The posting names no skills from the taxonomy, so there is nothing to score (0).'];
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, ''));
  const lines = [
    `Each keyword the posting asks for is worth points: hard skills ${WEIGHTS.hard.required} (required), ${WEIGHTS.hard.preferred} (preferred), ${WEIGHTS.hard.other} (elsewhere in the posting); soft skills ${WEIGHTS.soft.required}, ${WEIGHTS.soft.preferred}, ${WEIGHTS.soft.other}.`,
  ];
  lines.push(
    `A keyword earns its full points when an experience or project bullet (or that entry's tech line) shows it, ${pct(EVIDENCE_SHARE.listed)} when it is only listed under Skills or in a summary, ${pct(EVIDENCE_SHARE.coursework)} when it is named only in coursework or certificates.`,
  );
  const narrowed = keywords.filter((k) => k.narrowed && k.found);
  if (narrowed.length) {
    const list = narrowed.slice(0, 3).map((k) => `"${k.keyword}" only in "${k.narrowed}"`).join(', ');
    lines.push(`A word the posting asks for that the resume writes only inside a narrower compound (${list}) may be another sense of it: ${pct(NARROWED_SHARE)} of its points.`);
  }
  const alternatives = units.filter((u) => u.members.length > 1).length;
  if (alternatives) {
    lines.push(`Skills listed as alternatives ("such as Java, Python, or Go") count once, met by any one of them (${alternatives} such group${alternatives > 1 ? 's' : ''}).`);
  }
  const unscored = keywords.filter((k) => k.weight === 0).length;
  if (unscored) lines.push(`${unscored} keyword${unscored > 1 ? 's' : ''} named only in the company or team description ${unscored > 1 ? 'are' : 'is'} listed but not scored.`);
  for (const g of groups) {
    lines.push(`${cap(g.importance)} ${g.kind} skills: ${g.matched} of ${g.total} found, ${fmt(g.points)} of ${fmt(g.maxPoints)} points (${fmt(g.weight)} each, by evidence).`);
  }
  if (focus) lines.push(focusLine(focus, fmt));
  lines.push(`Score = 100 × ${fmt(points)} / ${fmt(maxPoints)} = ${score}.`);
  return lines;
}

function focusLine(focus: StackFocus, fmt: (n: number) => string): string {
  const head = `Stack focus (how much of your work uses what the posting asks): ${focus.onStack} of ${focus.entries} experience, project or research entr${focus.entries === 1 ? 'y shows' : 'ies show'} a required or preferred technical skill of the posting`;
  const which = focus.onStackEntries.length ? ` (${focus.onStackEntries.slice(0, 4).join('; ')}${focus.onStackEntries.length > 4 ? '; …' : ''})` : '';
  return `${head}${which}, ${fmt(focus.points)} of ${fmt(focus.maxPoints)} points (${pct(FOCUS_SHARE_OF_POINTS)} of the keyword points, by that share).`;
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const pct = (x: number) => `${Math.round(x * 100)} %`;
