// Input limits that keep linting interactive on anything an editor can hold. No real resume comes
// near any of them (a long one is 20 KB, a few hundred lines, bullets under 500 characters, lists
// three deep); past them the engine does bounded work on a bounded part and says so in one
// information finding (src/core/guards/findings.ts), instead of taking seconds or minutes.
//
// Besides the size, the Markdown parser (micromark) slows down worse than linearly on some shapes:
// long runs of emphasis and link delimiters ("**[(" repeated: 16 KB took 0.5 s, 128 KB 21 s), lists
// and quotes nested hundreds deep (on one line: "1. 1. 1. …" or ">>>…", or by indentation), and
// paragraph lines that continue a list item without its indentation ("lazy" lines: each one rescans
// the ones before it). src/core/guards/bounded-source.ts neutralises those before parsing.

/** No resume comes near this: a one-page resume has well under a hundred `*`, `_` and `[`. */
export const MAX_INLINE_DELIMITERS = 10_000;

/**
 * Characters of a document that are parsed and checked: 64 KiB, three times the longest resume of the
 * corpus (20 KB). The whole lint of this much hostile text stays under a second.
 */
export const MAX_ANALYSED_CHARS = 64 * 1024;

/**
 * Characters of a LaTeX file that are parsed and checked: 32 KiB, twice a long LaTeX resume. The
 * LaTeX parser is the slowest front end (src/core/guards/bounded-latex.ts); this much parses in
 * about half a second.
 */
export const MAX_LATEX_CHARS = 32 * 1024;

/**
 * Characters of a job posting that tailor and referral read: 64 KiB, three times a long posting
 * (src/core/guards/bounded-posting.ts).
 */
export const MAX_POSTING_CHARS = 64 * 1024;
/**
 * A posting's longest run of characters without a space or a markup delimiter that is read. Longer
 * runs are an inline image's base64, a minified blob or a keyboard held down: no word, address or
 * link. Many of the reader's patterns start a match at each character of a run, so one 60,000-character
 * run took minutes; past this it is blanked before anything reads the posting.
 */
export const MAX_POSTING_RUN_CHARS = 2048;

/** Characters of one bullet or entry heading that rules analyse (real bullets stay under 500). */
export const MAX_BULLET_CHARS = 2_000;

/**
 * Bullets analysed per document: 400, eight times the most bullets of any resume in the corpus (48)
 * and twice the "under 200" of a long one. Judging a bullet costs about half a millisecond, so a
 * document of thousands of short bullets would otherwise spend seconds there. In Markdown the text is
 * cut before the line of the next list item (so the parse and markdownlint stop there too); bullets
 * from elsewhere (table rows, LaTeX, YAML, JSON) past this count are left out of the analysis.
 */
export const MAX_BULLETS = 400;

/** A list or quote marker at or beyond this column is read as text: 32 levels of two-space lists. */
export const MAX_NESTING_COLUMN = 64;

/** List or quote markers on one line beyond this many are read as text ("- 1. > * …"). */
export const MAX_MARKERS_PER_LINE = 16;

/** Lines of one block without a blank line or a new list item before the parser is made to start a new block. */
export const MAX_BLOCK_LINES = 200;

/** Counts the characters that open or close emphasis and links: `*`, `_`, `[`. */
export function countInlineDelimiters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91) n++;
  }
  return n;
}

/** Offset of the `n`-th (1-based) delimiter character, or -1 when there are fewer. */
export function nthInlineDelimiter(text: string, n: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 42 || c === 95 || c === 91) && --n === 0) return i;
  }
  return -1;
}
