import * as vscode from 'vscode';
import { ConfigError, parseConfig, type Config } from '../core/index.js';
import { locateProblems } from './logic/configProblems.js';

export const CONFIG_FILE = '.innovatierc.json';

/**
 * `.innovatierc.json` per workspace folder, read through vscode.workspace.fs so it
 * works in the browser and in virtual workspaces. An invalid file gets one
 * diagnostic per problem and one notification; linting goes on with defaults.
 */
export class ConfigStore implements vscode.Disposable {
  private readonly loading = new Map<string, Promise<Config>>();
  private readonly loaded = new Map<string, Config>();
  private readonly notified = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder || !sameUri(vscode.Uri.joinPath(folder.uri, CONFIG_FILE), uri)) return;
      this.loading.delete(folder.uri.toString());
      this.loaded.delete(folder.uri.toString());
      void this.forUri(uri).then(() => this.changed.fire());
    };
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => {
      this.loading.clear();
      this.loaded.clear();
      this.changed.fire();
    }));
  }

  /** The config for a document's workspace folder; defaults outside a workspace. */
  forUri(uri: vscode.Uri): Promise<Config> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve({});
    const key = folder.uri.toString();
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(folder).then((config) => {
        this.loaded.set(key, config);
        return config;
      });
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** What is loaded now, without waiting (hover and code actions must answer at once). */
  peek(uri: vscode.Uri): Config {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.loaded.get(folder.uri.toString())) ?? {};
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<Config> {
    const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      this.problems.delete(file);
      return {};
    }
    try {
      const config = parseConfig(text, CONFIG_FILE);
      this.problems.delete(file);
      return config;
    } catch (error) {
      const problems = error instanceof ConfigError ? error.problems : [String(error)];
      this.report(file, text, problems);
      return {};
    }
  }

  private report(file: vscode.Uri, text: string, problems: string[]): void {
    const lines = text.split('\n');
    const position = (offset: number) => {
      let line = 0;
      let rest = offset;
      while (line < lines.length - 1 && rest > lines[line].length) rest -= lines[line++].length + 1;
      return new vscode.Position(line, rest);
    };
    const fallback = vscode.l10n.t('Linting continues with the default settings.');
    this.problems.set(file, locateProblems(text, problems).map((problem) => {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(position(problem.start), position(problem.end)), `${problem.message}. ${fallback}`, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'innovatie';
      return diagnostic;
    }));
    const message = vscode.l10n.t('{0} is invalid: {1}. Linting continues with the default settings.', vscode.workspace.asRelativePath(file), problems[0]);
    if (this.notified.has(message)) return;
    this.notified.add(message);
    const open = vscode.l10n.t('Open {0}', CONFIG_FILE);
    void vscode.window.showWarningMessage(message, open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(file);
    });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}
