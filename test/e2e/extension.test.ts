/**
 * The packaged extension (dist/innovatie.vsix) in a real VS Code (code-server + Chromium):
 * diagnostics while typing, the quick fix, New Plan from Template, the Plans view,
 * the `/` block completion, and quiet non-plans. Build first, then run:
 *
 *   npm run package && npx mocha test/e2e/extension.test.ts
 */
import { mustNotSkip } from '../fullSuite.js';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { e2eAvailable, startVSCode, type Session, type StartOptions } from './harness';
import { keepScreenshot } from './screenshots';
import { BAD_CONFIG, DEEP_LIST, BUDGET, MEETING_NOTES, PLAN_MISSING_COST as PLAN, PITCH, NOTES, PROJECT_README } from './extension.fixtures';

const SNIPPETS = resolve(__dirname, '..', '..', 'snippets', 'innovatie.code-snippets');

const VSIX = resolve(__dirname, '..', '..', 'dist', 'innovatie.vsix');
const MISSING_COST = "beantwoordt 'kosten' nergens";

const isCI = mustNotSkip;

/** The "activated in N ms" line the extension writes to its "Innovatie" log channel. */
function activationLine(userDataDir: string): string | undefined {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name === 'Innovatie.log' ? [path] : [];
  });
  const logs = existsSync(join(userDataDir, 'logs')) ? walk(join(userDataDir, 'logs')) : [];
  return logs.map((file) => /activated in [\d.]+ ms/.exec(readFileSync(file, 'utf8'))?.[0]).find(Boolean);
}

/** Starts a session, or skips the suite (fails in CI) when code-server or the .vsix is missing. */
async function startOrSkip(context: Mocha.Context, options: Omit<StartOptions, 'vsixPath'>): Promise<Session> {
  const avail = e2eAvailable();
  if (!avail.ok) {
    if (isCI()) throw new Error(`e2e not available in CI: ${avail.reason}`);
    console.warn(`\n${'!'.repeat(78)}\n!! E2E TESTS SKIPPED: ${avail.reason}\n!! Run test/e2e/setup.sh to enable them (CI=1 turns this skip into a failure).\n${'!'.repeat(78)}\n`);
    context.skip();
  }
  if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package\` first`);
  return startVSCode({ vsixPath: VSIX, ...options });
}

async function reportFailure(context: Mocha.Context, session: Session | undefined): Promise<void> {
  if (context.currentTest?.state !== 'failed' || !session) return;
  const shot = join(tmpdir(), `innovatie-e2e-extension-${Date.now()}.png`);
  await session.screenshot(shot).catch(() => undefined);
  console.error(`--- screenshot: ${shot}\n--- exthost log ---\n${session.exthostLog()}`);
}

describe('e2e: the Innovatie extension in VS Code', function () {
  this.timeout(120_000);
  let session: Session | undefined;

  before(async function () {
    session = await startOrSkip(this, {
      workspaceFiles: { '.innovatierc.json': BAD_CONFIG, 'plan.md': PLAN, 'fix.md': PLAN, 'budget.md': BUDGET, 'snip.md': '# Notities\n\n', 'plannen/pitch.md': PITCH, 'notes/README.md': NOTES, 'voorstel.md': BUDGET, 'bordplan.md': BUDGET },
      settings: {
        'innovatie.language': 'nl',
        'innovatie.debounceMs': 150,
        // The harness turns these off so typed text lands verbatim; the completion tests need them.
        'editor.suggestOnTriggerCharacters': true,
        'editor.acceptSuggestionOnEnter': 'on',
      },
    });
  });

  afterEach(async function () {
    await reportFailure(this, session);
  });

  after(async () => {
    await session?.close();
  });

  it('shows a missing kosten in the Problems panel, and typing an amount clears it without saving', async () => {
    const s = session!;
    await s.openFile('plan.md');
    const before = await s.waitForProblems((text) => text.includes(MISSING_COST), 30_000);
    assert.match(before, /plan\.md/);
    await keepScreenshot(s, 'problems');
    console.log(`      activation: ${activationLine(s.userDataDir) ?? '(no Innovatie log found)'}`);
    await s.typeInEditor('\n## Kosten\n\n€ 25.000\n', 'end');
    // Only the config problem may remain: plan.md has none left.
    await s.waitForProblems((text) => !text.includes('plan.md'), 15_000);
    assert.doesNotMatch(s.readWorkspaceFile('plan.md'), /25\.000/, 'the file must not have been saved');
  });

  it('an invalid .innovatierc.json gets one problem naming the key, and linting goes on', async () => {
    const text = await session!.waitForProblems((problems) => problems.includes('.innovatierc.json'), 15_000);
    assert.match(text, /'rules\.no-such-rule': no such rule/);
    assert.match(text, /Linting continues with the default settings/);
  });

  it('hovering a question heading shows what the method asks there', async () => {
    const s = session!;
    await s.openFile('plan.md');
    await s.focusEditor();
    await s.page.keyboard.press('Control+Home');
    for (let i = 0; i < 2; i++) await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Control+K');
    await s.page.keyboard.press('Control+I');
    const hover = s.page.locator('.monaco-hover:visible', { hasText: 'eindverantwoordelijk' }).first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await hover.innerText();
    assert.match(text, /Wie — ✓ beantwoord/);
    // The same reason as `innovatie explain`.
    assert.match(text, /'wie \(eigenaar\)' is beantwoord onder de kop 'Wie'/);
    await s.page.keyboard.press('Escape');
  });

  it('the quick fix inserts the missing section', async () => {
    const s = session!;
    await s.openFile('fix.md');
    await s.waitForProblems((text) => text.includes('fix.md') && text.includes(MISSING_COST), 30_000);
    await s.focusEditor();
    await s.page.keyboard.press('Control+Home');
    await s.page.keyboard.press('Control+.');
    // The action list sits under a pointer-blocking overlay: choose with the keyboard.
    const wanted = "Voeg de sectie 'Kosten' toe";
    await s.page.locator('.action-widget .monaco-list-row', { hasText: wanted }).first().waitFor({ state: 'visible', timeout: 10_000 });
    const focused = s.page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !(await focused.innerText().catch(() => '')).includes(wanted); i++) await s.page.keyboard.press('ArrowDown');
    assert.match(await focused.innerText(), /Voeg de sectie 'Kosten' toe/);
    await s.page.keyboard.press('Enter');
    const deadline = Date.now() + 10_000;
    let text = '';
    while (Date.now() < deadline && !(text = await s.editorText()).includes('## Kosten')) await s.page.waitForTimeout(200);
    assert.match(text, /## Wanneer\n\nStart op 1 maart 2027, klaar op 1 december 2027\.\n\n## Kosten\n\n<!-- Wat kost het\?/);
  });

  it('Fix All corrects a wrong total and leaves the rest alone', async () => {
    const s = session!;
    await s.openFile('budget.md');
    await s.waitForProblems((text) => text.includes('€ 55.000'), 30_000);
    await s.runCommand('Fix All');
    const deadline = Date.now() + 10_000;
    let text = '';
    while (Date.now() < deadline && !(text = await s.editorText()).includes('| Totaal | € 55.000 |')) await s.page.waitForTimeout(200);
    assert.equal(text, BUDGET.replace('€ 50.000', '€ 55.000'));
  });

  it('New Plan from Template asks for the variables and creates the file', async () => {
    const s = session!;
    await s.runCommand('Innovatie: New Plan from Template');
    await s.page.locator('.quick-input-widget input[placeholder="Choose a template for the new plan"]').waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.keyboard.type('Actieplan');
    await s.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Actieplan' }).waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.keyboard.press('Enter');
    for (const [prompt, value] of [['Title of the plan', 'Proef met deelfietsen'], ['Team or organisation', 'Team Noord'], ['Date of the document', ''], ['The challenge', 'Mobiliteit']]) {
      await s.page.locator('.quick-input-widget .quick-input-message', { hasText: prompt }).waitFor({ state: 'visible', timeout: 10_000 });
      if (value) await s.page.keyboard.type(value);
      await s.page.keyboard.press('Enter');
    }
    await s.page.locator('.tabs-container .tab.active', { hasText: 'proef-met-deelfietsen.md' }).waitFor({ state: 'visible', timeout: 15_000 });
    const written = s.readWorkspaceFile('proef-met-deelfietsen.md');
    assert.match(written, /^---\nsoort: actieplan\ntitel: "Proef met deelfietsen"\nteam: "Team Noord"\ndatum: "\d{4}-\d\d-\d\d"\nuitdaging: "Mobiliteit"\n---\n\n# Proef met deelfietsen\n/);
  });

  it('the Plans view lists the plans of the workspace with their questions', async () => {
    const s = session!;
    await s.runCommand('View: Show Explorer');
    const pane = s.page.locator('.pane', { has: s.page.locator('.pane-header', { hasText: /^\s*plans\s*$/i }) }).first();
    const header = pane.locator('.pane-header').first();
    await header.waitFor({ state: 'visible', timeout: 15_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const rows = pane.locator('.monaco-list-row');
    const deadline = Date.now() + 20_000;
    let labels = '';
    while (Date.now() < deadline) {
      labels = (await rows.allInnerTexts()).join('\n');
      if (labels.includes('Proef met deelfietsen') && labels.includes('Pitch wijkbus')) break;
      await s.page.waitForTimeout(300);
    }
    assert.match(labels, /Plan slimme afvalbak/);
    assert.match(labels, /Pitch wijkbus/);
    assert.match(labels, /Proef met deelfietsen/);
    assert.match(labels, /pitch · wie [✓~✗]/);
    assert.doesNotMatch(labels, /README/);
  });

  it('typing / at the start of a line offers the blocks and expands the chosen one', async () => {
    const s = session!;
    await s.openFile('snip.md');
    await s.typeInEditor('/inno-kosten', 'end');
    const row = s.page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'inno-kosten' });
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.keyboard.press('Enter');
    const text = await s.editorText();
    assert.match(text, /^# Notities\n\n## Kosten\n/);
    assert.doesNotMatch(text, /\/inno/);
  });

  it('Ctrl+Space at the start of a line expands a snippet prefix', async () => {
    const s = session!;
    await s.typeInEditor('\ninno-wie', 'end');
    await s.page.keyboard.press('Control+Space');
    await s.page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'inno-wie' }).waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.keyboard.press('Enter');
    const text = await s.editorText();
    assert.match(text, /## Wie\n\n- \*\*Eigenaar:\*\* naam/);
    assert.doesNotMatch(text, /^inno-wie/m);
  });

  it('Insert Block puts the chosen block at the cursor', async () => {
    const s = session!;
    await s.openFile('snip.md');
    await s.typeInEditor('\n', 'end');
    await s.runCommand('Innovatie: Insert Block');
    await s.page.locator('.quick-input-widget input[placeholder="Choose a block to insert"]').waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.keyboard.type('Wanneer (nl)');
    await s.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Wanneer (nl)' }).waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Escape'); // leave snippet mode
    // The insertion is applied asynchronously after the QuickPick closes: read until it is there.
    const expected = /\n## Planning\n\n- Start: JJJJ-MM-DD\n/;
    let text = await s.editorText();
    for (let attempt = 0; attempt < 20 && !expected.test(text); attempt++) {
      await s.page.waitForTimeout(250);
      text = await s.editorText();
    }
    assert.match(text, expected);
  });

  it('Lint All Plans fills the Problems panel for plans that are not open', async () => {
    const s = session!;
    await s.runCommand('Innovatie: Lint All Plans in Workspace');
    const text = await s.waitForProblems((problems) => problems.includes('pitch.md'), 20_000);
    assert.match(text, /'wie \(eigenaar\)'|probleemeigenaar|doelgroep/);
    assert.doesNotMatch(text, /README\.md/);
  });

  it('Export Snippet Pack writes .vscode/innovatie.code-snippets', async () => {
    const s = session!;
    await s.runCommand('Innovatie: Export Snippet Pack to Workspace');
    const target = join(s.workspaceDir, '.vscode', 'innovatie.code-snippets');
    const deadline = Date.now() + 10_000;
    while (!existsSync(target) && Date.now() < deadline) await s.page.waitForTimeout(200);
    assert.equal(readFileSync(target, 'utf8'), readFileSync(SNIPPETS, 'utf8'));
  });

  it('Export Pitch Deck writes a Marp deck beside the plan, from the text in the editor, and opens it', async () => {
    const s = session!;
    await s.openFile('voorstel.md');
    await s.typeInEditor('\n## Eerste stap\n\nWe bellen de leverancier op 4 januari 2027.\n', 'end');
    await s.runCommand('Innovatie: Export Pitch Deck (Marp)');
    const target = join(s.workspaceDir, 'voorstel.pitch.md');
    const deadline = Date.now() + 10_000;
    while (!existsSync(target) && Date.now() < deadline) await s.page.waitForTimeout(200);
    const deck = readFileSync(target, 'utf8');
    assert.match(deck, /^---\nmarp: true\n/);
    assert.match(deck, /4 januari 2027/, 'unsaved edits are in the deck');
    assert.ok(deck.split('\n\n---\n\n').length >= 10, 'a title slide and the pitch frames');
    await s.page.locator('.tabs-container .tab', { hasText: 'voorstel.pitch.md' }).waitFor({ state: 'visible', timeout: 10_000 });
  });

  it('Export Board as JSON Canvas writes the board beside the plan as a .canvas file', async () => {
    const s = session!;
    await s.openFile('bordplan.md');
    // The command shows in the palette once the file is known as a plan: wait for its coverage in the status bar.
    await s.page.locator('.statusbar-item', { hasText: /wie [✓~✗]/ }).first().waitFor({ state: 'visible', timeout: 20_000 });
    await s.runCommand('Innovatie: Export Board as JSON Canvas');
    const target = join(s.workspaceDir, 'bordplan.canvas');
    const deadline = Date.now() + 10_000;
    while (!existsSync(target) && Date.now() < deadline) await s.page.waitForTimeout(200);
    const canvas = JSON.parse(readFileSync(target, 'utf8')) as { nodes: Array<{ type: string; text?: string; color?: string }>; edges: unknown[] };
    const cards = canvas.nodes.filter((node) => node.type === 'text');
    assert.ok(cards.length >= 5, 'a card per question');
    assert.ok(cards.every((card) => typeof card.color === 'string'), 'every card coloured by status');
  });
});

describe('e2e: non-plans stay quiet, and messages follow the plan in an English UI', function () {
  this.timeout(120_000);
  let session: Session | undefined;
  const statusItem = (text: string | RegExp) => session!.page.locator('.statusbar-item', { hasText: text }).first();

  before(async function () {
    // No innovatie.language: `auto`, with code-server's English display language.
    session = await startOrSkip(this, {
      workspaceFiles: { 'README.md': PROJECT_README, 'notes/overleg.md': MEETING_NOTES, 'plan.md': PLAN, 'diep.md': DEEP_LIST, 'tweede-plan.md': PLAN.replace('Plan slimme afvalbak', 'Tweede plan') },
      settings: { 'innovatie.debounceMs': 150 },
    });
  });

  afterEach(async function () {
    await reportFailure(this, session);
  });

  after(async () => {
    await session?.close();
  });

  it('a Dutch plan gets Dutch problems although the UI is English', async () => {
    const s = session!;
    await s.openFile('plan.md');
    const text = await s.waitForProblems((problems) => problems.includes(MISSING_COST), 30_000);
    assert.doesNotMatch(text, /does not answer/);
  });

  it('a README that names an owner and a date gets no problems and a quiet "Not a plan" with the reason', async () => {
    const s = session!;
    await s.openFile('README.md');
    const item = statusItem('Not a plan');
    await item.waitFor({ state: 'visible', timeout: 20_000 });
    assert.doesNotMatch(await s.problemsText(), /README\.md/);
    await item.hover();
    await s.page.locator('.monaco-hover:visible, .workbench-hover:visible', { hasText: 'READMEs, changelogs and the like are not plans' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.keyboard.press('Escape');
  });

  it('a list nested 150 deep is said to be partly checked, and a plan opened next still gets its problems', async () => {
    const s = session!;
    await s.openFile('diep.md');
    await s.waitForProblems((text) => text.includes('too complex to check'), 30_000);
    await s.openFile('tweede-plan.md');
    const text = await s.waitForProblems((problems) => problems.includes('tweede-plan.md'), 30_000);
    assert.match(text, /too complex to check: list or quote nesting over 100 levels/);
  });

  it('meeting notes are not a plan until "soort: plan" is added with Check This File as a Plan', async () => {
    const s = session!;
    await s.openFile('overleg.md');
    await statusItem('Not a plan').waitFor({ state: 'visible', timeout: 20_000 });
    assert.doesNotMatch(await s.problemsText(), /overleg\.md/);
    await s.runCommand('Innovatie: Check This File as a Plan');
    const choice = s.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'to the frontmatter' });
    await choice.waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.keyboard.press('Enter');
    const problems = await s.waitForProblems((text) => text.includes('overleg.md') && text.includes(MISSING_COST), 20_000);
    // Notes with running text but no stated idea: 'wat' is weak, in the plan's language.
    assert.match(problems, /'wat \(het idee\)' staat nergens duidelijk/);
    // The status bar follows: the five questions instead of "Not a plan".
    await statusItem(/wie [✓~✗]/).waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await statusItem('Not a plan').isVisible(), false);
    assert.equal(await s.editorText(), `---\nsoort: plan\n---\n\n${MEETING_NOTES}`);
  });
});
