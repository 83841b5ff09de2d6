import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { IN_WEB_WORKER, openWorkbench, type Workbench } from './workbench';

// The fact-checker's main workflow, driven through the real workbench with mouse and keyboard only:
// open a seed, see the marks, hover a speaker, reject a scare quote from the tree, set a speaker from the
// command palette, and find both decisions in the sidecar on disk. Once with the Node bundle in the server's
// extension host, once with the web bundle in the browser's web-worker extension host.

const SEED = '001_8a9ec97805bb31d5.txt';
const NEW_SPEAKER = 'Kaja Kallas';

interface SidecarQuote {
  text: string;
  speaker?: string | null;
  status: string;
}

const HOSTS = [
  { name: 'the Node extension host', prefix: 'workflow', settings: {} },
  { name: "the browser's web-worker extension host", prefix: 'web-workflow', settings: IN_WEB_WORKER },
];

for (const host of HOSTS) describe(`end to end: the annotation workflow on a seed, in ${host.name}`, function () {
  this.timeout(180_000);
  let workbench: Workbench;
  const sidecarPath = () => path.join(workbench.workspace, `${SEED}.annotations.yaml`);
  const sidecarQuotes = (): SidecarQuote[] => (existsSync(sidecarPath()) ? ((parse(readFileSync(sidecarPath(), 'utf8')) as { quotes?: SidecarQuote[] }).quotes ?? []) : []);

  before(async () => {
    workbench = await openWorkbench(host.settings);
  });

  afterEach(async function () {
    // a failing step leaves its screen behind, so a CI failure can be seen and not only read
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`${host.prefix}-failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens a seed and marks its speakers, quotes and figures', async () => {
    const { page } = workbench;
    await page.locator('.part.activitybar a.action-label[aria-label^="Newsmark"]').click();
    await page.locator('.monaco-list-row', { hasText: SEED }).click();
    // the main article opens with its quotes listed; opening a quote opens the source
    const quoteRow = page.locator('.monaco-list-row', { hasText: 'Dovile Sakaliene:' }).first();
    await quoteRow.waitFor();
    await quoteRow.click();
    await page.locator('.tabs-container .tab.active', { hasText: SEED }).waitFor();
    // decoration types render as generated `ced-…` classes inside the editor's lines
    await page.locator('.monaco-editor .view-line span[class*="ced-"]').first().waitFor();
    if (host.settings === IN_WEB_WORKER) assert.ok(page.frames().some((frame) => frame.url().includes('webWorkerExtensionHostIframe')), 'the web-worker extension host runs');
    await workbench.screenshot(`${host.prefix}-01-decorated-source`);
  });

  it('hovers a speaker and shows who they are', async () => {
    const { page } = workbench;
    const text = readFileSync(path.join(workbench.workspace, SEED), 'utf8');
    const offset = text.indexOf('Dovile Sakaliene told') + 'Dovile '.length + 2;
    const before = text.slice(0, offset).split('\n');
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${before.length}:${before[before.length - 1].length + 1}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover', { hasText: 'Dovile Sakaliene' });
    await hover.waitFor();
    assert.match(await hover.innerText(), /Lithuanian Defen[cs]e Minister/);
    await workbench.screenshot(`${host.prefix}-02-speaker-hover`);
    await page.keyboard.press('Escape');
  });

  it('rejects a scare quote from the tree', async () => {
    const { page } = workbench;
    const row = page.locator('.monaco-list-row', { hasText: 'coalition of the willing' }).first();
    await row.scrollIntoViewIfNeeded();
    await row.click({ button: 'right' });
    // VS Code's menu items start listening for mouse-up 100 ms after the menu shows, so on a slow machine a
    // click can land before that and be dropped; choosing the item and pressing Enter cannot be
    const menuItem = page.locator('.monaco-menu .action-item', { hasText: 'Reject Annotation' });
    await menuItem.hover();
    await menuItem.and(page.locator('.focused')).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-list-row', { hasText: 'coalition of the willing' }).filter({ hasText: 'rejected' }).first().waitFor();
    await workbench.screenshot(`${host.prefix}-03-scare-quote-rejected`);
  });

  it('sets a speaker from the command palette', async () => {
    const { page } = workbench;
    await page.locator('.monaco-list-row', { hasText: 'Dovile Sakaliene:' }).first().click();
    await page.locator('.monaco-editor .selected-text').first().waitFor();
    await page.keyboard.press('F1');
    await page.keyboard.type('Newsmark: Set Speaker');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Set Speaker' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Speaker of' }).waitFor();
    await page.keyboard.type(NEW_SPEAKER);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: NEW_SPEAKER }).first().waitFor();
    await workbench.screenshot(`${host.prefix}-04-speaker-picker`);
    await page.keyboard.press('Enter');
    await page.locator('.monaco-list-row', { hasText: `${NEW_SPEAKER}:` }).first().waitFor();
    await workbench.screenshot(`${host.prefix}-05-speaker-set`);
  });

  it('finds both decisions in the sidecar on disk', async () => {
    const { page } = workbench;
    const deadline = Date.now() + 20_000;
    let quotes = sidecarQuotes();
    while (Date.now() < deadline && !(quotes.some((q) => q.status === 'rejected') && quotes.some((q) => q.speaker === NEW_SPEAKER))) {
      await page.waitForTimeout(250);
      quotes = sidecarQuotes();
    }
    const rejected = quotes.find((quote) => quote.text.includes('coalition of the willing'));
    assert.equal(rejected?.status, 'rejected', 'the scare quote is rejected in the sidecar');
    const edited = quotes.find((quote) => quote.speaker === NEW_SPEAKER);
    assert.ok(edited, 'the new speaker is in the sidecar');
    assert.equal(edited.status, 'edited');
    await page.keyboard.press('F1');
    await page.keyboard.type('Newsmark: Open Sidecar');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Sidecar' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: `${SEED}.annotations.yaml` }).waitFor();
    await workbench.screenshot(`${host.prefix}-06-sidecar`);
  });
});
