import * as vscode from 'vscode';
import { pitchDeck } from '../../core/index.js';

/**
 * Writes the active plan as a Marp pitch deck beside it (`plan.pitch.md`) and opens it: Marp for
 * VS Code previews it, and marp-cli turns it into slides. The deck is made from the text in the
 * editor, unsaved edits included.
 */
export async function exportPitchDeck(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a Markdown plan first: the pitch deck is made from it.'));
    return;
  }
  const source = editor.document.uri;
  const target = source.with({ path: source.path.replace(/(\.(?:md|markdown))?$/i, '.pitch.md') });
  const present = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (present) {
    const overwrite = vscode.l10n.t('Overwrite');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Overwrite it?', vscode.workspace.asRelativePath(target)), { modal: true }, overwrite);
    if (choice !== overwrite) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(pitchDeck(editor.document.getText())));
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}
