/**
 * Which documents the board may edit. Documents from git, diffs, output channels and
 * other virtual providers have no undo history worth writing into and often cannot
 * be saved, so the canvas shows them read-only.
 */
const EDITABLE_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-userdata']);

export function isEditableScheme(scheme: string): boolean {
  return EDITABLE_SCHEMES.has(scheme);
}
