// A posting printed in two columns and copied as text (a co-op office's PDF report, `pdftotext -layout`):
// each line holds a piece of the left column, a run of spaces, and a piece of the right one. Read line by
// line, the two run into each other ("- 3D CAD modelling in SolidWorks or   - Lean tools: 5S, value…"),
// and a heading of one column heads the other's lines. The columns are put one after the other.

/** The narrowest left column read as one: a table of labels and values is narrower and stays as it is. */
const MIN_GUTTER = 30;
/** Lines with text on both sides of the gutter before a block counts as two columns. */
const MIN_TWO_SIDED = 6;

/** Where the right column starts: the position most lines start text at after a run of three spaces. */
function gutterOf(lines: readonly string[]): number | undefined {
  const starts = new Map<number, number>();
  for (const line of lines) {
    if (line.length < MIN_GUTTER || line.includes('|') || line.includes('\t')) continue;
    for (const m of line.matchAll(/ {3,}(?=\S)/g)) {
      const at = m.index! + m[0].length;
      if (at >= MIN_GUTTER) starts.set(at, (starts.get(at) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [at, n] of starts) if (n >= MIN_TWO_SIDED && (best === undefined || n > starts.get(best)!)) best = at;
  return best;
}

/** A line the gutter runs through: shorter than it, or with two spaces right before it. */
const fitsGutter = (line: string, gutter: number) => line.length <= gutter - 2 || /^ {2}$/.test(line.slice(gutter - 2, gutter));

/**
 * The text with each run of two-column lines (its lines all clear at the gutter, enough of them with
 * text on both sides) replaced by its left column, a blank line, then its right column. Other text, and
 * a text with no such run, is returned as it is.
 */
export function unfoldTextColumns(text: string): string {
  if (!/ {3}\S/.test(text)) return text;
  const lines = text.split('\n');
  const gutter = gutterOf(lines);
  if (gutter === undefined) return text;
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && fitsGutter(lines[j], gutter)) j++;
    const block = lines.slice(i, j);
    const sides = block.filter((l) => l.slice(0, gutter).trim() && l.slice(gutter).trim());
    // "Job Title:                 Analyst": a wide table of labels and their values is one column of facts.
    const labels = sides.filter((l) => /:$/.test(l.slice(0, gutter).trim())).length;
    if (sides.length >= MIN_TWO_SIDED && labels * 2 < sides.length) {
      out.push(...block.map((l) => l.slice(0, gutter).trimEnd()), '', ...block.map((l) => l.slice(gutter).trimEnd()));
      changed = true;
    } else out.push(...block);
    if (j < lines.length && j === i) {
      out.push(lines[j]);
      j++;
    }
    i = j;
  }
  return changed ? out.join('\n') : text;
}
