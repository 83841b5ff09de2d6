import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from './workbench';

describe('end to end: browsing the seeds in the Newsmark view', function () {
  this.timeout(120_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench();
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens the workbench on the seeds folder', async () => {
    await workbench.page.locator('.explorer-folders-view, .part.sidebar').first().waitFor();
    await workbench.screenshot('01-workbench');
  });

  it('shows the five sources in the Newsmark view', async () => {
    const { page } = workbench;
    await page.locator('.part.activitybar a.action-label[aria-label^="Newsmark"]').click();
    const rows = page.locator('.pane:has(.pane-header[aria-label*="Sources"]) .monaco-list-row');
    await rows.filter({ hasText: '004_e7c760b7ca99449a.txt' }).waitFor();
    const labels = await rows.allInnerTexts();
    for (const seed of ['000_69048a9bb0503707.txt', '001_8a9ec97805bb31d5.txt', '002_b879b2fa3f798cfd.txt', '003_cbcabe5e24aa5d21.txt', '004_e7c760b7ca99449a.txt']) {
      assert.ok(labels.some((label) => label.includes(seed)), `${seed} is listed: ${labels.join(' | ')}`);
    }
    await workbench.screenshot('02-sources-view');
  });

  it('lists the quotes of a source when it is expanded', async () => {
    const { page } = workbench;
    await page.locator('.monaco-list-row', { hasText: '003_cbcabe5e24aa5d21.txt' }).click();
    await page.locator('.monaco-list-row', { hasText: 'We are at a crossroads in history' }).first().waitFor();
    await workbench.screenshot('03-source-expanded');
  });

  it('opens the source with the quote selected when a quote is clicked', async () => {
    const { page } = workbench;
    await page.locator('.monaco-list-row', { hasText: 'We are at a crossroads in history' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: '003_cbcabe5e24aa5d21.txt' }).waitFor();
    await page.locator('.monaco-editor .selected-text').first().waitFor();
    await workbench.screenshot('04-quote-revealed');
  });
});
