/**
 * A webview page: a strict CSP with a fresh nonce, one bundled script and stylesheet, either loaded
 * from the extension's files or carried in the page (nonce'd elements; see scripts/inline-asset.mjs).
 */
import * as vscode from 'vscode';
import { htmlPage } from './shell.js';

/** A file's name, or its text carried in the page (our own bundle, never text from a plan). */
export type Asset = string | { inline: string };

export interface PageParts {
  /** Under dist/, or inline. */
  script: Asset;
  /** Under media/, or inline. */
  style: Asset;
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
  const fileUri = (folder: string, name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, folder, name)).toString();
  const script = typeof parts.script === 'string'
    ? `<script nonce="${nonce}" src="${fileUri('dist', parts.script)}"></script>`
    : `<script id="page-script" nonce="${nonce}">${parts.script.inline}</script>`;
  const style = typeof parts.style === 'string'
    ? `<link rel="stylesheet" href="${fileUri('media', parts.style)}" nonce="${nonce}">`
    : `<style id="page-style" nonce="${nonce}">${parts.style.inline}</style>`;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    ...(parts.extraCsp ?? []).map((directive) => directive.replace('{source}', webview.cspSource)),
    `font-src ${webview.cspSource}`,
  ].join('; ');
  // Nothing from a plan goes into this string unescaped: the webview fills the page with DOM calls,
  // and `content` is the caller's escaped first paint.
  return htmlPage({
    language: parts.language,
    csp,
    title: parts.title,
    head: style,
    body: `<main id="${parts.rootId}" aria-busy="${parts.busy ?? true}">${parts.content ?? ''}</main>\n${script}`,
  });
}

function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
