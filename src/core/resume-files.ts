// Which files are resumes: Markdown named like resume*.md / cv*.md (any case), configurable globs,
// and any Markdown file whose front matter says `resume: true` (or `false`, to opt out); LaTeX,
// RenderCV YAML and JSON Resume files when their content is a resume (a paper, a CI workflow or a
// package.json is not), or when a configured glob names them.
import picomatch from 'picomatch';
import { detectFormat } from './formats/detect';

export const DEFAULT_RESUME_GLOBS = ['**/resume*.{md,markdown}', '**/cv*.{md,markdown}'];

const FRONT_MATTER_FLAG = /^---\r?\n(?:[^\n]*\r?\n)*?resume\s*:\s*(true|false|yes|no)\s*\r?\n/i;
const OTHER_FORMATS = /\.(tex|latex|ya?ml|json|jsonc)$/i;

/**
 * @param path path relative to the workspace (forward slashes) or a file name
 * @param text the file's content, when known: front matter can opt in or out; for .tex/.yaml/.json
 *   the content decides
 */
export function isResumeFile(path: string, text?: string, globs: readonly string[] = DEFAULT_RESUME_GLOBS): boolean {
  const normalized = path.replace(/\\/g, '/');
  const matchesGlobs = () => picomatch.isMatch(normalized, [...globs], { nocase: true, dot: true, basename: !normalized.includes('/') });
  if (OTHER_FORMATS.test(normalized)) {
    if (globs !== DEFAULT_RESUME_GLOBS && globs.length && matchesGlobs()) return true;
    return text !== undefined && detectFormat(text, normalized) !== undefined;
  }
  const flag = text ? FRONT_MATTER_FLAG.exec(text.slice(0, 4000))?.[1].toLowerCase() : undefined;
  if (flag) return flag === 'true' || flag === 'yes';
  return matchesGlobs();
}
