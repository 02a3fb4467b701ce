import * as vscode from 'vscode';
import { toDiagnostic } from '../diagnostics.js';
import { isMarkdown, type DocumentLinter } from '../linter.js';
import type { WorkspacePlans } from '../workspacePlans.js';

/** Lints every plan in the workspace and fills the Problems panel; open documents keep their live results. */
export async function lintWorkspace(plans: WorkspacePlans, linter: DocumentLinter): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Innovatie: linting plans'), cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const summaries = await plans.scan(token, (done, total) => {
        const step = Math.floor((done / Math.max(total, 1)) * 100);
        progress.report({ increment: step - reported, message: `${done}/${total}` });
        reported = step;
      });
      const open = new Set(vscode.workspace.textDocuments.filter(isMarkdown).map((document) => document.uri.toString()));
      let problems = 0;
      for (const plan of summaries) {
        problems += plan.findings.length;
        if (!open.has(plan.uri.toString())) linter.diagnostics.set(plan.uri, plan.findings.map((finding) => toDiagnostic(finding, plan.uri)));
      }
      linter.keepClosedDiagnostics = true;
      void vscode.window.showInformationMessage(vscode.l10n.t('Innovatie checked {0} plans and found {1} problems.', summaries.length, problems));
    },
  );
}
