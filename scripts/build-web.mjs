// Browser build of the language server (vscode.dev / github.dev): dist/web/server.js, one classic
// web-worker script. Separate from scripts/build.mjs, which builds the Node bundles.
// node: modules the server's edges import are mapped to small browser shims (src/web/shims) or to
// path-browserify (the POSIX node:path, as URIs' paths are POSIX).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const result = await build({
  entryPoints: ['src/web/server-main.ts'],
  outfile: 'dist/web/server.js',
  bundle: true,
  platform: 'browser',
  format: 'iife',
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
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`dist/web/server.js: ${bytes} bytes`);
