// Word sense of a weak match: a posting term the taxonomy does not know, read from the posting's
// wording ("Camera" in a list of driver subsystems), is met in a resume by the same word as the head
// of a longer noun phrase with a modifier the posting did not write ("depth cameras", "security
// cameras"). The compound names a narrower kind of thing, often in another sense (a sensor a robot
// uses, not a subsystem someone wrote drivers for), so the match counts less than the word itself.
//
// The rule is grammatical, not a word list: the word before the term is a content word (not a
// determiner, pronoun, preposition, conjunction, quantifier, number, verb or participle), and the term is the
// head (the word after it is not another content word). When the term is itself a modifier
// ("camera drivers", "camera firmware") the phrase is about the term's own subject and counts in full;
// "3 cameras", "the cameras", "built cameras" count in full too.

import { readVerb } from '../nlp/verbs';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, ING_NOUNS, PREPOSITIONS, PRONOUNS, SUBORDINATORS } from '../nlp/word-classes';

/** Words that count or qualify without naming a kind ("multiple cameras", "new cameras"). */
const QUANTIFIERS = new Set(
  `multiple several many various numerous few more most additional other different new existing custom single dual
   one two three four five six seven eight nine ten dozens hundreds thousands key main core`.split(/\s+/),
);

const WORD = /[\p{L}][\p{L}\p{N}'’]*$/u;

/** A content word that can modify a noun: not a function word, a quantifier, a number or a verb. */
function isModifierWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (lower.length < 2) return false;
  for (const closed of [DETERMINERS, PRONOUNS, AUXILIARIES, PREPOSITIONS, CONJUNCTIONS, SUBORDINATORS, QUANTIFIERS]) {
    if (closed.has(lower)) return false;
  }
  // A past form ("calibrated cameras", "embedded cameras") is a verb or a participle, which does not
  // name another kind of thing; an -ing word is a verb ("using cameras") unless it is a known -ing noun
  // ("tracking cameras").
  if (/[a-z]ed$/.test(lower)) return false;
  if (/[a-z]ing$/.test(lower) && !ING_NOUNS.has(lower)) return false;
  return !readVerb(lower);
}

/**
 * The modifier that narrows a one-word term at [start, end) of `text` into a compound ("depth" in
 * "depth cameras"), or undefined when the term stands alone, is counted or determined, or is itself
 * the modifier of the next word ("camera drivers").
 */
export function narrowingModifier(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const gap = /[ \t-]$/.exec(before);
  if (!gap || / {2,}$|\t$/.test(before)) return undefined;
  const prev = WORD.exec(before.slice(0, -1));
  if (!prev || !isModifierWord(prev[0])) return undefined;
  const after = /^[ -]([\p{L}][\p{L}\p{N}'’]*)/u.exec(text.slice(end, end + 40));
  if (after && isModifierWord(after[1])) return undefined;
  return prev[0];
}
