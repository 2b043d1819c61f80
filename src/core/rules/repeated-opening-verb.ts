// The same opening verb, counted by base form (Built/Build/Builds), on more than N bullets (default 3),
// or on two bullets in a row under one entry ("Led …", "Led …": the second reads as more of the first,
// and consecutive bullets with one verb are what reviewers notice first).
// Only words the verb lists know count, so repeated stack names ("React …", "Python …") never do.
// The extra occurrences are flagged, with alternatives the resume does not already lean on.
import type { Rule, RuleFinding, Fix } from '../types';
import type { Bullet } from '../document/types';
import { VERB_ALTERNATIVES } from '../lexicon/verb-alternatives';
import { OBJECTLESS_VERBS, VERB_PREPOSITIONS } from '../lexicon/verb-prepositions';
import { readVerb } from '../nlp/verbs';
import { DETERMINERS, ING_NOUNS, PREPOSITIONS, PRONOUNS } from '../nlp/word-classes';
import { capitalize, inflectLike } from '../text/inflect';
import { words } from '../text/words';
import { analysisOf } from '../nlp';
import type { Lexicon } from '../lexicon';
import { openingObject, verbFitsObject } from './opening-object';
import { knownVerbs, openingVerb, type OpeningVerb } from './opening-verb';
import { bulletFinding, narrativeBullets, numberOption, replaceInBullet } from './util';

function styled(model: string, word: string): string {
  return model[0] === model[0].toUpperCase() ? capitalize(word) : word;
}

/**
 * The preposition that opens the verb's complement ("Assisted WITH preparing …", "Worked ON the
 * API"), with its end offset and whether what follows it is a noun phrase a transitive verb could
 * take instead ("the audit", not "preparing workpapers").
 */
function complementPreposition(bullet: Bullet, verb: OpeningVerb): { prep: string; end: number; nounPhrase: boolean } | undefined {
  const takes = VERB_PREPOSITIONS[verb.base];
  if (!takes) return undefined;
  const ws = words(bullet.text.slice(0, verb.end + 80));
  const i = ws.findIndex((w) => w.start >= verb.end);
  const prep = ws[i];
  if (!prep || !takes.includes(prep.lower) || bullet.text.slice(verb.end, prep.start).trim()) return undefined;
  const next = ws[i + 1];
  if (!next || bullet.text.slice(prep.end, next.start).trim()) return { prep: prep.lower, end: prep.end, nounPhrase: false };
  const reading = readVerb(next.text);
  // "preparing workpapers", "onboarding new hires": an -ing word with an object of its own is a verb,
  // even one that is as often a noun ("the onboarding", "onboarding." stay nouns).
  const after = ws[i + 2];
  const ownObject = !!after && !bullet.text.slice(next.end, after.start).trim() && !PREPOSITIONS.has(after.lower) && after.lower !== 'and' && after.lower !== 'or' && after.lower !== 'of';
  const verbal = !!reading && (reading.form === 'base' || (reading.form === 'gerund' && (!ING_NOUNS.has(next.lower) || ownObject)));
  const nounPhrase = DETERMINERS.has(next.lower) || /^\d/.test(next.text) || (!verbal && !PREPOSITIONS.has(next.lower) && !PRONOUNS.has(next.lower));
  return { prep: prep.lower, end: prep.end, nounPhrase };
}

/**
 * How an alternative replaces a verb whose complement follows a preposition: keeping the preposition
 * when it takes it too ("Aided with"), dropping it when it takes the complement as its object
 * ("Supported the audit"), or not at all ("Supported with preparing …", "Enabled with …").
 */
function fitsComplement(alt: string, c: { prep: string; nounPhrase: boolean }): 'keep' | 'drop' | undefined {
  if (VERB_PREPOSITIONS[alt]?.includes(c.prep)) return 'keep';
  if (!OBJECTLESS_VERBS.has(alt) && c.nounPhrase) return 'drop';
  return undefined;
}

/**
 * Does the alternative take what the verb acts on? "Handled the weekly reporting" → not "Resolved the
 * weekly reporting": the object starts after the verb, or after the preposition the alternative drops.
 */
function fitsObject(bullet: Bullet, lexicon: Lexicon, alt: string, from: number): boolean {
  const a = analysisOf(bullet, lexicon);
  const k = a.tokens.findIndex((t) => t.start >= from);
  if (k < 0) return true;
  const object = openingObject(a, k);
  // "Modeled the Matlab model": a verb made from the object's own noun says it twice.
  if (object?.heads.some((h) => h.lower === alt || h.lower === `${alt}s`)) return false;
  return verbFitsObject(alt, object);
}

/** Bullets in a row with one opening verb from which the later ones are flagged. */
const IN_A_ROW = 2;
const COUNT_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'];

export const repeatedOpeningVerb: Rule = {
  id: 'repeated-opening-verb',
  category: 'style',
  defaultSeverity: 'info',
  description: 'The same opening verb (by base form) on more than 3 bullets, or on 2 bullets in a row under one entry.',
  docs: {
    why: 'Five bullets that all start with "Developed" read as one long bullet and hide the range of what you did; a varied, precise verb tells the reader what kind of work each one was.',
    bad: '- Developed a REST API …\n- Developed a CI pipeline …\n- Developed a React dashboard …\n- Developed an ETL job …',
    good: '- Designed a REST API …\n- Automated a CI pipeline …\n- Built a React dashboard …\n- Developed an ETL job …',
  },
  check(doc, { lexicon, options }) {
    const max = numberOption(options, 'max', 3);
    const verbs = knownVerbs(lexicon);
    const byBase = new Map<string, { bullet: Bullet; verb: OpeningVerb }[]>();
    // Second and later bullets of a run with one opening verb under one entry (same depth, no other
    // bullet between), with the run's length so far.
    const inARow = new Map<Bullet, number>();
    let run: { base: string; bullet: Bullet; length: number } | undefined;
    for (const bullet of narrativeBullets(doc)) {
      const verb = openingVerb(bullet, verbs);
      const continues = !!verb && !!run && run.base === verb.base && run.bullet.entry === bullet.entry && run.bullet.section === bullet.section && run.bullet.depth === bullet.depth && run.bullet.index + 1 === bullet.index;
      run = verb ? { base: verb.base, bullet, length: continues ? run!.length + 1 : 1 } : undefined;
      if (run && run.length >= IN_A_ROW) inARow.set(bullet, run.length);
      if (!verb) continue;
      const list = byBase.get(verb.base) ?? [];
      list.push({ bullet, verb });
      byBase.set(verb.base, list);
    }
    const out: RuleFinding[] = [];
    for (const [base, uses] of byBase) {
      // Past the cap, and any later bullet of a run in a row (a run can sit before the cap is reached).
      const flagged = uses.filter((u, i) => (uses.length > max && i >= max) || inARow.has(u.bullet));
      if (!flagged.length) continue;
      // Prefer alternatives the resume uses least, so the fix does not create the next repetition.
      const ranked = (VERB_ALTERNATIVES[base] ?? [])
        .filter((alt) => alt !== base)
        .map((alt, order) => ({ alt, used: byBase.get(alt)?.length ?? 0, order }))
        .sort((a, b) => a.used - b.used || a.order - b.order)
        .map((a) => a.alt);
      for (const { bullet, verb } of flagged) {
        // A prepositional verb ("Assisted with …"): each alternative must fit its complement.
        const complement = complementPreposition(bullet, verb);
        const options = ranked
          .map((alt) => ({ alt, how: complement ? fitsComplement(alt, complement) : 'keep' }))
          .filter((o) => o.how && fitsObject(bullet, lexicon, o.alt, o.how === 'drop' ? complement!.end : complement ? Infinity : verb.end))
          .slice(0, 3);
        const suggestions = options.map((o) => styled(verb.text, inflectLike(o.alt, verb.form)));
        const hint = suggestions.length
          ? ` Vary it, e.g. ${suggestions.map((s, i) => `"${options[i].how === 'drop' ? s : complement ? `${s} ${complement.prep}` : s}"`).join(', ')}.`
          : ' Vary it with a verb that says what kind of work this was.';
        const row = inARow.get(bullet) ?? 0;
        const count = uses.length > max ? `${uses.length} bullets open with "${base}" (more than ${max}).` : `${COUNT_WORDS[row] ?? row} bullets in a row open with "${base}".`;
        const fixes: Fix[] = suggestions.map((s, i) => {
          if (options[i].how === 'drop' && complement) {
            // "Assisted with the audit" → "Supported the audit": the preposition and its space go.
            let end = complement.end;
            while (bullet.text[end] === ' ') end++;
            const shown = bullet.text.slice(verb.start, complement.end);
            return replaceInBullet(bullet, verb.start, end, `${s} `, `Change "${shown}" to "${s}"`);
          }
          return replaceInBullet(bullet, verb.start, verb.end, s, `Change "${verb.text}" to "${s}"`);
        });
        out.push(bulletFinding(bullet, verb.start, verb.end, `${count}${hint}`, fixes));
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
