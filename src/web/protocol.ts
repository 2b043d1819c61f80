// The one message the browser build adds to the server protocol (src/server/protocol.ts): the web
// worker has no file system, so its client reads each .bulletproof.json through vscode.workspace.fs
// and sends the text. Plain data only: both the client and the worker import it.

/** Client → server (browser build only): the text of one config file, or null once it is gone. */
export const CONFIG_FILE_NOTIFICATION = 'bulletproof/configFile';

export interface ConfigFileParams {
  /** The config file's URI (any scheme: vscode-vfs:, vscode-test-web:, file:, …). */
  uri: string;
  text: string | null;
}
