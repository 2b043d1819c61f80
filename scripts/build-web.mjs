// Browser build (vscode.dev / github.dev), separate from scripts/build.mjs (the Node bundles):
//   dist/web/extension.js  the extension in a web-worker extension host (package.json "browser"),
//                          CommonJS as that host loads it; `vscode` is provided by the host
//   dist/web/server.js     the language server, one classic web-worker script
// node: modules that shared code imports are mapped to small browser shims (src/web/shims) or to
// path-browserify (the POSIX node:path: URIs' paths are POSIX).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  // A worker has no DOM: packages with a "worker" export (decode-named-character-reference) use it.
  conditions: ['worker'],
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  define: { BULLETPROOF_VERSION: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  alias: {
    'node:fs': './src/web/shims/fs.ts',
    'node:url': './src/web/shims/url.ts',
    'node:path': 'path-browserify',
  },
};

const results = await Promise.all([
  build({ ...common, entryPoints: ['src/web/server-main.ts'], outfile: 'dist/web/server.js', format: 'iife' }),
  build({ ...common, entryPoints: ['src/web/extension-main.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] }),
]);
for (const result of results) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) console.log(`${file}: ${output.bytes} bytes`);
}
