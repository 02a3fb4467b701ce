/**
 * One open canvas: keeps its webview in step with one TextDocument. The document is
 * the only state; every board action becomes a WorkspaceEdit so undo, dirty state,
 * save and git behave as for typing. Edits are resolved against the current text
 * (board/intents.ts) and VS Code itself refuses an edit made against an older version.
 */
import * as vscode from 'vscode';
import { buildPlan, IncrementalParser, QUESTIONS } from '../../core';
import { buildBoard } from '../../core/board/model';
import { openableUrl } from '../../core/board/rich';
import { EXPORT_THEMES, type ExportTheme } from '../../core/board/svg/palette';
import { resolveIntent } from './board/intents';
import type { BoardModel } from '../../core/board/types';
import { isEditableScheme } from './editable';
import type { PlanOptionsFor } from './provider';
import { saveExport } from './exportFile';
import { canvasHtml } from './html';
import { isWebviewMessage, type ExportThemeSetting, type HostMessage, type ReplyReason, type WebviewMessage } from './protocol';

/** Typing coalesces into one re-render per pause this long. */
const UPDATE_DELAY_MS = 30;
/** A board edit races the user's typing at most this often and this long before it gives up as stale. */
const EDIT_ATTEMPTS = 12;
const EDIT_RETRY_MS = 3000;

export class CanvasSession implements vscode.Disposable {
  private readonly parser = new IncrementalParser();
  private readonly readOnly: boolean;
  private readonly uiLanguage: 'nl' | 'en' = vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  private readonly disposables: vscode.Disposable[] = [];
  private cached?: { version: number; board: BoardModel };
  private ready = false;
  /** The version whose board the webview has; the echo of our own edits is not sent twice. */
  private postedVersion = -1;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly planOptions: PlanOptionsFor = () => ({}),
  ) {
    this.readOnly = !isEditableScheme(document.uri.scheme);
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
    panel.webview.html = canvasHtml(panel.webview, extensionUri, this.uiLanguage);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === document && event.contentChanges.length > 0) this.scheduleUpdate();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('innovatie.canvas.exportTheme', document.uri)) this.postBoard(true);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private async receive(raw: unknown): Promise<void> {
    if (!isWebviewMessage(raw)) return;
    const message: WebviewMessage = raw;
    switch (message.type) {
      case 'ready':
        // A (re)loaded webview has nothing yet: always send, even an unchanged version.
        this.ready = true;
        this.postBoard(true);
        return;
      case 'reveal':
        return this.reveal(message.start, message.end);
      case 'edit':
        return this.edit(message);
      case 'export':
        return this.export(message);
      case 'open-link':
        return this.openLink(message.url);
      case 'log':
        console.warn(`[innovatie canvas] ${String(message.message).slice(0, 500)}`);
        return;
    }
  }

  private board(): BoardModel {
    const version = this.document.version;
    if (this.cached?.version !== version) {
      const text = this.document.getText();
      const plan = buildPlan(text, this.parser.parse(text).root, this.planOptions(this.document.uri));
      this.cached = { version, board: buildBoard(text, plan) };
    }
    return this.cached.board;
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.postBoard(false), UPDATE_DELAY_MS);
  }

  private postBoard(force: boolean): void {
    if (!this.ready || (!force && this.postedVersion === this.document.version)) return;
    this.postedVersion = this.document.version;
    this.post({ type: 'board', version: this.document.version, readOnly: this.readOnly, uiLanguage: this.uiLanguage, exportTheme: this.exportTheme(), board: this.board() });
  }

  private exportTheme(): ExportThemeSetting {
    const value = vscode.workspace.getConfiguration('innovatie', this.document.uri).get<string>('canvas.exportTheme');
    return EXPORT_THEMES.includes(value as ExportTheme) ? (value as ExportTheme) : 'auto';
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private reply(requestId: number, ok: boolean, reason?: ReplyReason, detail?: string): void {
    this.post({ type: 'reply', requestId, ok, reason, message: detail });
  }

  private async edit(message: Extract<WebviewMessage, { type: 'edit' }>): Promise<void> {
    if (this.readOnly) return this.reply(message.requestId, false, 'readonly');
    // If the user types between our read and VS Code applying the edit, VS Code refuses it
    // (the version moved on); we resolve again against the new text, while typing goes on.
    const deadline = Date.now() + EDIT_RETRY_MS;
    let reason: ReplyReason = 'stale';
    for (let attempt = 0; attempt < EDIT_ATTEMPTS && Date.now() < deadline; attempt++) {
      const text = this.document.getText();
      const resolution = resolveIntent(text, this.board(), message.intent, (id) => QUESTIONS[id]?.heading[this.board().language] ?? id);
      if (!resolution.ok) {
        reason = resolution.reason === 'invalid' ? 'failed' : 'stale';
        break;
      }
      if (resolution.edits.length === 0) return this.reply(message.requestId, true);
      const edit = new vscode.WorkspaceEdit();
      for (const change of resolution.edits) {
        edit.replace(this.document.uri, new vscode.Range(this.document.positionAt(change.start), this.document.positionAt(change.end)), change.newText);
      }
      if (await vscode.workspace.applyEdit(edit)) {
        clearTimeout(this.timer);
        this.postBoard(false);
        return this.reply(message.requestId, true);
      }
    }
    this.postBoard(true);
    this.reply(message.requestId, false, reason);
  }

  private async reveal(start: number, end: number): Promise<void> {
    const length = this.document.getText().length;
    const range = new vscode.Range(this.document.positionAt(Math.min(start, length)), this.document.positionAt(Math.min(end, length)));
    const open = vscode.window.visibleTextEditors.find((editor) => editor.document === this.document);
    const column = open?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: column, selection: new vscode.Range(range.start, range.start) });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /**
   * A link in a card: the plan is untrusted, so its address is shown and opened only when the
   * user says so, and only for http, https and mailto (never javascript:, file:, command: ...).
   */
  private async openLink(raw: string): Promise<void> {
    const url = openableUrl(raw);
    if (!url) {
      console.warn(`[innovatie canvas] refused to open a link: ${raw.slice(0, 200)}`);
      return;
    }
    const open = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Open this link from the plan?'), { modal: true, detail: url }, open);
    if (choice === open) await vscode.env.openExternal(vscode.Uri.parse(url, true));
  }

  private async export(message: Extract<WebviewMessage, { type: 'export' }>): Promise<void> {
    try {
      const result = await saveExport(this.document, message.format, message.data, message.name);
      this.reply(message.requestId, result === 'saved', result === 'saved' ? undefined : 'cancelled');
    } catch (error) {
      this.reply(message.requestId, false, 'failed', (error as Error).message);
    }
  }
}
