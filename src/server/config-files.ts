// The server's `.bulletproof.json` store is the shared loader (src/node/config-loader.ts), so the editor,
// the CLI and the commands find the same file: the nearest one from the document's folder up to its
// workspace folder or repository root. The server drops the cache when the client reports that a config
// file changed (didChangeWatchedFiles).
export { ConfigLoader as ConfigFileStore, CONFIG_FILE_NAME, type ConfigFile } from '../node/config-loader';
