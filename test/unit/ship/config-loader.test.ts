// The one configuration loader: the same lookup and the same `files` globs for the CLI, the language
// server and the commands (src/node/config-loader.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigLoader, isResumePath, formatConfigErrors } from '../../../src/node/config-loader';
import { ConfigFileStore } from '../../../src/server/config-files';
import { findConfigFile } from '../../../src/node/config-file';
import { runCli } from '../../helpers/cli';

const CLEAN = `# Ada Example

ada@example.com

## Experience

### Engineer, Acme — Jan 2022 – Mar 2023

- Migrated 40 services to Kubernetes, cutting hosting costs by 30%.
`;

describe('ship: one configuration loader', () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'bp-config-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };

  it('finds the nearest .bulletproof.json upward', () => {
    write('.bulletproof.json', '{ "rules": { "filler-word": "off" } }');
    write('a/b/.bulletproof.json', '{ "rules": { "filler-word": "error" } }');
    mkdirSync(join(dir, 'a/b/c'), { recursive: true });
    const loader = new ConfigLoader();
    assert.equal(loader.nearest(join(dir, 'a/b/c'))?.path, join(dir, 'a/b/.bulletproof.json'));
    assert.equal(loader.nearest(join(dir, 'a'))?.path, join(dir, '.bulletproof.json'));
  });

  it('stops at a repository root (.git folder or file) and at the workspace root', () => {
    write('.bulletproof.json', '{}');
    mkdirSync(join(dir, 'repo/.git/objects'), { recursive: true });
    mkdirSync(join(dir, 'repo/docs'), { recursive: true });
    write('worktree/.git', 'gitdir: /elsewhere\n');
    mkdirSync(join(dir, 'ws/sub'), { recursive: true });
    const loader = new ConfigLoader();
    assert.equal(loader.nearest(join(dir, 'repo/docs')), undefined, 'a .git folder is the top');
    assert.equal(loader.nearest(join(dir, 'worktree')), undefined, 'a .git file (worktree) is the top');
    assert.equal(loader.nearest(join(dir, 'ws/sub'), join(dir, 'ws')), undefined, 'the workspace folder is the top');
    assert.equal(loader.nearest(join(dir, 'ws/sub'))?.path, join(dir, '.bulletproof.json'), 'no repository, no workspace: up to the file system root');
    // The CLI's and the commands' lookup is the same function.
    assert.equal(findConfigFile(join(dir, 'repo/docs')), undefined);
    assert.equal(findConfigFile(join(dir, 'ws/sub')), join(dir, '.bulletproof.json'));
  });

  it('is the server store, with its cache dropped on change', () => {
    write('.bulletproof.json', '{ "files": ["cv/*.md"] }');
    const store = new ConfigFileStore();
    assert.deepEqual(store.nearest(dir)?.config.files, ['cv/*.md']);
    write('.bulletproof.json', '{ "files": ["other.md"] }');
    assert.deepEqual(store.nearest(dir)?.config.files, ['cv/*.md'], 'cached until told');
    store.forget(join(dir, '.bulletproof.json'));
    assert.deepEqual(store.nearest(dir)?.config.files, ['other.md']);
  });

  it('reports errors with file:line:col and never throws on a broken file', () => {
    write('.bulletproof.json', '{\n  "files": 3\n}');
    const file = new ConfigLoader().nearest(dir)!;
    assert.equal(file.config.files, undefined);
    const [message] = formatConfigErrors(file);
    assert.match(message, /\.bulletproof\.json:2:\d+: /);
  });

  it('matches `files` relative to the folder holding .bulletproof.json; editor globs win, relative to the workspace', () => {
    write('profile/.bulletproof.json', '{ "files": ["docs/*.md"] }');
    const file = new ConfigLoader().nearest(join(dir, 'profile/docs'))!;
    assert.equal(isResumePath(join(dir, 'profile/docs/about.md'), undefined, { file, root: dir }), true);
    assert.equal(isResumePath(join(dir, 'profile/resume.md'), undefined, { file, root: dir }), false, 'globs replace the defaults');
    assert.equal(isResumePath(join(dir, 'profile/notes.md'), '---\nresume: true\n---\n', { file, root: dir }), true, 'front matter opts in');
    assert.equal(isResumePath(join(dir, 'profile/docs/about.md'), undefined, { file, settingsFiles: ['x.md'], root: dir }), false);
    assert.equal(isResumePath(join(dir, 'profile/docs/about.md'), undefined, { file, settingsFiles: ['profile/docs/*.md'], root: dir }), true);
    assert.equal(isResumePath(join(dir, 'deep/cv-2024.md'), undefined, { root: dir }), true, 'defaults without a config');
  });

  it('`bulletproof lint .` honours `files` from .bulletproof.json', async () => {
    const withFinding = CLEAN.replace('- Migrated', '- Successfully migrated');
    write('.bulletproof.json', '{ "files": ["career/*.md"] }');
    write('career/about-me.md', withFinding);
    write('resume.md', withFinding);
    const filesIn = (stdout: string) => [...new Set(JSON.parse(stdout).map((f: { file: string }) => f.file))].sort();
    const all = await runCli(['lint', '.', '-f', 'json'], dir);
    assert.equal(all.code, 0, all.stderr);
    assert.deepEqual(filesIn(all.stdout), ['career/about-me.md'], 'resume.md is outside "files"');
    // From a subfolder the globs still match relative to the config file's folder.
    const sub = await runCli(['lint', '.', '-f', 'json'], join(dir, 'career'));
    assert.deepEqual(filesIn(sub.stdout), ['about-me.md']);
    // Without the config file, the defaults apply again.
    rmSync(join(dir, '.bulletproof.json'));
    const defaults = await runCli(['lint', '.', '-f', 'json'], dir);
    assert.deepEqual(filesIn(defaults.stdout), ['resume.md']);
  });
});
