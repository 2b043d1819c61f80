// Public surface of the engine (bundled as dist/core.js). No vscode, no I/O.
export * from './types';
export * from './document/types';
export { parseResume, parseMarkdown } from './document/parse';
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
