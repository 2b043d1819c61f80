// Finds and reads .bulletproof.json: --config FILE, else the nearest one from the resume's folder up.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfigText, type BulletproofConfig } from '../core/config';
import { createLineIndex } from '../core/text/line-index';

export const CONFIG_FILE_NAME = '.bulletproof.json';

export interface LoadedConfig {
  path?: string;
  config: BulletproofConfig;
  /** "file:line:col: message" lines; linting goes on with defaults. */
  errors: string[];
}

export function findConfigFile(fromDir: string): string | undefined {
  let dir = resolve(fromDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfigFile(path: string): LoadedConfig {
  const text = readFileSync(path, 'utf8');
  const { config, errors } = parseConfigText(text);
  const lines = createLineIndex(text);
  return {
    path,
    config,
    errors: errors.map((e) => {
      const p = lines.positionAt(e.range.start);
      return `${path}:${p.line + 1}:${p.character + 1}: ${e.message}`;
    }),
  };
}
