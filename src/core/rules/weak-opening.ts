// Bullets that open with a duty phrase ("Responsible for", "Helped", "Worked on") instead of what
// the person did. Fixes replace the phrase with a strong verb in the tense of the role: "Helped build
// X" → "Built X", "Responsible for the checkout service" → "Owned the checkout service".
import type { Bullet } from '../document/types';
import type { WeakOpening } from '../lexicon/weak-openings';
import { GENERIC_PARTIES } from '../lexicon/generic';
import type { BulletAnalysis } from '../nlp/clauses';
import { analysisOf } from '../nlp';
import { matchWeakOpening, type OpeningMatch } from '../nlp/openings';
import { readVerb } from '../nlp/verbs';
import { DETERMINERS, ING_NOUNS, PREPOSITIONS } from '../nlp/word-classes';
import { capitalize, inflectLike } from '../text/inflect';
import type { Fix, Rule, RuleFinding } from '../types';
import { bulletFinding, narrativeBullets, replaceInBullet } from './util';

type Tense = 'past' | 'base';

/** Verbs that would make the fixed bullet open weakly again. */
const WEAK_HEADS = new Set(['help', 'assist', 'aid', 'support', 'handle', 'work', 'participate', 'learn', 'attend', 'observe', 'shadow', 'deal', 'gain', 'be']);

/** Who a helping verb may act on. */
const PEOPLE = new Set([...GENERIC_PARTIES, 'students', 'interns', 'hires', 'patients', 'guests', 'volunteers', 'residents', 'children', 'peers', 'juniors', 'designers', 'scientists', 'analysts', 'nurses', 'doctors', 'physicians', 'teachers', 'researchers', 'professors', 'pms', 'leads', 'owners', 'squad', 'crew']);

/** Past for a past role, base form ("Lead") for a current one; without dates, the bullet's own tense. */
function targetTense(bullet: Bullet, m: OpeningMatch): Tense {
  const dates = bullet.entry?.dates;
  if (dates?.current) return 'base';
  if (dates && (dates.end !== undefined || dates.start !== undefined)) return 'past';
  return m.form === 'base' || m.form === 'third' ? 'base' : 'past';
}

function inflectPhrase(phrase: string, tense: Tense): string {
  const [head, ...rest] = phrase.split(' ');
  const parts = head.split('-');
  const last = parts.pop()!;
  const verb = [...parts, tense === 'past' ? inflectLike(last, 'past') : last].join('-');
  return [verb, ...rest].join(' ');
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? capitalize(replacement) : replacement;
}

/**
 * "Responsible for building X", "Helped (to) build X", "Learned to deploy X", "Responsible for
 * opening and closing the store": the verbs that follow are what was done. Returns their token
 * indices and base forms, or undefined when no verb follows.
 */
function followingVerbs(a: BulletAnalysis, m: OpeningMatch): { index: number; base: string }[] | undefined {
  const words = m.entry.phrase.split(' ');
  const last = words[words.length - 1];
  let k = m.end;
  if (a.tokens[k]?.lower === 'to' && last !== 'to') k++;
  const first = readVerbToken(a, k);
  if (!first || WEAK_HEADS.has(first.base)) return undefined;
  const takesGerund = ['for', 'with', 'in', 'on', 'of', 'to', 'about'].includes(last) && first.form === 'gerund';
  const takesBase = (['help', 'to', 'learn'].includes(last) || k > m.end) && first.form === 'base';
  if (!takesGerund && !takesBase) return undefined;
  const chain = [{ index: k, base: first.base }];
  // "opening and closing", "designing, building and testing"
  for (let n = k + 1; n + 1 < a.tokens.length; ) {
    let at = n;
    while (a.tokens[at] && (a.tokens[at].text === ',' || a.tokens[at].lower === 'and' || a.tokens[at].lower === 'or')) at++;
    const v = at > n ? readVerbToken(a, at) : undefined;
    if (!v || v.form !== first.form || WEAK_HEADS.has(v.base)) break;
    chain.push({ index: at, base: v.base });
    n = at + 1;
  }
  // "Responsible for marketing." reads as a noun; "for onboarding new hires" as a verb with an object.
  const after = a.tokens[chain[chain.length - 1].index + 1];
  const objectFollows = !!after && !after.punct && !PREPOSITIONS.has(after.lower) && after.lower !== 'of';
  if (first.form === 'gerund' && !objectFollows && chain.some((c) => ING_NOUNS.has(a.tokens[c.index].lower))) return undefined;
  return chain;
}

function readVerbToken(a: BulletAnalysis, k: number) {
  const t = a.tokens[k];
  return t && !t.punct ? readVerb(t.text) : undefined;
}

/** Does the phrase act on people ("Helped new hires …", "Worked with the design team")? And does a verb follow them? */
function actsOnPeople(a: BulletAnalysis, k: number): { people: boolean; verbAfter: boolean } {
  let n = k;
  while (a.tokens[n] && DETERMINERS.has(a.tokens[n].lower)) n++;
  let people = false;
  // The phrase's head: the last word before a preposition, a conjunction or punctuation.
  for (let end = Math.min(a.tokens.length, n + 4); n < end; n++) {
    const t = a.tokens[n];
    if (t.punct || PREPOSITIONS.has(t.lower) || t.lower === 'of' || t.lower === 'and' || t.lower === 'to') break;
    people = PEOPLE.has(t.lower) && !(/^\p{Lu}/u.test(t.text) && n > k);
    if (people) {
      n++;
      break;
    }
  }
  const next = a.tokens[n];
  const v = next && !next.punct ? readVerb(next.text) : undefined;
  const verbAfter = people && !!v && (v.form === 'base' || v.base === next.lower);
  return { people, verbAfter };
}

function fixesFor(bullet: Bullet, a: BulletAnalysis, m: OpeningMatch): Fix[] {
  const tense = targetTense(bullet, m);
  const start = a.tokens[m.start].start;
  const original = a.text.slice(start, a.tokens[m.end - 1].end);
  const follow = followingVerbs(a, m);
  if (follow) {
    // Rebuild "opening and closing" as "Opened and closed", keeping the words between the verbs.
    let text = '';
    follow.forEach((v, n) => {
      if (n > 0) text += a.text.slice(a.tokens[follow[n - 1].index].end, a.tokens[v.index].start);
      text += tense === 'past' ? inflectLike(v.base, 'past') : v.base;
    });
    text = matchCase(original, text);
    const last = a.tokens[follow[follow.length - 1].index];
    return [replaceInBullet(bullet, start, last.end, text, `Replace with "${text}"`, true)];
  }
  let suggestions = m.entry.suggestions;
  if (m.entry.forPeople) {
    const { people, verbAfter } = actsOnPeople(a, m.end);
    if (verbAfter) return []; // "Helped customers choose laptops": no one-word rewrite is grammatical
    if (people) suggestions = m.entry.forPeople;
  }
  const end = a.tokens[m.end - 1].end;
  return suggestions.map((s, n) => {
    const text = matchCase(original, inflectPhrase(s, tense));
    return replaceInBullet(bullet, start, end, text, `Replace with "${text}"`, n === 0);
  });
}

function message(entry: WeakOpening, shown: string, fixes: Fix[]): string {
  const learning = /experience|exposure|familiar|learn|shadow|observe|attend/.test(entry.phrase);
  const base = learning
    ? `"${shown}" reports exposure, not a contribution: say what you built, ran or changed with it.`
    : `"${shown}" states a duty or a supporting role, not what you did: open with a strong verb.`;
  if (!fixes.length) return base;
  const options = fixes.map((f) => `"${f.edits[0].newText}"`);
  return `${base} For example: ${options.length > 1 ? options.slice(0, -1).join(', ') + ' or ' + options[options.length - 1] : options[0]}.`;
}

export const weakOpening: Rule = {
  id: 'weak-opening',
  category: 'vague',
  defaultSeverity: 'warning',
  description: 'A bullet that opens with a duty phrase ("Responsible for", "Helped", "Worked on") instead of what you did.',
  docs: {
    why: 'Duty phrases describe the job, not the person doing it, and "helped" or "worked on" hide how much of the work was yours. Reviewers skim the first word of each bullet; make it the action you took.',
    bad: 'Responsible for the checkout service and helped build the fraud checks.',
    good: 'Owned the checkout service (4 engineers) and built its Stripe Radar fraud checks.',
  },
  fixable: true,
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    for (const bullet of narrativeBullets(doc)) {
      const a = analysisOf(bullet, lexicon);
      const m = matchWeakOpening(a, lexicon.weakOpenings, lexicon.strongVerbs);
      if (!m) continue;
      const start = a.tokens[m.start].start;
      const end = a.tokens[m.end - 1].end;
      const fixes = fixesFor(bullet, a, m);
      out.push(bulletFinding(bullet, start, end, message(m.entry, bullet.text.slice(start, end), fixes), fixes));
    }
    return out;
  },
};
