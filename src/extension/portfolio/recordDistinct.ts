/** Records, or takes back, a pair of plans the team judged two initiatives in `overlap.distinct` of the workspace's .innovatierc.json. */
import * as vscode from 'vscode';
import { withDistinctPair, withoutDistinctPair } from './distinctEdit.js';

/** Adds the pair to the config file in `folder` (made when missing); returns the file. */
export function recordDistinct(folder: vscode.Uri, configFile: string, a: string, b: string): Promise<vscode.Uri> {
  return rewrite(vscode.Uri.joinPath(folder, configFile), (text) => withDistinctPair(text, a, b));
}

/** Takes the pair out of the config file in `folder`; returns the file. */
export function removeDistinct(folder: vscode.Uri, configFile: string, a: string, b: string): Promise<vscode.Uri> {
  return rewrite(vscode.Uri.joinPath(folder, configFile), (text) => withoutDistinctPair(text, a, b));
}

async function rewrite(file: vscode.Uri, change: (text: string) => string): Promise<vscode.Uri> {
  const bytes = await Promise.resolve(vscode.workspace.fs.readFile(file)).catch(() => undefined);
  const text = bytes ? new TextDecoder().decode(bytes) : '';
  const updated = change(text);
  if (updated !== text) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(updated));
  return file;
}
