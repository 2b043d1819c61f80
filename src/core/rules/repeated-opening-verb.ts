// The same opening verb, counted by base form (Built/Build/Builds), on more than N bullets (default 3),
// or on two bullets in a row under one entry ("Led …", "Led …": the second reads as more of the first,
// and consecutive bullets with one verb are what reviewers notice first).
// Only words the verb lists know count, so repeated stack names ("React …", "Python …") never do.
// The extra occurrences are flagged, with alternatives the resume does not already lean on.
import type { Rule, RuleFinding, Fix } from '../types';
import type { Bullet } from '../document/types';
import { VERB_ALTERNATIVES } from '../lexicon/verb-alternatives';
import { capitalize, inflectLike } from '../text/inflect';
import { knownVerbs, openingVerb, type OpeningVerb } from './opening-verb';
import { bulletFinding, narrativeBullets, numberOption, replaceInBullet } from './util';

function styled(model: string, word: string): string {
  return model[0] === model[0].toUpperCase() ? capitalize(word) : word;
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
      const alternatives = (VERB_ALTERNATIVES[base] ?? [])
        .filter((alt) => alt !== base)
        .map((alt, order) => ({ alt, used: byBase.get(alt)?.length ?? 0, order }))
        .sort((a, b) => a.used - b.used || a.order - b.order)
        .slice(0, 3)
        .map((a) => a.alt);
      // Suggestions and messages depend only on how the verb is written; long documents repeat it.
      const wording = new Map<string, { suggestions: string[]; titles: string[]; message: string }>();
      for (const { bullet, verb } of flagged) {
        const key = `${verb.text}\u0000${inARow.get(bullet) ?? 0}`;
        let w = wording.get(key);
        if (!w) {
          const suggestions = alternatives.map((alt) => styled(verb.text, inflectLike(alt, verb.form)));
          const hint = suggestions.length
            ? ` Vary it, e.g. ${suggestions.map((s) => `"${s}"`).join(', ')}.`
            : ' Vary it with a verb that says what kind of work this was.';
          const row = inARow.get(bullet) ?? 0;
          const count = uses.length > max ? `${uses.length} bullets open with "${base}" (more than ${max}).` : `${COUNT_WORDS[row] ?? row} bullets in a row open with "${base}".`;
          w = {
            suggestions,
            titles: suggestions.map((s) => `Change "${verb.text}" to "${s}"`),
            message: `${count}${hint}`,
          };
          wording.set(key, w);
        }
        const fixes: Fix[] = w.suggestions.map((s, i) => replaceInBullet(bullet, verb.start, verb.end, s, w!.titles[i]));
        out.push(bulletFinding(bullet, verb.start, verb.end, w.message, fixes));
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
