// Entry of the integration run against the packaged .vsix installed into code-server.
import { runMocha } from './mocha-runner';
import { tailorTests } from './tailor.test';
import { vsixTests } from './vsix.test';

export function run(): Promise<void> {
  return runMocha(() => {
    vsixTests();
    tailorTests(false);
  });
}
