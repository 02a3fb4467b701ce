/**
 * *Innovatie: Compare Plan with…* in a real VS Code (code-server + Chromium), from the packaged
 * extension dist/innovatie.vsix, against HEAD of a git repository made here through the built-in
 * git extension's API. Build first, then run:
 *
 *   npm run package && npx mocha --import=tsx --no-config --timeout 180000 test/e2e/compare.test.ts
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { startVSCode, type Session } from './harness';
import { dumpOnFailure, focusTextEditor, skipOrFail, VSIX } from './canvas-support';
import { BALIE_PLAN } from '../extension/compare.fixtures';

const COMMITTED = BALIE_PLAN;

const CHANGED = COMMITTED.replace('Fatima el Amrani', 'Joost de Vries').replace('€ 85.000', '€ 125.000');

/** git with an identity of its own, so the test needs no global git config. */
function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Innovatie e2e', '-c', 'user.email=e2e@innovatie.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });
}

describe('Compare Plan with… (e2e)', function () {
  this.timeout(180_000);
  let session: Session | undefined;

  before(async function () {
    skipOrFail(this);
    session = await startVSCode({ vsixPath: VSIX, workspaceFiles: { 'plan.md': COMMITTED }, settings: { 'innovatie.language': 'en' } });
    // The repository is made after VS Code started: the command must find it all the same.
    const dir = session.workspaceDir;
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', 'plan.md');
    git(dir, 'commit', '-q', '-m', 'Plan: digitale balie');
    writeFileSync(join(dir, 'plan.md'), CHANGED);
  });
  afterEach(async function () {
    await dumpOnFailure(this, session);
  });
  after(async () => {
    await session?.close();
  });

  it('compares the plan with HEAD and shows the new owner and cost beside the text, and follows edits', async () => {
    const s = session!;
    await s.openFile('plan.md');
    // The palette lists the command once the plan is linted (when: innovatie.activeEditorIsPlan).
    for (let attempt = 1; ; attempt++) {
      await s.focusEditor();
      try {
        await s.runCommand('Innovatie: Compare Plan with');
        break;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
    const head = s.page.locator('.quick-input-list .monaco-list-row', { hasText: 'The plan as last committed' });
    await head.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await head.innerText(), /HEAD/);
    await head.click();

    const frame: Frame = await s.waitForWebview('#compare-title', 30_000);
    const text = (await frame.locator('main').innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Changes per question in plan\.md/);
    assert.match(text, /Before: HEAD\. After: the text in the editor\./);
    assert.match(text, /Owner: Fatima el Amrani, teamleider Dienstverlening → Joost de Vries, teamleider Dienstverlening/);
    assert.match(text, /Cost: € 85,000 → € 125,000 \(\+€ 40,000 more\)/);
    assert.equal(await frame.locator('section.question').count(), 2, 'only wie and kosten changed');
    assert.equal(await frame.locator('section[data-question="kosten"] .answer.before del').innerText(), '85.000');
    assert.equal(await frame.locator('section[data-question="kosten"] .answer.after ins').innerText(), '125.000');
    assert.equal(await s.page.locator('.editor-group-container').count(), 2, 'the view opens beside the text');
    assert.ok(await s.page.locator('.tabs-container .tab', { hasText: 'plan.md ↔ HEAD' }).count(), 'the tab names the plan and the revision');
    // Scripts are off: the page cannot run anything a plan smuggles in.
    assert.equal(await frame.locator('script').count(), 0);

    // Unsaved edits count: the view follows the text in the editor.
    await focusTextEditor(s);
    await s.typeInEditor('\n## Wanneer\n\nKlaar op 1 maart 2028.\n', 'end');
    const updated = await s.waitForWebview('section[data-question="wanneer"]', 20_000);
    assert.match((await updated.locator('section[data-question="wanneer"]').innerText()).replace(/\s+/g, ' '), /2027-12-01 → 2028-03-01 \(91 days later, about 3 months\)/);
  });
});
