// Entry of the integration run against the extension from this checkout (extensionDevelopmentPath).
import { runMocha } from './mocha-runner';
import { extensionTests } from './extension.test';
import { screenshotScenario } from './screenshot';
import { tailorTests } from './tailor.test';
import { formatsTests } from './formats.test';

export function run(): Promise<void> {
  return runMocha(() => {
    extensionTests();
    tailorTests(true);
    formatsTests();
    const target = process.env.BULLETPROOF_SCREENSHOT;
    if (target) screenshotScenario(target);
  });
}
