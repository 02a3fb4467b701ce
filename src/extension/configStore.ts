import * as vscode from 'vscode';
import { ConfigError, type Config } from '../core/index.js';
import { CONFIG_FILE, resolveConfig, type ConfigHost } from '../core/config/resolve.js';
import { locateProblems } from './logic/configProblems.js';

export { CONFIG_FILE };

/** URIs for the core's resolver, so the walk up is the CLI's. */
const URIS: ConfigHost<vscode.Uri> = {
  parent: (dir) => {
    const up = vscode.Uri.joinPath(dir, '..');
    return up.path === dir.path ? undefined : up;
  },
  join: (dir, name) => vscode.Uri.joinPath(dir, name),
  same: (a, b) => a.toString() === b.toString(),
  label: (file) => vscode.workspace.asRelativePath(file),
};

/**
 * `.innovatierc.json` for each plan: the nearest one from the plan's folder up to its
 * workspace folder, found as the CLI finds it (core/config/resolve.ts), read through
 * vscode.workspace.fs so it works in the browser and in virtual workspaces. Any change to
 * such a file reloads every config. An invalid file gets one diagnostic per problem and
 * one notification; linting goes on with defaults.
 */
export class ConfigStore implements vscode.Disposable {
  /** By the plan's folder. */
  private readonly loading = new Map<string, Promise<Config>>();
  private readonly loaded = new Map<string, Config>();
  private readonly notified = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reload = (uri: vscode.Uri) => {
      if (!vscode.workspace.getWorkspaceFolder(uri)) return;
      // A config file may be nearest for any folder below it: start again everywhere.
      this.loading.clear();
      this.loaded.clear();
      this.problems.delete(uri);
      void this.forUri(uri).then(() => this.changed.fire());
    };
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => {
      this.loading.clear();
      this.loaded.clear();
      this.changed.fire();
    }));
  }

  /** The config for a document: the nearest file up to its workspace folder; defaults outside a workspace. */
  forUri(uri: vscode.Uri): Promise<Config> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve({});
    const dir = vscode.Uri.joinPath(uri, '..');
    const key = dir.toString();
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(dir, folder).then((config) => {
        this.loaded.set(key, config);
        return config;
      });
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** What is loaded now, without waiting (hover and code actions must answer at once). */
  peek(uri: vscode.Uri): Config {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return {};
    return this.loaded.get(vscode.Uri.joinPath(uri, '..').toString()) ?? {};
  }

  private async load(dir: vscode.Uri, folder: vscode.WorkspaceFolder): Promise<Config> {
    let found: vscode.Uri | undefined;
    let text = '';
    const read = async (file: vscode.Uri) => {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
        found = file;
        return text;
      } catch {
        return undefined;
      }
    };
    try {
      const { config } = await resolveConfig(dir, URIS, read, folder.uri);
      if (found) this.problems.delete(found);
      return config;
    } catch (error) {
      const problems = error instanceof ConfigError ? error.problems : [String(error)];
      if (found) this.report(found, text, problems);
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
