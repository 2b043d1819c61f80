// Public surface of the engine (bundled as dist/core.js). No vscode, no I/O.
export * from './types';
export * from './document/types';
export { parseMarkdown } from './document/parse';
// parseResume(text, { path }) picks the front end (Markdown, LaTeX, RenderCV YAML, JSON Resume).
export {
  parseResumeAs as parseResume,
  detectFormat,
  escapeLatex,
  tailoredSource,
  type ParseOptions,
  type ResumeFormat,
} from './formats';
export { lint, lintDocument, fixAll, toPublicFinding, type LintOptions, type LintResult, type PublicFinding } from './lint';
export { RULES, getRule } from './rules';
export {
  DEFAULT_FILE_GLOBS,
  mergeConfigs,
  parseConfigText,
  type BulletproofConfig,
  type ConfigError,
  type RuleSetting,
} from './config';
export { isResumeFile } from './resume-files';
export { applyEdits, applyFixes } from './fixes';
export { DEFAULT_LEXICON, extendLexicon, type Lexicon, type LexiconExtension } from './lexicon';
export { summarize, type ResumeSummary } from './summary';
export { clearBulletCaches, judgeBullet, explainVerdict, type Verdict } from './judge';
export { clearMarkdownlintCache } from './markdownlint';
export { clearParseMemos } from './incremental';
