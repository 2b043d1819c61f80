// .bulletproof.json for the server in the browser. The web worker cannot read files, so before a
// document opens on the server this client reads every .bulletproof.json from the document's folder
// up to its workspace folder (the lookup the server makes: src/node/config-loader.ts) through
// vscode.workspace.fs, which reaches vscode.dev's and github.dev's virtual file systems, and sends
// the texts (web/protocol.ts). When the server's file watcher reports a change, the new text (or the
// deletion) is sent first, so the server's re-lint reads it.
import * as vscode from 'vscode';
import type { BaseLanguageClient, Middleware } from 'vscode-languageclient';
import { CONFIG_FILE_NOTIFICATION, type ConfigFileParams } from './protocol';

const CONFIG_FILE_NAME = '.bulletproof.json';

export class ConfigFileSync {
  private client: BaseLanguageClient | undefined;
  /** Config file URI → the text last sent (null: known to be absent). */
  private readonly known = new Map<string, string | null>();

  /** Middleware for the client's options; `attach` the client once it exists. */
  readonly middleware: Middleware = {
    didOpen: async (document, next) => {
      await this.sendFolders(document.uri).catch(() => undefined);
      return next(document);
    },
    workspace: {
      didChangeWatchedFile: async (event, next) => {
        if (event.uri.endsWith(`/${CONFIG_FILE_NAME}`)) await this.refresh(vscode.Uri.parse(event.uri)).catch(() => undefined);
        return next(event);
      },
    },
  };

  attach(client: BaseLanguageClient): void {
    this.client = client;
  }

  /** The config files of every folder from the document's up to its workspace folder. */
  private async sendFolders(document: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(document);
    if (!folder) return;
    const root = folder.uri.path.replace(/\/+$/, '');
    let dir = document.path.slice(0, document.path.lastIndexOf('/'));
    for (;;) {
      const config = document.with({ path: `${dir}/${CONFIG_FILE_NAME}`, query: '', fragment: '' });
      if (!this.known.has(config.toString())) await this.refresh(config);
      if (dir.length <= root.length || !dir.startsWith(root)) return;
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
  }

  /** Reads one config file and sends its text when it differs from what the server has. */
  private async refresh(config: vscode.Uri): Promise<void> {
    let text: string | null;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(config));
    } catch {
      text = null; // absent (FileNotFound) or unreadable: the server lints without it
    }
    const key = config.toString();
    const before = this.known.get(key);
    this.known.set(key, text);
    if (before === text || (before === undefined && text === null) || !this.client) return;
    const params: ConfigFileParams = { uri: key, text };
    await this.client.sendNotification(CONFIG_FILE_NOTIFICATION, params);
  }
}
