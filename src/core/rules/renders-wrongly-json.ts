// renders-wrongly for JSON Resume: what a theme prints differently from how the file reads.
import type { ResumeDocument } from '../document/types';
import type { RuleFinding } from '../types';

/** A typed line break ("\n") then a list marker inside one JSON string: "…tiebacks\n- Coordinated …". */
const MARKER_AFTER_BREAK = /\\n[ \t]*(?:[-*•]|\\u2022)[ \t]+/g;

/**
 * A highlight holding a second item after a line break: themes print one list item per string and
 * ignore the break, so the two read as one run-on item ("… tiebacks - Coordinated …").
 */
export function jsonSourceFindings(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const bullet of doc.bullets) {
    const source = doc.text.slice(bullet.range.start, bullet.range.end);
    for (const m of source.matchAll(MARKER_AFTER_BREAK)) {
      const start = bullet.range.start + m.index!;
      out.push({
        range: { start, end: start + m[0].length },
        message: 'A line break and a list marker typed inside one highlight: a JSON Resume theme prints one item per string, so this reads as one run-on item. Make the part after the marker its own highlight.',
      });
    }
  }
  return out;
}
