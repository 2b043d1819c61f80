// Self-description instead of accomplishment: buzzwords ("team player", "results-driven"), mood
// building ("Fostered a collaborative environment"), trait display ("Developed teamwork and
// communication skills") and years-of-experience summaries ("Eight years of tutoring …").

import {
  CLIMATE_ADJECTIVES,
  CLIMATE_NOUNS,
  CLIMATE_VERBS,
  SOFT_SKILLS,
  TRAIT_ADJECTIVES,
  TRAIT_VERBS,
} from '../lexicon/buzzwords';
import { findPhrases } from '../text/words';
import type { BulletAnalysis } from './clauses';
import { readVerb } from './verbs';
import { DETERMINERS } from './word-classes';

export interface SelfDescription {
  start: number;
  end: number;
  text: string;
  kind: 'buzzword' | 'climate' | 'trait' | 'tenure';
}

const CLIMATE_VERB = new Set(CLIMATE_VERBS);
const CLIMATE_NOUN = new Set(CLIMATE_NOUNS);
const CLIMATE_ADJ = new Set(CLIMATE_ADJECTIVES);
const TRAIT_VERB = new Set(TRAIT_VERBS);
const TRAIT_ADJ = new Set(TRAIT_ADJECTIVES);
const SOFT = new Set(SOFT_SKILLS.flatMap((s) => s.split(' ')));
const SKILL_HEADS = new Set(['skills', 'skill', 'abilities', 'ability', 'qualities', 'competencies', 'skillset', 'skill-set']);
const DISPLAY_VERBS = new Set(['demonstrate', 'show', 'exhibit', 'display', 'possess', 'bring']);
const PRAISE = new Set(['strong', 'excellent', 'exceptional', 'outstanding', 'superb', 'proven', 'effective', 'great', 'solid', 'good', 'interpersonal', 'verbal', 'written', 'oral', 'soft', 'my', 'their', 'and', ',', '&', 'the', 'key', 'essential', 'valuable', 'transferable', 'service', 'high', 'level', 'of', 'a']);

const NUMBER = /(?:\d+\+?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|multiple|numerous)/.source;
/** "Over six years of …", "10+ years of experience", "5 years' experience" at the opening. */
const TENURE = new RegExp(`^(?:(?:over|more than|nearly|almost|about|around|approximately|with)\\s+)?${NUMBER}\\s*\\+?\\s*(?:years?|yrs?)['’]?(?=\\s+(?:of|in|as|experience|working|serving)\\b)`, 'i');

/** Every self-description in the bullet, in order. `buzzwords` is the lexicon's list. */
/**
 * Answers per analysis and word lists: the judge's features, its spans and the self-description rule
 * all ask about the same bullet. Each caller gets its own array (the objects in it are shared, and
 * nobody changes them).
 */
const memo = new WeakMap<BulletAnalysis, { buzzwords: readonly string[]; extraVerbs: readonly string[] | undefined; found: SelfDescription[] }>();

export function findSelfDescriptions(a: BulletAnalysis, buzzwords: readonly string[], extraVerbs?: readonly string[]): SelfDescription[] {
  const hit = memo.get(a);
  if (hit && hit.buzzwords === buzzwords && hit.extraVerbs === extraVerbs) return [...hit.found];
  const found = searchSelfDescriptions(a, buzzwords, extraVerbs);
  memo.set(a, { buzzwords, extraVerbs, found: [...found] });
  return found;
}

function searchSelfDescriptions(a: BulletAnalysis, buzzwords: readonly string[], extraVerbs?: readonly string[]): SelfDescription[] {
  const out: SelfDescription[] = [];
  // Overlapping matches merge into one ("10+ years" and "years of experience"); the earlier kind names it.
  const push = (start: number, end: number, kind: SelfDescription['kind']) => {
    for (const s of out.filter((o) => o.start < end && start < o.end)) {
      out.splice(out.indexOf(s), 1);
      if (s.end - s.start >= end - start) kind = s.kind;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    out.push({ start, end, text: a.text.slice(start, end), kind });
  };
  const openingStart = a.tokens[a.opening]?.start ?? 0;
  const tenure = TENURE.exec(a.text.slice(openingStart));
  if (tenure) push(openingStart, openingStart + tenure[0].length, 'tenure');
  for (const m of findPhrases(a.text, buzzwords)) push(m.start, m.end, 'buzzword');
  // A run the buzzword list already covers in part keeps the list's findings, one per buzzword.
  for (const run of traitRuns(a)) if (!out.some((o) => o.start < run.end && run.start < o.end)) push(run.start, run.end, 'buzzword');

  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct) continue;
    const v = readVerb(t.text, extraVerbs);
    if (!v || v.form === 'gerund' && i > 0 && !tokens[i - 1].punct && DETERMINERS.has(tokens[i - 1].lower)) continue;
    if (TRAIT_VERB.has(v.base)) {
      // A short noun phrase ending in "skills": "advanced programming skills", "teamwork, communication, and … skills".
      let k = i + 1;
      while (k < tokens.length && k <= i + 8 && !SKILL_HEADS.has(tokens[k].lower) && (!tokens[k].punct || tokens[k].text === ',')) k++;
      const head = tokens[k];
      const after = tokens[k + 1];
      const endsPhrase = !after || after.punct || !/^\p{Ll}+$/u.test(after.text) || ['in', 'through', 'while', 'by', 'as', 'to', 'with', 'and', 'across', 'at', 'during', 'for', 'of'].includes(after.lower);
      // "Build Gameplay Ability System abilities": a name of two capitalised words or more is a product
      // whose abilities or skills are what was built, not the writer's.
      const namesAProduct = tokens.slice(i + 1, k + 1).some((x, j, run) => j > 0 && /^\p{Lu}/u.test(x.text) && /^\p{Lu}/u.test(run[j - 1].text));
      if (head && SKILL_HEADS.has(head.lower) && k > i + 1 && !DETERMINERS.has(tokens[k - 1].lower) && endsPhrase && !namesAProduct) {
        push(t.start, head.end, 'trait');
        continue;
      }
      // "Demonstrated strong leadership": nothing but traits after a display verb.
      let n = i + 1;
      let soft = 0;
      while (n < tokens.length && n <= i + 10 && (SOFT.has(tokens[n].lower) || PRAISE.has(tokens[n].lower) || DETERMINERS.has(tokens[n].lower))) {
        if (SOFT.has(tokens[n].lower)) soft++;
        n++;
      }
      const stop = tokens[n];
      const ended = !stop || stop.punct || ['and', 'in', 'through', 'while', 'by', 'as', 'to', 'with', 'across'].includes(stop.lower);
      if (DISPLAY_VERBS.has(v.base) && soft > 0 && ended) push(t.start, tokens[n - 1].end, 'trait');
    }
    if (CLIMATE_VERB.has(v.base)) {
      // verb, then only determiners and mood words, then what the mood is about
      let k = i + 1;
      while (k < tokens.length && k <= i + 7 && (DETERMINERS.has(tokens[k].lower) || CLIMATE_ADJ.has(tokens[k].lower))) k++;
      if (tokens[k] && CLIMATE_NOUN.has(tokens[k].lower) && k > i + 0) {
        push(t.start, tokens[k].end, 'climate');
        continue;
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

const PERSON_HEAD =
  /^(?:engineer|developer|programmer|analyst|scientist|designer|professional|individual|person|student|graduate|leader|manager|specialist|technician|consultant|learner|worker|employee|candidate|researcher|architect|administrator|coordinator|teacher|nurse|accountant|marketer|communicator|self-starter|team-player|guy|gal|man|woman|lady|tradesman|tradesperson|apprentice|electrician|mechanic|operator|cook|chef)s?$/;

/** Two or more character adjectives in a row, joined by commas or "and": "Proactive, dynamic and responsible". */
function traitRuns(a: BulletAnalysis): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const tokens = a.tokens;
  // Tokens a trait at k takes: one ("reliable"), or two written apart that the list hyphenates
  // ("hard working" for "hard-working"); 0 when no trait starts there.
  const traitAt = (k: number): number => {
    if (TRAIT_ADJ.has(tokens[k].lower)) return 1;
    const next = tokens[k + 1];
    return next && !next.punct && !tokens[k].punct && TRAIT_ADJ.has(`${tokens[k].lower}-${next.lower}`) ? 2 : 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = traitAt(i);
    if (!first) continue;
    let last = i + first - 1;
    let count = 1;
    let k = last + 1;
    while (k < tokens.length) {
      const t = tokens[k];
      const n = traitAt(k);
      if (t.text === ',' || t.lower === 'and' || t.lower === '&') k++;
      else if (n) {
        last = k + n - 1;
        count++;
        k += n;
      } else break;
    }
    // The run describes a person ("… engineer", "… person"), not a thing ("a dynamic and flexible pricing engine").
    const next = tokens[last + 1];
    if (count >= 2 && next && PERSON_HEAD.test(next.lower)) out.push({ start: tokens[i].start, end: tokens[last].end });
    i = last;
  }
  return out;
}

/** Nouns of a person's capacity: as the main object they describe the writer, not the work. */
const CAPACITY_NOUNS = new Set(['expertise', 'capabilities', 'capability', 'knowledge', 'understanding', 'proficiency', 'competence', 'competency', 'competencies', 'skills', 'skill', 'abilities', 'ability', 'skillset', 'skill-set', 'mastery', 'familiarity']);

/**
 * "Strong capabilities in reverse engineering", "Consolidated expertise in binary analysis": the main
 * object (or the phrase a verbless bullet opens with) is the writer's capacity. Returns its offsets.
 */
export function capacityClaim(a: BulletAnalysis): { start: number; end: number } | undefined {
  const main = a.clauses.find((c) => c.sentence === 0 && c.objects.length);
  const np = main?.objects[0];
  if (np && CAPACITY_NOUNS.has(a.tokens[np.head].lower)) return { start: a.tokens[np.start].start, end: a.tokens[np.head].end };
  if (main) return undefined;
  for (let i = a.opening; i < Math.min(a.tokens.length, a.opening + 4); i++) {
    const t = a.tokens[i];
    if (t.punct) return undefined;
    if (CAPACITY_NOUNS.has(t.lower)) return { start: a.tokens[a.opening].start, end: t.end };
  }
  return undefined;
}
