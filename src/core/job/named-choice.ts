// Which of several postings in one file the user means: the one whose heading shares the most words
// with the file's name ("summer-intern-perception.html"). Shared by the page, sheet and feed readers.

const wordsOf = (s: string) => new Set(s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length >= 3));

/** The heading sharing the most words with the file's name, when one shares more than every other (and at least two). */
export function bestNamed(headings: string[], hint: string): number | undefined {
  const scores = headings.map((h) => sharedWords(h, hint));
  const best = Math.max(...scores);
  if (best < 2 || scores.filter((s) => s === best).length > 1) return undefined;
  return scores.indexOf(best);
}

/** How many words of three letters or more a text shares with the file's name. */
export function sharedWords(text: string, hint: string): number {
  const wanted = wordsOf(hint.replace(/\.[a-z]+$/i, ''));
  return [...wordsOf(text)].filter((w) => wanted.has(w)).length;
}
