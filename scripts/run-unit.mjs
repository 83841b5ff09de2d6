// Unit tier: mocha on the compiled core tests, in plain Node (no VS Code).
import Mocha from 'mocha';
import { compiledTests, recordTier } from './tier-results.mjs';

const mocha = new Mocha({ reporter: 'spec', timeout: 10000, grep: process.env.MOCHA_GREP });
for (const file of compiledTests('unit')) mocha.addFile(file);
const runner = mocha.run((failures) => {
  const { passes, failures: failed, pending } = runner.stats;
  recordTier('unit', { passed: passes, failed, pending });
  process.exitCode = failures ? 1 : 0;
});
