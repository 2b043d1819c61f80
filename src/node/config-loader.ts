// The one configuration loader shared by the CLI, the language server and the extension's commands:
// the nearest `.bulletproof.json` from a file's folder up to the project root, and which files its
// `files` globs make resumes. Project root: the workspace folder (editor), or the first folder that
// holds `.git` (a repository root; `.git` may be a file in worktrees and submodules), whichever is
// met first; outside both, the search goes up to the file system root.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { parseConfigText, type BulletproofConfig, type ConfigError } from '../core/config';
import { isResumeFile } from '../core/resume-files';
import { createLineIndex } from '../core/text/line-index';

export const CONFIG_FILE_NAME = '.bulletproof.json';

export interface ConfigFile {
  path: string;
  text: string;
  config: BulletproofConfig;
  errors: ConfigError[];
}

/** The file system calls the loader makes; the server and tests can pass their own. */
export interface ConfigFileSystem {
  /** Throws (with an errno `code`) when the file cannot be read. */
  readFile(path: string): string;
  exists(path: string): boolean;
}

export const nodeFileSystem: ConfigFileSystem = {
  readFile: (path) => readFileSync(path, 'utf8'),
  exists: (path) => existsSync(path),
};

export class ConfigLoader {
  /** path → parsed file, or null when there is no file at that path. */
  private readonly cache = new Map<string, ConfigFile | null>();
  private readonly repositoryRoots = new Map<string, boolean>();

  constructor(private readonly fs: ConfigFileSystem = nodeFileSystem) {}

  /**
   * The config file that applies to a file in `dir`: the nearest one upward, searching no higher than
   * `root` (the workspace folder) nor above a repository root.
   */
  nearest(dir: string, root?: string): ConfigFile | undefined {
    for (let current = dir; ; ) {
      const file = this.load(join(current, CONFIG_FILE_NAME));
      if (file) return file;
      if (current === root || this.isRepositoryRoot(current)) return undefined;
      const parent = dirname(current);
      if (parent === current || (root !== undefined && !isInside(parent, root))) return undefined;
      current = parent;
    }
  }

  /** The parsed file at `path`; undefined when there is none. A file that cannot be read is a file with an error. */
  load(path: string): ConfigFile | undefined {
    if (this.cache.has(path)) return this.cache.get(path) ?? undefined;
    let file: ConfigFile | null = null;
    try {
      const text = this.fs.readFile(path);
      file = { path, text, ...parseConfigText(text) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
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

  /** Drops one cached file, or everything (also the repository roots) when no path is given. */
  forget(path?: string): void {
    if (path === undefined) {
      this.cache.clear();
      this.repositoryRoots.clear();
    } else this.cache.delete(path);
  }

  private isRepositoryRoot(dir: string): boolean {
    let known = this.repositoryRoots.get(dir);
    if (known === undefined) {
      known = this.fs.exists(join(dir, '.git'));
      this.repositoryRoots.set(dir, known);
    }
    return known;
  }
}

/** "file:line:col: message" for each error in a config file (for terminals and logs). */
export function formatConfigErrors(file: ConfigFile): string[] {
  const lines = createLineIndex(file.text);
  return file.errors.map((e) => {
    const p = lines.positionAt(e.range.start);
    return `${file.path}:${p.line + 1}:${p.character + 1}: ${e.message}`;
  });
}

export interface ResumeGlobScope {
  /** The config file that applies to the file (its `files` globs are relative to its folder). */
  file?: ConfigFile;
  /** Globs from editor settings: relative to `root`, and they win over the config file's. */
  settingsFiles?: readonly string[];
  /** The workspace folder (editor) or the folder being searched (CLI). */
  root?: string;
}

/**
 * The globs that decide whether `filePath` is a resume and the path they are matched against.
 * Globs from `.bulletproof.json` match the path relative to the folder holding it, wherever the
 * linter runs from; editor-setting globs match the path relative to the workspace folder; the
 * defaults (resume*.md, cv*.md anywhere) match either.
 */
export function resumeGlobTarget(filePath: string, scope: ResumeGlobScope): { globs?: readonly string[]; path: string } {
  if (scope.settingsFiles?.length) return { globs: scope.settingsFiles, path: pathUnder(filePath, scope.root) };
  const fromFile = scope.file?.config.files;
  if (fromFile?.length) return { globs: fromFile, path: pathUnder(filePath, dirname(scope.file!.path)) };
  return { path: pathUnder(filePath, scope.root) };
}

/** Whether `filePath` (absolute) is a resume under the scope's globs; `text` lets front matter decide. */
export function isResumePath(filePath: string, text: string | undefined, scope: ResumeGlobScope): boolean {
  const { globs, path } = resumeGlobTarget(filePath, scope);
  return isResumeFile(path, text, globs);
}

/** `path` relative to `base` with forward slashes; the base name when it is not inside `base`. */
function pathUnder(path: string, base: string | undefined): string {
  if (base !== undefined) {
    const rel = relative(base, path);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split('\\').join('/');
  }
  return basename(path);
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
