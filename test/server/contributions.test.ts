// The extension's manifest, settings, config schema and package contents agree with the code that
// reads them, so a setting or command cannot be contributed without being implemented (or the reverse).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateConfig } from '../../src/core/config';
import { readEditorSettings } from '../../src/server/settings';
import { statusText, statusTooltip } from '../../src/extension/status-text';

const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const schema = JSON.parse(readFileSync(resolve(ROOT, 'schemas/bulletproof.schema.json'), 'utf8'));

describe('extension manifest', () => {
  it('activates on resume languages only (Markdown, LaTeX, YAML, JSON), never at startup, and supports untrusted workspaces', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:latex', 'onLanguage:yaml', 'onLanguage:json']);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });

  it('contributes exactly the commands the extension registers, under the "Bulletproof" category', () => {
    // Commands are registered in commands.ts (desktop features) and lsp-commands.ts (shared with the browser build).
    const source = ['src/extension/commands.ts', 'src/extension/lsp-commands.ts'].map((f) => readFileSync(resolve(ROOT, f), 'utf8')).join('\n');
    const registered = [...source.matchAll(/register\('([\w.]+)'/g)].map((m) => m[1]).sort();
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, registered);
    assert.ok(manifest.contributes.commands.every((c: { category: string }) => c.category === 'Bulletproof'));
    const titles = manifest.contributes.commands.map((c: { title: string }) => c.title);
    for (const t of ['Fix All', 'Show Rule Documentation', 'Lint This File as a Resume', 'Tailor Resume to Job…', 'Draft Referral Intro…']) assert.ok(titles.includes(t), t);
  });

  it('needs no newer VS Code than the API it is typed against, and no newer than code-server 4.100', () => {
    const engine = /^\^(\d+)\.(\d+)/.exec(manifest.engines.vscode)!;
    const types = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/@types/vscode/package.json'), 'utf8')).version.split('.');
    assert.ok(+engine[1] === 1 && +engine[2] >= +types[1], 'vsce refuses @types/vscode newer than engines.vscode');
    assert.ok(+engine[2] <= 100, 'the integration tests run on VS Code 1.100');
  });

  it('validates .bulletproof.json with the bundled schema', () => {
    const [rule] = manifest.contributes.jsonValidation;
    assert.equal(rule.fileMatch, '.bulletproof.json');
    assert.ok(existsSync(resolve(ROOT, rule.url)));
  });
});

describe('editor settings', () => {
  const props = () => manifest.contributes.configuration.properties as Record<string, { default: unknown; description?: string; markdownDescription?: string }>;

  it('each contributed setting has a description, and its default changes nothing', () => {
    const defaults: Record<string, unknown> = {};
    for (const [key, p] of Object.entries(props())) {
      assert.ok(p.description || p.markdownDescription, `${key} has a description`);
      defaults[key.replace(/^bulletproof\./, '')] = p.default;
    }
    // Defaults must not override .bulletproof.json: they read as "not set".
    assert.deepEqual(readEditorSettings(defaults), { enable: true, config: {}, problems: [] });
  });

  it('each contributed setting is read by the server, or by the extension for its own commands', () => {
    const keys = Object.keys(props()).map((k) => k.replace(/^bulletproof\./, '')).sort();
    const readByExtension = ['browserPath'];
    assert.deepEqual(keys.filter((k) => !readByExtension.includes(k)), ['enable', 'files', 'markdownlint', 'maxFileSize', 'rules']);
    const tailorSource = readFileSync(resolve(ROOT, 'src/extension/tailor.ts'), 'utf8');
    for (const key of readByExtension) {
      assert.ok(keys.includes(key), `${key} is contributed`);
      assert.ok(tailorSource.includes(`get<string>('${key}')`), `${key} is read by the extension`);
    }
    const read = readEditorSettings({ enable: false, files: ['cv/*.md'], rules: { 'filler-word': 'off' }, markdownlint: false, maxFileSize: 5000 });
    assert.equal(read.enable, false);
    assert.deepEqual(read.config, { files: ['cv/*.md'], rules: { 'filler-word': 'off' }, markdownlint: false, maxFileSize: 5000 });
  });

  it('reports a bad setting instead of applying it', () => {
    const read = readEditorSettings({ rules: { 'filler-word': 'loud' } });
    assert.deepEqual(read.config.rules, {});
    assert.match(read.problems[0], /filler-word/);
  });
});

describe('.bulletproof.json schema', () => {
  it('describes exactly the keys the engine accepts', () => {
    const samples: Record<string, unknown> = { rules: {}, markdownlint: false, words: {}, files: [], maxFileSize: 10, $schema: 'x', profile: { needsSponsorship: false } };
    assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(samples).sort());
    for (const [key, value] of Object.entries(samples)) {
      const problems: string[] = [];
      validateConfig({ [key]: value }, (m) => problems.push(m));
      assert.deepEqual(problems, [], key);
    }
    const unknown: string[] = [];
    validateConfig({ colour: 1 }, (m) => unknown.push(m));
    assert.equal(unknown.length, 1);
    assert.equal(schema.additionalProperties, false);
  });

  it('lists exactly the word lists the engine accepts', () => {
    for (const key of Object.keys(schema.properties.words.properties)) {
      const problems: string[] = [];
      const value = key === 'techTerms' ? { nodejs: 'Node.js' } : ['x'];
      validateConfig({ words: { [key]: value } }, (m) => problems.push(m));
      assert.deepEqual(problems, [], key);
    }
    const problems: string[] = [];
    validateConfig({ words: { nope: [] } }, (m) => problems.push(m));
    const known = /known: ([^)]*)\)/.exec(problems[0])![1].split(', ').sort();
    assert.deepEqual(Object.keys(schema.properties.words.properties).sort(), known);
  });

  it('allows the same severities as the engine', () => {
    assert.deepEqual(schema.definitions.severity.enum, ['error', 'warning', 'info', 'hint', 'off']);
    assert.deepEqual(manifest.contributes.configuration.properties['bulletproof.rules'].additionalProperties.enum, schema.definitions.severity.enum);
  });
});

describe('packaged .vsix contents (.vscodeignore)', () => {
  it('hold the bundles, manifest, docs, schema, snippets and grammars, and nothing else', function () {
    this.timeout(120_000); // vsce ls, like ship/manifest.test.ts: over 30 s on a loaded CI machine
    const files = execFileSync(process.execPath, [resolve(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'dist/extension.js', 'dist/server.js', 'dist/lint-worker.js', 'dist/feature-commands.js', 'schemas/bulletproof.schema.json']) {
      assert.ok(files.includes(f), `${f} is packaged`);
    }
    const allowed = /^(package\.json|README\.md|LICENSE|THIRD-PARTY-NOTICES\.md|CHANGELOG\.md|images\/icon\.png|dist\/(extension|feature-commands|server|lint-worker)\.js|dist\/web\/(extension|server)\.js|docs\/rules\/[\w-]+\.md|schemas\/[\w.-]+\.json|snippets\/.+|syntaxes\/[\w.-]+\.json)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  });
});

describe('status bar text', () => {
  it('says how many work bullets are quantified and how many are vague', () => {
    assert.equal(statusText({ bullets: 18, quantified: 12, vague: 3, problems: 9 }), '12/18 bullets quantified · 3 vague');
    assert.equal(statusText({ bullets: 4, quantified: null, vague: 1, problems: 2 }), '4 bullets · 1 vague');
    assert.equal(statusText({ bullets: 0, quantified: 0, vague: 0, problems: 1 }), 'no work bullets');
    assert.match(statusTooltip({ bullets: 4, quantified: 4, vague: 0, problems: 1 }), /1 problem in this resume/);
  });
});
