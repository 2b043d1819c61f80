// Runs the suite inside the extension host with mocha's TDD interface. The suite is bundled into one
// file, so instead of mocha loading test files, the `register` callback defines suites right after
// mocha has installed its globals (suite, test, suiteSetup, …). A failure rejects, which VS Code
// reports to the harness as a non-zero exit code.
import Mocha from 'mocha';

export function runMocha(register: () => void, timeoutMs = 30000): Promise<void> {
  // BULLETPROOF_IT_GREP runs only the tests whose full title matches (one test while debugging).
  const grep = process.env.BULLETPROOF_IT_GREP ? new RegExp(process.env.BULLETPROOF_IT_GREP) : undefined;
  const mocha = new Mocha({ ui: 'tdd', timeout: timeoutMs, color: false, reporter: 'spec', grep });
  mocha.suite.emit('pre-require', globalThis, 'bulletproof-integration', mocha);
  register();
  mocha.suite.emit('post-require', globalThis, 'bulletproof-integration', mocha);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed.`)) : resolve()));
  });
}
