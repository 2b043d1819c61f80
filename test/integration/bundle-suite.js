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
  // The browser suite runs in the web-worker extension host: a browser bundle with mocha's browser build.
  await build({
    entryPoints: { 'web-index': path.join(__dirname, 'suite/web-index.ts') },
    outdir: OUT,
    // esbuild takes mocha's browser build for ESM, so its UMD header would see this bundle's own
    // `module` and replace its exports with mocha: with no free `exports` it sets the global instead.
    define: { exports: 'undefined' },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return { dev: path.join(OUT, 'index'), vsix: path.join(OUT, 'vsix-index'), web: path.join(OUT, 'web-index') };
}

module.exports = { bundleSuite, ROOT, OUT };
