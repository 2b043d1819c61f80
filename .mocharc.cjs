// Mocha's configuration for `npm run test:unit` and `npx mocha` (unit and language-server tests).
//
// Parallel: each spec file runs in one of two worker processes (the machines have two cores), which
// cut the unit phase of CI from about 6 to about 3.5 minutes. Files are handed out in the order of
// `spec` below, so the slowest ones go first and the short ones fill in behind them; otherwise the
// run would end on one long file while the other worker sits idle. Every spec file still runs, once:
// the slow files named here are taken out of the globs that follow.
//
// What parallel mode asks of a test file: nothing shared with another file at run time. Tests make
// their own temporary directories (mkdtemp), ports (listen(0)) and servers, and read dist/ as built
// before the run; the two that write into the repository (ship/web.test.ts rebuilds dist/web/,
// ship/pack.test.ts writes dist/types/) write files no other test reads.
// `npx mocha --no-parallel file…` runs files in this process, for a debugger or `.only`.
const { existsSync } = require('node:fs');
const { globSync } = require('glob');

/** The slowest files first, in order (seconds in CI, serial run of 173506e): see docs/ci.md. */
const SLOW_FIRST = [
  'test/unit/properties.test.ts', // 89 s: fast-check properties over arbitrary Markdown
  'test/unit/one-page-pdf.test.ts', // 76 s: several Chromium prints per test
  'test/unit/ship/pre-commit.test.ts', // 58 s in CI: pre-commit installs and builds this repository
  'test/server/server.test.ts', // 14 s: language server over stdio
  'test/unit/fix-range.test.ts', // 11 s
  'test/server/responsive.test.ts', // 10 s
  'test/unit/ship/pack.test.ts', // 10 s: npm pack and install
  'test/unit/ship/web.test.ts', // 10 s: headless Chromium
  'test/unit/markdownlint-chunks.test.ts', // 9 s
  'test/unit/formats/tex-compile.test.ts', // 8 s: pdflatex
  'test/unit/hostile-content.test.ts', // 8 s: Chromium prints
];
const GLOBS = ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts'];

/** Spec files named on the command line (`npx mocha test/unit/x.test.ts`): mocha adds them to the
 * configured spec, so without this the whole suite would run every time. */
const VALUE_FLAGS = new Set(['--require', '-r', '--file', '--config', '--reporter-option', '--reporter-options', '-O', '--ignore', '--exclude']);
const named = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('-') && !VALUE_FLAGS.has(all[i - 1]) && /\.[cm]?[jt]s$/.test(arg) && existsSync(arg));

const rest = GLOBS.flatMap((pattern) => globSync(pattern, { cwd: __dirname, posix: true }).sort());
const spec = named.length ? [] : [...new Set([...SLOW_FIRST.filter((file) => rest.includes(file)), ...rest])];

module.exports = {
  require: ['tsx', './test/helpers/fast-check-seed.ts'],
  spec,
  parallel: true,
  jobs: 2,
  // A harness limit, not a speed claim (speed is measured in `npm run bench`): CI on a loaded two-core
  // machine saw the workflow and packaging tests pass 20 s. Tests that need longer set their own.
  timeout: 60000,
  reporter: 'spec',
};
