// node:fs in the browser worker: there is no local file system. The files the server may read (only
// .bulletproof.json, through the shared config loader) are the ones its client sent, keyed by the
// document path of their URI (src/server/locations.ts); every other path is absent (ENOENT), so the
// loader finds no config there and the server lints with the editor settings.
const files = new Map<string, string>();

/** Stores the text the client read for `path`, or forgets it (`undefined`: deleted). */
export function setVirtualFile(path: string, text: string | undefined): void {
  if (text === undefined) files.delete(path);
  else files.set(path, text);
}

export function readFileSync(path: string): string {
  const text = files.get(String(path));
  if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file in the browser: ${path}`), { code: 'ENOENT' });
  return text;
}
export const existsSync = (path: string): boolean => files.has(String(path));
/** Nothing is written from the browser build; a call is a bug, reported as such. */
export function writeFileSync(path: string): never {
  throw new Error(`Cannot write ${path}: no file system in the browser.`);
}
export default { readFileSync, existsSync, writeFileSync };
