// End-to-end tier: mocha in Node drives the real workbench in headless Chromium (see test/e2e/workbench.ts).
import Mocha from 'mocha';
import { compiledTests, recordTier } from './tier-results.mjs';

const mocha = new Mocha({ reporter: 'spec', timeout: 120_000, grep: process.env.MOCHA_GREP });
for (const file of compiledTests('e2e', '.e2e.js')) mocha.addFile(file);
const runner = mocha.run((failures) => {
  const { passes, failures: failed, pending } = runner.stats;
  recordTier('e2e', { passed: passes, failed, pending });
  process.exitCode = failures ? 1 : 0;
});
