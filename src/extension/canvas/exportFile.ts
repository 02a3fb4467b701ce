/** Saves a board export the webview produced (SVG text or a base64 PNG) where the user chooses. */
import * as vscode from 'vscode';
import type { ExportFormat } from './protocol';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

export async function saveExport(document: vscode.TextDocument, format: ExportFormat, data: string, name: string): Promise<'saved' | 'cancelled'> {
  const bytes = format === 'svg' ? new TextEncoder().encode(data) : fromBase64(data);
  if (format === 'svg' && !/^\s*(?:<\?xml[^>]*>\s*)?<svg[\s>]/.test(data)) throw new Error('export is not an SVG document');
  if (format === 'png' && !PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error('export is not a PNG image');
  const fileName = `${safeName(name)}.${format}`;
  const folder = vscode.Uri.joinPath(document.uri, '..');
  const target = await vscode.window.showSaveDialog({
    defaultUri: document.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(folder, fileName),
    filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] },
    title: vscode.l10n.t('Export the board'),
  });
  if (!target) return 'cancelled';
  await vscode.workspace.fs.writeFile(target, bytes);
  return 'saved';
}

function fromBase64(data: string): Uint8Array {
  const binary = atob(data.replace(/^data:image\/png;base64,/, ''));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The name comes from the webview (plan title): keep it to a plain file name. */
function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().slice(0, 80) || 'board';
}
