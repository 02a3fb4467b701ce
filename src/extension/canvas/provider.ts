/** The custom text editor: every canvas webview gets a session bound to its TextDocument. */
import * as vscode from 'vscode';
import type { PlanOptions } from '../../core';
import { CanvasSession } from './session';

/** The team's synonyms and required questions for a document (from .innovatierc.json). */
export type PlanOptionsFor = (uri: vscode.Uri) => PlanOptions;

export const CANVAS_VIEW_TYPE = 'innovatie.canvas';

export class CanvasEditorProvider implements vscode.CustomTextEditorProvider {
  constructor(private readonly context: vscode.ExtensionContext, private readonly planOptions: PlanOptionsFor) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    // The session disposes itself with its panel.
    void new CanvasSession(document, panel, this.context.extensionUri, this.planOptions);
  }
}
