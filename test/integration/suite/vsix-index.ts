// Entry of the integration run against the packaged .vsix installed into code-server.
import { runMocha } from './mocha-runner';
import { vsixTests } from './vsix.test';

export function run(): Promise<void> {
  return runMocha(vsixTests);
}
