/** The custom text editor: every canvas webview gets a session bound to its TextDocument. */
import * as vscode from 'vscode';
import { CanvasSession } from './session';

export const CANVAS_VIEW_TYPE = 'innovatie.canvas';

export class CanvasEditorProvider implements vscode.CustomTextEditorProvider {
  constructor(private readonly context: vscode.ExtensionContext) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    // The session disposes itself with its panel.
    void new CanvasSession(document, panel, this.context.extensionUri);
  }
}
