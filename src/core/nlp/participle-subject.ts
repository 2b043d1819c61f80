// "Outdated servers were replaced", "Accrued expenses roll-forward was prepared": a line whose first
// word looks like a past-tense verb but is an adjective (a past participle) before the noun that is
// the subject of a finite "was/were/is/are (+ participle)" or "has/have been". The line is then
// subject-first and passive, not a verb-first bullet: its opening word is no verb of the writer's.
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS } from './word-classes';

const BE = new Set(['was', 'were', 'is', 'are']);
const HAVE = new Set(['has', 'have']);

/** A plain lower-case word that can sit inside a noun phrase: no function word, no pronoun, no auxiliary. */
function nounPhraseWord(text: string): boolean {
  const lower = text.toLowerCase();
  return /^\p{Ll}[\p{Ll}-]*$/u.test(text) && !DETERMINERS.has(lower) && !PREPOSITIONS.has(lower) && !CONJUNCTIONS.has(lower) && !PRONOUNS.has(lower) && !SUBORDINATORS.has(lower) && !AUXILIARIES.has(lower) && lower !== 'of' && lower !== 'to';
}

/**
 * Given the line's words (no punctuation between them: the caller stops at the first mark), true when
 * words[0] is followed by one to three noun-phrase words and then a finite "be" or "has/have been"
 * whose next word ends in "-ed" or is listed as a participle by `isParticiple`. "Fixed the bug that was
 * reported" fails (a determiner follows the verb); "Fixed bugs were reported" reads subject-first.
 */
export function opensWithParticipleSubject(texts: readonly string[], isParticiple: (word: string) => boolean): boolean {
  if (!/^\p{Lu}\p{Ll}+ed$/u.test(texts[0] ?? '') && !isParticiple(texts[0]?.toLowerCase() ?? '')) return false;
  let k = 1;
  while (k < texts.length && k <= 3 && nounPhraseWord(texts[k])) {
    const lower = texts[k].toLowerCase();
    if (BE.has(lower) || HAVE.has(lower)) break;
    k++;
  }
  if (k < 2) return false;
  const aux = texts[k]?.toLowerCase() ?? '';
  let p = k + 1;
  if (HAVE.has(aux)) {
    if (texts[p]?.toLowerCase() !== 'been') return false;
    p++;
  } else if (!BE.has(aux)) return false;
  const participle = texts[p]?.toLowerCase() ?? '';
  return /^\p{Ll}[\p{Ll}-]*ed$/u.test(participle) || isParticiple(participle);
}
