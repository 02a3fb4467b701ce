import * as vscode from 'vscode';
import { toRange } from './diagnostics.js';
import type { DocumentLinter } from './linter.js';
import { answeredCount, coverageLine, openQuestions } from './logic/coverage.js';
import { readSettings, uiLanguage } from './settings.js';

export const OPEN_CANVAS = 'innovatie.openCanvas';
export const SHOW_MISSING = 'innovatie.showMissing';
export const MARK_AS_PLAN = 'innovatie.markAsPlan';

/**
 * A status bar item for the active Markdown file: for a plan, which of the five
 * questions are answered; for any other file, a quiet "Not a plan" that says why
 * and offers to check it as a plan.
 */
export class CoverageStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('innovatie.coverage', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly linter: DocumentLinter) {
    this.item.name = vscode.l10n.t('Innovatie: questions answered');
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidLint((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    try {
      this.show(vscode.window.activeTextEditor?.document);
    } catch {
      this.item.hide();
    }
  }

  private show(document: vscode.TextDocument | undefined): void {
    // Only what is linted already: this runs during activation, which must stay light.
    const state = document && this.linter.latest(document);
    // Shows the canvas button in the editor title only for plans.
    void vscode.commands.executeCommand('setContext', 'innovatie.activeEditorIsPlan', !!state?.isPlan);
    if (!document || !state) {
      this.item.hide();
      return;
    }
    if (!state.isPlan) {
      this.item.text = vscode.l10n.t('Not a plan');
      this.item.tooltip = `${state.result.detection.reason[uiLanguage(document.uri)]}\n${vscode.l10n.t('Click to check this file as a plan.')}`;
      this.item.command = { title: vscode.l10n.t('Check as a plan'), command: MARK_AS_PLAN, arguments: [document.uri] };
      this.item.show();
      return;
    }
    const coverage = state.result.coverage;
    const notices = state.result.notices ?? [];
    this.item.text = `$(checklist) ${coverageLine(coverage, ' ')}${notices.length > 0 ? ' $(warning)' : ''}`;
    this.item.tooltip = vscode.l10n.t('{0} of the five questions answered. Click to see what is missing.', answeredCount(coverage))
      + (notices.length > 0 ? `\n${vscode.l10n.t('Partly checked: {0}', notices.map((notice) => notice.message).join('; '))}` : '');
    this.item.command = SHOW_MISSING;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A CodeLens on the first line: the five questions (opens the canvas) and what is still open. */
export class CoverageLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly linter: DocumentLinter) {
    this.subscription = linter.onDidLint(() => this.changed.fire());
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    try {
      if (!readSettings(document.uri).codeLens) return [];
      // The last lint, not a new one: VS Code asks for lenses after every edit, and the debounce decides when to lint.
      const state = this.linter.latest(document);
      if (!state?.isPlan) return [];
      const top = new vscode.Range(0, 0, 0, 0);
      const lenses = [new vscode.CodeLens(top, { title: coverageLine(state.result.coverage), command: OPEN_CANVAS, arguments: [document.uri], tooltip: vscode.l10n.t('Open the plan canvas') })];
      const open = openQuestions(state.result.coverage, state.result.findings, uiLanguage(document.uri)).length;
      if (open > 0) lenses.push(new vscode.CodeLens(top, { title: vscode.l10n.t('{0} open', open), command: SHOW_MISSING, arguments: [document.uri] }));
      return lenses;
    } catch {
      return [];
    }
  }
}

interface MissingItem extends vscode.QuickPickItem {
  range?: vscode.Range;
  canvas?: boolean;
}

/** A QuickPick of the open questions; choosing one jumps to its finding. */
export async function showMissing(linter: DocumentLinter, uri?: vscode.Uri): Promise<void> {
  const editor = uri ? await vscode.window.showTextDocument(uri) : vscode.window.activeTextEditor;
  const state = editor && linter.current(editor.document);
  if (!editor || !state) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown plan first.'));
    return;
  }
  // A file that is not a plan has no open questions: offer to make it one instead.
  if (!state.isPlan) {
    await vscode.commands.executeCommand(MARK_AS_PLAN, editor.document.uri);
    return;
  }
  const language = uiLanguage(editor.document.uri);
  const items: MissingItem[] = openQuestions(state.result.coverage, state.result.findings, language).map((open) => ({
    label: `${open.status === 'missing' ? '$(error)' : '$(warning)'} ${open.label}`,
    description: open.status === 'missing' ? vscode.l10n.t('missing') : vscode.l10n.t('weak'),
    detail: open.finding?.message,
    range: open.finding ? toRange(open.finding.range) : undefined,
  }));
  if (items.length === 0) items.push({ label: `$(pass) ${vscode.l10n.t('All five questions are answered.')}` });
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: `$(preview) ${vscode.l10n.t('Open the plan canvas')}`, canvas: true });
  const choice = await vscode.window.showQuickPick(items, { placeHolder: coverageLine(state.result.coverage), matchOnDetail: true });
  if (choice?.canvas) await vscode.commands.executeCommand(OPEN_CANVAS, editor.document.uri);
  else if (choice?.range) {
    editor.selection = new vscode.Selection(choice.range.start, choice.range.end);
    editor.revealRange(choice.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
