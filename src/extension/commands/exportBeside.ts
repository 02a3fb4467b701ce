import * as vscode from 'vscode';
import { boardCanvas, lint, pitchDeck } from '../../core/index.js';
import { buildBoard } from '../../core/board/model.js';

/**
 * Writes the active plan as a Marp pitch deck beside it (`plan.pitch.md`) and opens it: Marp for
 * VS Code previews it, and marp-cli turns it into slides. The deck is made from the text in the
 * editor, unsaved edits included.
 */
export async function exportPitchDeck(): Promise<void> {
  await exportBeside('.pitch.md', vscode.l10n.t('Open a Markdown plan first: the pitch deck is made from it.'), (text) => pitchDeck(text));
}

/**
 * Writes the active plan's board as JSON Canvas beside it (`plan.canvas`, jsoncanvas.org: Obsidian and
 * other tools open it), the same file `innovatie export board --to canvas` writes.
 */
export async function exportJsonCanvas(): Promise<void> {
  await exportBeside('.canvas', vscode.l10n.t('Open a Markdown plan first: the board is made from it.'), (text) => {
    const board = buildBoard(text, lint(text).plan);
    return JSON.stringify(boardCanvas(board), null, '\t') + '\n';
  });
}

/** Writes `make(text of the active plan)` to the plan's path with `suffix` for its extension, and opens it. */
async function exportBeside(suffix: string, noPlan: string, make: (text: string) => string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showErrorMessage(noPlan);
    return;
  }
  const source = editor.document.uri;
  const target = source.with({ path: source.path.replace(/(\.(?:md|markdown))?$/i, suffix) });
  const present = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (present) {
    const overwrite = vscode.l10n.t('Overwrite');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Overwrite it?', vscode.workspace.asRelativePath(target)), { modal: true }, overwrite);
    if (choice !== overwrite) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(make(editor.document.getText())));
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}
