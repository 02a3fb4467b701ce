/**
 * The plan canvas in a real VS Code (code-server + Chromium), from the packaged
 * extension dist/innovatie.vsix (build it with `npm run package` first).
 *
 *   npx mocha --import=tsx --no-config --timeout 180000 test/e2e/canvas.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { PALETTES } from '../../src/core/board/svg/palette';
import { startVSCode, type Session } from './harness';
import { keepScreenshot } from './screenshots';
import { dumpOnFailure, focusTextEditor, openCanvas, skipOrFail, VSIX, waitForText } from './canvas-support';

const PLAN = `# Plan: digitale balie

## Wie

Fatima el Amrani, teamleider Dienstverlening, gemeente Lingewaard, is eigenaar.

## Wat

Een digitale balie waar inwoners hun aanvraag in één keer goed indienen.

## Hoe

Eerst een proef met twee formulieren, daarna alle formulieren.

## Wanneer

Zo snel mogelijk.

## Kosten

€ 85.000 voor bouw en beheer in het eerste jaar.
`;

const HKW = `---
soort: hkw
---

# HKW-vragen: samen inkopen

## Hoe kunnen we-vragen

- Hoe kunnen we leveranciers laten aantonen dat het werkt? — stemmen: ●●
- Hoe kunnen we kleine leveranciers een kans geven?
`;

describe('plan canvas (e2e)', function () {
  this.timeout(180_000);
  let session: Session | undefined;

  before(async function () {
    skipOrFail(this);
    session = await startVSCode({ vsixPath: VSIX, workspaceFiles: { 'plan.md': PLAN, 'hkw.md': HKW } });
  });
  afterEach(async function () {
    await dumpOnFailure(this, session);
  });
  after(async () => {
    await session?.close();
  });

  let planFrame: Frame;

  it('opens beside the plan from the command palette and shows cards with statuses', async () => {
    const s = session!;
    planFrame = await openCanvas(s, 'plan.md', 'Plan: digitale balie');
    assert.equal(await s.page.locator('.editor-group-container').count(), 2, 'the canvas opens in a second group, beside the text');
    const cards = planFrame.locator('article.card');
    assert.equal(await cards.count(), 5);
    const status = async (id: string) => (await planFrame.locator(`article[data-ref="c:${id}"] .badge`).innerText()).trim();
    assert.match(await status('wie'), /answered|beantwoord/);
    assert.match(await status('wanneer'), /weak|zwak/);
    assert.match(await planFrame.locator('article[data-ref="c:wanneer"]').getAttribute('class') ?? '', /status-weak/);
    assert.match(await planFrame.locator('article[data-ref="c:wat"] .answer').innerText(), /digitale balie/);
    await keepScreenshot(s, 'canvas');
  });

  it('writes a card edit into the text as one small edit, and undo restores it', async () => {
    const s = session!;
    await planFrame.locator('article[data-ref="c:wanneer"] vscode-button[data-action="edit"]').click();
    const draft = planFrame.locator('#q-wanneer-ta');
    await draft.fill('Start 1 maart 2027, klaar 1 december 2027.');
    await draft.press('Control+Enter'); // keyboard save
    const edited = await waitForText(s, (text) => text.includes('Start 1 maart 2027'));
    assert.equal(edited, PLAN.replace('Zo snel mogelijk.', 'Start 1 maart 2027, klaar 1 december 2027.'));
    await planFrame.locator('article[data-ref="c:wanneer"] .badge:has-text("answered"), article[data-ref="c:wanneer"] .badge:has-text("beantwoord")').waitFor();
    await focusTextEditor(s);
    await s.page.keyboard.press('Control+Z');
    assert.equal(await waitForText(s, (text) => text.includes('Zo snel mogelijk.')), PLAN, 'one undo step takes the whole board edit back');
    await planFrame.locator('article[data-ref="c:wanneer"] .answer:has-text("Zo snel mogelijk.")').waitFor();
  });

  it('reveals a card in the text editor', async () => {
    const s = session!;
    await planFrame.locator('article[data-ref="c:kosten"] vscode-button[data-action="reveal"]').click();
    await s.page.locator('.editor-group-container').first().locator('.monaco-editor.focused').waitFor({ timeout: 10_000 });
    // "## Kosten" is line 19 of the plan.
    await s.page.locator('.statusbar-item', { hasText: 'Ln 19, Col 1' }).waitFor({ timeout: 10_000 });
  });

  it('casts a dot vote into the Markdown and keeps interleaved typing', async () => {
    const s = session!;
    const frame = await openCanvas(s, 'hkw.md', 'HKW-vragen: samen inkopen');
    await frame.locator('li.note').first().waitFor();
    await frame.locator('li.note vscode-button[data-action="vote"]').nth(1).focus();
    await s.page.keyboard.press('Enter'); // keyboard alone
    let text = await waitForText(s, (t) => t.includes('een kans geven? — stemmen: ●'));
    assert.equal(text, HKW.replace('een kans geven?', 'een kans geven? — stemmen: ●'));
    // Typing in the text and voting on the board, back and forth, faster than the board re-renders.
    for (let round = 0; round < 3; round++) {
      await focusTextEditor(s);
      await s.page.keyboard.press('Control+End');
      await s.page.keyboard.type(`\nNotitie ${round} van het team.\n`);
      await frame.locator('li.note vscode-button[data-action="vote"]').first().click();
    }
    text = await waitForText(s, (t) => t.includes('werkt? — stemmen: ●●●●●') && t.includes('Notitie 2 van het team.'));
    for (let round = 0; round < 3; round++) assert.ok(text.includes(`Notitie ${round} van het team.\n`), `typed line ${round} is intact`);
    await frame.locator('li.note .dots[aria-label="5 votes"], li.note .dots[aria-label="5 stemmen"]').waitFor();
  });

  it('exports the board as SVG and PNG next to the plan, in the palette of the current theme kind', async () => {
    const s = session!;
    await s.page.locator('.editor-group-container').nth(1).locator('.tab', { hasText: 'hkw.md' }).click();
    const frame = await s.waitForWebview('h1.plan-title:has-text("HKW-vragen: samen inkopen")');
    const kind = await frame.evaluate(() => document.body.dataset.vscodeThemeKind);
    const palette = PALETTES[kind === 'vscode-dark' ? 'dark' : kind === 'vscode-high-contrast' ? 'high-contrast' : 'light'];
    for (const format of ['svg', 'png'] as const) {
      await frame.locator(`vscode-button[data-action="export-${format}"]`).click();
      // code-server's save dialog is a quick input holding the suggested path.
      await s.page.locator('.quick-input-widget').waitFor({ state: 'visible' });
      await s.page.keyboard.press('Enter');
      const file = `HKW-vragen samen inkopen-hkw.${format}`;
      const deadline = Date.now() + 10_000;
      while (!existsSync(join(s.workspaceDir, file)) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      const bytes = readFileSync(join(s.workspaceDir, file));
      if (format === 'svg') assert.match(bytes.toString('utf8'), /^<\?xml[^>]*>\n<svg [^>]*>[\s\S]*Hoe kunnen we leveranciers laten[\s\S]*<\/svg>\n$/);
      if (format === 'svg') assert.ok(bytes.toString('utf8').includes(`<rect width="100%" height="100%" fill="${palette.page}"/>`), `${kind}: the ${palette.page} page`);
      else assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
      if (format === 'png') assert.ok(bytes.length > 5_000, 'the PNG has content');
    }
  });

  it('keeps the chosen view and zoom when the window reloads', async () => {
    const s = session!;
    // The plan's canvas is still open beside the text, behind the HKW canvas.
    await s.page.locator('.editor-group-container').nth(1).locator('.tab', { hasText: 'plan.md' }).click();
    const frame = await s.waitForWebview('h1.plan-title:has-text("Plan: digitale balie")');
    await frame.locator('vscode-tab-header[data-view="crystal"]').click();
    await frame.locator('vscode-button[data-action="zoom-in"]').click();
    await frame.locator('.view-crystal').waitFor();
    await s.runCommand('File: Save All');
    await s.runCommand('Developer: Reload Window');
    await s.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const restored = await s.waitForWebview('h1.plan-title:has-text("Plan: digitale balie")', 60_000);
    await restored.locator('.view-crystal').waitFor({ timeout: 20_000 });
    assert.equal(await restored.locator('[data-board="crystal"]').evaluate((el) => (el as HTMLElement).style.getPropertyValue('zoom')), '1.1');
  });
});
