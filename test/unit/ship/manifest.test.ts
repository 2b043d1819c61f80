// The Marketplace manifest: icon, banner, changelog, and what `vsce ls` puts in the .vsix.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('ship: Marketplace manifest', function () {
  this.timeout(120_000);

  it('has a PNG icon of at least 128 px, a gallery banner, a changelog, categories and keywords', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.ok(width >= 128 && width === height, `${width}×${height}`);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), /^# Changelog/);
    assert.ok(manifest.categories.includes('Linters'));
    assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30, 'vsce allows at most 30 keywords');
    assert.equal(manifest.private, undefined, 'publishable to npm');
  });

  it('keeps the npm list and the extension list apart (vsce refuses "files" beside .vscodeignore)', () => {
    assert.ok(existsSync(join(ROOT, '.vscodeignore')) && existsSync(join(ROOT, '.npmignore')));
    assert.equal(manifest.files, undefined);
  });

  it('vsce ls lists only what the installed extension reads', () => {
    const listed = execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').sort();
    const allowed = (p: string) =>
      ['package.json', 'README.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'CHANGELOG.md', manifest.icon, 'dist/extension.js', 'dist/server.js', 'dist/lint-worker.js', 'dist/feature-commands.js', 'dist/web/extension.js', 'dist/web/server.js'].includes(p) ||
      /^docs\/rules\/[\w-]+\.md$/.test(p) ||
      /^schemas\/[\w.-]+\.json$/.test(p) ||
      /^snippets\/[\w.-]+$/.test(p) ||
      /^syntaxes\/[\w.-]+\.json$/.test(p);
    assert.deepEqual(listed.filter((p) => !allowed(p)), []);
    for (const needed of ['dist/extension.js', 'dist/server.js', manifest.browser.slice(2), 'dist/web/server.js', manifest.icon, 'CHANGELOG.md', 'THIRD-PARTY-NOTICES.md']) assert.ok(listed.includes(needed), needed);
  });
});
