import * as vscode from 'vscode';
import { isMarkdown, type DocumentLinter } from '../linter.js';
import { exactPathPattern, markAsPlanEdit } from '../logic/markAsPlan.js';
import { uiLanguage, workspaceRelativePath } from '../settings.js';

interface Choice extends vscode.QuickPickItem {
  run: () => Thenable<unknown>;
}

/**
 * For a Markdown file the core judged not a plan: make it one, either in the file
 * (`soort: plan` in the frontmatter, which also holds in the CLI and for colleagues)
 * or in the workspace folder's `innovatie.plans` setting.
 */
export async function markAsPlan(linter: DocumentLinter, uri?: vscode.Uri): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isMarkdown(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown file first.'));
    return;
  }
  const state = await linter.lintDocument(document);
  const reason = state?.result.detection.reason[uiLanguage(document.uri)];
  if (state?.isPlan) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file is checked as a plan already. {0}', reason ?? ''));
    return;
  }
  const choices: Choice[] = [{
    label: vscode.l10n.t('Add `soort: plan` to the frontmatter'),
    detail: vscode.l10n.t('The file says it is a plan, for the CLI and for everyone who opens it.'),
    run: () => addFrontmatter(document),
  }];
  const relativePath = workspaceRelativePath(document.uri);
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  // `ignore` in .innovatierc.json wins over the setting, so the setting would not help there.
  if (relativePath && folder && state?.result.detection.source !== 'ignored') {
    choices.push({
      label: vscode.l10n.t('Always check this file (add it to the innovatie.plans setting)'),
      detail: exactPathPattern(relativePath),
      run: () => addToPlansSetting(folder, exactPathPattern(relativePath)),
    });
  }
  const choice = await vscode.window.showQuickPick(choices, { placeHolder: reason ?? vscode.l10n.t('Check this file as a plan') });
  await choice?.run();
}

async function addFrontmatter(document: vscode.TextDocument): Promise<void> {
  const edit = markAsPlanEdit(document.getText());
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Could not edit {0}.', vscode.workspace.asRelativePath(document.uri)));
  }
}

async function addToPlansSetting(folder: vscode.WorkspaceFolder, pattern: string): Promise<void> {
  const section = vscode.workspace.getConfiguration('innovatie', folder.uri);
  const current = section.inspect<string[]>('plans')?.workspaceFolderValue ?? [];
  if (current.includes(pattern)) return;
  // Changing the setting re-lints the open documents (see activate.ts).
  await section.update('plans', [...current, pattern], vscode.ConfigurationTarget.WorkspaceFolder);
}
