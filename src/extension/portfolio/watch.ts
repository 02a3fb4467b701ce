import * as vscode from 'vscode';
import type { ConfigStore } from '../configStore.js';
import { isMarkdown } from '../linter.js';
import { MARKDOWN_GLOB } from '../workspacePlans.js';

/**
 * What the portfolio view and the overlap rule both follow: a Markdown file created, changed, saved,
 * edited or deleted goes to `queue`; a changed config or `innovatie` setting calls `restart`.
 */
export function watchPlans(queue: (uri: vscode.Uri) => void, restart: () => void, configs: ConfigStore): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
  return [
    watcher,
    watcher.onDidCreate(queue),
    watcher.onDidChange(queue),
    watcher.onDidDelete(queue),
    vscode.workspace.onDidSaveTextDocument((document) => isMarkdown(document) && queue(document.uri)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && isMarkdown(event.document)) queue(event.document.uri);
    }),
    configs.onDidChange(restart),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('innovatie') && restart()),
  ];
}
