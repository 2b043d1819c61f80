// Tense that does not match the role's dates: a current role is written in the present ("Lead",
// "Build"), a finished one in the past ("Led", "Built"). Fix: the same verb in the right tense.
import type { Rule, RuleFinding } from '../types';
import { isNarrativeKind } from '../document/parse';
import { capitalize, pastTense } from '../text/inflect';
import { knownVerbs, openingVerb } from './opening-verb';
import { bulletFinding, replaceInBullet } from './util';

function sameCase(model: string, word: string): string {
  return model[0] === model[0].toUpperCase() ? capitalize(word) : word;
}

export const tenseMismatch: Rule = {
  id: 'tense-mismatch',
  category: 'style',
  defaultSeverity: 'warning',
  description: 'A bullet whose opening verb is in the wrong tense for the role’s dates (present for a current role, past otherwise).',
  docs: {
    why: 'Tense tells the reader which work is still going on. A past role written in the present ("Build") reads as careless; a current role written in the past reads as if you had left.',
    bad: '### Data Analyst, Northwind — 2021 – 2023\n- Build weekly revenue dashboards in Tableau for 4 regional managers.',
    good: '### Data Analyst, Northwind — 2021 – 2023\n- Built weekly revenue dashboards in Tableau for 4 regional managers.',
  },
  fixable: true,
  check(doc, { lexicon }) {
    const verbs = knownVerbs(lexicon);
    const out: RuleFinding[] = [];
    for (const bullet of doc.bullets) {
      const dates = bullet.entry?.dates;
      if (!dates || !isNarrativeKind(bullet.section.kind)) continue;
      const verb = openingVerb(bullet, verbs);
      if (!verb || verb.ambiguousTense || verb.form === 'gerund') continue;
      if (dates.current && verb.form === 'past') {
        const present = sameCase(verb.text, verb.base);
        out.push({
          ...bulletFinding(
            bullet,
            verb.start,
            verb.end,
            `"${verb.text}" is past tense, but this entry is current (${dates.raw}): write "${present}" for work you still do.`,
            [replaceInBullet(bullet, verb.start, verb.end, present, `Change "${verb.text}" to "${present}"`, true)],
          ),
          // Finished achievements in a current role are sometimes written in the past on purpose.
          severity: 'info',
        });
      } else if (!dates.current && (verb.form === 'base' || verb.form === 'third')) {
        const past = sameCase(verb.text, pastTense(verb.base));
        out.push(
          bulletFinding(
            bullet,
            verb.start,
            verb.end,
            `"${verb.text}" is present tense, but this entry has ended (${dates.raw}): write "${past}".`,
            [replaceInBullet(bullet, verb.start, verb.end, past, `Change "${verb.text}" to "${past}"`, true)],
          ),
        );
      }
    }
    return out;
  },
};
