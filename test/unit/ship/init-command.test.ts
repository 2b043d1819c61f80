// "Bulletproof: Create Starter Resume" and its first-run offer (src/extension/init.ts), against a small
// stand-in for the `vscode` module that records what the extension asks of the editor. The real
// files are written to a temporary folder, as in the editor.
import assert from 'node:assert/strict';
import Module from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { STARTER_CONFIG, STARTER_RESUME } from '../../../src/node/starter';

class Uri {
  constructor(readonly scheme: string, readonly fsPath: string) {}
  static file(path: string) {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]) {
    return new Uri(base.scheme, join(base.fsPath, ...parts));
  }
  get path() {
    return this.fsPath;
  }
  toString() {
    return `${this.scheme}://${this.fsPath}`;
  }
}

/** What the fake editor saw, and what it answers. */
const editor = {
  folders: [] as { uri: Uri; name: string; index: number }[],
  shown: [] as string[],
  messages: [] as string[],
  executed: [] as string[],
  answer: undefined as string | undefined,
  settingsFiles: [] as string[],
  state: new Map<string, unknown>(),
};

/** Every file under `dir`, relative to `base`: findFiles matches its globs against these. */
function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))]));
}

const fakeVscode = {
  Uri,
  RelativePattern: class {
    constructor(
      readonly base: { uri: Uri },
      readonly pattern: string,
    ) {}
  },
  workspace: {
    get workspaceFolders() {
      return editor.folders;
    },
    textDocuments: [],
    getConfiguration: () => ({ get: (key: string) => (key === 'files' ? editor.settingsFiles : undefined) }),
    findFiles: async (pattern: { base: { uri: Uri }; pattern: string }) =>
      listFiles(pattern.base.uri.fsPath)
        .filter((f) => picomatch.isMatch(f, pattern.pattern, { nocase: true, dot: true }))
        .map((f) => Uri.file(join(pattern.base.uri.fsPath, f))),
    asRelativePath: (uri: Uri) => relative(editor.folders[0]?.uri.fsPath ?? '/', uri.fsPath),
  },
  window: {
    showTextDocument: async (uri: Uri) => void editor.shown.push(uri.fsPath),
    showInformationMessage: async (message: string) => {
      editor.messages.push(message);
      return editor.answer;
    },
    showWarningMessage: async (message: string) => void editor.messages.push(message),
    showWorkspaceFolderPick: async () => editor.folders[0],
  },
  commands: {
    executeCommand: async (id: string) => {
      editor.executed.push(id);
      return init.createStarterResume();
    },
  },
};

// Route `require('vscode')` to the stand-in before loading the extension module.
const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleInternals._load;
moduleInternals._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, ...rest);
};
const init = require('../../../src/extension/init') as typeof import('../../../src/extension/init');
moduleInternals._load = originalLoad;

const context = () => ({ workspaceState: { get: (k: string) => editor.state.get(k), update: async (k: string, v: unknown) => void editor.state.set(k, v) } }) as never;

describe('ship: Create Starter Resume (VS Code command)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-init-cmd-'));
    Object.assign(editor, { folders: [{ uri: Uri.file(dir), name: 'ws', index: 0 }], shown: [], messages: [], executed: [], answer: undefined, settingsFiles: [], state: new Map() });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the starter files into the workspace folder and opens the resume', async () => {
    const outcome = await init.createStarterResume();
    assert.ok(outcome);
    assert.equal(readFileSync(join(dir, 'resume.md'), 'utf8'), STARTER_RESUME);
    assert.equal(readFileSync(join(dir, '.bulletproof.json'), 'utf8'), STARTER_CONFIG);
    assert.deepEqual(editor.shown, [join(dir, 'resume.md')]);
    assert.equal(outcome.created.length, 2);
    assert.deepEqual(editor.messages, []);
  });

  it('never overwrites: existing files are kept and the user is told', async () => {
    writeFileSync(join(dir, 'resume.md'), '# Mine\n');
    const outcome = await init.createStarterResume();
    assert.equal(readFileSync(join(dir, 'resume.md'), 'utf8'), '# Mine\n');
    assert.deepEqual(outcome!.existing.map((u) => u.fsPath), [join(dir, 'resume.md')]);
    assert.ok(existsSync(join(dir, '.bulletproof.json')));
    assert.match(editor.messages[0], /resume\.md already existed and was left unchanged/);
  });

  it('without a folder, says to open one and writes nothing', async () => {
    editor.folders = [];
    assert.equal(await init.createStarterResume(), undefined);
    assert.match(editor.messages[0], /open a folder first/);
  });

  it('offers the command once when the workspace has no resume, and runs it when accepted', async () => {
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    editor.answer = 'Create Starter Resume';
    await init.offerStarterResume(context());
    assert.equal(editor.messages.length, 1);
    assert.deepEqual(editor.executed, ['bulletproof.createStarterResume']);
    assert.ok(existsSync(join(dir, 'resume.md')));
    rmSync(join(dir, 'resume.md'));
    await init.offerStarterResume(context());
    assert.equal(editor.messages.length, 1, 'asked once per workspace');
  });

  it('does not offer when a resume exists, by the default names or by the globs of .bulletproof.json', async () => {
    writeFileSync(join(dir, 'cv-2025.md'), '# Ada\n');
    await init.offerStarterResume(context());
    assert.deepEqual(editor.messages, []);
    rmSync(join(dir, 'cv-2025.md'));
    writeFileSync(join(dir, 'about.md'), '# Ada\n');
    writeFileSync(join(dir, '.bulletproof.json'), '{ "files": ["about.md"] }');
    await init.offerStarterResume(context());
    assert.deepEqual(editor.messages, []);
  });
});
