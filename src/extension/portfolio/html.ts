/** The portfolio page: a strict CSP with a fresh nonce, our bundled script and stylesheet, nothing inline. */
import * as vscode from 'vscode';

export function portfolioHtml(webview: vscode.Webview, extensionUri: vscode.Uri, uiLanguage: 'nl' | 'en'): string {
  const nonce = globalThis.crypto.randomUUID().replace(/-/g, '');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'portfolio.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'portfolio.css'));
  const csp = ["default-src 'none'", `script-src 'nonce-${nonce}'`, `style-src ${webview.cspSource} 'nonce-${nonce}'`, `font-src ${webview.cspSource}`].join('; ');
  // Nothing from a plan goes into this string: the webview fills the page with DOM calls and textContent.
  return `<!DOCTYPE html>
<html lang="${uiLanguage}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}" nonce="${nonce}">
<title>Innovatie portfolio</title>
</head>
<body>
<main id="portfolio" aria-busy="true"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
