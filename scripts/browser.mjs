// Headless Debian Chromium driven by playwright-core (no browser download: executablePath points at the system's).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './vscode-server.mjs';

/** Launches Chromium with a fresh profile; `close()` ends it and removes the profile. */
export async function launchChromium({ width = 1400, height = 900 } = {}) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'newsmark-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
