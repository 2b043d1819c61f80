// Entry of the integration run in the browser's web-worker extension host (code-server with the
// extension pinned to the "web" kind: dist/web/extension.js and its web-worker server). Bundled for
// the browser (bundle-suite.js): mocha's browser build, and no node: modules.
import { webTests } from './web.test';
// mocha's browser build: defines the global `mocha` (see bundle-suite.js for why that needs a define).
import 'mocha/mocha.js';

declare const mocha: {
  ui(name: string): void;
  reporter(reporter: unknown): void;
  timeout(ms: number): void;
  grep(re: RegExp): void;
  run(done: (failures: number) => void): void;
};
declare const Mocha: { reporters: { Spec: unknown } };

export function run(): Promise<void> {
  const grep = typeof process !== 'undefined' && process.env?.BULLETPROOF_IT_GREP ? new RegExp(process.env.BULLETPROOF_IT_GREP) : undefined;
  // The browser build defaults to the HTML reporter, which needs a DOM: the spec reporter logs to the console.
  mocha.ui('tdd');
  mocha.reporter(Mocha.reporters.Spec);
  mocha.timeout(60000);
  if (grep) mocha.grep(grep);
  webTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed.`)) : resolve()));
  });
}
