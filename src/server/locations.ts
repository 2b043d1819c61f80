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
  const path = uriToPath(uri);
  if (path === undefined) {
    const name = decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:/i, '').split(/[?#]/)[0]);
    return { globPath: name.split('/').filter(Boolean).pop() ?? name };
  }
  // The deepest folder wins when workspace folders nest.
  const root = workspaceRoots
    .filter((r) => {
      const rel = relative(r, path);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    })
    .sort((a, b) => b.length - a.length)[0];
  const globPath = root ? relative(root, path).split('\\').join('/') : basename(path);
  // Outside every workspace folder, a non-file document's config search stops at its scheme and
  // authority: never at the real file system's root.
  return { path, root: root ?? virtualAuthorityRoot(path), globPath };
}

/**
 * The path of a document or folder: a file: URI's file system path; for a hierarchical URI of another
 * scheme (vscode.dev and github.dev: vscode-vfs://github/owner/repo/resume.md) a POSIX path under
 * VIRTUAL_ROOT, so that workspace folders, the nearest .bulletproof.json and `files` globs work the
 * same way there (the browser server reads such files from what its client sends: src/web). Undefined
 * for URIs without a path (untitled:).
 */
export function uriToPath(uri: string): string | undefined {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  const m = HIERARCHICAL.exec(uri);
  if (!m) return undefined;
  const [, scheme, authority, path] = m;
  return `${VIRTUAL_ROOT}/${scheme.toLowerCase()}/@${decodeURIComponent(authority)}${decodeURIComponent(path || '/')}`;
}

export function pathToUri(path: string): string {
  const m = VIRTUAL_PATH.exec(path);
  if (!m) return pathToFileURL(path).href;
  const [, scheme, authority, rest] = m;
  return `${scheme}://${encodeURIComponent(authority)}${(rest || '/').split('/').map(encodeURIComponent).join('/')}`;
}

/** `/:uri:/scheme/@authority` of a virtual path; undefined for a file system path. */
function virtualAuthorityRoot(path: string): string | undefined {
  const m = VIRTUAL_PATH.exec(path);
  return m ? `${VIRTUAL_ROOT}/${m[1]}/@${m[2]}` : undefined;
}

/** Where non-file URIs' paths live; no real file system path starts with it. */
export const VIRTUAL_ROOT = '/:uri:';
const HIERARCHICAL = /^([a-z][\w+.-]*):\/\/([^/?#]*)([^?#]*)/i;
const VIRTUAL_PATH = /^\/:uri:\/([a-z][\w+.-]*)\/@([^/]*)(\/.*)?$/i;
