// Text copied out of a PDF keeps the hyphens its lines were broken at: "distrib-\nuted", "hy-\npothesis
// testing". Such a word is read as two words, so a skill written across the break is lost. A break
// is mended by joining the next line to the one the word started on (a line broken inside a word is
// a soft wrap, so the rest of that line is the same sentence: "distrib-\nuted systems in Go" reads
// "distributed systems in Go", not "distributed" over "systems in Go"); the hyphen is dropped
// unless the word is a real compound ("co-op", "multi-view", "time-series"), which the text itself
// shows (written hyphenated elsewhere) or whose two halves are each English words.

import { knownPostingWords } from './known-words';
import { DETERMINERS, PREPOSITIONS } from '../nlp/word-classes';
import { readVerb } from '../nlp/verbs';
import { nounClassesOf } from '../nlp/noun-class';

/** A line that ends inside a word ("…monitor-"), the next line going on in lower case. */
const BROKEN = /([A-Za-z]*[A-Za-z])-[ \t]*\r?\n[ \t]*([a-z][A-Za-z]*)/g;

/** A word the reader knows: a WordNet noun, a verb in any form ("known"), a skills word. */
function isWord(lower: string): boolean {
  if (lower.length < 2) return false;
  if (nounClassesOf(lower) || knownPostingWords().has(lower) || readVerb(lower)) return true;
  const stems = [lower.replace(/e?s$/, ''), lower.replace(/e?d$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e'), lower.replace(/ies$/, 'y')];
  return stems.some((w) => w.length >= 3 && knownPostingWords().has(w));
}

const FUNCTION_WORD = new Set([...DETERMINERS, ...PREPOSITIONS, 'and', 'or']);
/** Prefixes written with a hyphen before a word ("multi-view", "non-linear", "self-driving"). */
const PREFIX = /^(?:multi|non|co|pre|post|cross|self|semi|sub|inter|anti|pseudo|quasi|bi|tri|ex|mid|well|high|low|full|part)$/;

/** Joins words a PDF line break split with a hyphen; other text is returned as it is. */
export function mendLineBreakHyphens(text: string): string {
  if (!/[A-Za-z]-[ \t]*\r?\n[ \t]*[a-z]/.test(text)) return text;
  const lower = text.toLowerCase();
  return text.replace(BROKEN, (_whole: string, left: string, right: string) => {
    const l = left.toLowerCase();
    const r = right.toLowerCase();
    const joined = l + r;
    // "co-op", "e-mail" written whole elsewhere in the same text: the hyphen is the word's own.
    const compound = new RegExp(`\\b${l}-${r}\\b`).test(lower);
    const writtenJoined = new RegExp(`\\b${joined}\\b`).test(lower);
    let keepHyphen: boolean;
    if (compound && !writtenJoined) keepHyphen = true;
    else if (writtenJoined || isWord(joined)) keepHyphen = false;
    // "state-of-the-/art", "well-/known", "multi-/view": a function word, a word or a prefix, then a word.
    // Not one word: a function word or a prefix before the break, or two words, keep their hyphen.
    else keepHyphen = FUNCTION_WORD.has(l) || PREFIX.test(l) || (l.length >= 2 && isWord(l) && r.length >= 2 && isWord(r));
    return `${left}${keepHyphen ? '-' : ''}${right}`;
  });
}
