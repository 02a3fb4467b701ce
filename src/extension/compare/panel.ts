/**
 * The read-only view beside the plan. A webview without scripts rather than a Markdown preview
 * of a virtual document: a virtual Markdown document would itself be linted as a plan (its
 * problems in the Problems panel), and plan text would need escaping for Markdown and the
 * preview's HTML both; here it is escaped once, for HTML, and the page can run nothing.
 */
import * as vscode from 'vscode';
import { diffPlans, lint, type Config, type Language, type LintResult } from '../../core/index.js';
import { lintMode } from '../logic/limits.js';
import { compareBody, comparePage, escapeHtml, type CompareContext } from './render.js';

export interface Comparison {
  document: vscode.TextDocument;
  /** The other side's text, fixed; the plan's side follows the editor while the view is open. */
  before: string;
  /** `HEAD`, a branch name or another file's name. */
  against: string;
  config: Config;
  /** The language of the reasons: the setting, else the plan's own (as the linter does). */
  messageLanguage?: Language;
  uiLanguage: CompareContext['language'];
}

const REFRESH_MS = 400;
const open = new Map<string, ComparePanel>();

export class ComparePanel {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The fixed side, linted once: an edit re-lints only the plan's own text. */
  private beforeResult: LintResult | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  /** One view per plan: comparing again with another revision reuses it. */
  static show(extensionUri: vscode.Uri, comparison: Comparison): ComparePanel {
    const key = comparison.document.uri.toString();
    const existing = open.get(key);
    if (existing) {
      existing.comparison = comparison;
      existing.beforeResult = undefined;
      existing.render();
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel('innovatie.compare', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      enableFindWidget: true,
      // Nothing is loaded from disk today; should a stylesheet be, only the media folder is reachable.
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    });
    const view = new ComparePanel(panel, comparison);
    open.set(key, view);
    return view;
  }

  private constructor(private readonly panel: vscode.WebviewPanel, private comparison: Comparison) {
    this.subscriptions.push(
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.comparison.document && event.contentChanges.length > 0) this.schedule();
      }),
    );
    this.render();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), REFRESH_MS);
  }

  /** Never throws: a failure while the plan is edited shows in the view, not in the extension host. */
  private render(): void {
    const { document, before, against, config, messageLanguage, uiLanguage } = this.comparison;
    const fileName = document.uri.path.split('/').pop() || document.uri.path;
    const title = vscode.l10n.t('{0} ↔ {1}', fileName, against);
    this.panel.title = title;
    let body: string;
    try {
      const after = document.getText();
      // The same limits as linting while typing: a binary or huge file would hold up the extension host.
      if ([before, after].some((text) => lintMode(text).startsWith('skip'))) {
        body = `<p class="warning">${escapeHtml(vscode.l10n.t('{0} or the version it is compared with is too large (over 10 MB) or not text, so it is not compared.', fileName))}</p>`;
      } else {
        this.beforeResult ??= lint(before, { config });
        const diff = diffPlans(this.beforeResult, lint(after, { config }), { language: messageLanguage });
        body = compareBody(diff, { fileName, against, language: uiLanguage }, vscode.l10n);
      }
    } catch (error) {
      body = `<p class="warning">${escapeHtml(vscode.l10n.t('Could not compare the plan: {0}', (error as Error).message))}</p>`;
    }
    this.panel.webview.html = comparePage(body, { nonce: nonce(), title, language: uiLanguage });
  }

  private dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    if (open.get(this.comparison.document.uri.toString()) === this) open.delete(this.comparison.document.uri.toString());
  }
}

function nonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
