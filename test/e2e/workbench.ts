// The end-to-end fixture: the real VS Code server with Newsmark loaded on a temp copy of seeds/, opened in
// headless Chromium. Screenshots of each step go to test-results/e2e/ (git-ignored).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

export const projectRoot = path.resolve(__dirname, '../../..');
export const screenshotDir = path.join(projectRoot, 'test-results', 'e2e');

export interface Workbench {
  page: Page;
  workspace: string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The project's scripts are ES modules shared with the runners; load them at run time. */
async function script<T>(name: string): Promise<T> {
  return import(pathToFileURL(path.join(projectRoot, 'scripts', name)).href) as Promise<T>;
}

/**
 * VS Code settings that run Newsmark's web bundle (dist/extension.web.js) in the browser's web-worker extension
 * host, as vscode.dev would, instead of its Node bundle in the server's extension host.
 */
export const IN_WEB_WORKER = { 'remote.extensionKind': { 'newsmark.newsmark': ['web'] } };

export async function openWorkbench(settings: Record<string, unknown> = {}): Promise<Workbench> {
  const server = await script<typeof import('../../scripts/vscode-server.mjs')>('vscode-server.mjs');
  const { launchChromium } = await script<typeof import('../../scripts/browser.mjs')>('browser.mjs');
  const workspace = server.copySeedsWorkspace();
  // exactly what `npm start` serves, on a throw-away copy of the seeds
  const running = await server.startNewsmarkWorkbench({ folder: workspace, settings });
  const browser = await launchChromium();
  mkdirSync(screenshotDir, { recursive: true });
  await browser.page.goto(running.url);
  await browser.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return {
    page: browser.page,
    workspace,
    async screenshot(name) {
      const file = path.join(screenshotDir, `${name}.png`);
      await browser.page.screenshot({ path: file });
      console.log(`      screenshot: ${path.relative(projectRoot, file)}`);
      return file;
    },
    async close() {
      await browser.close();
      running.stop();
      rmSync(path.dirname(workspace), { recursive: true, force: true });
    },
  };
}
