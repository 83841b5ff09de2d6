// `npm test`: builds, type-checks, then runs the three tiers (unit, integration in the real extension host,
// end to end in Chromium) and ends with one line that sums them: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, readTier } from './tier-results.mjs';

const steps = [
  { name: 'build', command: ['node', 'esbuild.mjs', '--tests'] },
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'unit', command: ['node', 'scripts/run-unit.mjs'], tier: true },
  { name: 'integration', command: ['node', 'scripts/run-integration.mjs'], tier: true },
  { name: 'e2e', command: ['node', 'scripts/run-e2e.mjs'], tier: true },
];

rmSync(path.join(projectRoot, '.test-results'), { recursive: true, force: true });
const totals = { passed: 0, failed: 0 };
const summary = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(step.command[0], step.command.slice(1), { cwd: projectRoot, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!step.tier) {
    if (result.status !== 0) {
      summary.push(`${step.name}: FAILED (${seconds}s)`);
      totals.failed++;
      break; // nothing to test without a build
    }
    summary.push(`${step.name}: ok (${seconds}s)`);
    continue;
  }
  // A tier that crashed before reporting counts as one failure.
  const counts = readTier(step.name) ?? { passed: 0, failed: 1 };
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  summary.push(`${step.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds}s)`);
}

console.log('\n=== summary ===');
for (const line of summary) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed === 0 ? 0 : 1;
