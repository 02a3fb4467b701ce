/** A webview page: a strict CSP with a fresh nonce, one bundled script and stylesheet, nothing inline. */
import * as vscode from 'vscode';

export interface PageParts {
  /** Under dist/. */
  script: string;
  /** Under media/. */
  style: string;
  title: string;
  /** The id of the element the script fills. */
  rootId: string;
  language: 'nl' | 'en';
  /** More CSP directives, with `{source}` for the webview's own source. */
  extraCsp?: string[];
  /**
   * HTML the root starts with, painted before the script runs. Only markup rendered with every text
   * and attribute escaped (src/shared/portfolio/markup.ts toHtml); no inline handlers or styles.
   */
  content?: string;
  /** aria-busy of the root (default true: the script fills it). */
  busy?: boolean;
}

export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, parts: PageParts): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', parts.script));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', parts.style));
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    ...(parts.extraCsp ?? []).map((directive) => directive.replace('{source}', webview.cspSource)),
    `font-src ${webview.cspSource}`,
  ].join('; ');
  // Nothing from a plan goes into this string unescaped: the webview fills the page with DOM calls,
  // and `content` is the caller's escaped first paint.
  return `<!DOCTYPE html>
<html lang="${parts.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}" nonce="${nonce}">
<title>${parts.title}</title>
</head>
<body>
<main id="${parts.rootId}" aria-busy="${parts.busy ?? true}">${parts.content ?? ''}</main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
