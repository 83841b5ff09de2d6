import type { BrowserContext, Page } from 'playwright-core';

export function launchChromium(options?: { width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }>;
