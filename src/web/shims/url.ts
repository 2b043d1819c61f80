// node:url in the browser worker: file: URIs do not occur there (vscode-vfs:, vscode-test-web:…),
// but the server's path helpers still reference these two.
export function fileURLToPath(url: string | URL): string {
  return decodeURIComponent(new URL(String(url)).pathname);
}
export function pathToFileURL(path: string): URL {
  return new URL(`file://${path.split('/').map(encodeURIComponent).join('/')}`);
}
export default { fileURLToPath, pathToFileURL };
