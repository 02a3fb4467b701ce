import * as vscode from 'vscode';
import { setAsideDistinct } from '../../core/index.js';

/**
 * The pairs without those the team judged two initiatives (`overlap.distinct` of the workspace's
 * .innovatierc.json, paths relative to the workspace folder). Plan ids are document URIs.
 */
export function withoutDistinct<Pair extends { a: string; b: string }>(pairs: Pair[], distinct: string[][] | undefined): Pair[] {
  return setAsideDistinct(pairs, distinct, (id) => vscode.workspace.asRelativePath(vscode.Uri.parse(id), false)).pairs;
}
