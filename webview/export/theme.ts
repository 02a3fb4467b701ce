/** Which palette a board export uses in the webview. */
import type { ExportTheme } from '../../src/core/board/svg/palette';
import type { ExportThemeSetting } from '../../src/extension/canvas/protocol';

/** `auto` follows the theme kind VS Code puts on the body: high contrast, dark, else light. */
export function exportTheme(setting: ExportThemeSetting, themeClasses: { contains(name: string): boolean }): ExportTheme {
  if (setting !== 'auto') return setting;
  if (themeClasses.contains('vscode-high-contrast') && !themeClasses.contains('vscode-high-contrast-light')) return 'high-contrast';
  return themeClasses.contains('vscode-dark') ? 'dark' : 'light';
}
