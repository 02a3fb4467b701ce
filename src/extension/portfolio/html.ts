/** The portfolio page (see webview/page.ts), with the first screen of the table already in it when there are plans to show. */
import type * as vscode from 'vscode';
import { toHtml, type Markup } from '../../shared/portfolio/markup.js';
import { webviewPage } from '../webview/page.js';

/** `firstScreen`: the markup of src/shared/portfolio/view.ts firstScreen, rendered here as escaped HTML; none: the usual loading state. */
export function portfolioHtml(webview: vscode.Webview, extensionUri: vscode.Uri, uiLanguage: 'nl' | 'en', firstScreen?: { markup: Markup[]; busy: boolean }): string {
  return webviewPage(webview, extensionUri, {
    script: 'portfolio.js',
    style: 'portfolio.css',
    title: 'Innovatie portfolio',
    rootId: 'portfolio',
    language: uiLanguage,
    content: firstScreen?.markup.map(toHtml).join(''),
    busy: firstScreen?.busy,
  });
}
