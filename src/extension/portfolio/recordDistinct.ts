/** Records a pair of plans the team judged two initiatives in `overlap.distinct` of the workspace's .innovatierc.json. */
import * as vscode from 'vscode';
import { withDistinctPair } from './distinctEdit.js';

/** Adds the pair to the config file in `folder` (made when missing); returns the file. */
export async function recordDistinct(folder: vscode.Uri, configFile: string, a: string, b: string): Promise<vscode.Uri> {
  const file = vscode.Uri.joinPath(folder, configFile);
  const bytes = await Promise.resolve(vscode.workspace.fs.readFile(file)).catch(() => undefined);
  const text = bytes ? new TextDecoder().decode(bytes) : '';
  const updated = withDistinctPair(text, a, b);
  if (updated !== text) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(updated));
  return file;
}
