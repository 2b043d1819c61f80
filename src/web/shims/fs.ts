// node:fs in the browser worker: there is no local file system, so every file is absent (ENOENT).
// The config loader then finds no .bulletproof.json and the server lints with editor settings.
function absent(path: string): never {
  throw Object.assign(new Error(`ENOENT: no file system in the browser: ${path}`), { code: 'ENOENT' });
}
export const readFileSync = (path: string): never => absent(path);
export const existsSync = (): boolean => false;
export default { readFileSync, existsSync };
