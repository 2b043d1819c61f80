// Bundles the TypeScript suite into CommonJS for the extension host (vscode and mocha stay external:
// the host provides vscode, mocha resolves from the project's node_modules). Shared by both runners.
'use strict';
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, '.vscode-test', 'suite');

async function bundleSuite() {
  const { build } = require('esbuild');
  await build({
    entryPoints: {
      index: path.join(__dirname, 'suite/index.ts'),
      'vsix-index': path.join(__dirname, 'suite/vsix-index.ts'),
    },
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return { dev: path.join(OUT, 'index'), vsix: path.join(OUT, 'vsix-index') };
}

module.exports = { bundleSuite, ROOT, OUT };
