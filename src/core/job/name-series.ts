// A series of names in a requirement: "Git or Perforce; CMake", "SIPROTEC (Siemens), Relion or SEL",
// "Maya and Houdini". The writer coordinated the names, so they are things of one kind: when one of
// them is a skill the taxonomy knows, or the series is offered as a choice ("at least one of …"),
// the others are skills too, even where no list knows them. Read from the shape only; which items
// count is phrases.ts's judgement.

import type { OffsetRange } from '../types';

export interface NameSeries {
  items: (OffsetRange & { text: string })[];
  /** Offered as a choice: "one of", "one or more of", "any of", "either" right before the first name. */
  choice: boolean;
}

/** One word of a name: capitalised, with an inner capital or with a digit ("Polyspace", "gRPC", "S3"). */
const NAME_WORD = String.raw`(?:[A-Z][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*|[a-z]*\d[\w.+#-]*)`;
/** A name of up to three such words ("Great Expectations", "Xbox Series X"); the next words start with a capital or a digit. */
const NAME = new RegExp(String.raw`(?<![\w.+#@/-])${NAME_WORD}(?:\s(?=[A-Z0-9])${NAME_WORD}){0,2}(?![\w+#@/-])`, 'g');
/** Between two names of a series: a list separator, after an optional gloss in parentheses ("SIPROTEC (Siemens), …"). */
const GAP = /^\s*(?:\([^()]{1,40}\)\s*)?(?:[,;/+]\s*(?:(?:and|or|and\/or)\s+)?|(?:and|or|and\/or|&)\s+)$/;
const CHOICE_BEFORE = /\b(?:(?:at least |exactly )?one (?:or more )?of|any of|either)(?: the following)?\s*:?\s*$/i;

/** Each run of two or more names joined by list separators, with its offsets in `text`. */
export function readNameSeries(text: string): NameSeries[] {
  // A gloss in parentheses ("SIPROTEC (Siemens)") is not an item of the series: its names are not read.
  const bare = text.replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length));
  const names = [...bare.matchAll(NAME)].map((m) => ({ text: m[0].replace(/[.]+$/, ''), start: m.index!, end: m.index! + m[0].replace(/[.]+$/, '').length }));
  const out: NameSeries[] = [];
  let run: typeof names = [];
  const flush = () => {
    if (run.length >= 2) out.push({ items: run, choice: CHOICE_BEFORE.test(text.slice(0, run[0].start)) });
    run = [];
  };
  for (const name of names) {
    const prev = run[run.length - 1];
    if (prev && !GAP.test(text.slice(prev.end, name.start))) flush();
    run.push(name);
  }
  flush();
  return out;
}
