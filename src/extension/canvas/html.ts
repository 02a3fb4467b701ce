/** The canvas page (see webview/page.ts); images only from our media, data: and blob: for exports. */
import type * as vscode from 'vscode';
import { webviewPage } from '../webview/page';

export function canvasHtml(webview: vscode.Webview, extensionUri: vscode.Uri, uiLanguage: string): string {
  return webviewPage(webview, extensionUri, {
    script: 'webview.js',
    style: 'canvas.css',
    title: 'Innovatie canvas',
    rootId: 'canvas',
    language: uiLanguage === 'nl' ? 'nl' : 'en',
    extraCsp: ['img-src {source} data: blob:'],
  });
}
