// Filler words: length without meaning. Fix: delete the word and one adjacent space.
import type { Rule } from '../types';
import { findPhrases } from '../text/words';
import { bulletFinding, replaceInBullet } from './util';

export const fillerWord: Rule = {
  id: 'filler-word',
  category: 'vague',
  defaultSeverity: 'info',
  description: 'Words such as "successfully", "very" or "really" that add length but no meaning.',
  docs: {
    why: 'Every word on a one-page resume competes for a reader’s six seconds. Fillers dilute the verb and the result; a result that happened was, by definition, successful.',
    bad: 'Successfully migrated a very large PostgreSQL database to AWS RDS.',
    good: 'Migrated a 2 TB PostgreSQL database to AWS RDS with 4 minutes of downtime.',
  },
  fixable: true,
  check(doc, { lexicon }) {
    const out = [];
    for (const bullet of doc.bullets) {
      for (const m of findPhrases(bullet.text, lexicon.fillers)) {
        // Delete the word and the space after it (or before it at the end of a bullet).
        let start = m.start;
        let end = m.end;
        if (bullet.text[end] === ' ') end++;
        else if (bullet.text[start - 1] === ' ') start--;
        const atStart = m.start === 0 && end < bullet.text.length;
        const fix = atStart
          ? replaceInBullet(bullet, 0, end + 1, bullet.text[end].toUpperCase(), `Delete "${m.phrase}"`, true)
          : replaceInBullet(bullet, start, end, '', `Delete "${m.phrase}"`, true);
        out.push({ ...bulletFinding(bullet, m.start, m.end, `"${bullet.text.slice(m.start, m.end)}" is a filler word: delete it and let the result speak.`, [fix]), unnecessary: true });
      }
    }
    return out;
  },
};
