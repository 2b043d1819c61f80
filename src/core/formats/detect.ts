// Which front end reads a file: the extension first, then the content. Also whether a .tex, .yaml or
// .json file is a resume at all (a LaTeX paper or a package.json is not).
import { isMap, isSeq, parseDocument } from 'yaml';
import type { ResumeFormat } from './assemble';
import { isDataYamlResume } from './rendercv/data-yaml';

const RESUME_MACROS = /\\(?:resumeItem|resumeSubheading|resumeProjectHeading|resumeSubItem|cventry|cvitem|cvsection|cvitems|cvhonor|cvskill|cvevent)\b/;
const SECTION_LINE = /\\(?:section|cvsection)\*?\s*\{([^}]*)\}/g;
const RESUME_SECTION = /experience|education|projects?|skills|employment|work history|internships?|leadership|volunteer/i;

/** A LaTeX document that is a resume: resume macros, a resume class, or two resume-like sections. */
export function looksLikeLatexResume(text: string): boolean {
  const head = text.slice(0, 200_000);
  if (RESUME_MACROS.test(head)) return true;
  if (/\\documentclass(?:\[[^\]]*\])?\{(?:moderncv|awesome-cv|resume|res|altacv|twentysecondcv|deedy-resume[^}]*)\}/.test(head)) return true;
  let sections = 0;
  for (const m of head.matchAll(SECTION_LINE)) if (RESUME_SECTION.test(m[1]) && ++sections >= 2) return true;
  return false;
}

/** RenderCV's input: a top-level `cv:` mapping. */
export function looksLikeRenderCv(text: string): boolean {
  return /^cv:[ \t]*(?:#.*)?\r?$/m.test(text.slice(0, 200_000));
}

/**
 * JSON Resume: its `$schema`, or `basics` together with `work`, `education` or `projects`. FRESH (the
 * other JSON resume schema): its `meta.format`, or `employment`/`education` holding a `history`.
 * Reactive Resume: `basics` with `sections`.
 */
export function looksLikeJsonResume(text: string): boolean {
  const head = text.slice(0, 200_000);
  if (!/^\s*\{/.test(head)) return false;
  if (/"\$schema"\s*:\s*"[^"]*jsonresume/i.test(head)) return true;
  if (/"format"\s*:\s*"FRESH/i.test(head) || /"(?:employment|education)"\s*:\s*\{\s*(?:"[^"]*"\s*:\s*"[^"]*"\s*,\s*)*"history"\s*:\s*\[/.test(head)) return true;
  // Reactive Resume's export keeps its sections under "sections".
  return /"basics"\s*:/.test(head) && /"(?:work|education|projects|volunteer|sections)"\s*:/.test(head);
}

/** A YAML resume: RenderCV's `cv:`, YAMLResume's `content:` or a theme's data file of resume sections. */
export function looksLikeYamlResume(text: string): boolean {
  if (looksLikeRenderCv(text)) return true;
  if (text.length > 500_000) return false;
  try {
    const root = parseDocument(text, { uniqueKeys: false }).contents;
    return (isMap(root) || isSeq(root)) && isDataYamlResume(root);
  } catch {
    return false;
  }
}

function extensionOf(path: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(path);
  return m ? m[1].toLowerCase() : '';
}

/**
 * The format of a resume file, or undefined when a .tex/.yaml/.json file is not a resume.
 * Markdown for .md, and for text without a known extension that matches no other format.
 */
export function detectFormat(text: string, path?: string): ResumeFormat | undefined {
  switch (path ? extensionOf(path) : '') {
    case 'md':
    case 'markdown':
    case 'mdx':
      return 'markdown';
    case 'tex':
    case 'latex':
      return looksLikeLatexResume(text) ? 'latex' : undefined;
    case 'yaml':
    case 'yml':
      return looksLikeYamlResume(text) ? 'rendercv' : undefined;
    case 'json':
    case 'jsonc':
      return looksLikeJsonResume(text) ? 'jsonresume' : undefined;
    default:
      if (looksLikeJsonResume(text)) return 'jsonresume';
      if (looksLikeRenderCv(text) && !/^#{1,6}\s/m.test(text)) return 'rendercv';
      if (/\\documentclass|\\begin\{document\}/.test(text.slice(0, 20_000)) || (RESUME_MACROS.test(text) && looksLikeLatexResume(text))) return 'latex';
      return 'markdown';
  }
}

/** The front end for a file being parsed anyway (an explicit lint): by extension, whatever the content. */
export function formatForParsing(text: string, path?: string): ResumeFormat {
  const ext = path ? extensionOf(path) : '';
  if (ext === 'tex' || ext === 'latex') return 'latex';
  if (ext === 'yaml' || ext === 'yml') return 'rendercv';
  if (ext === 'json' || ext === 'jsonc') return 'jsonresume';
  return detectFormat(text, ext === 'md' || ext === 'markdown' ? path : undefined) ?? 'markdown';
}
