import * as vscode from 'vscode';
import type { Assets } from '../assets.js';
import { snippetPreview, snippetsFor } from '../logic/snippets.js';
import { uiLanguage } from '../settings.js';

/** A QuickPick of the plan blocks; the chosen one is inserted as a snippet at the cursor. */
export async function insertBlock(assets: Assets): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown file to insert a block into.'));
    return;
  }
  const entries = snippetsFor(await assets.snippets(), uiLanguage(editor.document.uri));
  const choice = await vscode.window.showQuickPick(
    entries.map((entry) => ({ label: entry.name, description: entry.prefixes[0], detail: entry.description || snippetPreview(entry.body).split('\n')[0], entry })),
    { placeHolder: vscode.l10n.t('Choose a block to insert'), matchOnDescription: true, matchOnDetail: true },
  );
  if (choice) await editor.insertSnippet(new vscode.SnippetString(choice.entry.body));
}
