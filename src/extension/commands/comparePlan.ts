import * as vscode from 'vscode';
import { ComparePanel } from '../compare/panel.js';
import { branchesOf, repositoryFor, type GitRepository } from '../compare/git.js';
import type { ConfigStore } from '../configStore.js';
import { isMarkdown } from '../linter.js';
import { effectiveConfig, readSettings } from '../settings.js';

interface Target extends vscode.QuickPickItem {
  pick: () => Promise<{ before: string; against: string } | undefined>;
}

/**
 * *Compare Plan with…*: the plan in the editor (unsaved edits included) against HEAD, a branch
 * or another file, per question, in a read-only view beside the text.
 */
export async function comparePlan(extensionUri: vscode.Uri, configs: ConfigStore, uri?: vscode.Uri): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isMarkdown(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown plan first.'));
    return;
  }
  // Any trouble with git (turned off, not installed, a broken repository) leaves the file choice.
  const repository = await repositoryFor(document.uri).catch(() => undefined);
  const noGit = repository ? undefined : vscode.l10n.t('not in a git repository');
  const targets: Target[] = [
    {
      label: '$(git-commit) HEAD',
      description: noGit ?? repository!.state.HEAD?.name,
      detail: vscode.l10n.t('The plan as last committed'),
      pick: async () => ({ before: await atRef(needRepository(repository, document), document, 'HEAD'), against: 'HEAD' }),
    },
    {
      label: vscode.l10n.t('$(git-branch) A branch…'),
      description: noGit,
      detail: vscode.l10n.t('The plan as it is on another branch'),
      pick: () => fromBranch(needRepository(repository, document), document),
    },
    {
      label: vscode.l10n.t('$(file) Another file…'),
      detail: vscode.l10n.t('Another version of the plan, saved as a file'),
      pick: () => fromFile(document),
    },
  ];
  const target = await vscode.window.showQuickPick(targets, { placeHolder: vscode.l10n.t('Compare {0} with…', fileName(document.uri)) });
  let other: { before: string; against: string } | undefined;
  try {
    other = await target?.pick();
  } catch (error) {
    if (!(error instanceof CompareError)) throw error;
    void vscode.window.showErrorMessage(error.message);
    return;
  }
  if (!other) return;
  const settings = readSettings(document.uri);
  ComparePanel.show(extensionUri, {
    document,
    ...other,
    config: effectiveConfig(await configs.forUri(document.uri), settings),
    messageLanguage: settings.messageLanguage,
    uiLanguage: settings.language,
  });
}

/** A situation the user can act on (no git, file not in that revision): said plainly, not as a failure. */
class CompareError extends Error {}

function needRepository(repository: GitRepository | undefined, document: vscode.TextDocument): GitRepository {
  if (repository) return repository;
  throw new CompareError(vscode.l10n.t('{0} is not in a git repository (or git is not available). Compare it with another file instead.', fileName(document.uri)));
}

async function atRef(repository: GitRepository, document: vscode.TextDocument, ref: string): Promise<string> {
  try {
    return await repository.show(ref, document.uri.fsPath);
  } catch {
    // git's own message names a path relative to the repository and a revision syntax; ours says what to do.
    throw new CompareError(vscode.l10n.t('{0} is not in {1} (a new file, or not committed yet).', fileName(document.uri), ref));
  }
}

async function fromBranch(repository: GitRepository, document: vscode.TextDocument): Promise<{ before: string; against: string } | undefined> {
  const branches = await branchesOf(repository);
  if (branches.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This repository has no other branch.'));
    return undefined;
  }
  const items = branches.map((branch) => ({
    label: branch.name!,
    description: branch.commit?.slice(0, 8),
    iconPath: new vscode.ThemeIcon(branch.type === 0 ? 'git-branch' : 'cloud'),
  }));
  const branch = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Compare {0} with the plan on branch…', fileName(document.uri)) });
  return branch && { before: await atRef(repository, document, branch.label), against: branch.label };
}

/** Works without git, and in the browser: the file is read through the workspace's file system. */
async function fromFile(document: vscode.TextDocument): Promise<{ before: string; against: string } | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri;
  const [picked] = (await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: folder,
    openLabel: vscode.l10n.t('Compare'),
    filters: { Markdown: ['md', 'markdown'] },
  })) ?? [];
  if (!picked) return undefined;
  const bytes = await vscode.workspace.fs.readFile(picked);
  return { before: new TextDecoder('utf-8').decode(bytes), against: vscode.workspace.asRelativePath(picked) };
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}
