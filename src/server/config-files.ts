// Finds and caches `.bulletproof.json`: the nearest one from the document's folder up to its workspace
// folder (or the file system root outside any workspace). The cache is dropped when the client reports
// that a config file changed (didChangeWatchedFiles).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { parseConfigText, type BulletproofConfig, type ConfigError } from '../core/config';

export const CONFIG_FILE_NAME = '.bulletproof.json';

export interface ConfigFile {
  path: string;
  text: string;
  config: BulletproofConfig;
  errors: ConfigError[];
}

export class ConfigFileStore {
  /** path → parsed file, or null when there is no file at that path. */
  private readonly cache = new Map<string, ConfigFile | null>();

  constructor(private readonly read: (path: string) => string = (p) => readFileSync(p, 'utf8')) {}

  /** The config file that applies to a document in `dir`, searching no higher than `root`. */
  nearest(dir: string, root: string | undefined): ConfigFile | undefined {
    for (let current = dir; ; ) {
      const file = this.load(join(current, CONFIG_FILE_NAME));
      if (file) return file;
      const parent = dirname(current);
      if (parent === current || (root !== undefined && !isInside(parent, root))) return undefined;
      current = parent;
    }
  }

  load(path: string): ConfigFile | undefined {
    if (this.cache.has(path)) return this.cache.get(path) ?? undefined;
    let file: ConfigFile | null = null;
    try {
      const text = this.read(path);
      file = { path, text, ...parseConfigText(text) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
        file = { path, text: '', config: {}, errors: [{ message: `Cannot read ${CONFIG_FILE_NAME}: ${(error as Error).message}`, range: { start: 0, end: 0 } }] };
      }
    }
    this.cache.set(path, file);
    return file ?? undefined;
  }

  /** Every config file found so far (for publishing their errors). */
  loaded(): ConfigFile[] {
    return [...this.cache.values()].filter((f): f is ConfigFile => f !== null);
  }

  forget(path?: string): void {
    if (path === undefined) this.cache.clear();
    else this.cache.delete(path);
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
