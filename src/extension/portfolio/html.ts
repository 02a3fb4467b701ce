/** The portfolio page (see webview/page.ts). */
import type * as vscode from 'vscode';
import { webviewPage } from '../webview/page.js';

export function portfolioHtml(webview: vscode.Webview, extensionUri: vscode.Uri, uiLanguage: 'nl' | 'en'): string {
  return webviewPage(webview, extensionUri, { script: 'portfolio.js', style: 'portfolio.css', title: 'Innovatie portfolio', rootId: 'portfolio', language: uiLanguage });
}
