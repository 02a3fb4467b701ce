/**
 * The portfolio page (see webview/page.ts), with the first screen of the table already in it when there
 * are plans to show. Its script and stylesheet are in the page: fetched as files, they held the first
 * paint back by about a second in a real VS Code (test/e2e/portfolio.test.ts).
 */
import type * as vscode from 'vscode';
import { toHtml, type Markup } from '../../shared/portfolio/markup.js';
import portfolioScript from 'inline-asset:webview/portfolio/main.ts';
import portfolioStyle from 'inline-asset:media/portfolio.css';
import { webviewPage } from '../webview/page.js';

/** `firstScreen`: the markup of src/shared/portfolio/view.ts firstScreen, rendered here as escaped HTML; none: the usual loading state. */
export function portfolioHtml(webview: vscode.Webview, extensionUri: vscode.Uri, uiLanguage: 'nl' | 'en', firstScreen?: { markup: Markup[]; busy: boolean }): string {
  return webviewPage(webview, extensionUri, {
    script: { inline: portfolioScript },
    style: { inline: portfolioStyle },
    title: 'Innovatie portfolio',
    rootId: 'portfolio',
    language: uiLanguage,
    content: firstScreen?.markup.map(toHtml).join(''),
    busy: firstScreen?.busy,
  });
}
