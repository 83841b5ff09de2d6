// Activation and the tree's first paint in the real extension host: the project's VS Code server
// (scripts/vscode-server.mjs) opened by headless Chromium on `folder`, running bench/extension-host/index.js.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../scripts/browser.mjs';
import { startVscodeServer, workbenchUrl } from '../scripts/vscode-server.mjs';
import { root } from './buildCore.mjs';

const TIMEOUT_MS = 5 * 60 * 1000;

export async function measureActivation(folder) {
  const resultsDir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-results-'));
  const resultsFile = path.join(resultsDir, 'activation.json');
  const server = await startVscodeServer({ env: { NEWSMARK_BENCH_RESULTS: resultsFile } });
  const browser = await launchChromium();
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the extension host did not report in 5 minutes')), TIMEOUT_MS);
      browser.page.exposeFunction('codeAutomationLog', () => {});
      browser.page.exposeFunction('codeAutomationExit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`the extension host exited with ${code}`));
      });
      browser.page.goto(workbenchUrl({ port: server.port, folder, testsDir: path.join(root, 'bench', 'extension-host') })).catch(reject);
    });
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } finally {
    await browser.close();
    server.stop();
    rmSync(resultsDir, { recursive: true, force: true });
  }
}
