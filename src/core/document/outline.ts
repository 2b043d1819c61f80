// An outliner's page (Logseq, and Roam or Workflowy exports kept as Markdown) writes every line as a
// list item: "- ## EDUCATION", then "\t- **Acme** — Intern · May 2026 – Aug 2026", then "\t\t- Built …",
// with "key:: value" property lines the app hides. Read as plain Markdown it is one long nested list
// and no resume at all. outlineAsMarkdown rewrites such a page into the Markdown it means, character
// for character (every offset stays that of the source), so the parser reads sections, entries and
// bullets where the outliner shows them:
// - a heading block ("- ## X", or a block with "heading:: true") becomes that heading;
// - a block with child blocks at depth one or less is an entry's heading line: a Markdown heading when its
//   prefix has room for the marks ("\t- " → "## "), else a paragraph;
// - any other block stays a list item (a bullet);
// - property lines become blank.

/** "\t- text", "  - text": a block's first line: its indent and the text after the marker. */
const BLOCK = /^([\t ]*)- (.*)$/;
/** "id:: 6753…", "heading:: true", "tags:: a, b": a property the outliner hides. */
const PROPERTY = /^[\t ]*[A-Za-z][\w-]*:: ?.*$/;
const HEADING_PROPERTY = /^[\t ]*heading:: ?(?:true|[1-6])\s*$/i;
/** Indent width of one level: a tab, or two spaces as Logseq writes when set to spaces. */
const depthOf = (indent: string): number => (indent.match(/\t/g)?.length ?? 0) + Math.floor(indent.replace(/\t/g, '').length / 2);

/** Whether the text is an outliner page: nearly every line a block or a property, some blocks nested. */
export function isOutlinePage(text: string): boolean {
  // Read on every parse: a page with no tab-indented line and no property line is no outliner's, at the cost of one scan.
  if (!/^\t/m.test(text) && !/^[\t ]*[A-Za-z][\w-]*::/m.test(text)) return false;
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length < 8) return false;
  let blocks = 0;
  let nested = 0;
  let other = 0;
  let properties = 0;
  for (const line of lines) {
    const block = BLOCK.exec(line);
    if (block) {
      blocks++;
      if (depthOf(block[1]) >= 1) nested++;
    } else if (PROPERTY.test(line)) properties++;
    else if (!/^[\t ]+\S/.test(line)) other++;
  }
  // Continuation lines (indented text of a block) count neither way; a page of top-level prose does not qualify.
  return blocks >= 6 && nested >= 3 && other <= lines.length * 0.1 && (properties > 0 || /^\t/m.test(text)) && blocks >= (lines.length - properties) * 0.6;
}

/** The page rewritten as the Markdown it means (same length, same offsets), or undefined when it is no outliner page. */
export function outlineAsMarkdown(text: string): string | undefined {
  if (!isOutlinePage(text)) return undefined;
  const lines = text.split('\n');
  const depths = lines.map((l) => {
    const b = BLOCK.exec(l.replace(/\r$/, ''));
    return b ? depthOf(b[1]) : undefined;
  });
  const out = lines.map((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const cr = raw.length - line.length;
    const keep = (s: string) => s + raw.slice(raw.length - cr);
    if (PROPERTY.test(line) && !BLOCK.test(line)) return keep(' '.repeat(line.length));
    const block = BLOCK.exec(line);
    if (!block) {
      // A block's further lines: their indent (tabs included) becomes spaces, so they stay with the block's text.
      const indent = /^[\t ]*/.exec(line)![0];
      return keep(' '.repeat(indent.length) + line.slice(indent.length));
    }
    const depth = depths[i]!;
    const prefix = block[1].length + 2;
    const content = block[2];
    const markedHeading = /^(#{1,6})\s+\S/.exec(content);
    if (markedHeading) {
      // "\t\t- ## X" → "##     X": the marks move to the line's start, the rest of the prefix is space.
      const marks = markedHeading[1];
      return keep(marks + ' '.repeat(prefix) + content.slice(marks.length));
    }
    const next = nextBlockDepth(depths, lines, i);
    if (propertiesOf(lines, i).some((p) => HEADING_PROPERTY.test(p))) {
      const marks = prefix >= 3 ? '##' : '#';
      return keep(marks + ' '.repeat(prefix - marks.length) + content);
    }
    // A block with children near the top is an entry's heading line. Text right after a list would run
    // into its last item, so the line becomes a heading ("\t- " → "## ") when its prefix has room for one.
    if (next !== undefined && next > depth && depth <= 1) return keep((prefix >= 3 ? '#'.repeat(prefix - 1) + ' ' : ' '.repeat(prefix)) + content);
    // A list item: the dash at most three spaces in, at most four spaces after it.
    const before = Math.min(3, prefix - 2);
    return keep(' '.repeat(before) + '-' + ' '.repeat(prefix - before - 1) + content);
  });
  return out.join('\n');
}

/** The depth of the next block after line i (skipping its further lines and properties). */
function nextBlockDepth(depths: (number | undefined)[], lines: string[], i: number): number | undefined {
  for (let k = i + 1; k < lines.length; k++) if (depths[k] !== undefined) return depths[k];
  return undefined;
}

/** The property lines right under block i. */
function propertiesOf(lines: string[], i: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k < lines.length; k++) {
    if (BLOCK.test(lines[k])) break;
    if (PROPERTY.test(lines[k])) out.push(lines[k]);
  }
  return out;
}
