// What a reader of the printed resume sees of a text that may hold raw LaTeX (Pandoc and R Markdown
// resumes mix it into Markdown): `\textbf{Lead}` reads "Lead", `\href{url}{site}` reads "site",
// `\\[-0.1cm]`, `\begin{longtable}{ll}`, `%` comments and `&` column separators read as nothing.
// Used to measure and compare text (bullet length, duplicates), never to edit it.

// Each pattern is anchored on a literal backslash or brace and bounded: no input backtracks.
const COMMENT = /(^|[^\\])%[^\n]*/g;
const ENVIRONMENT = /\\(?:begin|end)\{[^{}\n]{0,40}\}(?:\{(?:[^{}\n]|\{(?:[^{}\n]|\{[^{}\n]{0,40}\}){0,40}\}){0,80}\})?/g;
const HREF_TARGET = /\\href\{[^{}\s]{0,2048}\}/g;
const LINE_BREAK = /\\\\(?:\[[^\]\n]{0,20}\])?/g;
const COMMAND = /\\[a-zA-Z]{1,40}\*?(?:\[[^\]\n]{0,40}\])?(?:\{(?:\d*\.?\d+(?:cm|mm|pt|em|ex|in)|[\d.]*\\?textwidth)\})?/g;

/**
 * The text without LaTeX markup, with runs of spaces collapsed. Text without a LaTeX command comes back
 * trimmed but otherwise unchanged ("R&D", "{braces}" and "40%" are prose there).
 */
export function visibleText(text: string): string {
  if (!/\\[a-zA-Z]/.test(text)) return text.trim();
  return text
    .replace(COMMENT, '$1')
    .replace(ENVIRONMENT, ' ')
    .replace(HREF_TARGET, ' ')
    .replace(LINE_BREAK, ' ')
    .replace(COMMAND, ' ')
    .replace(/(^|[^\\])&/g, '$1 ')
    .replace(/(^|[^\\])[{}]/g, '$1')
    .replace(/(^|[^\\])[{}]/g, '$1')
    .replace(/\\([%&$#_{}])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
