/**
 * The few parts of the built-in git extension's API (`vscode.git`, API version 1) that
 * *Compare Plan with…* uses, typed here as the extension's own git.d.ts describes them, so that
 * nothing of git runs in this extension and the browser (no git) only loses the git choices.
 */
import * as vscode from 'vscode';

export interface GitRef {
  /** 0 a local branch, 1 a remote branch, 2 a tag. */
  type: number;
  name?: string;
  commit?: string;
  remote?: string;
}

export interface GitRepository {
  rootUri: vscode.Uri;
  state: { HEAD?: GitRef; refs: GitRef[] };
  /** The file's text at `ref`; throws when the file is not in that revision. */
  show(ref: string, path: string): Promise<string>;
  getBranches?(query: { remote?: boolean }): Promise<GitRef[]>;
}

interface GitApi {
  state: 'uninitialized' | 'initialized';
  onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  repositories: GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitExtension {
  enabled: boolean;
  getAPI(version: 1): GitApi;
}

const REF_HEAD = 0;
const REF_REMOTE = 1;

/**
 * The repository that holds `uri`, or undefined: no git extension (the browser), git turned off,
 * no git on the machine, or a file outside any repository.
 */
export async function repositoryFor(uri: vscode.Uri): Promise<GitRepository | undefined> {
  if (uri.scheme !== 'file') return undefined;
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  const git = extension.isActive ? extension.exports : await extension.activate();
  if (!git?.enabled) return undefined;
  const api = git.getAPI(1);
  await initialized(api);
  const known = api.getRepository(uri);
  if (known) return known;
  // A repository made after the window opened is found by the git extension's own scan only later.
  return (await api.openRepository?.(vscode.Uri.joinPath(uri, '..')).catch(() => null)) ?? undefined;
}

/** The git extension scans the workspace when it starts; wait for it, a few seconds at most. */
function initialized(api: GitApi): Promise<void> {
  if (api.state === 'initialized') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, 5000);
    const listener = api.onDidChangeState((state) => state === 'initialized' && done());
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

/** Local branches first, then remote ones, by name; the branch checked out is left out. */
export async function branchesOf(repository: GitRepository): Promise<GitRef[]> {
  const refs = (await repository.getBranches?.({ remote: true }).catch(() => undefined)) ?? repository.state.refs;
  const current = repository.state.HEAD?.name;
  return refs
    .filter((ref) => (ref.type === REF_HEAD || ref.type === REF_REMOTE) && ref.name && ref.name !== current && !ref.name.endsWith('/HEAD'))
    .sort((a, b) => a.type - b.type || a.name!.localeCompare(b.name!));
}
