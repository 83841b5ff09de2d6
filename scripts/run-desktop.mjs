// `npm run test:desktop`: the same integration suite on desktop VS Code through @vscode/test-electron.
// It downloads VS Code (not possible offline); set VSCODE_EXECUTABLE to use an installed one instead.
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { projectRoot } from './tier-results.mjs';
import { copySeedsWorkspace } from './vscode-server.mjs';

const workspace = copySeedsWorkspace();
try {
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, process.env.NEWSMARK_TEST_OUT || 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`desktop integration tests failed: ${error.message ?? error}`);
  process.exitCode = 1;
}
