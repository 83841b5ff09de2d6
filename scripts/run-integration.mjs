// Integration tier: mocha inside the real VS Code extension host (the VS Code server, opened by headless
// Chromium), on a throw-away copy of seeds/. Prints mocha's report as it comes from the extension host.
// Two passes: the suite in a trusted workspace, then test/integration/untrusted/ in Restricted Mode.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './browser.mjs';
import { projectRoot, recordTier } from './tier-results.mjs';
import { copySeedsWorkspace, startVscodeServer, workbenchUrl } from './vscode-server.mjs';

// The offline workbench logs failed gallery and sign-in look-ups; they say nothing about Newsmark.
const NOISE = [/ENOTFOUND/, /\[Service Worker\]/, /\[AccountPolicyGate\]/, /authentication provider/i, /Failed to fetch/];
const isWorkbenchNoise = (line) => NOISE.some((pattern) => pattern.test(line));

const TIMEOUT_MS = 10 * 60 * 1000;
const testsDir = path.join(projectRoot, process.env.NEWSMARK_TEST_OUT || 'out', 'test', 'integration');

/** Runs the suite in `dir` in a fresh VS Code on a fresh copy of the seeds; returns the exit code and counts. */
async function runPass(dir, { workspaceTrust }) {
  const resultsDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-results-'));
  const resultsFile = path.join(resultsDir, 'integration.json');
  const workspace = copySeedsWorkspace();
  const server = await startVscodeServer({ workspaceTrust, env: { NEWSMARK_TEST_RESULTS: resultsFile, MOCHA_GREP: process.env.MOCHA_GREP ?? '' } });
  const browser = await launchChromium();
  let exitCode = 1;
  try {
    exitCode = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the extension host tests did not finish in 10 minutes')), TIMEOUT_MS);
      browser.page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = format(...(Array.isArray(args) ? args : [args]));
        if (isWorkbenchNoise(line)) return;
        if (type === 'error') process.stderr.write(`${line}\n`);
        else process.stdout.write(`${line}\n`);
      });
      browser.page.exposeFunction('codeAutomationExit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      console.log(`[integration] opening the workbench on ${workspace}${workspaceTrust ? ' in Restricted Mode' : ''}`);
      browser.page.goto(workbenchUrl({ port: server.port, folder: workspace, testsDir: dir })).catch(reject);
    });
  } catch (error) {
    console.error(`[integration] ${error.message}`);
  } finally {
    await browser.close();
    server.stop();
    rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
  let counts = { passed: 0, failed: 1, pending: 0 };
  try {
    counts = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    console.error('[integration] the extension host reported no results (did the suite load?)');
  }
  rmSync(resultsDir, { recursive: true, force: true });
  return { exitCode, counts };
}

const passes = [
  await runPass(testsDir, { workspaceTrust: false }),
  await runPass(path.join(testsDir, 'untrusted'), { workspaceTrust: true }),
];
const counts = { passed: 0, failed: 0, pending: 0 };
for (const pass of passes) for (const key of Object.keys(counts)) counts[key] += pass.counts[key] ?? 0;
const exitCode = passes.every((pass) => pass.exitCode === 0) ? 0 : 1;
recordTier('integration', counts);
console.log(`[integration] extension host exit code ${exitCode}: ${counts.passed} passed, ${counts.failed} failed`);
process.exitCode = exitCode === 0 && counts.failed === 0 ? 0 : 1;
