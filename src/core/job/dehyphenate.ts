// Text copied out of a PDF keeps the hyphens its lines were broken at: "distrib-\nuted", "hy-\npothesis
// testing". Such a word is read as two words, so a skill written across the break is lost. A break
// is mended by moving the word's remainder up to the line it started on; the hyphen is dropped
// unless the word is a real compound ("co-op", "multi-view", "time-series"), which the text itself
// shows (written hyphenated elsewhere) or whose two halves are each English words.

import { allSkills } from '../skills';
import { ING_NOUNS, OTHER_VERBS } from '../nlp/word-classes';
import { STRONG_VERBS } from '../lexicon/strong-verbs';
import { nounClassesOf } from '../nlp/noun-class';

/** A line that ends inside a word ("…monitor-"), the next line going on in lower case. */
const BROKEN = /([A-Za-z]*[A-Za-z])-[ \t]*\n([ \t]*)([a-z][A-Za-z]*)([,.;:)]?)[ \t]?/g;

let vocabulary: Set<string> | undefined;

function skillWords(): Set<string> {
  if (vocabulary) return vocabulary;
  const words = new Set<string>();
  for (const skill of allSkills()) {
    for (const alias of skill.aliases) for (const w of alias.text.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4) words.add(w);
  }
  for (const list of [ING_NOUNS, OTHER_VERBS, STRONG_VERBS]) for (const w of list) words.add(w.toLowerCase());
  return (vocabulary = words);
}

/** A word the reader knows: a WordNet noun, a listed verb (or its -s/-ed/-ing form), a skills word. */
function isWord(lower: string): boolean {
  if (lower.length < 2) return false;
  if (nounClassesOf(lower) || skillWords().has(lower)) return true;
  const stems = [lower.replace(/e?s$/, ''), lower.replace(/e?d$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e'), lower.replace(/ies$/, 'y')];
  return stems.some((w) => w.length >= 3 && skillWords().has(w));
}

/** Joins words a PDF line break split with a hyphen; other text is returned as it is. */
export function mendLineBreakHyphens(text: string): string {
  if (!/[A-Za-z]-[ \t]*\n[ \t]*[a-z]/.test(text)) return text;
  const lower = text.toLowerCase();
  return text.replace(BROKEN, (whole: string, left: string, indent: string, right: string, punct: string, at: number) => {
    const l = left.toLowerCase();
    const r = right.toLowerCase();
    const joined = l + r;
    // "co-op", "e-mail" written whole elsewhere in the same text: the hyphen is the word's own.
    const compound = new RegExp(`\\b${l}-${r}\\b`).test(lower);
    const writtenJoined = new RegExp(`\\b${joined}\\b`).test(lower);
    let keepHyphen: boolean;
    if (compound && !writtenJoined) keepHyphen = true;
    else if (writtenJoined || isWord(joined)) keepHyphen = false;
    else keepHyphen = l.length >= 2 && isWord(l) && r.length >= 3 && isWord(r);
    // The remainder moves up; what followed it stays on its own line with its indent.
    const end = at + whole.length;
    const lineEnds = end >= text.length || text[end] === '\n' || text[end] === '\r';
    return `${left}${keepHyphen ? '-' : ''}${right}${punct}${lineEnds ? '' : `\n${indent}`}`;
  });
}
