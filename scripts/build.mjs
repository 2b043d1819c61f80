// Bundles every entry point with esbuild. Each entry is one self-contained CommonJS file in dist/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  // Prefer ESM builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  define: { BULLETPROOF_VERSION: JSON.stringify(version) },
};

// name in dist/ -> source entry. Add new entry points here.
const entries = {
  core: 'src/core/index.ts',
  cli: 'src/cli/main.ts',
  server: 'src/server/main.ts',
  'lint-worker': 'src/server/lint-worker.ts',
  extension: 'src/extension/main.ts',
};

await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    build({
      ...common,
      entryPoints: [entry],
      outfile: `dist/${name}.js`,
      external: name === 'extension' ? ['vscode'] : [],
      banner: name === 'cli' ? { js: '#!/usr/bin/env node' } : undefined,
    }),
  ),
);
