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

Een digitale balie waar inwoners hun aanvraag in één keer goed indienen.

## Hoe kunnen we-vragen

- Hoe kunnen we aanvragen in één keer compleet krijgen? — stemmen: ●●

## Planning

- Q1 2027: proef met twee formulieren
- Q4 2028: alle formulieren digitaal

## Kosten

Nog niet bekend.
`;

const VIEWS = ['cards', 'hkw', 'vehicle', 'crystal', 'pitch'];
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

  it('has no serious or critical axe violations in any view', async () => {
    const s = session!;
    const frame = await openCanvas(s, 'plan.md', 'Actieplan: digitale balie');
    // Our CSP refuses addScriptTag (an inline script without the nonce), which is the point;
    // evaluating through the DevTools protocol is not subject to it.
    await frame.evaluate(readFileSync(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    assert.equal(await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe), 'object');
    const report: string[] = [];
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
      for (const violation of violations) report.push(`${view}: ${violation.impact} ${violation.id} at ${violation.targets.join(', ')}`);
      if (view === 'cards') await frame.locator('article[data-ref="c:kosten"] vscode-button[data-action="cancel"]').click();
    }
    if (report.length) console.log(`    axe (all impacts):\n      ${report.join('\n      ')}`);
    assert.deepEqual(report.filter((line) => / (?:serious|critical) /.test(line)), []);
  });
});
