// Configuration: layers merged in order defaults ← .bulletproof.json ← editor settings ← front matter
// ← inline comments (the last layer lives in suppressions.ts). Parsing a config file never throws: a
// broken file yields errors with their location and an empty layer, so linting goes on with defaults.

import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { LexiconExtension } from './lexicon';
import type { EligibilityProfile } from './job/eligibility-types';
import { SEVERITIES, type SeveritySetting, type OffsetRange } from './types';

/** `"warning"`, `"off"`, `false`, or an object with a severity and the rule's options. */
export type RuleSetting = SeveritySetting | boolean | ({ severity?: SeveritySetting } & Record<string, unknown>);

export interface BulletproofConfig {
  rules?: Record<string, RuleSetting>;
  /** `false` turns Markdown hygiene off; an object is markdownlint configuration merged over our defaults. */
  markdownlint?: boolean | Record<string, unknown>;
  words?: LexiconExtension;
  /** Globs (matched against the path relative to the workspace, or the base name) of resume files. */
  files?: string[];
  /** Files larger than this many bytes are not linted. */
  maxFileSize?: number;
  /** Facts about the person for job eligibility checks (never guessed when absent). */
  profile?: EligibilityProfile;
}

export { DEFAULT_RESUME_GLOBS as DEFAULT_FILE_GLOBS } from './resume-files';
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export interface ConfigError {
  message: string;
  /** Zero-based offsets into the config text. */
  range: OffsetRange;
}

/** Parses `.bulletproof.json` (comments allowed). Unknown keys and bad values become errors, never throws. */
export function parseConfigText(text: string): { config: BulletproofConfig; errors: ConfigError[] } {
  const parseErrors: ParseError[] = [];
  const value = parseJsonc(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length) {
    return {
      config: {},
      errors: parseErrors.map((e) => ({
        message: `Invalid JSON: ${humanParseError(printParseErrorCode(e.error))}`,
        range: { start: e.offset, end: e.offset + Math.max(e.length, 1) },
      })),
    };
  }
  const errors: ConfigError[] = [];
  const whole = { start: 0, end: text.length };
  const config = validateConfig(value, (message, key) => {
    errors.push({ message, range: locateKey(text, key) ?? whole });
  });
  return { config, errors };
}

/** Validates an already-parsed value (config file, front matter `bulletproof`, editor settings). */
export function validateConfig(value: unknown, report: (message: string, key?: string) => void): BulletproofConfig {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    report('Configuration must be a JSON object.');
    return {};
  }
  const config: BulletproofConfig = {};
  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (!isObject(v)) report('"rules" must be an object of rule id → severity or settings.', key);
        else config.rules = validateRules(v, report);
        break;
      case 'markdownlint':
        if (typeof v === 'boolean' || isObject(v)) config.markdownlint = v as BulletproofConfig['markdownlint'];
        else report('"markdownlint" must be true, false or a markdownlint configuration object.', key);
        break;
      case 'words':
        if (!isObject(v)) report('"words" must be an object of word lists.', key);
        else config.words = validateWords(v, report);
        break;
      case 'files':
        if (Array.isArray(v) && v.every((g) => typeof g === 'string')) config.files = v as string[];
        else report('"files" must be an array of glob strings.', key);
        break;
      case 'maxFileSize':
        if (typeof v === 'number' && v > 0) config.maxFileSize = v;
        else report('"maxFileSize" must be a positive number of bytes.', key);
        break;
      case 'profile':
        if (!isObject(v)) report('"profile" must be an object (workAuthorization, citizenship, needsSponsorship, graduation, degree, locations).', key);
        else config.profile = validateProfile(v, report);
        break;
      default:
        report(`Unknown setting "${key}".`, key);
    }
  }
  return config;
}

function validateProfile(profile: Record<string, unknown>, report: (m: string, k?: string) => void): EligibilityProfile {
  const out: EligibilityProfile = {};
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
  for (const [key, v] of Object.entries(profile)) {
    switch (key) {
      case 'workAuthorization':
      case 'citizenship':
      case 'locations':
        if (strings(v)) out[key] = (v as string[]).map((x) => x.trim());
        else if (typeof v === 'string' && v.trim()) out[key] = [v.trim()];
        else report(`"profile.${key}" must be an array of strings${key === 'workAuthorization' ? ' (countries you may work in without sponsorship, e.g. ["US"])' : ''}.`, key);
        break;
      case 'needsSponsorship':
        if (typeof v === 'boolean') out.needsSponsorship = v;
        else report('"profile.needsSponsorship" must be true or false.', key);
        break;
      case 'graduation':
      case 'degree':
        if (typeof v === 'string' && v.trim()) out[key] = v.trim();
        else report(`"profile.${key}" must be a non-empty string${key === 'graduation' ? ' ("May 2027")' : ' ("BS Computer Science")'}.`, key);
        break;
      default:
        report(`Unknown profile field "profile.${key}" (known: workAuthorization, citizenship, needsSponsorship, graduation, degree, locations).`, key);
    }
  }
  return out;
}

const SEVERITY_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

function validateRules(rules: Record<string, unknown>, report: (m: string, k?: string) => void) {
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) {
    if (typeof setting === 'boolean') out[id] = setting;
    else if (typeof setting === 'string' && SEVERITY_SETTINGS.includes(setting)) out[id] = setting as SeveritySetting;
    else if (isObject(setting)) {
      const sev = setting.severity;
      if (sev !== undefined && !(typeof sev === 'string' && SEVERITY_SETTINGS.includes(sev))) {
        report(`Rule "${id}": severity must be one of ${SEVERITY_SETTINGS.join(', ')}.`, id);
        continue;
      }
      out[id] = setting as RuleSetting;
    } else report(`Rule "${id}": expected ${SEVERITY_SETTINGS.join(' | ')}, true/false or an object.`, id);
  }
  return out;
}

const WORD_LISTS = ['weakOpenings', 'strongVerbs', 'buzzwords', 'fillers', 'genericNouns', 'vagueQuantifiers'] as const;

function validateWords(words: Record<string, unknown>, report: (m: string, k?: string) => void): LexiconExtension {
  const out: LexiconExtension = {};
  for (const [key, v] of Object.entries(words)) {
    if ((WORD_LISTS as readonly string[]).includes(key)) {
      if (Array.isArray(v) && v.every((w) => typeof w === 'string')) out[key as (typeof WORD_LISTS)[number]] = v as string[];
      else report(`"words.${key}" must be an array of strings.`, key);
    } else if (key === 'techTerms') {
      if (isObject(v) && Object.values(v).every((w) => typeof w === 'string')) out.techTerms = v as Record<string, string>;
      else report('"words.techTerms" must map a spelling to its canonical form.', key);
    } else report(`Unknown word list "words.${key}" (known: ${[...WORD_LISTS, 'techTerms'].join(', ')}).`, key);
  }
  return out;
}

/** Later layers win; rule settings merge per rule, word lists concatenate. */
export function mergeConfigs(...layers: (BulletproofConfig | undefined)[]): BulletproofConfig {
  const out: BulletproofConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) out.rules = { ...out.rules, ...layer.rules };
    if (layer.markdownlint !== undefined) {
      out.markdownlint =
        isObject(out.markdownlint) && isObject(layer.markdownlint)
          ? { ...out.markdownlint, ...layer.markdownlint }
          : layer.markdownlint;
    }
    if (layer.words) out.words = mergeWords(out.words, layer.words);
    if (layer.files) out.files = layer.files;
    if (layer.maxFileSize) out.maxFileSize = layer.maxFileSize;
    if (layer.profile) out.profile = { ...out.profile, ...layer.profile };
  }
  return out;
}

function mergeWords(a: LexiconExtension | undefined, b: LexiconExtension): LexiconExtension {
  const out: LexiconExtension = { ...a };
  for (const key of WORD_LISTS) if (b[key]) out[key] = [...(out[key] ?? []), ...b[key]!];
  if (b.techTerms) out.techTerms = { ...out.techTerms, ...b.techTerms };
  return out;
}

/** The severity a rule runs at, or 'off'. */
export function ruleSeverity(config: BulletproofConfig, ruleId: string, fallback: SeveritySetting): SeveritySetting {
  const s = config.rules?.[ruleId];
  if (s === undefined || s === true) return fallback;
  if (s === false) return 'off';
  if (typeof s === 'string') return s;
  return s.severity ?? fallback;
}

export function ruleOptions(config: BulletproofConfig, ruleId: string): Record<string, unknown> {
  const s = config.rules?.[ruleId];
  if (!isObject(s)) return {};
  const { severity: _severity, ...options } = s;
  return options;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Finds `"key"` as a property name in JSON text, so an error points at the offending setting. */
function locateKey(text: string, key: string | undefined): OffsetRange | undefined {
  if (!key) return undefined;
  const needle = JSON.stringify(key);
  const at = text.indexOf(needle);
  return at < 0 ? undefined : { start: at, end: at + needle.length };
}

function humanParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
