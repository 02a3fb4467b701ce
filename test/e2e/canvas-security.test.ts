/**
 * The canvas against hostile plans and for accessibility, in a real VS Code
 * (code-server + Chromium), from dist/innovatie.vsix.
 *
 *   npx mocha --import=tsx --no-config --timeout 180000 test/e2e/canvas-security.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { startVSCode, type Session } from './harness';
import { dumpOnFailure, openCanvas, REPO, skipOrFail, VSIX } from './canvas-support';

const HOSTILE = `---
soort: hkw
titel: "<script>window.pwned = 'frontmatter'</script>"
---

# Vijandig <img src=x onerror="document.title='pwned'; window.pwned='img'"> plan

## Wie

<script>window.pwned = 'script'</script> Jan de Vries <b onmouseover="window.pwned='hover'">projectleider</b>, gemeente X.

## Wat

[klik](javascript:window.pwned='link') <svg onload="window.pwned='svg'"><script>window.pwned='svg-script'</script></svg> en <iframe srcdoc="<script>parent.pwned='iframe'</script>"></iframe>.

## Hoe kunnen we-vragen

- Hoe kunnen we <img src=x onerror="window.pwned='note'"> voorkomen? — stemmen: ●
- Hoe kunnen we <style>body{display:none}</style> testen?

## Tijdlijn

- Q1 2027: <a href="javascript:window.pwned='timeline'">start</a>
`;

const PLAN = `---
soort: actieplan
datum: "2026-11-25"
---

# Actieplan: digitale balie

## Wie

Fatima el Amrani, teamleider Dienstverlening, gemeente Lingewaard.

## Wat

Een digitale balie waar inwoners hun aanvraag in **één keer** goed indienen:

- formulieren met *vooringevulde* gegevens uit \`BRP\`
- uitleg op [de website](https://example.org/balie)

## Hoe kunnen we-vragen

- Hoe kunnen we aanvragen in één keer compleet krijgen? — stemmen: ●●

## Planning

- Q1 2027: proef met twee formulieren
- Q4 2028: alle formulieren digitaal

## Kosten

Nog niet bekend.
`;

const VIEWS = ['cards', 'hkw', 'vehicle', 'crystal', 'pitch'];
/** The themes the canvas must be readable in, and the theme kind VS Code gives the webview's body for each. */
const THEMES: Array<[string, string]> = [['Default Light Modern', 'vscode-light'], ['Default Dark Modern', 'vscode-dark'], ['Default High Contrast', 'vscode-high-contrast']];

/** Switches the colour theme as a user does (Preferences: Color Theme) and waits for the webview to follow. */
async function useTheme(session: Session, frame: Frame, theme: string, kind: string): Promise<void> {
  await session.runCommand('Preferences: Color Theme');
  const input = session.page.locator('.quick-input-widget .quick-input-box input').first();
  await input.fill(theme);
  const row = session.page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
  await session.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  // Polled with evaluate: waitForFunction compiles its predicate in the page, which the CSP refuses.
  const current = () => frame.evaluate(() => document.body.dataset.vscodeThemeKind);
  for (const deadline = Date.now() + 20_000; (await current()) !== kind; ) {
    if (Date.now() > deadline) throw new Error(`the canvas did not switch to ${theme}: theme kind ${await current()}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}
const FOREIGN = 'img, iframe, object, embed, style:not(#_defaultStyles), script:not([src]):not(#_vscodeApiScript), a[href^="javascript"]';

/** Everything a successful injection could have left behind in the webview frame. */
async function traces(frame: Frame): Promise<{ pwned: unknown; title: string; foreign: number; violations: string | undefined }> {
  return frame.evaluate((foreign) => ({
    pwned: (window as unknown as { pwned?: unknown }).pwned,
    title: document.title,
    // Our page has one script (the bundle) and VS Code injects its API script and default styles;
    // plan text must add no element of these kinds.
    foreign: document.querySelectorAll(foreign).length,
    violations: document.body.dataset.cspViolations,
  }), FOREIGN);
}

describe('plan canvas security and accessibility (e2e)', function () {
  this.timeout(180_000);
  let session: Session | undefined;
  let planFrame: Frame | undefined;
  /** The canvas of plan.md, opened once (a second Open Canvas would split the editor again). */
  const planCanvas = async (): Promise<Frame> => (planFrame ??= await openCanvas(session!, 'plan.md', 'Actieplan: digitale balie'));

  before(async function () {
    skipOrFail(this);
    session = await startVSCode({ vsixPath: VSIX, workspaceFiles: { 'hostile.md': HOSTILE, 'plan.md': PLAN } });
  });
  afterEach(async function () {
    await dumpOnFailure(this, session);
  });
  after(async () => {
    await session?.close();
  });

  it('runs no script from a hostile plan in any view and shows its text as text', async () => {
    const s = session!;
    const frame = await openCanvas(s, 'hostile.md', 'Vijandig');
    for (const view of VIEWS) {
      await frame.locator(`vscode-tab-header[data-view="${view}"]`).click();
      await frame.locator(`.view-${view}`).waitFor();
      await frame.locator('.view').first().hover();
      await new Promise((done) => setTimeout(done, 300)); // time for an onerror/onload to fire, if any could
      const found = await traces(frame);
      assert.deepEqual(found, { pwned: undefined, title: 'Innovatie canvas', foreign: 0, violations: undefined }, `view ${view}`);
    }
    assert.match(await frame.locator('h1.plan-title').innerText(), /<img src=x onerror=/, 'the title is shown literally');
    await frame.locator('vscode-tab-header[data-view="cards"]').click();
    assert.match(await frame.locator('article[data-ref="c:wie"] .answer').innerText(), /<script>window\.pwned = 'script'<\/script>/);
    assert.notEqual(await s.page.title(), 'pwned');
  });

  it('renders card Markdown as elements, and a link asks before anything opens', async () => {
    const s = session!;
    const frame = await planCanvas();
    const answer = frame.locator('article[data-ref="c:wat"] .answer');
    assert.equal(await answer.locator('strong').innerText(), 'één keer');
    assert.equal(await answer.locator('li').count(), 2);
    assert.equal(await answer.locator('code').innerText(), 'BRP');
    const link = answer.locator('button.md-link');
    assert.equal(await link.getAttribute('data-url'), 'https://example.org/balie');
    const before = frame.url();
    await link.click();
    const dialog = s.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match(await dialog.innerText(), /https:\/\/example\.org\/balie/);
    await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(frame.url(), before, 'the webview followed nothing');
  });

  it('has no serious or critical axe violations in any view, in light, dark and high-contrast themes', async function () {
    this.timeout(420_000);
    const s = session!;
    const frame = await planCanvas();
    // Our CSP refuses addScriptTag (an inline script without the nonce), which is the point;
    // evaluating through the DevTools protocol is not subject to it.
    await frame.evaluate(readFileSync(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    assert.equal(await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe), 'object');
    const report: string[] = [];
    for (const [theme, kind] of THEMES) {
      await useTheme(s, frame, theme, kind);
      for (const view of VIEWS) {
        await frame.locator(`vscode-tab-header[data-view="${view}"]`).click();
        await frame.locator(`.view-${view}`).waitFor();
        // Open an editor too in the card view, so the textarea and its label are scanned.
        if (view === 'cards') await frame.locator('article[data-ref="c:kosten"] vscode-button[data-action="edit"]').click();
        const violations = await frame.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
        });
        for (const violation of violations) report.push(`${theme} ${view}: ${violation.impact} ${violation.id} at ${violation.targets.join(', ')}`);
        if (view === 'cards') await frame.locator('article[data-ref="c:kosten"] vscode-button[data-action="cancel"]').click();
      }
    }
    console.log(`    axe: ${THEMES.length} themes × ${VIEWS.length} views scanned`);
    if (report.length) console.log(`    axe (all impacts):\n      ${report.join('\n      ')}`);
    assert.deepEqual(report.filter((line) => / (?:serious|critical) /.test(line)), []);
  });
});
