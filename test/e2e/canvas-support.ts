/** Shared by the canvas e2e suites: skip-or-fail setup, frames by plan title, the text editor beside the canvas. */
import { mustNotSkip } from '../fullSuite.js';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { e2eAvailable, type Session } from './harness';

export const REPO = resolve(__dirname, '..', '..');
export const VSIX = join(REPO, 'dist', 'innovatie.vsix');

/** CI=1/true/yes fails instead of skipping; CI unset, empty, 0 or false skips (as harness-smoke does). */
export function skipOrFail(context: Mocha.Context): void {
  const avail = e2eAvailable();
  const reason = !avail.ok ? avail.reason : !existsSync(VSIX) ? `${VSIX} missing (run npm run package)` : undefined;
  if (!reason) return;
  if (mustNotSkip()) throw new Error(`e2e not available (CI or npm test): ${reason}`);
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! E2E TESTS SKIPPED: ${reason}\n!! Run test/e2e/setup.sh and npm run package to enable them.\n${line}\n`);
  context.skip();
}

export async function dumpOnFailure(context: Mocha.Context, session: Session | undefined): Promise<void> {
  if (context.currentTest?.state !== 'failed' || !session) return;
  const shot = join(tmpdir(), `innovatie-canvas-failure-${Date.now()}.png`);
  await session.screenshot(shot).catch(() => undefined);
  console.error(`--- screenshot: ${shot}\n--- exthost log ---\n${session.exthostLog()}`);
}

/** Opens `file` and its canvas beside it through the palette; returns the canvas frame. */
export async function openCanvas(session: Session, file: string, title: string): Promise<Frame> {
  await session.openFile(file);
  // The palette lists the command only once the editor's language is known (when: editorLangId == markdown).
  for (let attempt = 1; ; attempt++) {
    await session.focusEditor();
    try {
      await session.runCommand('Innovatie: Open Canvas');
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  return session.waitForWebview(`h1.plan-title:has-text(${JSON.stringify(title)})`, 30_000);
}

/** The text editor in the first group (the canvas opens beside it, in the second). */
export async function focusTextEditor(session: Session): Promise<void> {
  const textarea = session.page.locator('.editor-group-container').first().locator('.monaco-editor textarea').first();
  await textarea.focus();
}

export async function textEditorText(session: Session): Promise<string> {
  await focusTextEditor(session);
  return session.editorText();
}

/** Polls until `predicate` holds for the text editor's text; returns it. */
export async function waitForText(session: Session, predicate: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await textEditorText(session);
    if (predicate(text)) return text;
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`text editor did not match within ${timeoutMs} ms. Last text:\n${text}`);
}

export async function waitInFrame(frame: Frame, predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  await frame.waitForFunction(predicate, undefined, { timeout: timeoutMs });
}
