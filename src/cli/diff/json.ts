import type { FileDiff } from './collect.js';

/** `{"version": 1, "files": [...]}`: per plan its status and the per-question changes. */
export function diffJson(diffs: FileDiff[]): string {
  const files = diffs.map(({ path, status, previousPath, kind, changes }) => ({ path, status, ...(previousPath ? { previousPath } : {}), kind, changes }));
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
