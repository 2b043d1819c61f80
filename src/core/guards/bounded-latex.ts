// The LaTeX a resume is parsed from, bounded. unified-latex's PEG parser costs about 14 µs per
// character on a quiet machine (a 17 KB resume: a quarter of a second), far more than micromark, so
// LaTeX gets its own, smaller analysis limit: past MAX_LATEX_CHARS the source is cut at the start of
// a line and the environments still open there are closed, so the part before the cut parses as it
// would in the whole file. One information finding says so (src/core/guards/findings.ts).
import { MAX_LATEX_CHARS } from '../limits';

/** The prefix of `text` that is parsed (the same string when under the limit), and where it was cut. */
export function boundedLatex(text: string): { text: string; cutAt?: number } {
  if (text.length <= MAX_LATEX_CHARS) return { text };
  let cutAt = text.lastIndexOf('\n', MAX_LATEX_CHARS - 1) + 1;
  if (cutAt === 0) cutAt = MAX_LATEX_CHARS - (isHighSurrogate(text.charCodeAt(MAX_LATEX_CHARS - 1)) ? 1 : 0);
  const prefix = text.slice(0, cutAt);
  return { text: prefix + closingsFor(prefix), cutAt };
}

/** `\end{…}` for every environment `\begin{…}` opened in `prefix` and not closed (comments skipped). */
function closingsFor(prefix: string): string {
  const open: string[] = [];
  const code = prefix.replace(/(^|[^\\])%[^\n]*/g, '$1');
  for (const m of code.matchAll(/\\(begin|end)\s*\{([^{}\n]{1,40})\}/g)) {
    if (m[1] === 'begin') open.push(m[2]);
    else {
      const i = open.lastIndexOf(m[2]);
      if (i >= 0) open.length = i;
    }
  }
  // Verbatim-like environments end only at their own \end: close the innermost first.
  return open.reverse().map((env) => `\n\\end{${env}}`).join('') + (open.length ? '\n' : '');
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
