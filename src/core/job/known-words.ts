// Words a posting reader knows without a dictionary: the words of the skills taxonomy's names (four
// letters or more) and the verb and -ing noun lists of the linter. Both PDF repairs (lost ligatures,
// hyphens at line breaks) accept a mended word only when it is one of these.
import { allSkills } from '../skills';
import { ING_NOUNS, OTHER_VERBS } from '../nlp/word-classes';
import { STRONG_VERBS } from '../lexicon/strong-verbs';

let verbs: Set<string> | undefined;
let vocabulary: Set<string> | undefined;

/** The linter's verbs and -ing nouns, lower case, built once. */
export function knownVerbWords(): ReadonlySet<string> {
  return (verbs ??= new Set([...OTHER_VERBS, ...STRONG_VERBS, ...ING_NOUNS].map((w) => w.toLowerCase())));
}

/** Lower-case known words: the skills' name words and knownVerbWords, built once. */
export function knownPostingWords(): ReadonlySet<string> {
  if (vocabulary) return vocabulary;
  const words = new Set<string>(knownVerbWords());
  for (const skill of allSkills()) {
    for (const alias of skill.aliases) for (const w of alias.text.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4) words.add(w);
  }
  return (vocabulary = words);
}
