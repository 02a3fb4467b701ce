/**
 * The page's own script and stylesheet as text, to put in the page under its nonce. In code-server and
 * vscode.dev a webview fetches each resource through its service worker and the workbench, about a
 * second for the first (test/e2e/portfolio.test.ts, "first paint"); a page with none shows at once.
 */
import * as vscode from 'vscode';

export interface InlineAssets {
  script: string;
  style: string;
}

const cache = new Map<string, Promise<string | undefined>>();

/** The file's text, once per session; undefined when it cannot be read or could close its element early. */
function readText(uri: vscode.Uri): Promise<string | undefined> {
  const key = uri.toString();
  let text = cache.get(key);
  if (!text) {
    text = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
      (bytes) => {
        const decoded = new TextDecoder().decode(bytes);
        return /<\/(?:script|style)/i.test(decoded) ? undefined : decoded;
      },
      () => undefined,
    );
    cache.set(key, text);
  }
  return text;
}

/** Both texts, or undefined: then the page links the files as before. */
export async function inlineAssets(extensionUri: vscode.Uri, script: string, style: string): Promise<InlineAssets | undefined> {
  const [scriptText, styleText] = await Promise.all([readText(vscode.Uri.joinPath(extensionUri, 'dist', script)), readText(vscode.Uri.joinPath(extensionUri, 'media', style))]);
  return scriptText !== undefined && styleText !== undefined ? { script: scriptText, style: styleText } : undefined;
}
