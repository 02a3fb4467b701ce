import * as vscode from 'vscode';
import { setAsideDistinct } from '../../core/index.js';

/** A plan id (a document URI) as `overlap.distinct` names it: relative to the workspace folder. */
export function distinctPath(id: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(id), false);
}

/** The pairs to report, and those the team judged two initiatives (`overlap.distinct` of the workspace's .innovatierc.json). */
export function splitDistinct<Pair extends { a: string; b: string }>(pairs: Pair[], distinct: string[][] | undefined): { pairs: Pair[]; distinct: Pair[] } {
  return setAsideDistinct(pairs, distinct, distinctPath);
}
