import * as vscode from 'vscode';
import type { Assets } from '../assets.js';

/** Copies the bundled snippets into `.vscode/` so a facilitator can hand them out with the workspace. */
export async function exportSnippets(assets: Assets): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the snippet pack is written to its .vscode folder.'));
    return;
  }
  const target = vscode.Uri.joinPath(folder.uri, '.vscode', 'innovatie.code-snippets');
  const present = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (present) {
    const overwrite = vscode.l10n.t('Overwrite');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Overwrite it?', vscode.workspace.asRelativePath(target)), { modal: true }, overwrite);
    if (choice !== overwrite) return;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.vscode'));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(await assets.snippetsSource()));
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Wrote the snippet pack to {0}.', vscode.workspace.asRelativePath(target)), open);
  if (choice === open) await vscode.window.showTextDocument(target);
}
