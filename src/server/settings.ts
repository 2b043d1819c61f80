// Editor settings (the "bulletproof" section of workspace/configuration) → a configuration layer that
// sits above .bulletproof.json. Editors always send every setting with its default, so a default value
// here means "not set" and must not override the config file.
import { validateConfig, type BulletproofConfig } from '../core/config';

export interface EditorSettings {
  enable: boolean;
  /** The layer to merge over the config file. */
  config: BulletproofConfig;
  /** Problems in the settings themselves, to log. */
  problems: string[];
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { enable: true, config: {}, problems: [] };

export function readEditorSettings(raw: unknown): EditorSettings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return DEFAULT_EDITOR_SETTINGS;
  const { enable, files, rules, markdownlint, maxFileSize } = raw as Record<string, unknown>;
  const layer: Record<string, unknown> = {};
  if (Array.isArray(files) && files.length) layer.files = files;
  if (rules && typeof rules === 'object' && Object.keys(rules).length) layer.rules = rules;
  // On/off switch: `true` (the default) defers to .bulletproof.json, `false` turns Markdown checks off.
  if (markdownlint === false) layer.markdownlint = false;
  if (typeof maxFileSize === 'number' && maxFileSize > 0) layer.maxFileSize = maxFileSize;
  const problems: string[] = [];
  const config = validateConfig(layer, (message) => problems.push(`Setting bulletproof: ${message}`));
  return { enable: enable !== false, config, problems };
}
