// Buzzwords and clichés that describe the person instead of the work: "team player",
// "results-driven", "Fostered a collaborative environment". On work bullets the judge decides
// (judge/, a model trained on labeled bullets) and this rule reports the verdicts whose reason is a
// self-description. Bullets of other sections and the prose of the summary, objective and header are
// checked by the phrase lists; there "N years of experience building X" is a fact recruiters want, not
// a cliché, so tenure is not reported.
import type { ResumeDocument } from '../document/types';
import { isNarrativeKind } from '../document/parse';
import { analysisOf, analysisOfText, type BulletAnalysis } from '../nlp';
import { verdictOf } from '../judge';
import { capacityClaim, findSelfDescriptions, type SelfDescription } from '../nlp/self-description';
import { nounClassOf, type NounClass } from '../nlp/noun-class';
import type { OffsetRange, Rule, RuleFinding } from '../types';
import { SOFT_SKILLS } from '../lexicon/buzzwords';
import { findPhrases } from '../text/words';
import { PROSE_SECTIONS, bulletFinding, proseLines } from './util';

/** Interests and hobbies say what a person likes: a trait there is the point, not a claim to prove. */
const INTERESTS_TITLE = /\b(?:interests?|hobbies|hobby|pastimes|passions)\b/i;

/**
 * A phrase written In Title Case inside a comma-separated list ("Algorithms, Effective Communication
 * Skills, Ethics") is an item's name — a course, a module — not the writer describing themselves.
 */
function isListedName(text: string, d: SelfDescription): boolean {
  const words = d.text.split(/\s+/).filter((w) => w.length > 3);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  // An item of the list: a comma or a label's colon before it, a comma or the end after it.
  const before = text.slice(0, d.start).trimEnd();
  const after = text.slice(d.end).trimStart();
  return (text.match(/,/g) ?? []).length >= 2 && /[,:]$/.test(before) && (after === '' || after.startsWith(','));
}

/** "7 years of experience building X", "5+ years' experience": outside work bullets, a fact, not a cliché. */
function isTenureFact(text: string, d: SelfDescription): boolean {
  if (d.kind === 'tenure') return true;
  return /^years?['’]?\s*(?:of\s+)?experience$/i.test(d.text) && /(?:\d\+?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty))\s*$/i.test(text.slice(0, d.start));
}

/**
 * findSelfDescriptions, remembered per analysis: analyses are shared per bullet text and lexicon
 * (nlp/analysisOf), so an unchanged bullet is not searched again on the next lint. Its answer is a pure
 * function of the analysis and the two word lists it is given; callers get a copy they may extend.
 */
const selfDescriptionMemo = new WeakMap<BulletAnalysis, { buzzwords: readonly string[]; verbs: readonly string[]; found: SelfDescription[] }>();
function selfDescriptionsIn(a: BulletAnalysis, buzzwords: readonly string[], verbs: readonly string[]): SelfDescription[] {
  const hit = selfDescriptionMemo.get(a);
  if (hit && hit.buzzwords === buzzwords && hit.verbs === verbs) return [...hit.found];
  const found = findSelfDescriptions(a, buzzwords, verbs);
  selfDescriptionMemo.set(a, { buzzwords, verbs, found: [...found] });
  return found;
}

/** WordNet classes of what a person has rather than makes: faculties, qualities, feelings, states. */
const TRAIT_CLASSES = new Set<NounClass | undefined>(['cognition', 'attribute', 'feeling', 'state']);

/**
 * The judge's words are quoted as a self-description only when they name one: the writer's own
 * ("my", "our") faculty or quality, by the WordNet class of the last noun ("my attention", "my critical
 * thinking"), not a thing they made or own ("my personal website").
 */
export function namesATrait(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length >= 2 && (words[0] === 'my' || words[0] === 'our') && TRAIT_CLASSES.has(nounClassOf(words[words.length - 1]));
}

function message(d: SelfDescription): string {
  switch (d.kind) {
    case 'tenure':
      return `"${d.text}" summarises tenure, not an accomplishment: show what those years produced.`;
    case 'climate':
      return `"${d.text}" describes a mood, not a result: say what the team shipped or changed because of it.`;
    case 'trait':
      return `"${d.text}" claims a trait: show it with something you did (who you led, what you presented, to whom).`;
    default:
      return `"${d.text}" is a self-description reviewers skip: replace it with evidence (a result, a number, a named thing).`;
  }
}

const SOFT = new Set(SOFT_SKILLS);
/** "Label:" (plain, bulleted or emphasized) before a line's list. */
const LIST_LABEL = /^[ \t]*(?:[-*+•][ \t]+)?(?:[*_]{1,3})?[^:\n]{1,40}?(?:[*_]{1,3})?:(?:[*_]{1,3})?[ \t]*/;

/**
 * A skills line whose list is soft skills ("teamwork, communication, leadership, empathy"): traits
 * every resume claims, listed where evidence cannot follow. At least three items, two thirds of them
 * soft skills or stock phrases; returns the span from the first item to the last.
 */
function softSkillList(line: string, buzzwords: readonly string[]): OffsetRange | undefined {
  const label = LIST_LABEL.exec(line);
  const from = label ? label[0].length : (/^[ \t]*(?:[-*+•][ \t]+)?/.exec(line)?.[0].length ?? 0);
  const items: { start: number; end: number; text: string }[] = [];
  const re = /[^,;|·•]+/g;
  re.lastIndex = from;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim().replace(/[.*_]+$/, '');
    if (text) items.push({ start: m.index + lead, end: m.index + lead + text.length, text });
  }
  if (items.length < 3) return undefined;
  const soft = items.filter((it) => {
    const t = it.text.toLowerCase().replace(/^(?:and|&)\s+/, '').replace(/\s+skills?$/, '');
    if (SOFT.has(t)) return true;
    const phrase = findPhrases(t, buzzwords)[0];
    return !!phrase && phrase.start === 0 && phrase.end === t.length;
  }).length;
  if (soft < 3 || soft * 3 < items.length * 2) return undefined;
  return { start: items[0].start, end: items[items.length - 1].end };
}

/** Lines of skills sections (bullets or not), in source coordinates; not headings, tables or comments. */
function skillsLines(doc: ResumeDocument): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const section of doc.sections) {
    if (section.kind !== 'skills' || INTERESTS_TITLE.test(section.title)) continue;
    const first = doc.lines.positionAt(section.range.start).line;
    const last = doc.lines.positionAt(Math.max(section.range.start, section.range.end - 1)).line;
    for (let line = first; line <= last; line++) {
      const text = doc.lines.lineText(line);
      if (/^\s*(#|<!--|\|)/.test(text) || !text.trim()) continue;
      const start = doc.lines.lineStart(line);
      if (section.headingRange && start < section.headingRange.end) continue;
      out.push({ start, end: start + text.length });
    }
  }
  return out;
}

export const selfDescription: Rule = {
  id: 'self-description',
  category: 'vague',
  defaultSeverity: 'warning',
  description: 'Buzzwords and clichés that describe you instead of your work ("team player", "results-driven", "passionate about").',
  docs: {
    why: 'Every resume claims to be hard-working and detail-oriented, so reviewers read past it. Evidence persuades where adjectives do not: the bullet that shows the trait needs no label.',
    bad: 'Results-driven team player passionate about clean code; fostered a collaborative environment.',
    good: 'Cut the review backlog from 60 to 8 open PRs by starting a daily 15-minute review rotation.',
  },
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    for (const bullet of doc.bullets) {
      const a = analysisOf(bullet, lexicon);
      const found = selfDescriptionsIn(a, lexicon.buzzwords, lexicon.strongVerbs);
      if (isNarrativeKind(bullet.section.kind)) {
        const verdict = verdictOf(bullet, lexicon);
        // A vague bullet whose object is the writer's capacity ("Strong expertise in …") is a
        // self-description whatever part of it the model weighed most.
        const capacity = verdict.vague && verdict.reason === 'generic-object' && !found.length ? capacityClaim(a) : undefined;
        if (capacity) found.push({ ...capacity, text: bullet.text.slice(capacity.start, capacity.end), kind: 'trait' });
        else if (verdict.reason !== 'self-description') {
          // A vague bullet that holds a stock phrase of the list ("in a fast-paced environment"): the
          // model weighed another part most, but the phrase is a cliché wherever it stands.
          const stock = verdict.vague ? found.filter((d) => d.kind === 'buzzword') : [];
          if (!stock.length) continue;
          found.splice(0, found.length, ...stock);
        }
        const span = !found.length ? verdict.spans[0] : undefined;
        if (span && namesATrait(span.text)) found.push({ ...span, kind: 'trait' });
      }
      if (!isNarrativeKind(bullet.section.kind) && INTERESTS_TITLE.test(bullet.section.title)) continue;
      for (const d of found) {
        if (!isNarrativeKind(bullet.section.kind) && (isTenureFact(bullet.text, d) || isListedName(bullet.text, d))) continue;
        out.push(bulletFinding(bullet, d.start, d.end, message(d)));
      }
    }
    for (const range of proseLines(doc, PROSE_SECTIONS)) {
      const text = doc.text.slice(range.start, range.end);
      for (const d of selfDescriptionsIn(analysisOfText(text, lexicon), lexicon.buzzwords, lexicon.strongVerbs)) {
        if (isTenureFact(text, d)) continue;
        out.push({ range: { start: range.start + d.start, end: range.start + d.end }, message: message(d) });
      }
    }
    for (const range of skillsLines(doc)) {
      const list = softSkillList(doc.text.slice(range.start, range.end), lexicon.buzzwords);
      if (!list) continue;
      const at = { start: range.start + list.start, end: range.start + list.end };
      if (out.some((f) => f.range.start < at.end && at.start < f.range.end)) continue;
      out.push({ range: at, message: `"${doc.text.slice(at.start, at.end).slice(0, 60)}" lists soft skills, which every resume claims: show them in a bullet instead (whom you led, what you presented, to whom).` });
    }
    return out;
  },
};
