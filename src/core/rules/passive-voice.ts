// Passive voice in a bullet: "was developed by", "were implemented", "is maintained". The passive
// hides who did the work, and on a resume the reader wants to know it was you. Not flagged: states
// ("was involved in", "is based in"), recognition ("was promoted to"), relative clauses describing a
// result ("a tool that is used by 200 students"), and modal or infinitive forms ("can be deployed").
import type { Rule, RuleFinding } from '../types';
import { words, type Word } from '../text/words';
import { capitalize, pastTense } from '../text/inflect';
import { ADJECTIVAL_PARTICIPLES, IRREGULAR_PARTICIPLES, RECOGNITION_PARTICIPLES } from '../lexicon/participles';
import { bulletFinding } from './util';

const BE = new Set(['am', 'is', 'are', 'was', 'were']);
const HAVE = new Set(['has', 'have', 'had']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'where']);
const ADVERBS = new Set(['also', 'not', 'then', 'later', 'now', 'since', 'further', 'still', 'all', 'first', 'eventually', 'subsequently']);

function isAdverb(w: Word | undefined): boolean {
  return !!w && (ADVERBS.has(w.lower) || (/^[a-z]{3,}ly$/.test(w.lower) && !['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'family', 'supply', 'apply', 'reply', 'rely', 'fly'].includes(w.lower)));
}

/** Base form of a past participle, or undefined when the word is not one. */
function participleBase(w: Word): string | undefined {
  const lower = w.lower;
  if (IRREGULAR_PARTICIPLES[lower]) return IRREGULAR_PARTICIPLES[lower];
  if (!/^[a-z][a-z-]*[a-z]ed$/.test(lower) || lower.length < 5) return undefined;
  if (/(?:need|feed|seed|speed|breed|shed|bleed|hundred|indeed)$/.test(lower)) return undefined;
  return lower; // regular: the participle is also the past tense
}

function skipAdverbs(ws: Word[], j: number): number {
  while (j < ws.length && isAdverb(ws[j])) j++;
  return j;
}

export const passiveVoice: Rule = {
  id: 'passive-voice',
  category: 'style',
  defaultSeverity: 'info',
  description: 'Passive constructions ("was developed by", "were implemented") that hide who did the work.',
  docs: {
    why: 'A bullet is a claim about what you did. The passive voice ("The API was redesigned") leaves the doer out, so the reader cannot tell whether it was you, and it costs words.',
    bad: 'A new onboarding flow was designed and tested with 40 users.',
    good: 'Designed and tested a new onboarding flow with 40 users.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const bullet of doc.bullets) {
      const ws = words(bullet.text);
      for (let i = 0; i < ws.length; i++) {
        const aux = ws[i];
        let j: number;
        if (BE.has(aux.lower)) {
          j = skipAdverbs(ws, i + 1);
          if (ws[j]?.lower === 'being') j = skipAdverbs(ws, j + 1);
        } else if (HAVE.has(aux.lower)) {
          j = skipAdverbs(ws, i + 1);
          if (ws[j]?.lower !== 'been') continue;
          j = skipAdverbs(ws, j + 1);
        } else continue;
        const participle = ws[j];
        if (!participle) continue;
        const base = participleBase(participle);
        if (!base || ADJECTIVAL_PARTICIPLES.has(participle.lower) || RECOGNITION_PARTICIPLES.has(participle.lower)) continue;
        if (RELATIVE.has(ws[i - 1]?.lower ?? '')) continue;
        // Lists of adjectives after the verb ("is fast, tested and documented") are descriptions.
        if (bullet.text.slice(aux.end, participle.start).includes(',')) continue;
        const by = ws[j + 1]?.lower === 'by' && !/[,;:.]/.test(bullet.text.slice(participle.end, ws[j + 1].start));
        const end = by ? ws[j + 1].end : participle.end;
        const phrase = bullet.text.slice(aux.start, end);
        const active = capitalize(IRREGULAR_PARTICIPLES[participle.lower] ? pastTense(base) : participle.lower);
        out.push(
          bulletFinding(
            bullet,
            aux.start,
            end,
            `Passive voice ("${phrase}") hides who did the work: lead with what you did, e.g. "${active} …".`,
          ),
        );
        i = j;
      }
    }
    return out;
  },
};
