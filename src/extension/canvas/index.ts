/** The plan canvas: a custom text editor over a Markdown plan, plus the command that opens it beside the text. */
import * as vscode from 'vscode';
import { CanvasEditorProvider, CANVAS_VIEW_TYPE, type PlanOptionsFor } from './provider';

export function registerCanvas(context: vscode.ExtensionContext, planOptions: PlanOptionsFor = () => ({})): void {
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(CANVAS_VIEW_TYPE, new CanvasEditorProvider(context, planOptions), {
      // No retainContextWhenHidden: view state lives in the webview's getState/setState instead.
      supportsMultipleEditorsPerDocument: true,
    }),
    vscode.commands.registerCommand('innovatie.openCanvas', openCanvas),
  );
}

async function openCanvas(uri?: vscode.Uri): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri ?? activeCustomEditorUri();
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown plan first, then open the canvas.'));
    return;
  }
  await vscode.commands.executeCommand('vscode.openWith', target, CANVAS_VIEW_TYPE, vscode.ViewColumn.Beside);
}

/** When the focus is in a custom editor (another canvas, a preview), its document is meant. */
function activeCustomEditorUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputText ? input.uri : undefined;
}
