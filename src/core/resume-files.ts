// Which Markdown files are resumes: names like resume*.md / cv*.md (any case), configurable globs,
// and any Markdown file whose front matter says `resume: true` (or `false`, to opt out).
import picomatch from 'picomatch';

export const DEFAULT_RESUME_GLOBS = ['**/resume*.{md,markdown}', '**/cv*.{md,markdown}'];

const FRONT_MATTER_FLAG = /^---\r?\n(?:[^\n]*\r?\n)*?resume\s*:\s*(true|false|yes|no)\s*\r?\n/i;

/**
 * @param path path relative to the workspace (forward slashes) or a file name
 * @param text the file's content, when known: front matter can opt in or out
 */
export function isResumeFile(path: string, text?: string, globs: readonly string[] = DEFAULT_RESUME_GLOBS): boolean {
  const flag = text ? FRONT_MATTER_FLAG.exec(text.slice(0, 4000))?.[1].toLowerCase() : undefined;
  if (flag) return flag === 'true' || flag === 'yes';
  const normalized = path.replace(/\\/g, '/');
  return picomatch.isMatch(normalized, [...globs], { nocase: true, dot: true, basename: !normalized.includes('/') });
}
