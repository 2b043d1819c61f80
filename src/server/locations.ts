// Where a document lives: its file path, its workspace folder, and the path the resume globs match.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, isAbsolute, relative } from 'node:path';

export interface DocumentLocation {
  /** File system path, for file: URIs. */
  path?: string;
  /** Workspace folder that holds the file, if any. */
  root?: string;
  /** Path relative to the workspace folder (forward slashes), else the base name: what globs match. */
  globPath: string;
}

export function locate(uri: string, workspaceRoots: readonly string[]): DocumentLocation {
  if (!uri.startsWith('file:')) {
    const name = decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:/i, '').split(/[?#]/)[0]);
    return { globPath: name.split('/').filter(Boolean).pop() ?? name };
  }
  const path = fileURLToPath(uri);
  // The deepest folder wins when workspace folders nest.
  const root = workspaceRoots
    .filter((r) => {
      const rel = relative(r, path);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    })
    .sort((a, b) => b.length - a.length)[0];
  const globPath = root ? relative(root, path).split('\\').join('/') : basename(path);
  return { path, root, globPath };
}

export function uriToPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}
