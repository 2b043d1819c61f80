// Documents on vscode.dev and github.dev have non-file URIs (vscode-vfs://github/owner/repo/…). The
// server gives them POSIX paths under VIRTUAL_ROOT so the workspace folder, the nearest
// .bulletproof.json and `files` globs work as they do for files on disk.
import assert from 'node:assert/strict';
import { locate, pathToUri, uriToPath, VIRTUAL_ROOT } from '../../../src/server/locations';

describe('ship: paths of non-file documents', () => {
  it('maps a hierarchical URI to a path and back, keeping scheme, authority and escapes', () => {
    const uri = 'vscode-vfs://github/owner/repo/docs/my%20resume.md';
    const path = uriToPath(uri)!;
    assert.equal(path, `${VIRTUAL_ROOT}/vscode-vfs/@github/owner/repo/docs/my resume.md`);
    assert.equal(pathToUri(path), uri);
    assert.equal(pathToUri('/home/ada/resume.md'), 'file:///home/ada/resume.md');
  });

  it('finds the workspace folder and the path that `files` globs match', () => {
    const root = uriToPath('vscode-vfs://github/owner/repo')!;
    assert.deepEqual(locate('vscode-vfs://github/owner/repo/cv/resume.md', [root]), {
      path: `${VIRTUAL_ROOT}/vscode-vfs/@github/owner/repo/cv/resume.md`,
      root,
      globPath: 'cv/resume.md',
    });
  });

  it('outside every workspace folder, the config search stops at the URI authority, not at the disk root', () => {
    assert.equal(locate('vscode-vfs://github/owner/repo/resume.md', []).root, `${VIRTUAL_ROOT}/vscode-vfs/@github`);
  });

  it('leaves URIs without a path (untitled:) and file: URIs as before', () => {
    assert.deepEqual(locate('untitled:Untitled-1', []), { globPath: 'Untitled-1' });
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
    assert.equal(locate('file:///home/ada/cv/resume.md', ['/home/ada']).globPath, 'cv/resume.md');
  });
});
