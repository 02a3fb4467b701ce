import * as vscode from 'vscode';
import { FIVE_QUESTIONS, QUESTIONS, type Status } from '../core/index.js';
import { answeredCount, coverageLine } from './logic/coverage.js';
import { uiLanguage } from './settings.js';
import { MARKDOWN_GLOB, type PlanSummary, type WorkspacePlans } from './workspacePlans.js';

export const PLANS_VIEW = 'innovatie.plans';

type Node = { plan: PlanSummary } | { plan: PlanSummary; questionId: string };

const ICON: Record<Status, string> = { answered: 'pass', weak: 'warning', missing: 'error' };

/** The Explorer's "Plans" view: every plan with its kind and which of the five questions it answers. */
export class PlansView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private refreshTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly plans: WorkspacePlans) {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    const changedFile = (uri: vscode.Uri) => {
      this.plans.invalidate(uri);
      this.refreshSoon();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(changedFile),
      watcher.onDidDelete(changedFile),
      watcher.onDidChange(changedFile),
      vscode.workspace.onDidSaveTextDocument((document) => changedFile(document.uri)),
    );
  }

  /** Many files change at once on a branch switch: refresh once for the lot. */
  refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.changed.fire(), 300);
  }

  refresh(): void {
    this.plans.invalidate();
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      try {
        return (await this.plans.scan()).map((plan) => ({ plan }));
      } catch {
        return [];
      }
    }
    if ('questionId' in node) return [];
    return FIVE_QUESTIONS.map((questionId) => ({ plan: node.plan, questionId }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const { plan } = node;
    if ('questionId' in node) {
      const status = plan.coverage[node.questionId as keyof PlanSummary['coverage']];
      const item = new vscode.TreeItem(QUESTIONS[node.questionId]?.heading[uiLanguage(plan.uri)] ?? node.questionId);
      item.description = statusLabel(status);
      item.iconPath = new vscode.ThemeIcon(ICON[status]);
      const line = Math.max(0, (plan.lines[node.questionId] ?? 1) - 1);
      item.command = { title: '', command: 'vscode.open', arguments: [plan.uri, { selection: new vscode.Range(line, 0, line, 0) }] };
      return item;
    }
    const item = new vscode.TreeItem(plan.title || plan.relativePath.split('/').pop()!, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = plan.uri.toString();
    item.resourceUri = plan.uri;
    item.description = `${plan.kind} · ${coverageLine(plan.coverage, ' ')}`;
    item.tooltip = `${plan.relativePath}\n${plan.kind}: ${coverageLine(plan.coverage)}`;
    item.iconPath = new vscode.ThemeIcon(answeredCount(plan.coverage) === FIVE_QUESTIONS.length ? 'pass' : 'checklist');
    item.contextValue = 'innovatie.plan';
    item.command = { title: vscode.l10n.t('Open plan'), command: 'vscode.open', arguments: [plan.uri] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function statusLabel(status: Status): string {
  if (status === 'answered') return vscode.l10n.t('answered');
  return status === 'weak' ? vscode.l10n.t('weak') : vscode.l10n.t('missing');
}
