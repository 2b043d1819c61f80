// One information finding per limit the document went past (src/core/limits.ts), so a user whose
// file is only partly checked is told where and why instead of seeing silence or a stall.
// Rule id `analysis-limit`: its severity can be changed or turned off like a rule's.
import type { ResumeDocument } from '../document/types';
import type { Finding, OffsetRange } from '../types';
import { ruleDocsUrl } from '../docs-url';
import { MAX_ANALYSED_CHARS, MAX_BLOCK_LINES, MAX_BULLET_CHARS, MAX_BULLETS, MAX_INLINE_DELIMITERS, MAX_LATEX_CHARS } from '../limits';
import { boundedSource } from './bounded-source';
import { boundedLatex } from './bounded-latex';

export const ANALYSIS_LIMIT_ID = 'analysis-limit';

/** At most one finding per long bullet and one for each other limit. */
export function limitFindings(doc: ResumeDocument): Finding[] {
  const bounded = boundedSource(doc.text);
  const out: Finding[] = [];
  const lineOf = (offset: number) => doc.lines.positionAt(offset).line + 1;
  const lineAt = (offset: number): OffsetRange => {
    const line = doc.lines.positionAt(offset).line;
    const start = doc.lines.lineStart(line);
    return { start, end: start + Math.min(doc.lines.lineText(line).length, 200) };
  };
  const add = (range: OffsetRange, message: string) =>
    out.push({ ruleId: ANALYSIS_LIMIT_ID, category: 'structure', severity: 'info', message, range, fixes: [], url: ruleDocsUrl(ANALYSIS_LIMIT_ID) });

  // Nesting, long blocks and emphasis characters are limits of the Markdown parser: a LaTeX, YAML or
  // JSON resume is not read by it, so only the size and bullet-length limits concern it.
  const markdown = (doc.format ?? 'markdown') === 'markdown';
  const latex = doc.format === 'latex' ? boundedLatex(doc.text) : undefined;
  if (latex?.cutAt !== undefined) {
    add(lineAt(latex.cutAt), `Only the first ${kb(MAX_LATEX_CHARS)} of a LaTeX file are checked (the LaTeX parser is slow): the last ${kb(doc.text.length - latex.cutAt)}, from line ${lineOf(latex.cutAt)}, are not.`);
  } else if (bounded.cut && (markdown || bounded.cut.reason === 'size')) {
    const rest = doc.text.length - bounded.cut.at;
    const why =
      bounded.cut.reason === 'size'
        ? `Only the first ${kb(MAX_ANALYSED_CHARS)} of a document are checked`
        : bounded.cut.reason === 'bullets'
          ? `Only the first ${MAX_BULLETS} list items are checked (no resume needs more bullets)`
          : `Only the text before the ${MAX_INLINE_DELIMITERS.toLocaleString('en-US')}th emphasis or link character (*, _, [) is checked (more makes the Markdown parser slow)`;
    add(lineAt(bounded.cut.at), `${why}: the last ${kb(rest)}, from line ${lineOf(bounded.cut.at)}, are not.`);
  }
  if (markdown && bounded.flattenedAt !== undefined) {
    add(lineAt(bounded.flattenedAt), 'Lists or quotes are nested deeper than any resume needs: from here, the deeper levels are read as text of the level above.');
  }
  if (markdown && bounded.splitAt !== undefined) {
    add(lineAt(bounded.splitAt), `More than ${MAX_BLOCK_LINES} lines without a blank line or a new list item: the rest of this block is read as separate paragraphs.`);
  }
  if (doc.bullets.length > MAX_BULLETS) {
    // Bullets past the count in what was parsed (table rows, LaTeX, YAML, JSON): rules skip them.
    const first = doc.bullets[MAX_BULLETS];
    add(lineAt(first.range.start), `This document has ${doc.bullets.length.toLocaleString('en-US')} bullets; only the first ${MAX_BULLETS} are checked (no resume needs more): from line ${lineOf(first.range.start)}, bullets are not analysed.`);
  }
  for (const bullet of doc.bullets.slice(0, MAX_BULLETS)) {
    if (bullet.text.length <= MAX_BULLET_CHARS) continue;
    const start = bullet.offsets[0];
    add(
      { start, end: bullet.offsets[MAX_BULLET_CHARS - 1] + 1 },
      `This bullet is ${bullet.text.length.toLocaleString('en-US')} characters long; only its first ${MAX_BULLET_CHARS.toLocaleString('en-US')} are checked. Split it into bullets of one achievement each.`,
    );
  }
  return out;
}

function kb(chars: number): string {
  return chars >= 1024 ? `${Math.round(chars / 1024)} KB` : `${chars} characters`;
}
