// Finds and reads .bulletproof.json for the CLI and the commands, through the shared loader
// (config-loader.ts): --config FILE, else the nearest one from the resume's folder up to the
// repository root.
import { readFileSync } from 'node:fs';
import { type BulletproofConfig } from '../core/config';
import { parseConfigText } from '../core/config';
import { CONFIG_FILE_NAME, ConfigLoader, formatConfigErrors } from './config-loader';

export { CONFIG_FILE_NAME };

export interface LoadedConfig {
  path?: string;
  config: BulletproofConfig;
  /** "file:line:col: message" lines; linting goes on with defaults. */
  errors: string[];
}

/** The nearest config file from `fromDir` up, stopping at a repository root (or `root`). */
export function findConfigFile(fromDir: string, root?: string, loader = new ConfigLoader()): string | undefined {
  return loader.nearest(fromDir, root)?.path;
}

/** Reads and parses one config file; throws when it cannot be read (an explicit --config). */
export function loadConfigFile(path: string): LoadedConfig {
  const text = readFileSync(path, 'utf8');
  const { config, errors } = parseConfigText(text);
  return { path, config, errors: formatConfigErrors({ path, text, config, errors }) };
}
