// Whether every emphasis marker of a text pairs off, as micromark pairs them, so none is left as
// literal text. markdownlint's MD037 ("** bold **") reports only markers left unpaired, so a block
// where all pair off cannot give it a finding and need not be parsed (markdownlint-chunks.ts): most
// resume blocks with emphasis are "*Jan 2024 – Present*" or "**Languages:** Go, SQL".
//
// The test is conservative: it answers true only when each line pairs off on its own under
// micromark's attention rules (micromark-core-commonmark/lib/attention.js), reading each marker run's
// neighbours in the line as micromark reads them in the source, and false for anything it does not
// model. Every construct that could hide a marker or change a neighbour makes it answer false: code
// (`), links, footnotes and directive labels ([ ]), HTML and autolinks (< >), escapes (\), table
// cells (|), math ($), directive attributes ({ }), block quotes (>, whose content has no character
// before it), literal autolinks (www., ://, @) and NUL (read as U+FFFD). A "*" opening a list item
// is the item's marker, not emphasis. test/unit/markdownlint-chunks.test.ts compares with markdownlint.

/** Anything the pairing below does not model. */
const UNMODELLED = /[`[\]<>\\|${}@\0]|www\.|:\/\//i;

/** "* " opening a list item (up to three spaces in, with content after it): the item's marker. */
const LIST_MARKER = /^ {0,3}\*[ \t]+(?=\S)/;

const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;
const STAR = 42;
const UNDERSCORE = 95;

/** micromark's classifyCharacter on one UTF-16 code unit: 1 whitespace (or none), 2 punctuation, 0 other. */
function classify(line: string, i: number): 0 | 1 | 2 {
  if (i < 0 || i >= line.length) return 1;
  const unit = line[i];
  if (WHITESPACE.test(unit)) return 1;
  return PUNCTUATION.test(unit) ? 2 : 0;
}

const isMarker = (line: string, i: number) => i >= 0 && i < line.length && (line.charCodeAt(i) === STAR || line.charCodeAt(i) === UNDERSCORE);

export function emphasisPairsOff(text: string): boolean {
  if (UNMODELLED.test(text)) return false;
  for (const line of text.split('\n')) {
    const open: { marker: number; length: number }[] = [];
    let i = LIST_MARKER.exec(line)?.[0].length ?? 0;
    for (; i < line.length; i++) {
      const marker = line.charCodeAt(i);
      if (marker !== STAR && marker !== UNDERSCORE) continue;
      let end = i + 1;
      while (end < line.length && line.charCodeAt(end) === marker) end++;
      // attention.js: whether the run may open or close, from the characters around it.
      const before = classify(line, i - 1);
      const after = classify(line, end);
      const mayOpen = !after || (after === 2 && !!before) || isMarker(line, end);
      const mayClose = !before || (before === 2 && !!after) || isMarker(line, i - 1);
      const opens = marker === STAR ? mayOpen : mayOpen && (!!before || !mayClose);
      const closes = marker === STAR ? mayClose : mayClose && (!!after || !mayOpen);
      const length = end - i;
      // A run that may do both (or neither), or a long one, is beyond this test.
      if (opens === closes || length > 3) return false;
      if (opens) open.push({ marker, length });
      else {
        // It pairs with the nearest open run: only the same marker and length is used up whole.
        const last = open.pop();
        if (!last || last.marker !== marker || last.length !== length) return false;
      }
      i = end - 1;
    }
    if (open.length) return false;
  }
  return true;
}
